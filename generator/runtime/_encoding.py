"""Encoding arguments for the wire and decoding responses into models.

Generated request builders call these helpers; they are the only place that decides how
a Python value (an enum, a datetime, a nested model, a TypedDict) appears in a path,
a query string, a header or a body.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Mapping
from typing import Any

import pydantic

from ._exceptions import EncodingError
from ._serialize import path_segment, scalar_text
from ._types import NOT_GIVEN, NotGiven

_PATH_VARIABLE = re.compile(r"\{([^{}]+)\}")


# Segments that percent-encoding leaves as they are but URL resolution acts upon: an
# empty segment or a dot segment would send the request to another route.
_ROUTE_CHANGING_SEGMENTS = frozenset({"", ".", ".."})


def format_path(template: str, values: Mapping[str, Any]) -> str:
    """Fill a path template, each value serialized by its style (`simple` unless the
    generated code wrapped it in `styled(...)`) and percent-encoded, `/` included.

    A value is data, never path syntax: `a/b?x=1#f` is sent as `a%2Fb%3Fx%3D1%23f`, and
    values that would still change the route (`..`, `.`, the empty string) raise
    `EncodingError` before anything is sent.
    """

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        text = path_segment(name, values[name])
        if text in _ROUTE_CHANGING_SEGMENTS:
            raise EncodingError(
                f"path parameter {name!r} cannot be {text!r}: "
                "it would change which endpoint the request reaches"
            )
        return text

    return _PATH_VARIABLE.sub(replace, template)


def to_wire_string(value: Any) -> str:
    """A scalar as it appears in a path, query string, header or form field.

    Only values with a defined text form are accepted; anything else (a model, a dict,
    bytes) raises `EncodingError` rather than being sent as a Python repr.
    """
    text = scalar_text(value)
    if text is None:
        raise EncodingError(f"cannot send {type(value).__name__} {value!r:.60} as text")
    return text


QueryPairs = list[tuple[str, str | int | float | bool | None]]
"""(name, value) pairs not yet encoded: credentials and `extra_query`."""


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
    try:
        instance = model.model_validate(given)
    except pydantic.ValidationError as error:
        raise EncodingError.from_validation("body", error) from None
    return instance.model_dump(mode="json", by_alias=True, exclude_unset=True)


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
    try:
        validated = adapter.validate_python(value)
    except pydantic.ValidationError as error:
        raise EncodingError.from_validation("body", error) from None
    return adapter.dump_python(
        validated, mode="json", by_alias=True, exclude_unset=True
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
