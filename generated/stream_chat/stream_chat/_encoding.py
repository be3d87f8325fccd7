"""Encoding arguments for the wire and decoding responses into models.

Generated request builders call these helpers; they are the only place that decides how
a Python value (an enum, a datetime, a nested model, a TypedDict) appears in a path,
a query string, a header or a body.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import re
import typing
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

import pydantic

from ._types import NOT_GIVEN, NotGiven

_PATH_VARIABLE = re.compile(r"\{([^{}]+)\}")


# Segments that percent-encoding leaves as they are but URL resolution acts upon: an
# empty segment or a dot segment would send the request to another route.
_ROUTE_CHANGING_SEGMENTS = frozenset({"", ".", ".."})


def format_path(template: str, values: Mapping[str, Any]) -> str:
    """Fill a path template, percent-encoding every value as one segment (`/` included).

    A value is data, never path syntax: `a/b?x=1#f` is sent as `a%2Fb%3Fx%3D1%23f`, and
    values that would still change the route (`..`, `.`, the empty string) raise
    `ValueError` before anything is sent.
    """

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        text = to_wire_string(values[name])
        if text in _ROUTE_CHANGING_SEGMENTS:
            raise ValueError(
                f"path parameter {name!r} cannot be {text!r}: "
                "it would change which endpoint the request reaches"
            )
        return quote(text, safe="")

    return _PATH_VARIABLE.sub(replace, template)


def to_wire_string(value: Any) -> str:
    """A scalar as it appears in a path, query string or header."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, _dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=_dt.timezone.utc)
        return str(value.isoformat()).replace("+00:00", "Z")
    if isinstance(value, _dt.date | _dt.time):
        return str(value.isoformat())
    return str(value)


def csv(value: Any) -> Any:
    """A list sent as one comma-separated value (`explode: false`)."""
    if isinstance(value, NotGiven) or value is None:
        return value
    return ",".join(to_wire_string(v) for v in value)


QueryPairs = list[tuple[str, str | int | float | bool | None]]


def query_pairs(query: Iterable[tuple[str, Any]]) -> QueryPairs:
    """Query parameters as (name, text) pairs; lists repeat the name; unset ones go."""
    pairs: QueryPairs = []
    for name, value in query:
        if isinstance(value, NotGiven) or value is None:
            continue
        if isinstance(value, list | tuple | set | frozenset):
            pairs.extend((name, to_wire_string(v)) for v in value)
        else:
            pairs.append((name, to_wire_string(value)))
    return pairs


def encode_body(
    model: type[pydantic.BaseModel],
    values: Mapping[str, Any],
    *,
    optional: bool = False,
) -> Any:
    """Validate keyword arguments against a body model and dump them with wire names.

    Arguments left out (`NOT_GIVEN`) are not sent; nested models, dicts, enums, dates
    and ISO strings are all accepted where the model says so. An optional body with no
    argument given is not sent at all.
    """
    given = {k: v for k, v in values.items() if not isinstance(v, NotGiven)}
    if optional and not given:
        return NOT_GIVEN
    instance = model.model_validate(given)
    return instance.model_dump(mode="json", by_alias=True, exclude_unset=True)


def encode_multipart(
    model: type[pydantic.BaseModel],
    values: Mapping[str, Any],
    *,
    optional: bool = False,
) -> Any:
    """Multipart parts: files (bytes, file objects, (name, content) tuples), fields."""
    given = {k: v for k, v in values.items() if not isinstance(v, NotGiven)}
    if optional and not given:
        return NOT_GIVEN
    fields = model.model_fields
    parts: list[tuple[str, Any]] = []
    for name, value in given.items():
        wire = fields[name].alias or name if name in fields else name
        if value is not None:
            parts.append((wire, multipart_part(value)))
    return parts


def multipart_part(value: Any) -> Any:
    """A file as httpx takes it, or a field as `(None, text)` (a part, no filename)."""
    if isinstance(value, bytes | tuple) or hasattr(value, "read"):
        return value
    if isinstance(value, dict | list):
        return (None, json.dumps(value))
    if isinstance(value, pydantic.BaseModel):
        return (None, value.model_dump_json(by_alias=True, exclude_unset=True))
    return (None, to_wire_string(value))


_ADAPTERS: dict[Any, pydantic.TypeAdapter[Any]] = {}


def _adapter(tp: Any) -> pydantic.TypeAdapter[Any]:
    adapter = _ADAPTERS.get(tp)
    if adapter is None:
        adapter = _ADAPTERS[tp] = pydantic.TypeAdapter(tp)
    return adapter


def encode_value(tp: Any, value: Any) -> Any:
    """Validate a whole body against its type and dump it with wire names."""
    if isinstance(value, NotGiven):
        return value
    adapter = _adapter(tp)
    return adapter.dump_python(
        adapter.validate_python(value), mode="json", by_alias=True, exclude_unset=True
    )


def parse_json(tp: Any, content: bytes) -> Any:
    """Turn a JSON body, still as bytes, into the declared return type."""
    if tp is None:
        return None
    if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel):
        return tp.model_validate_json(content)
    return _adapter(tp).validate_json(content)


def parse_as(tp: Any, data: Any) -> Any:
    """Turn decoded JSON into the declared return type."""
    if tp is None:
        return None
    if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel):
        return tp.model_validate(data)
    return _adapter(tp).validate_python(data)


def model_lists(tp: Any, data: Any) -> list[tuple[Any, list[Any]]]:
    """(item type, the list) for each list of models in decoded JSON of type `tp`: the
    list itself, or a model's fields (a page's items). Used to validate big bodies
    an item at a time."""
    if isinstance(data, list):
        item = _list_item(tp)
        return [(item, data)] if item is not None else []
    if not (
        isinstance(data, dict)
        and isinstance(tp, type)
        and issubclass(tp, pydantic.BaseModel)
    ):
        return []
    found = []
    for name, field in tp.model_fields.items():
        value = data.get(field.alias or name)
        item = _list_item(field.annotation)
        if item is not None and isinstance(value, list):
            found.append((item, value))
    return found


def _list_item(tp: Any) -> Any:
    """`M` for `list[M]` where M is a model, else None."""
    if typing.get_origin(tp) is not list:
        return None
    (item,) = typing.get_args(tp) or (None,)
    is_model = isinstance(item, type) and issubclass(item, pydantic.BaseModel)
    return item if is_model else None
