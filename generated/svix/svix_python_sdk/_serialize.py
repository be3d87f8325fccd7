"""Parameters on the wire, as OpenAPI's `style` and `explode` say (RFC 6570 underneath).

Generated request builders pass each path, query, header and cookie argument as it was
given; a value whose style is not its location's default is wrapped in `styled(...)`.
The functions here turn them into text that is already percent-encoded where the
location needs it, so delimiters stay delimiters (`blue,black`, `color[R]=100`) and data
stays data (`a%2Cb`). Anything without a defined wire form (a nested object in a form
value, bytes, NaN) raises `EncodingError` naming the parameter; nothing is ever sent as
a Python repr.
"""

from __future__ import annotations

import datetime as _dt
import decimal
import enum
import json
import math
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import pydantic

from ._exceptions import EncodingError
from ._types import NotGiven

_RESERVED = ":/?[]@!$&'()*+,;="
"""RFC 3986 reserved characters `allowReserved` sends as they are (`#` never: it would
end the URL)."""

_DELIMITERS = {
    "form": ",",
    "simple": ",",
    "spaceDelimited": "%20",
    "pipeDelimited": "|",
}


@dataclass(frozen=True, slots=True)
class Styled:
    """An argument with the serialization its parameter declares.

    `as_type` is the declared type when it involves models: dicts given for them use the
    Python names of their TypedDicts, so they are validated and dumped with wire names.
    `media_type` is set for a `content` parameter (JSON in a query parameter).
    """

    value: Any
    style: str | None = None
    explode: bool | None = None
    allow_reserved: bool = False
    media_type: str | None = None
    as_type: Any = None


def styled(
    value: Any,
    style: str | None = None,
    *,
    explode: bool | None = None,
    allow_reserved: bool = False,
    media_type: str | None = None,
    as_type: Any = None,
) -> Any:
    """`value` with how to serialize it; an unset value (None, NOT_GIVEN) stays unset."""
    if value is None or isinstance(value, NotGiven):
        return value
    return Styled(value, style, explode, allow_reserved, media_type, as_type)


# ---------------------------------------------------------------------------------------
# Locations
# ---------------------------------------------------------------------------------------


def query_parts(name: str, value: Any) -> list[str]:
    """`name=value` pieces of one query parameter, percent-encoded; [] when unset."""
    spec = _spec(value, "form", True)
    if spec is None:
        return []
    value = _prepared(name, spec)
    if value is None:
        return []
    safe = _RESERVED if spec.allow_reserved else ""
    key = quote(name, safe="")
    if spec.media_type is not None:
        return [f"{key}={quote(_media_text(name, spec, value), safe=safe)}"]
    kind, items = _shape(name, value)
    style, explode = spec.style or "form", _explode(spec, "form")
    if kind == "scalar":
        return [f"{key}={quote(_text(name, value), safe=safe)}"]
    if style == "deepObject":
        return _deep_object(name, key, kind, items, safe)
    if explode and kind == "object":  # each property is a parameter of its own
        return [
            f"{quote(k, safe='')}={quote(t, safe=safe)}"
            for k, t in _form_pairs(name, items)
        ]
    texts = _flat(name, kind, items)
    if explode:
        return [f"{key}={quote(t, safe=safe)}" for t in texts]
    delimiter = _DELIMITERS.get(style, ",")
    return (
        [f"{key}=" + delimiter.join(quote(t, safe=safe) for t in texts)]
        if texts
        else []
    )


def path_segment(name: str, value: Any) -> str:
    """One path parameter, percent-encoded (`/` included), with its style's prefix."""
    spec = _spec(value, "simple", False)
    if spec is None:
        raise EncodingError(f"path parameter {name!r} is required: it cannot be None")
    value = _prepared(name, spec)
    style, explode = spec.style or "simple", _explode(spec, "simple")
    enc = _quote_all
    if spec.media_type is not None:
        return enc(_media_text(name, spec, value))
    kind, items = _shape(name, value)
    if style == "matrix":
        return _matrix(name, kind, items, value, explode)
    if kind == "scalar":
        body = enc(_text(name, value))
    elif kind == "array" or not explode:
        separator = "." if style == "label" and explode else ","
        body = separator.join(enc(t) for t in _flat(name, kind, items))
    else:
        separator = "." if style == "label" else ","
        body = separator.join(f"{enc(k)}={enc(t)}" for k, t in _pairs(name, items))
    return "." + body if style == "label" else body


