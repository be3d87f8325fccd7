"""The normalizer: spec idioms become clean IR types and definitions."""

from __future__ import annotations

from typing import Any

from generator import ir
from generator.model.schemas import SchemaConverter

STR, INT, BOOL = ir.Primitive("str"), ir.Primitive("int"), ir.Primitive("bool")


def convert(schemas: dict[str, Any]) -> tuple[SchemaConverter, list[tuple[str, str]]]:
    warnings: list[tuple[str, str]] = []
    root = {"openapi": "3.1.0", "components": {"schemas": schemas}}
    converter = SchemaConverter(root, lambda pointer, message: warnings.append((pointer, message)))
    converter.convert_components()
    return converter, warnings


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def model(converter: SchemaConverter, name: str) -> ir.Model:
    definition = converter.definitions[name]
    assert isinstance(definition, ir.Model)
    return definition


def fields(m: ir.Model) -> dict[str, ir.Field]:
    return {f.name: f for f in m.fields}


def list_schema(item: str) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["data", "done"],
        "properties": {
            "data": {"type": "array", "items": ref(item)},
            "done": {"type": "boolean"},
            "iterator": {"type": "string", "nullable": True, "example": item},
        },
    }


def test_generic_list_schemas_become_one_generic_model() -> None:
    converter, _ = convert(
        {
            "ApplicationOut": {"type": "object", "properties": {"id": {"type": "string"}}},
            "EndpointOut": {"type": "object", "properties": {"id": {"type": "string"}}},
            "ListResponse_ApplicationOut_": list_schema("ApplicationOut"),
            "ListResponse_EndpointOut_": list_schema("EndpointOut"),
        }
    )
    generic = model(converter, "ListResponse")
    assert generic.type_params == ("T",)
    assert fields(generic)["data"].type == ir.ListOf(ir.TypeParam("T"))
    assert fields(generic)["iterator"].type == ir.Nullable(STR)
    assert "ListResponseApplicationOut" not in converter.definitions
    tp = converter.type_of(ref("ListResponse_EndpointOut_"), "/x", "X")
    assert tp == ir.Named("ListResponse", (ir.Named("EndpointOut"),))


def test_a_lone_or_different_member_is_not_made_generic() -> None:
    odd = list_schema("EndpointOut")
    odd["properties"]["extra"] = {"type": "integer"}
    converter, _ = convert(
        {
            "ApplicationOut": {"type": "object", "properties": {"id": {"type": "string"}}},
            "EndpointOut": {"type": "object", "properties": {"id": {"type": "string"}}},
            "ListResponse_ApplicationOut_": list_schema("ApplicationOut"),
            "ListResponse_EndpointOut_": odd,
        }
    )
    assert "ListResponse" not in converter.definitions
    assert "ListResponseEndpointOut" in converter.definitions


def test_integer_enums_take_their_names_from_x_enum_varnames() -> None:
    converter, _ = convert(
        {
            "MessageStatus": {
                "type": "integer",
                "enum": [0, 1, 2, 3],
                "x-enum-varnames": ["Success", "Pending", "Fail", "Sending"],
            },
            "Ordering": {"type": "string", "enum": ["ascending", "descending"]},
        }
    )
    status = converter.definitions["MessageStatus"]
    assert isinstance(status, ir.Enum) and status.value_type == "int"
    assert [(m.name, m.value) for m in status.members] == [
        ("SUCCESS", 0),
        ("PENDING", 1),
        ("FAIL", 2),
        ("SENDING", 3),
    ]
    ordering = converter.definitions["Ordering"]
    assert isinstance(ordering, ir.Enum) and ordering.value_type == "str"


def test_nullable_in_every_spelling() -> None:
    converter, _ = convert(
        {
            "M": {
                "type": "object",
                "properties": {
                    "a": {"type": "string", "nullable": True},
                    "b": {"type": ["string", "null"]},
                    "c": {"oneOf": [ref("N"), {"type": "null"}]},
                    "d": {"$ref": "#/components/schemas/N", "nullable": True},
                    "e": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
                    "f": {"type": "string"},
                },
            },
            "N": {"type": "object", "properties": {"x": {"type": "string"}}},
        }
    )
    f = fields(model(converter, "M"))
    assert f["a"].type == ir.Nullable(STR)
    assert f["b"].type == ir.Nullable(STR)
    assert f["c"].type == ir.Nullable(ir.Named("N"))
    assert f["d"].type == ir.Nullable(ir.Named("N"))
    assert f["e"].type == ir.Nullable(INT)
    assert f["f"].type == STR


def test_all_of_is_merged() -> None:
    converter, _ = convert(
        {
            "Base": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "string"}},
            },
            "Child": {
                "allOf": [
                    ref("Base"),
                    {"type": "object", "required": ["n"], "properties": {"n": {"type": "integer"}}},
                ]
            },
        }
    )
    child = fields(model(converter, "Child"))
    assert set(child) == {"id", "n"}
    assert child["id"].required and child["n"].required


