"""The `Svix` client: credentials, settings, API namespaces."""

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
    from .resources.application import ApplicationApi
    from .resources.authentication import AuthenticationApi
    from .resources.background_tasks import BackgroundTasksApi
    from .resources.endpoint import EndpointApi
    from .resources.event_type import EventTypeApi
    from .resources.health import HealthApi
    from .resources.integration import IntegrationApi
    from .resources.message import MessageApi
    from .resources.message_attempt import MessageAttemptApi
    from .resources.statistics import StatisticsApi

DEFAULT_BASE_URL = "https://api.svix.com"
"""Where requests go unless `base_url` (or $SVIX_BASE_URL) says so."""

SERVERS: tuple[str, ...] = ("https://api.svix.com",)
"""Every server the API documents; pass one as `base_url` to use it."""

_CREDENTIALS: tuple[tuple[str, str], ...] = (("HTTPBearer", "access_token"),)


class Svix(BaseClient):
    """Client for the Svix API.

    Every operation is a method of a namespace (`client.application`), with an
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
            access_token: Bearer token (default: $SVIX_ACCESS_TOKEN).
            base_url: where to send requests (default: $SVIX_BASE_URL, else DEFAULT_BASE_URL).
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
            access_token = os.environ.get("SVIX_ACCESS_TOKEN")
        env_base_url = os.environ.get("SVIX_BASE_URL")
        log_from_environment(os.environ.get("SVIX_LOG"))
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
        return f"Svix({', '.join(settings)})"

    def __enter__(self) -> Svix:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> Svix:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    @cached_property
    def application(self) -> ApplicationApi:
        """Applications are where messages are sent to. Usually you want to create one application for each user on your platform."""
        from .resources.application import ApplicationApi

        return ApplicationApi(self)

    @cached_property
    def authentication(self) -> AuthenticationApi:
        """Give your users access to the Consumer Application Portal, and manage the tokens that grant it."""
        from .resources.authentication import AuthenticationApi

        return AuthenticationApi(self)

    @cached_property
    def background_tasks(self) -> BackgroundTasksApi:
        """The background tasks that have been executed for your environment."""
        from .resources.background_tasks import BackgroundTasksApi

        return BackgroundTasksApi(self)

    @cached_property
    def endpoint(self) -> EndpointApi:
        """Endpoints are the URLs messages will be sent to. Each message sent to an application is sent to all of its endpoints, unless they are not subscribed to the sent event type."""
        from .resources.endpoint import EndpointApi

        return EndpointApi(self)

    @cached_property
    def event_type(self) -> EventTypeApi:
        """Event types are identifiers denoting the type of the message being sent. They are primarily used to decide which events are sent to which endpoint."""
        from .resources.event_type import EventTypeApi

        return EventTypeApi(self)

    @cached_property
    def health(self) -> HealthApi:
        """Health checks for the API."""
        from .resources.health import HealthApi

        return HealthApi(self)

    @cached_property
    def integration(self) -> IntegrationApi:
        """Integrations are services your users connect an application to."""
        from .resources.integration import IntegrationApi

        return IntegrationApi(self)

    @cached_property
    def message(self) -> MessageApi:
        """Messages are the webhooks being sent. They can have contents and a few other properties."""
        from .resources.message import MessageApi

        return MessageApi(self)

    @cached_property
    def message_attempt(self) -> MessageAttemptApi:
        """Attempts to deliver messages to endpoints."""
        from .resources.message_attempt import MessageAttemptApi

        return MessageAttemptApi(self)

    @cached_property
    def statistics(self) -> StatisticsApi:
        """Statistics about your Svix usage, computed by background tasks."""
        from .resources.statistics import StatisticsApi

        return StatisticsApi(self)
