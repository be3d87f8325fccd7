"""Realistic example values for docs: from the spec's examples first, then from types.

An example must be valid for its type (so docs snippets run against a validating mock
server): the spec's `example` is used when it fits, then enum members, then a value
built from the type and its constraints.
"""

from __future__ import annotations

from typing import Any

from . import ir, naming
from . import schema_facts as facts


def example_value(
    tp: ir.TypeRef,
    example: Any,
    defs: dict[str, ir.Definition],
    constraints: ir.Constraints | None = None,
    depth: int = 0,
) -> Any:
    """A JSON value for a parameter or field, valid for its type."""
    enum_values = {
        d.name: {m.value for m in d.members} for d in defs.values() if isinstance(d, ir.Enum)
    }
    if (
        example is not ir.NO_DEFAULT
        and example is not None
        and facts.fits(example, tp, enum_values)
    ):
        return example
    return _from_type(tp, defs, constraints or ir.Constraints(), depth)


def _from_type(
    tp: ir.TypeRef, defs: dict[str, ir.Definition], c: ir.Constraints, depth: int
) -> Any:
    if isinstance(tp, ir.Nullable):
        return _from_type(tp.inner, defs, c, depth)
    if isinstance(tp, ir.LiteralOf):
        return tp.values[0] if tp.values else None
    if isinstance(tp, ir.Primitive):
        return _primitive(tp.name, c)
    if isinstance(tp, ir.ListOf):
        if depth > 2:
            return []
        return [_from_type(tp.item, defs, ir.Constraints(), depth + 1)]
    if isinstance(tp, ir.DictOf):
        return (
            {"key": _from_type(tp.value, defs, ir.Constraints(), depth + 1)} if depth <= 2 else {}
        )
    if isinstance(tp, ir.UnionOf):
        return _from_type(tp.members[0], defs, c, depth) if tp.members else None
    if isinstance(tp, ir.Named):
        return _named(tp, defs, depth)
    return None


def _named(tp: ir.Named, defs: dict[str, ir.Definition], depth: int) -> Any:
    definition = defs.get(tp.name)
    if isinstance(definition, ir.Enum):
        return definition.members[0].value if definition.members else ""
    if isinstance(definition, ir.Alias):
        return _from_type(definition.type, defs, ir.Constraints(), depth)
    if isinstance(definition, ir.Model) and depth <= 2:
        return {
            f.name: example_value(f.type, f.example, defs, f.constraints, depth + 1)
            for f in definition.fields
            if f.required and not f.read_only
        }
    return {}


def _primitive(name: str, c: ir.Constraints) -> Any:
    if name == "str":
        length = max(c.min_length or 0, 6)
        text = "string"[: c.max_length] if c.max_length else "string"
        return text.ljust(min(length, c.max_length or length), "x")
    if name == "int":
        low = c.minimum if c.minimum is not None else (c.exclusive_minimum or 0) + 1
        return int(max(low, 1) if c.maximum is None or c.maximum >= 1 else low)
    if name == "float":
        return float(c.minimum) if c.minimum is not None else 1.5
    if name == "bool":
        return True
    if name == "datetime":
        return "2024-01-01T00:00:00Z"
    if name == "date":
        return "2024-01-01"
    if name == "time":
        return "12:00:00"
    if name == "uuid":
        return "5f8a3c2e-9b1d-4e6f-8a7b-1c2d3e4f5a6b"
    if name == "bytes":
        return "data"
    return {}


def python_example(value: Any, tp: ir.TypeRef, defs: dict[str, ir.Definition]) -> str:
    """The example as Python source (bytes parameters get b"..." literals)."""
    inner = tp.inner if isinstance(tp, ir.Nullable) else tp
    if inner == ir.Primitive("bytes") and isinstance(value, str):
        return "b" + naming.py_str(value)
    return naming.py_literal(value)