def header_text(name: str, value: Any) -> str | None:
    """One header's value (simple style), or None when unset."""
    spec = _spec(value, "simple", False)
    if spec is None:
        return None
    value = _prepared(name, spec)
    if value is None:
        return None
    if spec.media_type is not None:
        text = _media_text(name, spec, value)
    else:
        kind, items = _shape(name, value)
        if kind == "scalar":
            text = _text(name, value)
        elif kind == "array" or not _explode(spec, "simple"):
            text = ",".join(_flat(name, kind, items))
        else:
            text = ",".join(f"{k}={t}" for k, t in _pairs(name, items))
    if "\r" in text or "\n" in text:
        raise EncodingError(f"header {name!r} cannot contain a line break")
    return text


def cookie_parts(name: str, value: Any) -> list[str]:
    """`name=value` pieces of one cookie parameter (form style), percent-encoded."""
    spec = _spec(value, "form", True)
    if spec is None:
        return []
    value = _prepared(name, spec)
    if value is None:
        return []
    key = quote(name, safe="")
    if spec.media_type is not None:
        return [f"{key}={quote(_media_text(name, spec, value), safe='')}"]
    kind, items = _shape(name, value)
    if kind == "scalar":
        return [f"{key}={quote(_text(name, value), safe='')}"]
    if _explode(spec, "form"):
        if kind == "array":
            return [f"{key}={quote(t, safe='')}" for t in _flat(name, kind, items)]
        return [
            f"{quote(k, safe='')}={quote(t, safe='')}"
            for k, t in _form_pairs(name, items)
        ]
    texts = _flat(name, kind, items)
    return [f"{key}=" + ",".join(quote(t, safe="") for t in texts)] if texts else []


def query_pieces(params: Iterable[tuple[str, Any]]) -> list[str]:
    """Every query parameter's pieces, in order."""
    return [part for name, value in params for part in query_parts(name, value)]


# ---------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------


def scalar_text(value: Any) -> str | None:
    """A JSON scalar (or a date, UUID, enum...) as text; None when it has no text form."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, _dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=_dt.timezone.utc)
        return str(value.isoformat()).replace("+00:00", "Z")
    if isinstance(value, _dt.date | _dt.time):
        return str(value.isoformat())
    if isinstance(value, _dt.timedelta):
        return _duration(value)
    if isinstance(value, uuid.UUID | decimal.Decimal):
        return str(value)
    return None


def _float(value: float) -> str | None:
    return str(value) if math.isfinite(value) else None


def _duration(value: _dt.timedelta) -> str:
    """ISO 8601 (`PT5M`), as pydantic writes durations in JSON bodies."""
    return str(_adapter(_dt.timedelta).dump_python(value, mode="json"))


_ADAPTERS: dict[Any, pydantic.TypeAdapter[Any]] = {}


def _adapter(tp: Any) -> pydantic.TypeAdapter[Any]:
    adapter = _ADAPTERS.get(tp)
    if adapter is None:
        adapter = _ADAPTERS[tp] = pydantic.TypeAdapter(tp)
    return adapter


def _text(name: str, value: Any) -> str:
    text = scalar_text(value)
    if text is None:
        raise EncodingError(
            f"parameter {name!r}: cannot send {type(value).__name__} {value!r:.60} "
            "(expected a string, number, boolean, date, UUID or enum)"
        )
    return text


def _spec(value: Any, style: str, explode: bool) -> Styled | None:
    if value is None or isinstance(value, NotGiven):
        return None
    if isinstance(value, Styled):
        return value
    return Styled(value, style, explode)


def _explode(spec: Styled, default_style: str) -> bool:
    if spec.explode is not None:
        return spec.explode
    return (spec.style or default_style) == "form"


def _prepared(name: str, spec: Styled) -> Any:
    """The value as JSON-ready data when its type involves models (wire names)."""
    value = spec.value
    if spec.as_type is None and not isinstance(value, pydantic.BaseModel):
        return value
    try:
        if spec.as_type is not None:
            adapter = _adapter(spec.as_type)
            value = adapter.validate_python(value)
            return adapter.dump_python(
                value, mode="json", by_alias=True, exclude_unset=True
            )
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    except pydantic.ValidationError as error:
        raise EncodingError.from_validation(f"parameter {name!r}", error) from None


def _shape(name: str, value: Any) -> tuple[str, list[Any]]:
    """("scalar", []), ("array", items) or ("object", [(key, value), ...])."""
    if isinstance(value, pydantic.BaseModel):
        value = value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        return "object", [(str(k), v) for k, v in value.items() if v is not None]
    if isinstance(value, set | frozenset):
        items = [item for item in value if item is not None]
        return "array", sorted(items, key=lambda v: _text(name, v))
    if isinstance(value, list | tuple):
        # null items are undefined in RFC 6570: left out, like null properties
        return "array", [item for item in value if item is not None]
    if isinstance(value, bytes | bytearray):
        raise EncodingError(
            f"parameter {name!r}: bytes have no text form here; pass a str"
        )
    return "scalar", []


def _flat(name: str, kind: str, items: list[Any]) -> list[str]:
    """Array items, or an object's keys and values alternating (`R,100,G,200`)."""
    if kind == "array":
        return [_text(name, _leaf(name, v)) for v in items]
    return [t for k, v in items for t in (k, _text(name, _leaf(name, v)))]


