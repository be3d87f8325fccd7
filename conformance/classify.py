"""What happened to one snippet: a failure class, and whose failure it is.

Owners: `generator` (sdkgen's to fix), `prism` (the mock cannot serve a valid request),
`spec` (the spec makes the call impossible) and `excused` (listed, with evidence, in an
excuse file). WrongOperation and PythonReprOnWire are never excused.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from .excuses import DETAIL_LIMIT, Excuse, split_violations
from .readme import Snippet
from .wire import path_matches, repr_on_wire, string_literals

NEVER_EXCUSED = frozenset({"WrongOperation", "PythonReprOnWire"})
# Prism validated the request and answered with the error response the spec declares:
# the operation has no success response (no 2xx, and `default` is an error).
SPEC_ANSWERS_ERROR = "SpecAnswersError"
# Prism cannot route a path template with a fragment: HTTP never sends the fragment.
_FRAGMENT = "PrismCannotRouteFragment"
# Prism error types (the fragment of its problem+json `type`) that are Prism's own limits.
_PRISM_OWNED = {
    "NO_RESPONSE_RESPONSE_DEFINED": "NoResponseDefined",
    "NOT_ACCEPTABLE": "PrismNotAcceptable",
    # a 500 VIOLATIONS comes after "The request passed the validation rules": the response
    # Prism built from the spec's examples breaks the spec (request problems are 422s)
    "VIOLATIONS": "PrismResponseInvalid",
    # the request passed; the response the spec gives is an object in a text/* media
    # type, which Prism's serializer refuses to write
    "NO_COMPLEX_OBJECT_TEXT": "PrismCannotSerialize",
    # the request passed; Prism cannot generate a response body from the spec's schema
    "SCHEMA_TOO_COMPLEX": "PrismSchemaTooComplex",
    # a 5xx problem+json answering HEAD, which has no body to name it: Prism's 5xx
    # problems are all its own (no response defined, response invalid, schema too complex)
    "HEAD_SERVER_ERROR": "PrismServerErrorOnHead",
}
_PRISM_ERRORS = "stoplight.io/prism/errors#"
_PROBLEM_TYPE = re.compile(r'\{"type":"https://stoplight\.io/prism/errors#(\w+)"')
# OpenAPI 3.x (Parameter Object, `name`): a header parameter named Accept, Content-Type or
# Authorization "SHALL be ignored" (media types and security schemes say those); Prism
# still requires it, so a request without it is refused for a rule the spec does not make.
_IGNORED_HEADER = re.compile(
    r"header: Request header must have required property '(accept|content-type|authorization)'"
)
IGNORED_HEADER_REQUIRED = "PrismRequiresIgnoredHeader"
# Prism's response serializer has none for the spec's media type (`*/*`, `string`): it
# throws after the request passed validation, and Prism answers 500 UNKNOWN.
_NO_SERIALIZER = "Cannot find serializer for"
_HEAD_PROBLEMS = {
    401: "UNAUTHORIZED",
    404: "NO_PATH_MATCHED_ERROR",
    406: "NOT_ACCEPTABLE",
    415: "INVALID_CONTENT_TYPE",
    422: "UNPROCESSABLE_ENTITY",
}


@dataclass(frozen=True, slots=True)
class Verdict:
    """One snippet's outcome: `klass` is `ok` or a failure class."""

    label: str
    klass: str
    owner: str  # ok | generator | prism | spec | excused | harness
    detail: str

    @property
    def ok(self) -> bool:
        return self.klass == "ok"


def judge(snippet: Snippet, result: dict[str, Any]) -> Verdict:
    """Classify one snippet's run from its error and the requests it sent."""
    klass, detail = _failure(snippet, result)
    owner = "ok" if klass == "ok" else _owner(klass)
    return Verdict(snippet.label, klass, owner, detail)


def _owner(klass: str) -> str:
    prism_classes = ("PrismCrashed", _FRAGMENT, IGNORED_HEADER_REQUIRED)
    if klass in _PRISM_OWNED.values() or klass in prism_classes:
        return "prism"
    if klass.startswith(SPEC_ANSWERS_ERROR + ":"):
        return "spec"
    return "generator"


