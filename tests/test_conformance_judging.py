"""The conformance harness's judgement of one snippet run, on recorded requests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conformance.classify import Verdict, excuse, judge, rejudge
from conformance.excuses import Excuse
from conformance.excuses import load as load_excuses
from conformance.readme import Snippet, parse_readme
from conformance.specs import PEER_EXCUSES, PEER_SPECS
from conformance.wire import path_matches, repr_on_wire
from tests.support.paths import require_shared

SNIPPET = Snippet("pets.get_pet", "petstore.pets.get_pet(pet_id=1)\n", "GET", "/pets/{pet_id}")


def request(path: str = "/pets/1", method: str = "GET", **extra: Any) -> dict[str, Any]:
    return {"method": method, "path": path, "headers": [], "body": None, "status": 200,
            "response": None, **extra}  # fmt: skip


@pytest.mark.parametrize(
    ("template", "path", "matches"),
    [
        ("/pets/{pet_id}", "/pets/1", True),
        ("/pets/{pet_id}", "/pets/1/toys", False),
        ("/pets/{pet_id}", "/pets", False),
        ("/api/v{version}/no+tag", "/api/v2/no+tag", True),
        ("/pets:validate", "/pets:validate", True),
        ("/non-ascii-æø", "/non-ascii-%C3%A6%C3%B8", True),
        ("/matrix/{;id}", "/matrix/;id=5", True),
        ("/a/{x}.json", "/a/b.xml", False),
        ("/#X-Amz-Target=Svc.Op", "/", True),
        ("/jobs?op=LIST", "/jobs?op=LIST&user=a", True),
    ],
)
def test_path_matches_the_template(template: str, path: str, matches: bool) -> None:
    assert path_matches(template, path) is matches


@pytest.mark.parametrize(
    ("sent", "found"),
    [
        (request("/pets/1?tags=a,b"), None),
        (request("/pets/1?deepObj=%7B%27object_%27%3A+1%7D"), "query deepObj"),
        (request("/pets/%5B1%5D"), "path"),
        (request("/pets/1?flag=True"), "query flag"),
        (request(headers=[["x-object", "{'role': 'admin'}"]]), "header x-object"),
        (
            request(headers=[["content-type", "application/json"]], body='{"a": "[\'x\']"}'),
            "json body",
        ),
        (request(headers=[["content-type", "application/json"]], body='{"a": [1, 2]}'), None),
    ],
)
def test_python_reprs_on_the_wire_are_found(sent: dict[str, Any], found: str | None) -> None:
    where = repr_on_wire(sent)
    assert (where.split(":")[0] if where else None) == found


def test_a_call_to_another_operation_is_wrong_even_when_it_succeeds() -> None:
    verdict = judge(SNIPPET, {"error": None, "requests": [request("/owners/1")]})
    assert (verdict.klass, verdict.owner) == ("WrongOperation", "generator")
    assert excuse(verdict, Excuse("some excuse"), invalid_spec=True).owner == "generator"


def test_prism_refusals_are_classified_from_its_problem_document() -> None:
    invalid = '{"type": "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY", "validation":'
    invalid += ' [{"location": ["query", "limit"], "message": "must be integer"}]}'
    refused = request("/pets/1", status=422, response=invalid)
    error = {"type": "UnprocessableEntityError", "module": "sdk", "message": "422", "status": 422}
    verdict = judge(SNIPPET, {"error": error, "requests": [refused]})
    assert verdict.klass == "RequestInvalid" and "must be integer" in verdict.detail
    no_response = '{"type": "https://stoplight.io/prism/errors#NO_RESPONSE_RESPONSE_DEFINED"}'
    prism = request("/pets/1", status=500, response=no_response)
    assert judge(SNIPPET, {"error": error, "requests": [prism]}).owner == "prism"
    cut = '{"type":"https://stoplight.io/prism/errors#VIOLATIONS","validation":[{"loc'
    violations = request("/pets/1", status=500, response=cut)  # a long body, recorded cut
    assert (
        judge(SNIPPET, {"error": error, "requests": [violations]}).klass == "PrismResponseInvalid"
    )
    plain = '{"type": "https://stoplight.io/prism/errors#UNKNOWN", "title": "Cannot find '
    plain += 'serializer for */*", "detail": ""}'
    unknown = judge(SNIPPET, {"error": error, "requests": [request(status=500, response=plain)]})
    assert (unknown.klass, unknown.detail) == (
        "PrismCannotSerialize",
        "500: Cannot find serializer for */*",
    )
    other = '{"type": "https://stoplight.io/prism/errors#UNKNOWN", "title": "Unexpected end"}'
    assert (
        judge(SNIPPET, {"error": error, "requests": [request(status=500, response=other)]}).owner
        == "generator"
    )
    text = '{"type": "https://stoplight.io/prism/errors#NO_COMPLEX_OBJECT_TEXT"}'
    unserializable = request("/pets/1", status=500, response=text)
    assert judge(SNIPPET, {"error": error, "requests": [unserializable]}).owner == "prism"


def test_excuses_cover_generator_failures_only_when_listed() -> None:
    error = {"type": "ValidationError", "module": "pydantic_core", "message": "bad", "status": None}
    verdict = judge(SNIPPET, {"error": error, "requests": []})
    assert verdict.klass == "BeforeSending:pydantic.ValidationError"
    assert excuse(verdict, None, invalid_spec=False).owner == "generator"
    assert excuse(verdict, Excuse("spec: impossible body"), invalid_spec=False).owner == "excused"
    assert excuse(verdict, None, invalid_spec=True).owner == "spec"


README = """\
# Pets