def _pairs(name: str, items: list[Any]) -> list[tuple[str, str]]:
    return [(k, _text(name, _leaf(name, v))) for k, v in items]


def _form_pairs(name: str, items: list[Any]) -> list[tuple[str, str]]:
    """An exploded form object's properties as parameters; a list property repeats its
    name once per item, as an exploded array parameter does (`tags=a&tags=b`)."""
    pairs: list[tuple[str, str]] = []
    for key, value in items:
        if isinstance(value, list | tuple):
            pairs += [
                (key, _text(name, _leaf(name, v))) for v in value if v is not None
            ]
        else:
            pairs.append((key, _text(name, _leaf(name, value))))
    return pairs


def _leaf(name: str, value: Any) -> Any:
    if isinstance(value, Mapping | list | tuple | pydantic.BaseModel):
        raise EncodingError(
            f"parameter {name!r}: a nested {type(value).__name__} has no form in this "
            "style (deepObject, or a JSON `content` parameter, can carry one)"
        )
    return value


def _deep_object(
    name: str, key: str, kind: str, items: list[Any], safe: str
) -> list[str]:
    """`color[R]=100&color[G]=200`; nested objects nest brackets, arrays repeat keys."""
    if kind == "array":
        return [f"{key}={quote(_text(name, _leaf(name, v)), safe=safe)}" for v in items]
    parts: list[str] = []
    for k, v in items:
        inner = f"{key}[{quote(k, safe='')}]"
        if isinstance(v, Mapping):
            nested = [(str(a), b) for a, b in v.items() if b is not None]
            parts += _deep_object(name, inner, "object", nested, safe)
        elif isinstance(v, list | tuple):
            parts += [
                f"{inner}={quote(_text(name, _leaf(name, i)), safe=safe)}" for i in v
            ]
        else:
            parts.append(f"{inner}={quote(_text(name, v), safe=safe)}")
    return parts


def _matrix(name: str, kind: str, items: list[Any], value: Any, explode: bool) -> str:
    enc = _quote_all
    key = enc(name)
    if kind == "scalar":
        text = _text(name, value)
        return f";{key}={enc(text)}" if text else f";{key}"
    if kind == "array" and explode:
        return "".join(f";{key}={enc(t)}" for t in _flat(name, kind, items))
    if kind == "object" and explode:
        return "".join(f";{enc(k)}={enc(t)}" for k, t in _pairs(name, items))
    return f";{key}=" + ",".join(enc(t) for t in _flat(name, kind, items))


def _quote_all(text: str) -> str:
    """Percent-encode everything but unreserved characters: data, never syntax."""
    return quote(text, safe="")


def _media_text(name: str, spec: Styled, value: Any) -> str:
    """A `content` parameter: JSON for JSON media types, else the value's text."""
    media = (spec.media_type or "").split(";")[0].strip().lower()
    if media == "application/json" or media.endswith("+json"):
        try:
            return json.dumps(
                _json_ready(value),
                separators=(",", ":"),
                ensure_ascii=False,
                allow_nan=False,
            )
        except (TypeError, ValueError) as error:
            raise EncodingError(f"parameter {name!r}: not JSON: {error}") from None
    return _text(name, value)


def _json_ready(value: Any) -> Any:
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return _adapter(Any).dump_python(value, mode="json")
