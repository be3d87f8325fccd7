"""Shapes the APIs.guru corpus showed breaking a README snippet (`make conformance`),
each as a small spec fragment: example values must be valid for the spec, or the call
fails validation before or after it is sent; parameters must be read as declared."""

from __future__ import annotations

import re
from typing import Any

import pytest

from generator import ir
from generator.config import Config
from generator.docs.examples import Examples
from generator.model.builder import Builder
from generator.model.schemas import SchemaConverter


def example_of(schema: dict[str, Any]) -> Any:
    """The docs example of a property `p` with `schema`, as the README writes it."""
    root = {
        "openapi": "3.0.3",
        "components": {"schemas": {"M": {"type": "object", "properties": {"p": schema}}}},
    }
    converter = SchemaConverter(root, lambda pointer, message: None)
    converter.convert_components()
    model = converter.definitions["M"]
    assert isinstance(model, ir.Model)
    (field,) = model.fields
    return Examples(converter.definitions).value(field.type, field.example, field.constraints, "p")


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        # pay1.de: "link expiration date", format date, example a date-time (pydantic
        # refuses a date with a time of day; so does a validating server)
        ({"type": "string", "format": "date", "example": "2025-10-15T13:51:57.527Z"}, "2024-01-01"),
        ({"type": "string", "format": "date", "example": "2025-10-15"}, "2025-10-15"),
        (
            {"type": "string", "format": "date-time", "example": "2025-10-15"},
            "2024-01-01T00:00:00Z",
        ),
        (
            {"type": "string", "format": "date-time", "example": "2025-10-15T13:51:57.527Z"},
            "2025-10-15T13:51:57.527Z",
        ),
        (
            {"type": "string", "format": "uuid", "example": "the-id"},
            "5f8a3c2e-9b1d-4e6f-8a7b-1c2d3e4f5a6b",
        ),
        ({"type": "string", "format": "duration", "example": "1 hour"}, "PT1H"),
        # shipengine.com: a webhook url's example is a placeholder, not a URL
        (
            {"type": "string", "format": "url", "example": "https://[YOUR ENDPOINT ID].x.bin.com"},
            "https://example.com/webhook",
        ),
        (
            {"type": "string", "format": "uri", "example": "https://x.org/a?b=1"},
            "https://x.org/a?b=1",
        ),
        ({"type": "string", "format": "email", "example": "someone at x"}, "user@example.com"),
    ],
)
def test_a_formatted_string_example_is_used_only_in_its_format(
    schema: dict[str, Any], expected: str
) -> None:
    assert example_of(schema) == expected


def test_a_pattern_too_risky_to_run_still_shapes_the_example() -> None:
    # amazonaws.com/rolesanywhere: `(:.*){2}` repeats an unbounded repeat, so the pattern
    # is neither documented nor run, but "my-p" would still break it on the server
    pattern = "^arn:aws(-[^:]+)?:iam(:.*){2}(:role.*)$"
    value = example_of({"type": "string", "pattern": pattern, "minLength": 1})
    assert value == "arn:aws:iam:::role"
    assert re.search(pattern, value)


def test_a_percent_encoded_ref_to_a_path_parameter_resolves() -> None:
    # surevoip.co.uk: `$ref: '#/paths/~1customers~1%7Baccount%7D/get/parameters/0'`; it
    # was not found, so `account` became a string and the example "my-account" was
    # refused by the server (the parameter is an integer)
    account = {"name": "account", "in": "path", "required": True, "schema": {"type": "integer"}}
    shared = "#/paths/~1customers~1%7Baccount%7D/get/parameters/0"
    ok = {"200": {"description": "ok"}}
    root = {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/customers/{account}": {"get": {"parameters": [account], "responses": ok}},
            "/customers/{account}/notes": {
                "get": {"parameters": [{"$ref": shared}], "responses": ok}
            },
        },
    }
    operations = Builder(root, Config()).build().operations
    notes = next(op for op in operations if op.path.endswith("/notes"))
    (param,) = notes.params
    assert (param.wire_name, param.type) == ("account", ir.Primitive("int"))


def test_a_number_or_string_example_is_a_string_that_is_not_a_number() -> None:
    # github.com: `workflow_id` is oneOf [integer, string]; `1` reaches the path as "1",
    # which matches both members, and Prism refuses it ("must match exactly one schema")
    either = {"oneOf": [{"type": "integer"}, {"type": "string"}]}
    assert example_of(either) == "my-p"
    assert example_of({"oneOf": [{"type": "integer"}, {"type": "boolean"}]}) == 1


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        # github.com (ghes): the body is `type: array` with oneOf [object, array]; the
        # spec's own example (an array) fits a member and is used, not an object
        (
            {
                "oneOf": [
                    {"type": "object", "properties": {"contexts": {"type": "array"}}},
                    {"type": "array", "items": {"type": "string"}},
                ],
                "example": ["ci/travis", "ci/jenkins"],
            },
            ["ci/travis", "ci/jenkins"],
        ),
        # appveyor.com: `stacks` is an array with maxItems 0
        ({"type": "array", "items": {"type": "string"}, "maxItems": 0}, []),
        # amazonaws.com/lambda: a map of weights, each at most 1
        ({"type": "object", "additionalProperties": {"type": "number", "maximum": 1}}, {"key": 1}),
        # ... and a map of lists of strings with a pattern
        (
            {
                "type": "object",
                "additionalProperties": {
                    "type": "array",
                    "items": {"type": "string", "pattern": "^[a-z]+:[0-9]+$"},
                },
            },
            {"key": ["a:1"]},
        ),
        # twilio.com proxy: Participants (a form field) is an array of `{}`: a dict item has
        # no form encoding (EncodingError before sending), a scalar item fits anywhere
        ({"type": "array", "items": {}}, ["value"]),
        # openbanking.org.uk: `Risk` is an object with no properties that allows none
        ({"type": "object", "properties": {}, "additionalProperties": False}, {}),
        # shipengine.com: an enum wrapped in an allOf to carry a description was a class
        # with no fields (example {}, refused as "must be string")
        (
            {
                "allOf": [{"type": "string", "enum": ["image/png", "image/jpeg"]}],
                "description": "The file type of the image.",
            },
            "image/png",
        ),
        ({"allOf": [{"type": "integer", "minimum": 5}], "description": "at least five"}, 5),
        # ... and items that wrap a pattern-limited id in an allOf keep its pattern
        (
            {
                "type": "array",
                "items": {
                    "allOf": [{"type": "string", "pattern": "^se(-[a-z0-9]+)+$"}],
                    "description": "The Rate ID",
                },
            },
            ["se-a"],
        ),
        # amazonaws.com/connect: a password pattern made of lookaheads
        (
            {"type": "string", "pattern": r"^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)[a-zA-Z\d\S]{8,64}$"},
            "Example123",
        ),
    ],
)
def test_examples_keep_the_limits_of_members_items_and_values(
    schema: dict[str, Any], expected: Any
) -> None:
    assert example_of(schema) == expected
