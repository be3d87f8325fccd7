"""Every example call in the docs passes arguments the spec's own schemas accept.

`conformance.examples_check` rebuilds each operation's example arguments in wire form and
validates them with jsonschema against the parameter and request body schemas, offline:
our specs, the golden specs, the peer generators' test specs and (when fetched with
`make corpus`) a sample of the APIs.guru corpus. Known exceptions are listed with why.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conformance.examples_check import check_examples
from conformance.specs import CORPUS, PEER_SPECS, corpus_sample, peer_specs
from tests.support.paths import REPO, require_shared

OURS = ("spec/svix.yaml", "spec/stream-chat-events.yaml", "tests/specs/golden/petstore.yaml",
        "tests/specs/golden/idioms.yaml")  # fmt: skip
CORPUS_SAMPLE = 12  # seed 1, as `make conformance` draws

_IMPOSSIBLE_ONE_OF = "spec: every object matches several oneOf members, so none is valid"
# (spec, operation, argument) -> why its example cannot be valid (yet)
KNOWN = {
    **{
        (spec, op, "body"): _IMPOSSIBLE_ONE_OF
        for spec in ("opc/baseline_openapi_3.0.json", "opc/baseline_openapi_3.1.yaml")
        for op in (
            "bodies.refs",
            "tests.callback_test",
            "tests.json_body",
            "types.post_unions_duplicate_types",
        )
    },
    **{
        (spec, "tests.get_user_list", "query an_enum_value_with_only_null"): (
            "null-only enum items (issue 13 item 3, helper wire)"
        )
        for spec in (
            "opc/baseline_openapi_3.0.json",
            "opc/baseline_openapi_3.1.yaml",
            "opc/openapi_3.1_enums.yaml",
        )
    },
    ("opc/3.1_specific.openapi.yaml", "prefix_items.post", "body"): "prefixItems (item 3)",
    ("oag/echo_api.yaml", "form.test_form_oneof", "body"): _IMPOSSIBLE_ONE_OF,
    ("hey-api/3.0.x/full.yaml", "complex.complex_params", "body"): _IMPOSSIBLE_ONE_OF,
    ("hey-api/3.0.x/full.yaml", "v_api_version.import_", "body"): _IMPOSSIBLE_ONE_OF,
    ("hey-api/3.1.x/full.yaml", "complex.complex_params", "body"): (
        "union member chosen without the required property of the member it matches"
    ),
    ("hey-api/3.1.x/case.yaml", "foo.get", "body"): "spec: Foo requires a Foo (no finite body)",
    ("id4i.de.json", "history.filtered_list", "query type"): "open: not explained yet",
    **{
        ("just-eat.co.uk.json", op, "body"): _IMPOSSIBLE_ONE_OF
        for op in ("order_api.post", "publicly_accessible.post_11")
    },
    **{
        ("just-eat.co.uk.json", op, "body"): (
            "spec: delivery is a $ref to an array with a sibling `type: object`"
        )
        for op in (
            "publicly_accessible.put_restaurant_service_times",
            "restaurants.put_restaurant_service_times",
        )
    },
}


def _unexpected(spec: Path, name: str) -> list[str]:
    checked = check_examples(spec)
    return [
        str(invalid)
        for invalid in checked.invalid
        if (name, invalid.operation, invalid.argument) not in KNOWN
    ]


@pytest.mark.parametrize("name", OURS)
def test_our_specs_examples_are_valid(name: str) -> None:
    assert check_examples(REPO / name).arguments, "no example argument checked"
    assert not _unexpected(REPO / name, name)


def test_peer_specs_examples_are_valid() -> None:
    require_shared(PEER_SPECS / "manifest.json", "the peer generators' test specs")
    found = []
    for spec in peer_specs():
        if not spec.invalid:
            found += [f"{spec.name}: {line}" for line in _unexpected(spec.path, spec.name)]
    assert not found, "\n".join(found)


def test_corpus_sample_examples_are_valid() -> None:
    if not CORPUS.is_dir():
        pytest.skip("the APIs.guru corpus is not fetched (make corpus fetches it)")
    found = []
    for spec in corpus_sample(1, CORPUS_SAMPLE):
        found += [f"{spec.name}: {line}" for line in _unexpected(spec.path, spec.name)]
    assert not found, "\n".join(found)
