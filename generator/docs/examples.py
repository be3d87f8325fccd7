"""Realistic example values for docs: from the spec's examples first, then from types.

An example must be valid for its type (so docs snippets run against a validating mock
server): the spec's `example` is used when it fits, then enum members, then a value built
from the type, its format, its pattern and its limits, and for plain strings from the
name of what it is for (`idempotency_key="my-idempotency-key"`, never `"string_example"`).
"""

from __future__ import annotations

import math
import re
from typing import Any

from .. import ir, naming
from ..model import schema_facts as facts
from .regex_example import matching_string

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
# What a spec's example of a formatted string must look like to be used: the SDK's
# pydantic type and a validating server both refuse the rest (specs give `date` fields
# date-time examples, `uuid` fields names).
_SHAPES = {
    "date": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "datetime": re.compile(
        r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}(:?\d{2})?)"
    ),
    "time": re.compile(r"\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}(:?\d{2})?)?"),
    "uuid": re.compile(r"[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}"),
    "duration": re.compile(
        r"-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?"
    ),
}
# The same for formats that stay `str` in the SDK but that a validating server checks.
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s\[\]{}<>\"|\\^`]*")
_TEXT_FORMATS = {
    "uri": _URI,
    "url": _URI,
    "email": re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+"),
}
_SHALLOW = 2  # below this depth a model shows its required fields only
_DEEPEST = 8  # below this depth nothing more is filled in (cycles end here too)
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
    "Example123",  # passwords: a lower and an upper case letter and a digit (lookaheads)
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
        c = constraints or ir.Constraints()
        if example is not ir.NO_DEFAULT and example is not None and self._fits(example, tp, c):
            return example
        return self._from_type(tp, c, hint, depth)

    def _fits(self, value: Any, tp: ir.TypeRef, c: ir.Constraints) -> bool:
        """Whether the spec's own example is valid: its type, and its own limits (an
        example that breaks its pattern would make the call fail validation)."""
        inner = tp.inner if isinstance(tp, ir.Nullable) else tp
        if isinstance(value, str) and not _string_fits(value, c):
            return False
        text_shape = _TEXT_FORMATS.get(c.format or "")
        if isinstance(value, str) and text_shape and not text_shape.fullmatch(value):
            return False  # "https://[YOUR ENDPOINT ID].x.requestbin.com" is no URL
        number = isinstance(value, int | float) and not isinstance(value, bool)
        if number and not _number_fits(value, c):
            return False
        if isinstance(inner, ir.UnionOf):  # the spec's example picks its member
            return any(self._fits(value, member, c) for member in inner.members)
        if isinstance(inner, ir.Primitive) and inner.name in _STRING_PRIMITIVES:
            shape = _SHAPES.get(inner.name)
            return isinstance(value, str) and (shape is None or shape.fullmatch(value) is not None)
        return facts.fits(value, tp, self._enum_values)

    def _from_type(self, tp: ir.TypeRef, c: ir.Constraints, hint: str, depth: int) -> Any:
        if isinstance(tp, ir.Nullable):
            return self._from_type(tp.inner, c, hint, depth)
        if isinstance(tp, ir.LiteralOf):
            return tp.values[0] if tp.values else None
        if isinstance(tp, ir.Primitive):
            return primitive_example(tp.name, c, hint)
        if isinstance(tp, ir.ListOf):
            if depth > _DEEPEST or (depth > _SHALLOW and not c.min_items) or c.max_items == 0:
                return []
            item_limits = c.items or ir.Constraints()
            item = self._from_type(tp.item, item_limits, _singular(hint), depth + 1)
            if tp.item == ir.ANY:  # a list of anything: a scalar item fits every location
                item = "value"
            return [item] * max(1, c.min_items or 0)
        if isinstance(tp, ir.TupleOf):
            return [self._from_type(item, ir.Constraints(), hint, depth + 1) for item in tp.items]
        if isinstance(tp, ir.DictOf):
            if depth > _SHALLOW or c.max_properties == 0:
                return {}
            if tp.value == ir.ANY:  # a free-form map: a scalar value fits every location
                return {"key": "value"}
            value_limits = c.items or ir.Constraints()
            return {"key": self._from_type(tp.value, value_limits, "value", depth + 1)}
        if isinstance(tp, ir.UnionOf):
            return self._union(tp, c, hint, depth)
        if isinstance(tp, ir.Named):
            return self._named(tp, depth)
        return None

    def _union(self, tp: ir.UnionOf, c: ir.Constraints, hint: str, depth: int) -> Any:
        """The first member's example; with a discriminator, its tag names that member
        (a made-up tag would match no member)."""
        if not tp.members:
            return None
        first = _unambiguous_member(tp.members)
        value = self._from_type(first, c, hint, depth)
        tag = tp.discriminator
        if tag is None or not isinstance(value, dict) or not isinstance(first, ir.Named):
            return value
        key = tag.python_name or tag.wire_name
        if key in value and self._fixed(first.name, key):
            return value  # the member's own enum or const already names it
        mapped = [v for v, member in tag.mapping if member == first.name] or [first.name]
        return {**value, key: mapped[0]}

    def _fixed(self, model_name: str, field_name: str) -> bool:
        """Whether a model's field only takes listed values (an enum or a const)."""
        model = self._defs.get(model_name)
        fields = model.fields if isinstance(model, ir.Model) else ()
        tp = next((f.type for f in fields if field_name in (f.name, f.wire_name)), None)
        if isinstance(tp, ir.Nullable):
            tp = tp.inner
        if isinstance(tp, ir.LiteralOf):
            return True
        return isinstance(tp, ir.Named) and isinstance(self._defs.get(tp.name), ir.Enum)

    def _named(self, tp: ir.Named, depth: int) -> Any:
        definition = self._defs.get(tp.name)
        if isinstance(definition, ir.Enum):
            return definition.members[0].value if definition.members else ""
        if isinstance(definition, ir.Alias):
            return self._from_type(definition.type, ir.Constraints(), "", depth)
        if isinstance(definition, ir.Model) and depth <= _DEEPEST:
            writable = [f for f in definition.fields if not f.read_only]
            required = [f for f in writable if f.required]
            # an optional `Any` shows nothing useful, and `{}` may not be what it holds
            writable = [f for f in writable if f.required or f.type != ir.ANY] or writable
            # never an empty `{}` near the top; deeper, only what the schema requires
            shown = required if required or depth > _SHALLOW else writable
            return {
                f.name: self.value(f.type, f.example, f.constraints, f.name, depth + 1)
                for f in shown
            }
        return {}