## Getting Started

```python
from pets_sdk import Pets, ApiException

pets = Pets(api_key="YOUR_API_KEY")

try:
    pets.pets.list()
except ApiException as e:
    print(e)
```

## Reference

### `pets.pets.get_pet`

#### Usage

```python
get_pet_response = pets.pets.get_pet(
    pet_id=1,
)
```

#### Endpoint

`GET` `/pets/{pet_id}` · [more details](docs/PetsApi.md#get_pet)
"""


def test_the_readme_gives_the_client_and_each_snippet_with_its_endpoint() -> None:
    readme = parse_readme(README)
    assert readme.prelude == (
        "from pets_sdk import Pets, ApiException\n\n"
        'pets = Pets(max_retries=0, api_key="YOUR_API_KEY")\n\n'
    )
    assert readme.snippets == (
        Snippet("pets.get_pet", "get_pet_response = pets.pets.get_pet(\n    pet_id=1,\n)\n",
                "GET", "/pets/{pet_id}"),
    )  # fmt: skip


def test_a_request_httpx_would_not_send_is_not_prisms() -> None:
    message = "connection failed: LocalProtocolError: Illegal header name b'a b'"
    error = {"type": "ApiConnectionError", "module": "sdk", "status": None, "message": message}
    sent = request(status=None)
    verdict = judge(SNIPPET, {"error": error, "requests": [sent]})
    assert (verdict.klass, verdict.owner) == ("NotSendable", "generator")


def test_prism_not_routing_a_fragment_template_is_prisms() -> None:
    aws = Snippet("svc.op", "x.svc.op()\n", "POST", "/#X-Amz-Target=Svc.Op")
    problem = '{"type": "https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR"}'
    error = {"type": "NotFoundError", "module": "sdk", "status": 404, "message": "404"}
    sent = request("/", method="POST", status=404, response=problem)
    verdict = judge(aws, {"error": error, "requests": [sent]})
    assert (verdict.klass, verdict.owner) == ("PrismCannotRouteFragment", "prism")


def test_a_followed_redirect_is_not_another_operation() -> None:
    hops = [request(status=302), request("/elsewhere/archive.zip", status=200)]
    assert judge(SNIPPET, {"error": None, "requests": hops}).ok


ERROR_400 = {"type": "BadRequestError", "module": "sdk", "status": 400, "message": "400"}
SPEC_400 = '{"message": "Order not found"}'  # the spec's own 400 example, not Prism's problem


def test_the_specs_400_for_a_request_prism_refused_is_request_invalid() -> None:
    header = '[{"location": ["request", "query", "limit"], "severity": "Error", "code": "type",'
    header += ' "message": "must be integer"}, {"location": ["response", "body"],'
    header += ' "severity": "Error", "message": "response rule"}]'
    refused = request(status=400, response=SPEC_400, violations=header)
    verdict = judge(SNIPPET, {"error": ERROR_400, "requests": [refused]})
    assert (verdict.klass, verdict.owner) == ("RequestInvalid", "generator")
    assert verdict.detail == "query.limit: must be integer"


def test_the_specs_400_for_a_valid_request_is_the_specs() -> None:
    passed = request(status=400, response=SPEC_400, violations=None)
    verdict = judge(SNIPPET, {"error": ERROR_400, "requests": [passed]})
    assert (verdict.klass, verdict.owner) == ("SpecAnswersError:400", "spec")
    warning = '[{"location": ["request", "query", "x"], "severity": "Warning", "message": "m"}]'
    only_warned = request(status=400, response=SPEC_400, violations=warning)
    assert judge(SNIPPET, {"error": ERROR_400, "requests": [only_warned]}).owner == "spec"


def test_an_error_status_recorded_without_the_header_stays_unjudged() -> None:
    old = request(status=400, response=SPEC_400)  # an earlier runner did not record it
    verdict = judge(SNIPPET, {"error": ERROR_400, "requests": [old]})
    assert (verdict.klass, verdict.owner) == ("ErrorStatus:400", "generator")


def test_a_cut_violations_header_still_counts_as_refused() -> None:
    cut = 'Too many violations! [{"location":["request","body","a"],"severity":"Error","mess'
    refused = request(status=422, response=SPEC_400, violations=cut)
    assert judge(SNIPPET, {"error": ERROR_400, "requests": [refused]}).klass == "RequestInvalid"


def test_a_head_refused_by_prism_is_told_by_its_problem_content_type() -> None:
    head = Snippet("simple.head", "x.simple.head()\n", "HEAD", "/pets/{pet_id}")
    error = {"type": "InternalServerError", "module": "sdk", "status": 500, "message": "500"}
    prism = request(method="HEAD", status=500, response="", violations=None,
                    response_type="application/problem+json")  # fmt: skip
    verdict = judge(head, {"error": error, "requests": [prism]})
    assert (verdict.klass, verdict.owner) == ("PrismServerErrorOnHead", "prism")
    spec = request(method="HEAD", status=500, response="", violations=None,
                   response_type="application/json")  # fmt: skip
    assert judge(head, {"error": error, "requests": [spec]}).owner == "spec"


INVALID_QUERY = "query: Request query must have required property 'a%20b'"
INVALID_BODY = "body.tags: Request body property tags must be array"


def refused(detail: str) -> Verdict:
    return Verdict("pets.get_pet", "RequestInvalid", "generator", detail)


def test_an_excuse_pinned_to_a_class_covers_only_that_class() -> None:
    pinned = Excuse("curl ... -> 422 for every encoding of 'a b'", "RequestInvalid")
    assert excuse(refused(INVALID_QUERY), pinned, invalid_spec=False).owner == "excused"
    other = Verdict("pets.get_pet", "BeforeSending:EncodingError", "generator", "nested dict")
    kept = excuse(other, pinned, invalid_spec=False)
    assert kept.owner == "generator" and "listed excuse is for RequestInvalid" in kept.detail


def test_an_excuse_with_covers_hides_no_other_violation() -> None:
    pinned = Excuse("Prism refuses 'a%20b'", "RequestInvalid", ("'a%20b'",))
    assert excuse(refused(INVALID_QUERY), pinned, invalid_spec=False).owner == "excused"
    both = refused(f"{INVALID_QUERY}; {INVALID_BODY}")
    assert excuse(both, pinned, invalid_spec=False).owner == "generator"
    wider = Excuse("both are Prism's", "RequestInvalid", ("'a%20b'", "tags must be array"))
    assert excuse(both, wider, invalid_spec=False).owner == "excused"


def test_our_excuses_pin_and_override_the_manifests(tmp_path: Path) -> None:
    manifest = tmp_path / "manifest.json"
    theirs = {"x.get": "Prism limitation: ...", "x.put": "spec: ..."}
    manifest.write_text(json.dumps({"excused": {"a.yaml": theirs}}), encoding="utf-8")
    ours = tmp_path / "peer-excused.json"
    pins = {
        "x.get": {"class": "RequestInvalid", "covers": ["'a%20b'"]},
        "x.post": {"class": "NotRouted", "evidence": "curl -> 404"},
    }
    ours.write_text(json.dumps({"excused": {"a.yaml": pins}}), encoding="utf-8")
    merged = load_excuses(ours, load_excuses(manifest))["a.yaml"]
    assert merged["x.get"] == Excuse("Prism limitation: ...", "RequestInvalid", ("'a%20b'",))
    assert merged["x.put"] == Excuse("spec: ...")  # the manifest's, for any class
    assert merged["x.post"] == Excuse("curl -> 404", "NotRouted")
    ours.write_text(json.dumps({"excused": {"a.yaml": {"x.new": {"class": "X"}}}}))
    with pytest.raises(ValueError, match=r"x\.new"):
        load_excuses(ours, load_excuses(manifest))


def test_every_peer_excuse_names_its_class_and_evidence() -> None:
    manifest = PEER_SPECS / "manifest.json"
    require_shared(manifest, "the peer generators' test specs")
    ours = json.loads(PEER_EXCUSES.read_text(encoding="utf-8"))["excused"]
    merged = load_excuses(PEER_EXCUSES, load_excuses(manifest))
    assert ours, "conformance/peer-excused.json lists nothing"
    listed = {entry["file"] for entry in json.loads(manifest.read_text(encoding="utf-8"))["specs"]}
    assert set(ours) <= listed, "peer-excused.json names specs the manifest does not run"
    for spec, labels in merged.items():  # the manifest's entries are all pinned too
        for label, entry in labels.items():
            assert entry.klass and entry.evidence, f"{spec}: {label} names no failure class"


def test_a_violation_whose_message_holds_a_semicolon_is_one_violation() -> None:
    extra = "body.a: Request body property a must NOT have additional properties; found 'key'"
    pinned = Excuse("spec: a can never hold", "RequestInvalid", ("body.a:",))
    assert excuse(refused(extra), pinned, invalid_spec=False).owner == "excused"


def test_a_required_authorization_header_parameter_is_prisms_rule_not_the_specs() -> None:
    """OpenAPI: a header parameter named Authorization SHALL be ignored (just-eat declares
    one; Prism answers the spec's 400 and names it in sl-violations)."""
    missing = '[{"location": ["request", "header"], "severity": "Error", "code": "required",'
    missing += ' "message": "Request header must have required property \'authorization\'"}]'
    verdict = judge(SNIPPET, {"error": ERROR_400, "requests": [
        request(status=400, response=SPEC_400, violations=missing)]})  # fmt: skip
    assert (verdict.klass, verdict.owner) == ("PrismRequiresIgnoredHeader", "prism")
    also = missing[:-1] + ', {"location": ["request", "query", "limit"], "severity": "Error",'
    also += ' "message": "must be integer"}]'
    mixed = request(status=400, response=SPEC_400, violations=also)
    assert judge(SNIPPET, {"error": ERROR_400, "requests": [mixed]}).klass == "RequestInvalid"


def test_stored_verdicts_get_the_prism_errors_named_since() -> None:
    stored = Verdict("a.b", "Prism:SCHEMA_TOO_COMPLEX", "generator", "500: too complex")
    assert rejudge(stored) == Verdict("a.b", "PrismSchemaTooComplex", "prism", "500: too complex")
    cut = '{"type":"https://stoplight.io/prism/errors#VIOLATIONS","title":"Request/Resp'
    assert rejudge(Verdict("a.b", "ErrorStatus:500", "generator", cut)).owner == "prism"
    assert rejudge(Verdict("a.b", "Prism:UNKNOWN", "generator", "500: ")).owner == "generator"
