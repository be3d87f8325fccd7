"""The `Petstore` client: credentials, settings, API namespaces."""

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
    from .resources.meta import MetaApi
    from .resources.pets import PetsApi

DEFAULT_BASE_URL = "https://petstore.example.com/v1"
"""Where requests go unless `base_url` (or $PETSTORE_BASE_URL) says so."""

SERVERS: tuple[str, ...] = ("https://petstore.example.com/v1",)
"""Every server the API documents; pass one as `base_url` to use it."""

_CREDENTIALS: tuple[tuple[str, str], ...] = (("api_key", "api_key"),)


class Petstore(BaseClient):
    """Client for the Petstore.

    Every operation is a method of a namespace (`client.meta`), with an
    async twin prefixed by `a` and a `.raw` variant returning the HTTP response.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
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
            api_key: API key sent in the `X-API-Key` header (default: $PETSTORE_API_KEY).
            base_url: where to send requests (default: $PETSTORE_BASE_URL, else DEFAULT_BASE_URL).
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
        if api_key is None:
            api_key = os.environ.get("PETSTORE_API_KEY")
        env_base_url = os.environ.get("PETSTORE_BASE_URL")
        log_from_environment(os.environ.get("PETSTORE_LOG"))
        super().__init__(
            base_url=base_url or env_base_url or DEFAULT_BASE_URL,
            credentials={
                "api_key": Credential("api_key", "header", "X-API-Key", api_key),
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
        return f"Petstore({', '.join(settings)})"

    def __enter__(self) -> Petstore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> Petstore:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    @cached_property
    def meta(self) -> MetaApi:
        """meta operations."""
        from .resources.meta import MetaApi

        return MetaApi(self)

    @cached_property
    def pets(self) -> PetsApi:
        """pets operations."""
        from .resources.pets import PetsApi

        return PetsApi(self)