_SCALARS = frozenset({ir.Primitive("int"), ir.Primitive("float"), ir.Primitive("bool")})


def _unambiguous_member(members: tuple[ir.TypeRef, ...]) -> ir.TypeRef:
    """The member to give an example of: the first, except that a string beats numbers
    and booleans. In a path, query or header every value travels as text, so `1` for
    `oneOf: [integer, string]` matches both members and a validating server refuses it
    ("must match exactly one schema"); `"my-id"` matches only the string."""
    text = ir.Primitive("str")
    if text in members and all(m == text or m in _SCALARS for m in members):
        return text
    return members[0]


def primitive_example(name: str, c: ir.Constraints, hint: str = "") -> Any:
    """An example scalar that respects format, pattern and limits."""
    if name == "str":
        return _string(c, hint)
    if name == "int":
        return int(_number(c, 1, step=1))
    if name == "float":
        return float(_number(c, 1.5, step=0.5))
    if name == "bool":
        return True
    if name == "none":  # `enum: [null]`: the one value there is
        return None
    if name in ("datetime", "date", "time", "duration", "uuid"):
        return _FORMATS[{"datetime": "date-time"}.get(name, name)]
    if name == "bytes":
        return "data"
    return {}


def _number(c: ir.Constraints, preferred: float, step: float) -> float:
    """`preferred` moved inside the limits; `step` is the smallest move that leaves an
    exclusive bound (1 for integers)."""
    low = c.minimum
    if c.exclusive_minimum is not None:
        low = max(low if low is not None else c.exclusive_minimum, c.exclusive_minimum + step)
    high = c.maximum
    if c.exclusive_maximum is not None:
        high = min(high if high is not None else c.exclusive_maximum, c.exclusive_maximum - step)
    value = preferred
    if low is not None and value < low:
        value = math.ceil(low) if step == 1 else low
    if high is not None and value > high:
        value = math.floor(high) if step == 1 else high
    return value


def _number_fits(value: float, c: ir.Constraints) -> bool:
    if c.minimum is not None and value < c.minimum:
        return False
    if c.maximum is not None and value > c.maximum:
        return False
    if c.exclusive_minimum is not None and value <= c.exclusive_minimum:
        return False
    return c.exclusive_maximum is None or value < c.exclusive_maximum


def _string(c: ir.Constraints, hint: str) -> str:
    formatted = _FORMATS.get(c.format or "")
    if formatted is not None and (c.pattern is None or _string_fits(formatted, c)):
        return formatted
    named = next((v for k, v in _NAME_HINTS if k in hint.lower()), None)
    base = "my-" + hint.strip("_").replace("_", "-") if hint else "example"
    candidates = (named, base, *_PATTERN_CANDIDATES) if c.example_pattern is None else ()
    for candidate in candidates:
        if candidate is not None and _string_fits(candidate, c):
            return candidate
    if c.pattern is not None:
        generated = matching_string(c.pattern, c.min_length or 0, c.max_length)
        if generated is not None:
            return generated
    if c.example_pattern is not None:
        risky = matching_string(c.example_pattern, c.min_length or 0, c.max_length, check=False)
        if risky is not None:
            return risky
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
    if isinstance(inner, ir.TupleOf) and inner.rest is None and isinstance(value, list):
        items = [naming.py_literal(v) for v in value]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    return naming.py_literal(value)