def _failure(snippet: Snippet, result: dict[str, Any]) -> tuple[str, str]:
    requests: list[dict[str, Any]] = result["requests"]
    error: dict[str, Any] | None = result["error"]
    for index, request in enumerate(requests):
        previous = requests[index - 1]["status"] if index else None
        if previous is not None and 300 <= previous < 400:
            continue  # httpx following a redirect (to the spec's example Location)
        if request["method"] != snippet.method or not path_matches(snippet.path, request["path"]):
            sent = f"{request['method']} {request['path']}"
            return "WrongOperation", f"documents {snippet.method} {snippet.path}, sent {sent}"
        found = repr_on_wire(request, string_literals(snippet.code))
        if found:
            return "PythonReprOnWire", found
    if error is None:
        return ("ok", "") if requests else ("NoRequest", "the snippet sent nothing")
    if not requests:
        return _client_side(error)
    last = requests[-1]
    if last["status"] is None:
        if "LocalProtocolError" in error["message"]:  # httpx refused to send it
            return "NotSendable", _message(error)
        if error["type"] in ("RemoteProtocolError", "ApiConnectionError", "ReadError"):
            return "PrismCrashed", _message(error)
        return "NoResponse", _message(error)
    if last["status"] < 300:
        return f"ResponseParsing:{error['type']}", _message(error)
    klass, detail = _refused(last)
    if klass == "NotRouted" and "#" in snippet.path:  # AWS: `/#X-Amz-Target=...`
        return _FRAGMENT, f"{detail} (documents {snippet.path})"
    return klass, detail


def _client_side(error: dict[str, Any]) -> tuple[str, str]:
    """Failed before sending: a bad example, a bad signature or an encoding gap."""
    kind = error["type"]
    if error["module"].startswith("pydantic"):
        kind = "pydantic." + kind
    return f"BeforeSending:{kind}", _message(error)


def _refused(request: dict[str, Any]) -> tuple[str, str]:
    """An error status: Prism's verdict on the request (its problem+json), or the spec's.

    When the spec declares a 422, 400 or default response, Prism answers a request it
    refuses with that response (not its problem+json) and names the broken rules in its
    `sl-violations` header. An error status without request violations is the response
    the spec gives a valid request: the operation declares no success response.
    """
    status = request["status"]
    body = request.get("response") or ""
    broken = _header_violations(request)
    kind = _prism_problem(request)
    if broken is None and kind is not None:
        broken = _prism_refusal(kind, request)
    if broken is not None:
        return _ignored_header(*broken)
    if status >= 400 and "violations" in request:  # recorded, and none broken
        return f"{SPEC_ANSWERS_ERROR}:{status}", body[:300]
    return f"ErrorStatus:{status}", body[:300]  # a run recorded before violations were


def _ignored_header(klass: str, detail: str) -> tuple[str, str]:
    """RequestInvalid only for a required header OpenAPI says to ignore is Prism's."""
    found = split_violations(detail) if klass == "RequestInvalid" else []
    if found and all(_IGNORED_HEADER.fullmatch(v) for v in found):
        return IGNORED_HEADER_REQUIRED, detail
    return klass, detail


def _prism_problem(request: dict[str, Any]) -> str | None:
    """The type of the problem+json Prism made up itself (`NOT_ACCEPTABLE`), if it did."""
    try:
        problem = json.loads(request.get("response") or "")
    except ValueError:
        problem = None
    if isinstance(problem, dict) and _PRISM_ERRORS in str(problem.get("type")):
        return str(problem["type"]).rsplit("#", 1)[1]
    cut = _PROBLEM_TYPE.match(request.get("response") or "")  # a body cut at 4000 chars
    if problem is None and cut is not None:
        return cut[1]
    problem_json = (request.get("response_type") or "").startswith("application/problem+json")
    if request["method"] == "HEAD" and problem_json:  # no body: the status tells
        return _HEAD_PROBLEMS.get(request["status"], "HEAD_SERVER_ERROR")
    return None


