"""Request bodies other than JSON: url-encoded forms, multipart and binary content.

Generated request builders pass the keyword arguments of a flattened body, the body
model that validates them, and the per-property encodings the spec declares. Forms are
encoded here, with each property serialized by its style like a query parameter, so
the bytes sent are exactly what the spec describes; multipart bodies become the parts
httpx writes (files as files, other values as text or JSON parts, arrays as repeated
parts).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import IO, Any

import pydantic

from ._exceptions import EncodingError
from ._serialize import Styled, query_parts, scalar_text
from ._types import NOT_GIVEN, FileInput, NotGiven

FormPart = tuple[str, bool, bool]
"""How a form property is serialized: (style, explode, allow_reserved)."""


@dataclass(frozen=True)
class FormBody:
    """A url-encoded form, already percent-encoded piece by piece (`name=value`)."""

    pieces: tuple[str, ...]

    def with_extra(self, extra: Mapping[str, Any]) -> FormBody:
        """This form with more fields (`extra_body`), each in the default form style."""
        added = [p for name, value in extra.items() for p in query_parts(name, value)]
        return FormBody((*self.pieces, *added))

    def content(self) -> bytes:
        """The body; spaces as `+`, as HTML forms (and the form decoders) write them."""
        return "&".join(self.pieces).replace("%20", "+").encode("ascii")


def encode_form(
    model: type[pydantic.BaseModel] | None,
    values: Any,
    *,
    optional: bool = False,
    parts: Mapping[str, FormPart] | None = None,
) -> Any:
    """A url-encoded body from keyword arguments validated by `model` (or, without a
    model, from one mapping given as the body)."""
    if isinstance(values, NotGiven) or values is None:
        return NOT_GIVEN
    if isinstance(values, str | bytes):  # a form the caller encoded already
        text = values.decode("ascii") if isinstance(values, bytes) else values
        return FormBody((text,) if text else ())
    given = _given(values)
    if optional and not given:
        return NOT_GIVEN
    data = _validated(model, given) if model is not None else _plain(given)
    pieces: list[str] = []
    for wire, value in data.items():
        style, explode, allow_reserved = (parts or {}).get(wire, ("form", True, False))
        pieces += query_parts(wire, Styled(value, style, explode, allow_reserved))
    return FormBody(tuple(pieces))


def encode_multipart(
    model: type[pydantic.BaseModel] | None,
    values: Any,
    *,
    optional: bool = False,
    parts: Mapping[str, str] | None = None,
) -> Any:
    """Multipart parts from keyword arguments: files (bytes, file objects or
    `(filename, content[, content_type])`) as file parts, arrays as repeated parts,
    objects as JSON parts, other values as text; `parts` gives declared content types.
    """
    if isinstance(values, NotGiven) or values is None:
        return NOT_GIVEN
    given = _given(values)
    if optional and not given:
        return NOT_GIVEN
    files = {k: v for k, v in given.items() if _is_file(v) or _is_file_list(v)}
    if model is None:  # a mapping given as the whole body: parts by its keys
        fields = {name: name for name in given}
        data = _plain(given)
    else:
        fields = {name: info.alias or name for name, info in model.model_fields.items()}
        stand_ins = {
            k: ([b""] * len(v) if isinstance(v, list) else b"")
            for k, v in files.items()
        }
        data = _validated(model, {**given, **stand_ins})
    types = parts or {}
    out: list[tuple[str, Any]] = []
    for wire, value in data.items():
        name = next((n for n, w in fields.items() if w == wire), wire)
        if name in files:
            chosen = files[name]
            for item in chosen if isinstance(chosen, list) else [chosen]:
                out.append((wire, _file_part(wire, item, types.get(wire))))
        elif isinstance(value, list):
            out += [(wire, _value_part(wire, item, types.get(wire))) for item in value]
        elif value is not None:
            out.append((wire, _value_part(wire, value, types.get(wire))))
    return out


def extra_part(name: str, value: Any) -> Any:
    """A part for an `extra_body` entry: a file if it is one, else a text/JSON part."""
    return (
        _file_part(name, value, None)
        if _is_file(value)
        else _value_part(name, value, None)
    )


def binary_content(value: Any) -> Any:
    """The content of a binary body: bytes, a file object's content, or the content of
    a `(filename, content[, content_type])` tuple.

    A file is read here, once: the same bytes can then be sent again by a retry, and by
    the async client as well as the sync one.
    """
    if isinstance(value, NotGiven) or value is None:
        return NOT_GIVEN
    if isinstance(value, tuple) and len(value) in (2, 3):
        value = value[1]
    if hasattr(value, "read"):
        value = value.read()
    if isinstance(value, str):
        return value.encode("utf-8")
    if isinstance(value, bytes | bytearray):
        return bytes(value)
    raise EncodingError(
        f"body: cannot send {type(value).__name__} as binary content "
        "(pass bytes, a file opened in binary mode, or (filename, content))"
    )


def _given(values: Any) -> dict[str, Any]:
    """The fields given (a mapping, a model, or (name, value) pairs), NOT_GIVEN left out."""
    if isinstance(values, pydantic.BaseModel):
        values = values.model_dump(by_alias=True, exclude_unset=True)
    try:
        fields = dict(values)
    except (TypeError, ValueError):
        raise EncodingError(
            f"body: a form or multipart body is a set of named fields; cannot send "
            f"{type(values).__name__} {values!r:.60}"
        ) from None
    return {str(k): v for k, v in fields.items() if not isinstance(v, NotGiven)}


def _validated(
    model: type[pydantic.BaseModel], given: dict[str, Any]
) -> dict[str, Any]:
    """The arguments checked against the body model, with wire names, as JSON data."""
    try:
        instance = model.model_validate(given)
    except pydantic.ValidationError as error:
        raise EncodingError.from_validation("body", error) from None
    dumped: dict[str, Any] = instance.model_dump(
        mode="json", by_alias=True, exclude_unset=True
    )
    return dumped


def _plain(given: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in given.items() if v is not None}


def _is_file(value: Any) -> bool:
    if isinstance(value, bytes | bytearray) or hasattr(value, "read"):
        return True
    return (
        isinstance(value, tuple)
        and len(value) in (2, 3)
        and (value[0] is None or isinstance(value[0], str))
        and _is_file(value[1])
    )


def _is_file_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(_is_file(v) for v in value)


def _file_part(wire: str, value: FileInput, declared: str | None) -> Any:
    """`(filename, content, content_type)` as httpx takes it."""
    if isinstance(value, tuple):
        filename, content = value[0], value[1]
        content_type = value[2] if len(value) == 3 else None
    else:
        filename, content, content_type = _file_name(value, wire), value, None
    return (filename, content, content_type or declared or "application/octet-stream")


def _file_name(content: bytes | bytearray | IO[bytes], wire: str) -> str:
    name = getattr(content, "name", None)
    return os.path.basename(name) if isinstance(name, str) and name else wire


def _value_part(wire: str, value: Any, declared: str | None) -> Any:
    """A non-file part: text, or JSON for objects (and where the spec says JSON)."""
    media = (declared or "").split(";")[0].strip().lower()
    is_json = media == "application/json" or media.endswith("+json")
    if isinstance(value, dict | list) or is_json:
        data = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
        return (None, data, declared or "application/json")
    text = scalar_text(value)
    if text is None:
        raise EncodingError(f"body field {wire!r}: cannot send {type(value).__name__}")
    return (None, text, declared) if declared else (None, text)
