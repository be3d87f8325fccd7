"""Small types shared by every module of the SDK."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import IO, Any, Literal, TypedDict, final

import httpx


@final
class NotGiven:
    """The type of `NOT_GIVEN`: marks an argument the caller did not pass.

    `None` cannot play this part because it is a meaningful value for nullable fields:
    `uid=None` sends `"uid": null`, while leaving `uid` out sends nothing.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

Timeout = float | httpx.Timeout | None
"""Seconds each step of a request may take (connecting, every read and write, waiting
for a pooled connection), or an `httpx.Timeout` setting them apart; `None` waits
forever."""

FileContent = IO[bytes] | bytes
"""The content of a file to upload: bytes, or a file opened in binary mode."""

FileInput = (
    FileContent
    | tuple[str | None, FileContent]
    | tuple[str | None, FileContent, str | None]
)
"""A file to upload: its content, or `(filename, content[, content_type])`."""

QueryValue = str | int | float | bool | None | Sequence[str | int | float | bool]


class RequestOptions(TypedDict, total=False):
    """Per-call settings that override the client's defaults for one request."""

    timeout: Timeout
    max_retries: int
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, QueryValue]
    extra_body: Mapping[str, Any]
    idempotency_key: str
    strict_response_validation: bool
