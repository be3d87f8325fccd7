"""Realistic example values for docs: from the spec's examples first, then from types.

An example must be valid for its type (so docs snippets run against a validating mock
server): the spec's `example` is used when it fits, then enum members, then a value built
from the type, its format, its pattern and its limits, and for plain strings from the
name of what it is for (`idempotency_key="my-idempotency-key"`, never `"string_example"`).
"""

from __future__ import annotations

import re
from typing import Any

from . import ir, naming
from . import schema_facts as facts

_FORMATS: dict[str, str] = {
    "email": "user@example.com",
    "uri": "https://example.com/webhook",
    "url": "https://example.com/webhook",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "uuid": "5f8a3c2e-9b1d-4e6f-8a7b-1c2d3e4f5a6b",
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "12:00:00",
    "duration": "PT1H",
    "byte": "aGVsbG8=",
}
# A plain string whose name says what it holds gets a value of that kind.
_NAME_HINTS = (
    ("email", "user@example.com"),
    ("url", "https://example.com/webhook"),
    ("uri", "https://example.com/webhook"),
    ("description", "An example description"),
)
_STRING_PRIMITIVES = frozenset({"datetime", "date", "time", "duration", "uuid", "bytes"})
# Tried in order when a pattern rejects the name-based string.
_PATTERN_CANDIDATES = (
    "example",
    "example-1",
    "example_1",
    "user.signup",
    "Example",
    "EXAMPLE",
    "abc123",
    "1",
    "a",
    "https://example.com",
    "example.com",
    "user@example.com",
    "12345678",
    "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD",
)


class Examples:
    """Example values for one API (enum members looked up once, not per value)."""

    def __init__(self, defs: dict[str, ir.Definition]) -> None:
        self._defs = defs
        self._enum_values = {
            d.name: {m.value for m in d.members} for d in defs.values() if isinstance(d, ir.Enum)
        }

    def value(
        self,
        tp: ir.TypeRef,
        example: Any = ir.NO_DEFAULT,
        constraints: ir.Constraints | None = None,
        hint: str = "",
        depth: int = 0,
    ) -> Any:
        """A JSON value for a parameter or field, valid for its type; `hint` names it."""
        if example is not ir.NO_DEFAULT and example is not None and self._fits(example, tp):
            return example
        return self._from_type(tp, constraints or ir.Constraints(), hint, depth)

    def _fits(self, value: Any, tp: ir.TypeRef) -> bool:
        inner = tp.inner if isinstance(tp, ir.Nullable) else tp
        if isinstance(inner, ir.Primitive) and inner.name in _STRING_PRIMITIVES:
            return isinstance(value, str)
        return facts.fits(value, tp, self._enum_values)

    def _from_type(self, tp: ir.TypeRef, c: ir.Constraints, hint: str, depth: int) -> Any:
        if isinstance(tp, ir.Nullable):
            return self._from_type(tp.inner, c, hint, depth)
        if isinstance(tp, ir.LiteralOf):
            return tp.values[0] if tp.values else None
        if isinstance(tp, ir.Primitive):
            return primitive_example(tp.name, c, hint)
        if isinstance(tp, ir.ListOf):
            if depth > 2:
                return []
            return [self._from_type(tp.item, ir.Constraints(), _singular(hint), depth + 1)]
        if isinstance(tp, ir.TupleOf):
            return [self._from_type(item, ir.Constraints(), hint, depth + 1) for item in tp.items]
        if isinstance(tp, ir.DictOf):
            if depth > 2:
                return {}
            return {"key": self._from_type(tp.value, ir.Constraints(), "value", depth + 1)}
        if isinstance(tp, ir.UnionOf):
            return self._from_type(tp.members[0], c, hint, depth) if tp.members else None
        if isinstance(tp, ir.Named):
            return self._named(tp, depth)
        return None

    def _named(self, tp: ir.Named, depth: int) -> Any:
        definition = self._defs.get(tp.name)
        if isinstance(definition, ir.Enum):
            return definition.members[0].value if definition.members else ""
        if isinstance(definition, ir.Alias):
            return self._from_type(definition.type, ir.Constraints(), "", depth)
        if isinstance(definition, ir.Model) and depth <= 2:
            writable = [f for f in definition.fields if not f.read_only]
            shown = [f for f in writable if f.required] or writable  # never an empty `{}`
            return {
                f.name: self.value(f.type, f.example, f.constraints, f.name, depth + 1)
                for f in shown
            }
        return {}


def primitive_example(name: str, c: ir.Constraints, hint: str = "") -> Any:
    """An example scalar that respects format, pattern and limits."""
    if name == "str":
        return _string(c, hint)
    if name == "int":
        low = c.minimum if c.minimum is not None else (c.exclusive_minimum or 0) + 1
        return int(max(low, 1) if c.maximum is None or c.maximum >= 1 else low)
    if name == "float":
        return float(c.minimum) if c.minimum is not None else 1.5
    if name == "bool":
        return True
    if name in ("datetime", "date", "time", "duration", "uuid"):
        return _FORMATS[{"datetime": "date-time"}.get(name, name)]
    if name == "bytes":
        return "data"
    return {}


def _string(c: ir.Constraints, hint: str) -> str:
    if c.format in _FORMATS:
        return _FORMATS[c.format]
    named = next((v for k, v in _NAME_HINTS if k in hint.lower()), None)
    if named is not None and _string_fits(named, c):
        return named
    base = "my-" + hint.strip("_").replace("_", "-") if hint else "example"
    for candidate in (base, *_PATTERN_CANDIDATES):
        if _string_fits(candidate, c):
            return candidate
    text = "example" if c.pattern is None else _PATTERN_CANDIDATES[0]
    low, high = c.min_length or 0, c.max_length
    text = text.ljust(low, "x")
    return text[:high] if high is not None else text


def _string_fits(text: str, c: ir.Constraints) -> bool:
    if c.min_length is not None and len(text) < c.min_length:
        return False
    if c.max_length is not None and len(text) > c.max_length:
        return False
    if c.pattern is None:
        return True
    try:
        return re.search(c.pattern, text) is not None
    except re.error:
        return True


def _singular(hint: str) -> str:
    return hint[:-1] if hint.endswith("s") and not hint.endswith("ss") else hint


def python_example(value: Any, tp: ir.TypeRef) -> str:
    """The example as Python source (bytes parameters get b"..." literals)."""
    inner = tp.inner if isinstance(tp, ir.Nullable) else tp
    if inner == ir.Primitive("bytes") and isinstance(value, str):
        return "b" + naming.py_str(value)
    return naming.py_literal(value)
