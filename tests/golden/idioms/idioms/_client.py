"""The `Idioms` client: credentials, settings, API namespaces."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING

import httpx

from ._base_client import BaseClient, Credential, log_from_environment
from ._types import Timeout

if TYPE_CHECKING:
    from .resources.shape import ShapeApi
    from .resources.tree import TreeApi

DEFAULT_BASE_URL = "https://eu.idioms.example.com"
"""Where requests go unless `base_url` (or $IDIOMS_BASE_URL) says so."""

SERVERS: tuple[str, ...] = ("https://eu.idioms.example.com",)
"""Every server the API documents; pass one as `base_url` to use it."""

_CREDENTIALS: tuple[tuple[str, str], ...] = (("HTTPBearer", "access_token"),)


class Idioms(BaseClient):
    """Client for the Idioms.

    Every operation is a method of a namespace (`client.shape`), with an
    async twin prefixed by `a` and a `.raw` variant returning the HTTP response.
    """

    def __init__(
        self,
        *,
        access_token: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = 30.0,
        max_retries: int = 2,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        max_connections: int = 100,
        max_keepalive_connections: int = 20,
        strict_response_validation: bool = False,
    ) -> None:
        """Create a client; connections are pooled until `close()` / `aclose()`.

        Args:
            access_token: Bearer token (default: $IDIOMS_ACCESS_TOKEN).
            base_url: where to send requests (default: $IDIOMS_BASE_URL, else DEFAULT_BASE_URL).
            timeout: seconds per request, or an `httpx.Timeout`.
            max_retries: retries of failed requests that are safe to repeat.
            default_headers: headers sent with every request.
            http_client: an `httpx.Client` to send sync requests with.
            async_http_client: an `httpx.AsyncClient` to send async requests with.
            max_connections: connections open at once, and calls in flight at once (the
                others wait their turn, outside their timeout).
            max_keepalive_connections: idle connections kept open for later calls.
            strict_response_validation: raise `ApiResponseValidationError` when a response
                does not match the documented type, instead of keeping what was sent.
        """
        if access_token is None:
            access_token = os.environ.get("IDIOMS_ACCESS_TOKEN")
        env_base_url = os.environ.get("IDIOMS_BASE_URL")
        log_from_environment(os.environ.get("IDIOMS_LOG"))
        super().__init__(
            base_url=base_url or env_base_url or DEFAULT_BASE_URL,
            credentials={
                "HTTPBearer": Credential(
                    "bearer", "header", "Authorization", access_token
                ),
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            async_http_client=async_http_client,
            max_connections=max_connections,
            max_keepalive_connections=max_keepalive_connections,
            strict_response_validation=strict_response_validation,
        )

    def __repr__(self) -> str:
        settings = [f"base_url={self.base_url!r}"]
        configured = self._credentials
        settings += [f"{arg}='***'" for key, arg in _CREDENTIALS if key in configured]
        return f"Idioms({', '.join(settings)})"

    def __enter__(self) -> Idioms:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> Idioms:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    @cached_property
    def shape(self) -> ShapeApi:
        """Shape operations."""
        from .resources.shape import ShapeApi

        return ShapeApi(self)

    @cached_property
    def tree(self) -> TreeApi:
        """Tree operations."""
        from .resources.tree import TreeApi

        return TreeApi(self)
