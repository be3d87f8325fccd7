"""Strings made to match a spec's `pattern` (and its length limits), for runnable examples."""

from __future__ import annotations

import re

import pytest

from generator import ir
from generator.docs.examples import Examples, primitive_example
from generator.docs.regex_example import matching_string


@pytest.mark.parametrize(
    ("pattern", "min_length", "max_length"),
    [
        (r"^KS[0-9a-fA-F]{32}$", 0, None),
        (r"^\d{3}-\d{2}-\d{4}$", 0, None),
        (r"^[a-z]+$", 5, 5),
        (r"^[0-9a-fA-F]+$", 40, 40),
        (r"^(?:[a-z0-9-]+\.)*example\.com$", 0, None),
        (r"^\+?[1-9]\d{1,14}$", 0, None),
        (r"^[^@\s]+@[^@\s]+$", 0, None),
        (r"^[A-Z]{2}(-[A-Z]{2})?$", 0, None),
        (r"^(foo|bar)_\w{2,}$", 0, None),
        (r"arn:aws:[a-z0-9-]+:\d{12}:.+", 0, None),
        (r"^[\u0041-\u005A]{3}$", 0, None),
        (r"^v\d+(\.\d+){2}(-[a-z]+)?$", 0, None),
        (r"^[a-z]{2,}?x{0,3}$", 0, None),
    ],
)
def test_the_string_matches_the_pattern_and_the_limits(
    pattern: str, min_length: int, max_length: int | None
) -> None:
    text = matching_string(pattern, min_length, max_length)
    assert text is not None
    assert re.search(pattern, text), text
    assert len(text) >= min_length
    assert max_length is None or len(text) <= max_length


@pytest.mark.parametrize(
    ("pattern", "max_length"),
    [
        (r"^\p{L}+$", None),  # unicode properties: not read
        (r"^(?=.*\d).{8}$", None),  # look-ahead: the shortest string ignores it
        (r"^[a-f]{8}-[a-f]{4}$", 10),  # impossible within the limit
        (r"^(a|b", None),  # broken
    ],
)
def test_what_cannot_be_matched_gives_none(pattern: str, max_length: int | None) -> None:
    assert matching_string(pattern, 0, max_length) is None


def test_string_examples_satisfy_their_pattern() -> None:
    limits = ir.Constraints(pattern=r"^KS[0-9a-fA-F]{32}$")
    value = primitive_example("str", limits, "key_id")
    assert isinstance(value, str) and re.fullmatch(r"KS[0-9a-fA-F]{32}", value)


@pytest.mark.parametrize(
    ("name", "limits", "expected"),
    [
        ("int", ir.Constraints(minimum=10, maximum=20), 10),
        ("int", ir.Constraints(maximum=0), 0),
        ("int", ir.Constraints(exclusive_minimum=5), 6),
        ("int", ir.Constraints(exclusive_maximum=1), 0),
        ("float", ir.Constraints(maximum=0.5), 0.5),
        ("float", ir.Constraints(minimum=2.0), 2.0),
        ("float", ir.Constraints(exclusive_minimum=0, exclusive_maximum=1), 0.5),
    ],
)
def test_numbers_stay_within_their_limits(
    name: str, limits: ir.Constraints, expected: float
) -> None:
    assert primitive_example(name, limits) == expected


def _model(name: str, tag: ir.TypeRef) -> ir.Model:
    fields = (ir.Field("object_type", "objectType", tag, True),)
    return ir.Model(name, name.lower(), fields)


def test_a_discriminated_union_example_carries_its_members_tag() -> None:
    mapping = (("obj1", "One"), ("obj2", "Two"))
    union = ir.UnionOf(
        (ir.Named("One"), ir.Named("Two")), ir.Discriminator("objectType", "object_type", mapping)
    )
    free = Examples({"One": _model("One", ir.Primitive("str")), "Two": _model("Two", ir.ANY)})
    assert free.value(union) == {"object_type": "obj1"}  # not "my-object-type"
    fixed = _model("One", ir.LiteralOf(("one",)))
    assert Examples({"One": fixed}).value(union) == {"object_type": "one"}  # its const stays
