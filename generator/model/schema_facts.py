"""Small, pure readings of one JSON Schema node: nullability, shape, limits, defaults.

Kept apart from the converter so each rule (3.0 `nullable`, 3.1 type arrays, which
defaults are usable...) is written once and tested on its own.
"""

from __future__ import annotations

import math
from typing import Any, Literal

from .. import ir
from ..spec.patterns import pattern_issue, safe_pattern

Shape = Literal[
    "ref", "enum", "literal", "union", "allof", "object", "map", "array", "scalar", "any"
]

_SCALAR_TYPES = frozenset({"string", "integer", "number", "boolean", "null"})


def is_null_schema(schema: Any) -> bool:
    """`{type: null}` (3.1) or `{enum: [null]}`: a union member that only admits null."""
    if not isinstance(schema, dict):
        return False
    if schema.get("type") == "null" or schema.get("type") == ["null"]:
        return True
    return schema.get("enum") == [None] or ("const" in schema and schema["const"] is None)


def is_nullable(schema: Any) -> bool:
    """Whether null is allowed, by any of the ways 3.0 and 3.1 specs say it."""
    if not isinstance(schema, dict):
        return False
    if schema.get("nullable") is True or schema.get("x-nullable") is True:
        return True
    types = schema.get("type")
    if isinstance(types, list) and "null" in types:
        return True
    enum = schema.get("enum")
    if isinstance(enum, list) and None in enum:
        return True
    for key in ("oneOf", "anyOf"):
        members = schema.get(key)
        if isinstance(members, list) and any(is_null_schema(m) for m in members):
            return True
    return False


def non_null_types(schema: dict[str, Any]) -> list[str]:
    """The declared JSON types other than null (3.1 type arrays or a single type)."""
    types = schema.get("type")
    if isinstance(types, str):
        return [] if types == "null" else [types]
    if isinstance(types, list):
        return [t for t in types if isinstance(t, str) and t != "null"]
    return []


def union_members(schema: dict[str, Any]) -> list[Any]:
    """Non-null members of `oneOf`/`anyOf` (both become unions)."""
    members: list[Any] = []
    for key in ("oneOf", "anyOf"):
        value = schema.get(key)
        if isinstance(value, list):
            members.extend(m for m in value if not is_null_schema(m))
    return members


def shape(schema: Any) -> Shape:
    """What kind of type a schema describes, before naming anything."""
    if not isinstance(schema, dict):
        return "any"
    if "$ref" in schema:
        return "ref"
    if isinstance(schema.get("enum"), list):
        values = [v for v in schema["enum"] if v is not None]
        return "enum" if values else "scalar"
    if "const" in schema:
        return "literal"
    if union_members(schema):
        return "union"
    if isinstance(schema.get("allOf"), list) and schema["allOf"]:
        return "allof"
    types = non_null_types(schema)
    if len(types) > 1:
        return "union"
    kind = types[0] if types else None
    if kind == "object" or (kind is None and ("properties" in schema)):
        return "object" if schema.get("properties") else "map"
    if kind == "array" or (kind is None and ("items" in schema or "prefixItems" in schema)):
        return "array"
    if kind in _SCALAR_TYPES:
        return "scalar"
    if kind is None and "additionalProperties" in schema:
        return "map"
    return "any"


_STRING_FORMATS: dict[str, ir.PrimitiveName] = {
    "date-time": "datetime",
    "date": "date",
    "time": "time",
    "duration": "duration",
    "uuid": "uuid",
    "binary": "bytes",
}


def scalar_type(schema: dict[str, Any], json_type: str | None = None) -> ir.Primitive:
    """The Python scalar for a string/integer/number/boolean schema (with its format)."""
    types = non_null_types(schema)
    kind = json_type or (types[0] if types else None)
    if kind == "string":
        fmt = schema.get("format")
        if isinstance(fmt, str) and fmt in _STRING_FORMATS:
            return ir.Primitive(_STRING_FORMATS[fmt])
        if isinstance(schema.get("contentMediaType"), str):
            return ir.Primitive("bytes")  # 3.1's spelling of `format: binary`
        return ir.Primitive("str")  # `contentEncoding` alone: the encoded text, as given
    if kind == "integer":
        return ir.Primitive("int")
    if kind == "number":
        return ir.Primitive("int" if schema.get("format") in ("int32", "int64") else "float")
    if kind == "boolean":
        return ir.Primitive("bool")
    if kind == "null":
        return ir.Primitive("none")
    return ir.ANY