def test_one_of_with_a_discriminator_mapping() -> None:
    converter, _ = convert(
        {
            "Cat": {"type": "object", "properties": {"petType": {"type": "string"}}},
            "Dog": {"type": "object", "properties": {"petType": {"type": "string"}}},
            "Pet": {
                "oneOf": [ref("Cat"), ref("Dog")],
                "discriminator": {
                    "propertyName": "petType",
                    "mapping": {"cat": "#/components/schemas/Cat", "dog": "Dog"},
                },
            },
        }
    )
    pet = converter.definitions["Pet"]
    assert isinstance(pet, ir.Alias) and isinstance(pet.type, ir.UnionOf)
    assert pet.type.members == (ir.Named("Cat"), ir.Named("Dog"))
    disc = pet.type.discriminator
    assert disc is not None and disc.wire_name == "petType"
    assert disc.mapping == (("cat", "Cat"), ("dog", "Dog"))
    assert disc.python_name == "pet_type"  # the members' attribute: a dict may use it


def test_tagged_variants_beside_base_properties() -> None:
    """Svix's idiom: common properties plus oneOf variants tagged by a one-value enum."""
    converter, _ = convert(
        {
            "SourceIn": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}},
                "oneOf": [
                    {
                        "type": "object",
                        "required": ["type"],
                        "properties": {"type": {"type": "string", "enum": ["generic-webhook"]}},
                    },
                    {
                        "type": "object",
                        "required": ["type", "config"],
                        "properties": {
                            "type": {"type": "string", "enum": ["cron"]},
                            "config": {
                                "type": "object",
                                "properties": {"schedule": {"type": "string"}},
                            },
                        },
                    },
                ],
            }
        }
    )
    union = converter.definitions["SourceIn"]
    assert isinstance(union, ir.Alias) and isinstance(union.type, ir.UnionOf)
    names = [m.name for m in union.type.members if isinstance(m, ir.Named)]
    assert names == ["SourceInGenericWebhook", "SourceInCron"]
    cron = fields(model(converter, "SourceInCron"))
    assert set(cron) == {"name", "type", "config"}
    assert cron["type"].type == ir.LiteralOf(("cron",))
    assert cron["config"].type == ir.Named("SourceInCronConfig")
    disc = union.type.discriminator
    assert disc is not None and disc.python_name == "type"


def test_maps_lists_formats_and_recursion() -> None:
    converter, _ = convert(
        {
            "Node": {
                "type": "object",
                "properties": {
                    "children": {"type": "array", "items": ref("Node")},
                    "labels": {"type": "object", "additionalProperties": {"type": "string"}},
                    "extra": {"type": "object"},
                    "at": {"type": "string", "format": "date-time"},
                    "day": {"type": "string", "format": "date"},
                    "uid": {"type": "string", "format": "uuid"},
                    "url": {"type": "string", "format": "uri"},
                    "blob": {"type": "string", "format": "binary"},
                    "ratio": {"type": "number"},
                },
            }
        }
    )
    f = fields(model(converter, "Node"))
    assert f["children"].type == ir.ListOf(ir.Named("Node"))
    assert f["labels"].type == ir.DictOf(STR)
    assert f["extra"].type == ir.DictOf(ir.ANY)
    assert f["at"].type == ir.Primitive("datetime")
    assert f["day"].type == ir.Primitive("date")
    assert f["uid"].type == ir.Primitive("uuid")
    assert f["url"].type == STR
    assert f["blob"].type == ir.Primitive("bytes")
    assert f["ratio"].type == ir.Primitive("float")


def test_inline_objects_get_stable_readable_names() -> None:
    converter, _ = convert(
        {
            "Order": {
                "type": "object",
                "properties": {
                    "shipping": {"type": "object", "properties": {"city": {"type": "string"}}},
                    "lines": {
                        "type": "array",
                        "items": {"type": "object", "properties": {"sku": {"type": "string"}}},
                    },
                    "state": {"type": "string", "enum": ["open", "closed"]},
                },
            }
        }
    )
    f = fields(model(converter, "Order"))
    assert f["shipping"].type == ir.Named("OrderShipping")
    assert f["lines"].type == ir.ListOf(ir.Named("OrderLinesItem"))
    assert f["state"].type == ir.Named("OrderState")
    assert isinstance(converter.definitions["OrderState"], ir.Enum)


def test_defaults_are_kept_only_when_they_fit_the_type() -> None:
    converter, warnings = convert(
        {
            "Status": {"type": "string", "enum": ["enabled", "disabled"]},
            "M": {
                "type": "object",
                "properties": {
                    "archived": {"type": "boolean", "default": False},
                    "status": {"$ref": "#/components/schemas/Status", "default": "enabled"},
                    "bad": {"type": "integer", "default": "ten"},
                },
            },
        }
    )
    f = fields(model(converter, "M"))
    assert f["archived"].default is False
    assert f["status"].default == "enabled" and f["status"].default_member == "ENABLED"
    assert f["bad"].default is ir.NO_DEFAULT
    assert any("does not match" in message for _, message in warnings)


def test_a_ref_cycle_through_plain_aliases_degrades_to_any() -> None:
    converter, warnings = convert(
        {"A": {"type": "array", "items": ref("B")}, "B": {"type": "array", "items": ref("A")}}
    )
    assert converter.type_of(ref("A"), "/x", "X") == ir.ListOf(ir.ListOf(ir.ANY))
    assert any("recursive type" in message for _, message in warnings)


def test_names_that_collide_are_numbered_deterministically() -> None:
    converter, _ = convert(
        {
            "Foo": {"type": "object", "properties": {"bar": {"type": "object", "properties": {}}}},
            "FooBar": {"type": "object", "properties": {"x": {"type": "string"}}},
            "foo_bar": {"type": "object", "properties": {"y": {"type": "string"}}},
        }
    )
    assert {"Foo", "FooBar", "FooBar2"} <= set(converter.definitions)
