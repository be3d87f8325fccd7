"""Which `default`s from a spec are valid for their type, and which of them Python can
write as a plain literal.

A valid default is kept even when it is not a Python literal of its type (a date, a UUID,
a nested object, a value of a union): the model declares it as JSON and pydantic turns
it into the field's type (`validate_default`). Only a default the type rejects is
dropped, with a warning, so users are never told that a good default is wrong.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable
from typing import Any

from .. import ir
from . import schema_facts as facts

Lookup = Callable[[str], ir.Definition | None]
"""The definition behind a `Named` type, or None when it is unknown."""

# ISO 8601 durations as pydantic reads them: `P1DT2H`, `PT0.5S`, `P3W`, `-PT1M`.
_DURATION = re.compile(
    r"-?P(?=\d|T\d)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?"
    r"(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?"
)


def is_valid(value: Any, tp: ir.TypeRef, lookup: Lookup) -> bool:
    """Whether a JSON value is one the type accepts (what pydantic would validate)."""
    if isinstance(tp, ir.Nullable):
        return value is None or is_valid(value, tp.inner, lookup)
    if value is None:
        return isinstance(tp, ir.Primitive) and tp.name in ("any", "none")
    if isinstance(tp, ir.Primitive):
        return _primitive(value, tp)
    if isinstance(tp, ir.LiteralOf):
        return any(value == v and type(value) is type(v) for v in tp.values)
    if isinstance(tp, ir.ListOf):
        return isinstance(value, list) and all(is_valid(v, tp.item, lookup) for v in value)
    if isinstance(tp, ir.TupleOf):
        return _tuple(value, tp, lookup)
    if isinstance(tp, ir.DictOf):
        return isinstance(value, dict) and all(
            is_valid(v, tp.value, lookup) for v in value.values()
        )
    if isinstance(tp, ir.UnionOf):
        return any(is_valid(value, member, lookup) for member in tp.members)
    if isinstance(tp, ir.Named):
        return _named(value, tp, lookup)
    return False  # a type parameter: nothing is known about it


def _primitive(value: Any, tp: ir.Primitive) -> bool:
    name = tp.name
    if name in ("any", "str", "bool", "int", "float"):  # JSON values: literals too
        return facts.fits(value, tp, {})
    if name == "bytes":
        return isinstance(value, str)
    if name == "none":
        return False
    return isinstance(value, str) and _parses(value, name)


def _parses(text: str, name: str) -> bool:
    """Whether a string is a valid date, date-time, time, duration or UUID."""
    if name == "duration":
        return _DURATION.fullmatch(text) is not None
    try:
        if name == "uuid":
            uuid.UUID(text)
        elif name == "date":
            dt.date.fromisoformat(text)
        elif name == "datetime":
            dt.datetime.fromisoformat(_with_offset(text))
        elif name == "time":
            dt.time.fromisoformat(_with_offset(text))
        else:
            return False
    except ValueError:
        return False
    return True


def _with_offset(text: str) -> str:
    """`Z` as `+00:00`: Python 3.10's `fromisoformat` does not read `Z`."""
    return text[:-1] + "+00:00" if text[-1:] in ("Z", "z") else text


def _tuple(value: Any, tp: ir.TupleOf, lookup: Lookup) -> bool:
    if not isinstance(value, list) or len(value) < len(tp.items):
        return False
    if tp.rest is None and len(value) > len(tp.items):
        return False
    head = all(is_valid(v, t, lookup) for v, t in zip(value, tp.items, strict=False))
    rest = tp.rest
    return head and (rest is None or all(is_valid(v, rest, lookup) for v in value[len(tp.items) :]))


def _named(value: Any, tp: ir.Named, lookup: Lookup) -> bool:
    definition = lookup(tp.name)
    if isinstance(definition, ir.Enum):
        return any(value == m.value and type(value) is type(m.value) for m in definition.members)
    if isinstance(definition, ir.Alias):
        return is_valid(value, definition.type, lookup)
    if isinstance(definition, ir.Model):
        return _object(value, definition, lookup)
    return False


def _object(value: Any, model: ir.Model, lookup: Lookup) -> bool:
    """A dict with the model's required properties and valid values for those it knows."""
    if not isinstance(value, dict) or model.type_params:
        return False
    by_wire = {f.wire_name: f for f in model.fields}
    if any(f.required and f.wire_name not in value for f in model.fields):
        return False
    for key, item in value.items():
        known = by_wire.get(key)
        expected = known.type if known is not None else model.additional
        if expected is not None and not is_valid(item, expected, lookup):
            return False
    return True
