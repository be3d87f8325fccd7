"""The `StreamChat` client: credentials, settings, API namespaces."""

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
    from .resources.channels import ChannelsApi
    from .resources.events import EventsApi

DEFAULT_BASE_URL = "https://chat.stream-io-api.com"
"""Where requests go unless `base_url` (or $STREAM_CHAT_BASE_URL) says so."""

SERVERS: tuple[str, ...] = ("https://chat.stream-io-api.com",)
"""Every server the API documents; pass one as `base_url` to use it."""

_CREDENTIALS: tuple[tuple[str, str], ...] = (
    ("JWT", "token"),
    ("api_key", "api_key"),
    ("stream-auth-type", "auth_type"),
)


class StreamChat(BaseClient):
    """Client for the Stream Chat Events API.

    Every operation is a method of a namespace (`client.channels`), with an
    async twin prefixed by `a` and a `.raw` variant returning the HTTP response.
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        api_key: str | None = None,
        auth_type: str | None = None,
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
            token: API key sent in the `Authorization` header (default: $STREAM_CHAT_TOKEN).
            api_key: API key sent in the `api_key` query parameter (default: $STREAM_CHAT_API_KEY).
            auth_type: API key sent in the `Stream-Auth-Type` header (default: $STREAM_CHAT_AUTH_TYPE).
            base_url: where to send requests (default: $STREAM_CHAT_BASE_URL, else DEFAULT_BASE_URL).
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
        if token is None:
            token = os.environ.get("STREAM_CHAT_TOKEN")
        if api_key is None:
            api_key = os.environ.get("STREAM_CHAT_API_KEY")
        if auth_type is None:
            auth_type = os.environ.get("STREAM_CHAT_AUTH_TYPE")
        env_base_url = os.environ.get("STREAM_CHAT_BASE_URL")
        log_from_environment(os.environ.get("STREAM_CHAT_LOG"))
        super().__init__(
            base_url=base_url or env_base_url or DEFAULT_BASE_URL,
            credentials={
                "JWT": Credential("api_key", "header", "Authorization", token),
                "api_key": Credential("api_key", "query", "api_key", api_key),
                "stream-auth-type": Credential(
                    "api_key", "header", "Stream-Auth-Type", auth_type
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
        return f"StreamChat({', '.join(settings)})"

    def __enter__(self) -> StreamChat:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> StreamChat:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    @cached_property
    def channels(self) -> ChannelsApi:
        """Channel-level operations; `sync` is listed here too."""
        from .resources.channels import ChannelsApi

        return ChannelsApi(self)

    @cached_property
    def events(self) -> EventsApi:
        """Sending events and catching up on missed ones."""
        from .resources.events import EventsApi

        return EventsApi(self)