_CONSTRAINT_KEYS = frozenset(
    {"minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum",
     "exclusiveMaximum", "minItems", "maxItems", "format", "maxProperties",
     "additionalProperties"}
)  # fmt: skip
_NO_CONSTRAINTS = ir.Constraints()


def constraints(schema: Any) -> ir.Constraints:
    """Limits worth documenting; numbers only where the spec gives numbers."""
    if not isinstance(schema, dict) or _CONSTRAINT_KEYS.isdisjoint(schema):
        return _NO_CONSTRAINTS  # most schemas (GitHub: 3 in 4) have none

    def number(key: str) -> float | None:
        value = schema.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        return value

    def count(key: str) -> int | None:
        value = schema.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    exclusive_min = schema.get("exclusiveMinimum")
    exclusive_max = schema.get("exclusiveMaximum")
    minimum, maximum = number("minimum"), number("maximum")
    if exclusive_min is True:  # 3.0 style: a flag that modifies `minimum`
        exclusive_min, minimum = minimum, None
    if exclusive_max is True:
        exclusive_max, maximum = maximum, None
    pattern = schema.get("pattern")
    fmt = schema.get("format")
    return ir.Constraints(
        min_length=count("minLength"),
        max_length=count("maxLength"),
        pattern=safe_pattern(pattern),
        minimum=minimum,
        maximum=maximum,
        exclusive_minimum=_number_or_none(exclusive_min),
        exclusive_maximum=_number_or_none(exclusive_max),
        min_items=count("minItems"),
        max_items=count("maxItems"),
        format=fmt if isinstance(fmt, str) else None,
        example_pattern=_risky(pattern),
        max_properties=_max_properties(schema),
    )


def _max_properties(schema: dict[str, Any]) -> int | None:
    """`maxProperties`; 0 for an object that allows no property at all (no
    `properties` and `additionalProperties: false`, as Open Banking's `Risk`)."""
    if schema.get("additionalProperties") is False and not schema.get("properties"):
        return 0
    value = schema.get("maxProperties")
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _risky(pattern: Any) -> str | None:
    """A pattern `safe_pattern` drops for its backtracking, kept for examples only."""
    if not isinstance(pattern, str) or len(pattern) > 1_000 or safe_pattern(pattern):
        return None
    return pattern if "backtrack" in (pattern_issue(pattern) or "") else None


def _number_or_none(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value


def example_of(schema: Any) -> Any:
    """The schema's first example (`example`, or 3.1 `examples[0]`), else NO_DEFAULT."""
    if not isinstance(schema, dict):
        return ir.NO_DEFAULT
    if "example" in schema:
        return schema["example"]
    examples = schema.get("examples")
    if isinstance(examples, list) and examples:
        return examples[0]
    return ir.NO_DEFAULT


def fits(value: Any, tp: ir.TypeRef, enum_values: dict[str, set[Any]]) -> bool:
    """Whether a JSON value is a valid Python default for a type (so mypy accepts it)."""
    if isinstance(tp, ir.Nullable):
        return value is None or fits(value, tp.inner, enum_values)
    if value is None:
        return False
    if isinstance(tp, ir.Primitive):
        return _fits_primitive(value, tp.name)
    if isinstance(tp, ir.LiteralOf):
        return any(value == v and type(value) is type(v) for v in tp.values)
    if isinstance(tp, ir.Named):
        return tp.name in enum_values and value in enum_values[tp.name]
    if isinstance(tp, ir.ListOf):
        return isinstance(value, list) and all(fits(v, tp.item, enum_values) for v in value)
    if isinstance(tp, ir.TupleOf):
        return False  # a JSON array is not a tuple: written as one, it is not a literal
    if isinstance(tp, ir.DictOf):
        return isinstance(value, dict) and all(
            fits(v, tp.value, enum_values) for v in value.values()
        )
    return False


def _fits_primitive(value: Any, name: str) -> bool:
    if name == "any":
        return _is_json(value)
    if name == "str":
        return isinstance(value, str)
    if name == "bool":
        return isinstance(value, bool)
    if name == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "float":
        return (
            isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
        )
    return False  # dates, uuids, bytes: a literal default would be a string, not that type


def _is_json(value: Any) -> bool:
    if value is None or isinstance(value, str | bool | int):
        return True
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, list):
        return all(_is_json(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _is_json(v) for k, v in value.items())
    return False
