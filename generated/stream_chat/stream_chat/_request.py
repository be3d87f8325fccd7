"""A call as generated code describes it (`Request`), and the pieces of its HTTP form."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from ._bodies import FormBody, encode_form, extra_part
from ._encoding import to_wire_string
from ._serialize import cookie_parts, header_text, query_pieces
from ._types import NOT_GIVEN, NotGiven

Security = Sequence[Sequence[str]]
"""The security alternatives of an operation: each a list of scheme names."""

ACCEPT = {"binary": "*/*", "text": "text/plain, */*;q=0.8"}
"""The `Accept` header by response kind; JSON for the others."""


@dataclass(frozen=True)
class Request:
    """One API call, as generated code describes it."""

    method: str
    path: str
    query: Sequence[tuple[str, Any]] = ()
    headers: Sequence[tuple[str, Any]] = ()
    cookies: Sequence[tuple[str, Any]] = ()
    json: Any = NOT_GIVEN
    data: Any = NOT_GIVEN
    files: Any = NOT_GIVEN
    content: Any = NOT_GIVEN
    content_type: str | None = None
    security: Security = ()
    response_kind: str = "json"
    idempotency_header: str | None = None


def following(request: Request, url: str) -> Request:
    """The request for the page a `Link` header names: a GET of that URL, as it is."""
    return Request(
        method="GET",
        path=url,
        headers=request.headers,
        cookies=request.cookies,
        security=request.security,
        response_kind=request.response_kind,
    )


class Headers:
    """Request headers as they are assembled, layer on layer: names are case-insensitive,
    so a later layer replaces a header, never repeats it. (httpx.Headers does the same
    but re-encodes on every access: a third of an SDK call's own time.)"""

    __slots__ = ("_items",)

    def __init__(self) -> None:
        self._items: dict[str, tuple[str, str]] = {}

    def __setitem__(self, name: str, value: str) -> None:
        self._items[name.lower()] = (name, value)

    def __getitem__(self, name: str) -> str:
        return self._items[name.lower()][1]

    def __contains__(self, name: str) -> bool:
        return name.lower() in self._items

    def get(self, name: str) -> str | None:
        found = self._items.get(name.lower())
        return found[1] if found is not None else None

    def update(self, headers: Mapping[str, str]) -> None:
        for name, value in headers.items():
            self[name] = value

    def pairs(self) -> list[tuple[str, str]]:
        return list(self._items.values())


def body_arguments(
    request: Request, extra: Mapping[str, Any] | None
) -> tuple[dict[str, Any], str | None]:
    """httpx keyword arguments for the body (`extra_body` merged in), and its type."""
    if not isinstance(request.data, NotGiven):
        form = request.data
        if not isinstance(form, FormBody):  # a mapping given as the whole form
            form = encode_form(None, form)
        if extra:
            form = form.with_extra(extra)
        content_type = request.content_type or "application/x-www-form-urlencoded"
        return {"content": form.content()}, content_type
    if not isinstance(request.files, NotGiven):
        extra_parts = [
            (name, extra_part(name, value)) for name, value in (extra or {}).items()
        ]
        # No content type: httpx writes it, with the boundary.
        return {"files": [*request.files, *extra_parts]}, None
    if not isinstance(request.content, NotGiven):
        if extra:
            raise ValueError("extra_body needs a JSON, form or multipart request body")
        return {"content": request.content}, request.content_type
    if isinstance(request.json, NotGiven) and not extra:
        return {}, None
    payload = {} if isinstance(request.json, NotGiven) else request.json
    if extra and isinstance(payload, dict):
        payload = {**payload, **extra}
    content = json.dumps(
        payload, separators=(",", ":"), default=to_wire_string
    ).encode()
    return {"content": content}, request.content_type or "application/json"


def header_values(pairs: Sequence[tuple[str, Any]]) -> list[tuple[str, str]]:
    """(name, text) of the header arguments that were given, each in its style."""
    found = [(name, header_text(name, value)) for name, value in pairs]
    return [(name, text) for name, text in found if text is not None]


def cookie_header(pairs: Sequence[tuple[str, Any]]) -> str | None:
    """The `Cookie` header of the cookie arguments that were given, or None."""
    parts = [part for name, value in pairs for part in cookie_parts(name, value)]
    return "; ".join(parts) if parts else None


def query_string(
    request: Request, secrets: Sequence[tuple[str, Any]], extra: Mapping[str, Any]
) -> str:
    """The encoded query: the operation's parameters in their styles, then credentials;
    `extra_query` entries replace parameters of the same name."""
    parts = query_pieces(request.query)
    parts += [f"{quote(k, safe='')}={quote(str(v), safe='')}" for k, v in secrets]
    if extra:
        replaced = {quote(name, safe="") for name in extra}
        parts = [part for part in parts if part.split("=", 1)[0] not in replaced]
        parts += query_pieces(extra.items())
    return "&".join(parts)
