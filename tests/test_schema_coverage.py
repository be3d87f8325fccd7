"""JSON Schema features beyond the basics (issue 13, item 3), each with its spec inline:
tuples, readOnly/writeOnly, float and null-only enums, defaults of every kind, durations,
and field names pydantic does not need renamed.

The end-to-end check of the same features (mypy --strict, calls over loopback) is in
`tests/e2e/test_schema_coverage.py`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.config import Config
from generator.docs.examples import primitive_example, python_example
from generator.format.formatting import black_format
from generator.model.builder import Builder
from generator.model.schemas import SchemaConverter
from generator.pipeline import generate
from generator.python import views

STR, INT, FLOAT = ir.Primitive("str"), ir.Primitive("int"), ir.Primitive("float")


def convert(schemas: dict[str, Any]) -> tuple[SchemaConverter, list[str]]:
    warnings: list[str] = []
    root = {"openapi": "3.1.0", "components": {"schemas": schemas}}
    converter = SchemaConverter(root, lambda pointer, message: warnings.append(message))
    converter.convert_components()
    return converter, warnings


def field_of(converter: SchemaConverter, model: str, name: str) -> ir.Field:
    definition = converter.definitions[model]
    assert isinstance(definition, ir.Model)
    return next(f for f in definition.fields if f.name == name)


def one_property(schema: dict[str, Any], **others: Any) -> tuple[ir.Field, list[str]]:
    """The field `p` of a model `M` whose only property is `schema`."""
    converter, warnings = convert({"M": {"type": "object", "properties": {"p": schema}}, **others})
    return field_of(converter, "M", "p"), warnings


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


# -- prefixItems ----------------------------------------------------------------------


def test_prefix_items_with_no_more_items_is_a_fixed_tuple() -> None:
    pair = {"type": "array", "prefixItems": [{"type": "number"}, {"type": "string"}]}
    closed_by_items, _ = one_property({**pair, "items": False})
    closed_by_max, _ = one_property({**pair, "minItems": 2, "maxItems": 2})
    assert closed_by_items.type == ir.TupleOf((FLOAT, STR))
    assert closed_by_max.type == ir.TupleOf((FLOAT, STR))


def test_prefix_items_followed_by_more_items_keeps_the_rest_type() -> None:
    open_tuple, _ = one_property(
        {"type": "array", "prefixItems": [{"type": "string"}], "items": {"type": "integer"}}
    )
    untyped_rest, _ = one_property({"prefixItems": [{"type": "string"}]})
    assert open_tuple.type == ir.TupleOf((STR,), INT)
    assert untyped_rest.type == ir.TupleOf((STR,), ir.ANY)


def test_tuple_positions_name_their_inline_classes_by_position() -> None:
    tuple_field, _ = one_property(
        {
            "type": "array",
            "prefixItems": [{"type": "object", "properties": {"a": {"type": "string"}}}],
            "items": False,
        }
    )
    assert tuple_field.type == ir.TupleOf((ir.Named("MPItem0"),))


# -- enums --------------------------------------------------------------------------------


def test_float_enums_become_float_since_literal_cannot_hold_floats() -> None:
    converter, _ = convert(
        {
            "Ratio": {"type": "number", "enum": [0.5, 1, 1.5]},
            "Mixed": {"enum": ["auto", 1, 2.5]},
        }
    )
    ratio, mixed = converter.definitions["Ratio"], converter.definitions["Mixed"]
    assert isinstance(ratio, ir.Alias) and ratio.type == FLOAT
    assert isinstance(mixed, ir.Alias)
    assert mixed.type == ir.UnionOf((ir.LiteralOf(("auto",)), FLOAT))
    inline, _ = one_property({"type": "number", "enum": [1.1, -1.2]})
    assert inline.type == FLOAT


def test_null_only_enums_are_none() -> None:
    converter, _ = convert({"Nothing": {"enum": [None]}})
    assert converter.type_of(ref("Nothing"), "/x", "X") == ir.Primitive("none")
    typed, _ = one_property({"type": "string", "nullable": True, "enum": [None]})
    assert typed.type == ir.Primitive("none")


# -- defaults -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("schema", "default"),
    [
        ({"type": "string", "format": "date"}, "2024-01-31"),
        ({"type": "string", "format": "date-time"}, "2024-01-31T12:00:00Z"),
        ({"type": "string", "format": "date-time"}, "2024-01-31T12:00:00+02:00"),
        ({"type": "string", "format": "time"}, "12:30:00"),
        ({"type": "string", "format": "uuid"}, "6f1d4b7e-3a52-4c1e-9a5b-0d6e2f1a7c39"),
        ({"type": "string", "format": "duration"}, "P1DT2H30M"),
        ({"anyOf": [{"type": "integer"}, {"type": "string"}]}, "large"),
        ({"type": ["integer", "string"]}, 3),
        ({"type": "array", "prefixItems": [{"type": "number"}] * 2, "items": False}, [1, 2.5]),
    ],
)
def test_valid_defaults_of_any_type_are_kept_without_a_warning(
    schema: dict[str, Any], default: Any
) -> None:
    f, warnings = one_property({**schema, "default": default})
    assert f.default == default
    assert warnings == []


def test_a_model_default_is_kept_when_it_is_a_valid_object() -> None:
    settings = {
        "type": "object",
        "required": ["level"],
        "properties": {"level": {"type": "integer"}, "label": {"type": "string"}},
    }
    good, warnings = one_property({**ref("Settings"), "default": {"level": 3}}, Settings=settings)
    assert good.default == {"level": 3} and warnings == []
    for bad in ({"label": "no level"}, {"level": "three"}, [1]):
        f, warnings = one_property({**ref("Settings"), "default": bad}, Settings=settings)
        assert f.default is ir.NO_DEFAULT
        assert len(warnings) == 1 and "does not match the type" in warnings[0]


def test_a_model_default_naming_a_model_defined_later_is_checked_against_it() -> None:
    # `A` is converted before `Z`: checking A's default needs Z's fields already.
    converter, warnings = convert(
        {
            "A": {"type": "object", "properties": {"z": {**ref("Z"), "default": {"n": 1}}}},
            "Z": {"type": "object", "required": ["n"], "properties": {"n": {"type": "integer"}}},
        }
    )
    assert field_of(converter, "A", "z").default == {"n": 1} and warnings == []
    assert len([d for d in converter.definitions if d == "Z"]) == 1


@pytest.mark.parametrize(
    ("schema", "default"),
    [
        ({"type": "string", "format": "date"}, "not-a-date"),
        ({"type": "string", "format": "date-time"}, "2024-13-01T00:00:00Z"),
        ({"type": "string", "format": "uuid"}, "notauuid"),
        ({"type": "string", "format": "uuid"}, 3),
        ({"type": "string", "format": "duration"}, "1 hour"),
        ({"anyOf": [{"type": "integer"}, {"type": "boolean"}]}, "large"),
        ({"type": "array", "prefixItems": [{"type": "number"}], "items": False}, [1, 2]),
        ({"type": "string", "enum": ["a", "b"]}, "c"),
    ],
)
def test_invalid_defaults_are_always_warned_about(schema: dict[str, Any], default: Any) -> None:
    f, warnings = one_property({**schema, "default": default})
    assert f.default is ir.NO_DEFAULT
    assert len(warnings) == 1 and "does not match the type" in warnings[0]


def test_enum_list_defaults_keep_their_values() -> None:
    colour = {"type": "string", "enum": ["red", "blue"]}
    f, warnings = one_property(
        {"type": "array", "items": ref("Colour"), "default": ["red", "blue"]}, Colour=colour
    )
    assert f.default == ["red", "blue"] and warnings == []


# -- formats and names --------------------------------------------------------------------


def test_duration_format_is_a_timedelta() -> None:
    f, _ = one_property({"type": "string", "format": "duration"})
    assert f.type == ir.Primitive("duration")


def test_a_property_named_fields_keeps_its_name() -> None:
    # pydantic v2's BaseModel has no `fields` attribute, so nothing needs the `fields_` name
    converter, _ = convert({"M": {"type": "object", "properties": {"fields": {"type": "string"}}}})
    assert field_of(converter, "M", "fields").wire_name == "fields"


# -- what the model classes say -----------------------------------------------------------


def _model_source(schemas: dict[str, Any], body: str | None = None) -> dict[str, str]:
    """Model name -> its class as generated (body: a schema sent by `POST /x`)."""
    paths: dict[str, Any] = {}
    if body is not None:
        paths["/x"] = {
            "post": {
                "operationId": "send",
                "requestBody": {"content": {"application/json": {"schema": ref(body)}}},
                "responses": {"204": {"description": "sent"}},
            }
        }
    root = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }
    api = Builder(root, Config()).build()
    sources: dict[str, str] = {}
    for module, names in api.module_groups:
        view = views.model_module(api, module, names)
        for d in view.definitions:
            if isinstance(d, views.ModelView):
                sources[d.name] = "\n".join(_field_line(f) for f in d.fields)
    return sources


def _field_line(field: views.FieldView) -> str:
    """The field as the model template writes it (before layout)."""
    if field.field_args is not None:
        return f"{field.name}: {field.annotation} = Field({', '.join(field.field_args)})"
    if field.default is not None:
        return f"{field.name}: {field.annotation} = {field.default}"
    return f"{field.name}: {field.annotation}"


def test_read_only_fields_are_optional_in_models_users_send() -> None:
    widget = {
        "type": "object",
        "required": ["id", "name"],
        "properties": {"id": {"type": "string", "readOnly": True}, "name": {"type": "string"}},
    }
    sent = _model_source({"Widget": widget}, body="Widget")["Widget"]
    received = _model_source({"Widget": widget})["Widget"]
    assert "id: str | None = None" in sent and "name: str\n" in sent + "\n"
    assert "id: str\n" in received + "\n"


def test_write_only_fields_are_never_required_in_models() -> None:
    user = {
        "type": "object",
        "required": ["password"],
        "properties": {"password": {"type": "string", "writeOnly": True}},
    }
    for body in ("User", None):
        assert _model_source({"User": user}, body=body)["User"] == "password: str | None = None"


def test_defaults_are_written_as_members_literals_or_validated_json() -> None:
    schemas = {
        "Colour": {"type": "string", "enum": ["red", "blue"]},
        "M": {
            "type": "object",
            "properties": {
                "colours": {"type": "array", "items": ref("Colour"), "default": ["blue"]},
                "since": {"type": "string", "format": "date", "default": "2024-01-31"},
                "size": {"anyOf": [{"type": "integer"}, {"type": "string"}], "default": "L"},
            },
        },
    }
    lines = _model_source(schemas)["M"].split("\n")
    assert "colours: list[Colour] = [Colour.BLUE]" in lines
    assert 'since: date = Field(default="2024-01-31", validate_default=True)' in lines
    assert 'size: int | str = "L"' in lines


def test_a_long_enum_list_default_is_laid_out_as_black_does(tmp_path: Path) -> None:
    values = ["success", "failure", "skipped", "cancelled"]
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {
                "OutcomeOfTheQueryItem": {"type": "string", "enum": values},
                "Query": {
                    "type": "object",
                    "properties": {
                        "outcomes": {
                            "type": "array",
                            "items": ref("OutcomeOfTheQueryItem"),
                            "default": values,
                        }
                    },
                },
            }
        },
    }
    (tmp_path / "spec.json").write_text(json.dumps(spec), encoding="utf-8")
    files = generate(tmp_path / "spec.json").files
    source = next(text for path, text in files.items() if str(path).endswith("models/query.py"))
    assert "    outcomes: list[OutcomeOfTheQueryItem] = [\n" in source
    assert black_format(source) == source


def test_examples_of_tuples_and_null_only_values_are_what_the_types_accept() -> None:
    pair = ir.TupleOf((FLOAT, STR))
    assert python_example([1.5, "a"], pair) == '(1.5, "a")'
    assert python_example([1.5], ir.TupleOf((FLOAT,))) == "(1.5,)"
    assert python_example([1.5, "a"], ir.TupleOf((FLOAT,), STR)) == '[1.5, "a"]'
    assert primitive_example("none", ir.Constraints()) is None