def _prism_refusal(kind: str, request: dict[str, Any]) -> tuple[str, str]:
    status = request["status"]
    try:
        problem = json.loads(request.get("response") or "")
    except ValueError:
        problem = {}
    if not isinstance(problem, dict):
        problem = {}
    # a plain error Prism threw (UNKNOWN) says what it was in the title only
    said = problem.get("detail") or (problem.get("title", "") if kind == "UNKNOWN" else "")
    detail = f"{status}: {said}"[:DETAIL_LIMIT]
    if kind == "UNKNOWN" and str(said).startswith(_NO_SERIALIZER):
        return "PrismCannotSerialize", detail
    if kind in _PRISM_OWNED:
        return _PRISM_OWNED[kind], detail
    if kind == "UNPROCESSABLE_ENTITY":
        return "RequestInvalid", _violations(problem)
    if kind == "NO_PATH_MATCHED_ERROR" or kind == "NO_METHOD_MATCHED_ERROR":
        return "NotRouted", f"{status} {request['method']} {request['path']}"
    if kind in ("UNAUTHORIZED", "FORBIDDEN"):
        return "Unauthorized", detail
    return f"Prism:{kind}", detail


def _header_violations(request: dict[str, Any]) -> tuple[str, str] | None:
    """The request rules Prism's `sl-violations` header names as broken (errors only)."""
    header = request.get("violations") or ""
    try:
        found = json.loads(header)
    except ValueError:  # "Too many violations! [..." cut at 8 kB
        return ("RequestInvalid", header[:DETAIL_LIMIT]) if '"request"' in header else None
    errors = [
        v
        for v in (found if isinstance(found, list) else [])
        if isinstance(v, dict)
        and v.get("severity") == "Error"
        and (v.get("location") or [""])[0] == "request"
    ]
    if not errors:
        return None
    klass = "Unauthorized" if any(v.get("code") == 401 for v in errors) else "RequestInvalid"
    shown = [_violation(v["location"][1:], v) for v in errors]
    return klass, "; ".join(shown)[:DETAIL_LIMIT]


def _violations(problem: dict[str, Any]) -> str:
    items = problem.get("validation") or []
    shown = [_violation(v.get("location"), v) for v in items if isinstance(v, dict)]
    return "; ".join(shown)[:DETAIL_LIMIT] or str(problem.get("detail", ""))[:DETAIL_LIMIT]


def _violation(location: Any, violation: dict[str, Any]) -> str:
    """`query.limit: must be integer`, whether from problem+json or sl-violations."""
    where = ".".join(map(str, location)) if isinstance(location, list) else str(location)
    return f"{where}: {violation.get('message')}"


def _message(error: dict[str, Any]) -> str:
    return f"{error['type']}: {error['message']}"[:DETAIL_LIMIT]


def excuse(verdict: Verdict, reason: Excuse | None, invalid_spec: bool) -> Verdict:
    """The verdict with owner `excused` when an excuse file (or an invalid spec) covers it.

    An excuse pinned to another failure than this one leaves the verdict the generator's."""
    if verdict.ok or verdict.klass in NEVER_EXCUSED or verdict.owner != "generator":
        return verdict
    if reason is not None and reason.explains(verdict.klass, verdict.detail):
        detail = f"{verdict.detail} [{reason.evidence}]"
        return Verdict(verdict.label, verdict.klass, "excused", detail)
    if invalid_spec:
        return Verdict(verdict.label, verdict.klass, "spec", verdict.detail)
    if reason is not None:
        note = f"the listed excuse is for {reason.klass} {list(reason.covers)}, not this"
        return Verdict(verdict.label, verdict.klass, verdict.owner, f"{verdict.detail} [{note}]")
    return verdict


def rejudge(verdict: Verdict) -> Verdict:
    """A verdict stored by an earlier harness, under today's rules where its detail
    allows (a LocalProtocolError was once counted as a Prism crash)."""
    if verdict.klass == "PrismCrashed" and "LocalProtocolError" in verdict.detail:
        return Verdict(verdict.label, "NotSendable", "generator", verdict.detail)
    if verdict.klass == "NotRouted" and verdict.detail == "404 POST /":  # AWS fragments
        return Verdict(verdict.label, _FRAGMENT, "prism", verdict.detail)
    kind = verdict.klass.removeprefix("Prism:") if verdict.klass.startswith("Prism:") else None
    cut = _PROBLEM_TYPE.match(verdict.detail) if verdict.klass.startswith("ErrorStatus:5") else None
    kind = cut[1] if cut is not None else kind
    if kind in _PRISM_OWNED and verdict.owner == "generator":  # Prism errors named since
        return Verdict(verdict.label, _PRISM_OWNED[kind], "prism", verdict.detail)
    return verdict
