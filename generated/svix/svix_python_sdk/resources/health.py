"""Health checks for the API."""

from __future__ import annotations

from functools import cached_property
from typing import cast

from .._base_client import Request
from .._resource import BaseResource, to_raw, to_raw_async
from .._types import RequestOptions


def _check_server_status_request() -> Request:
    return Request(
        method="GET",
        path="/api/v1/health",
        response_kind="empty",
    )


class HealthApi(BaseResource):
    """Health checks for the API."""

    @cached_property
    def raw(self) -> HealthApiRaw:
        """The same methods, returning the raw HTTP response (status, headers, body)."""
        return HealthApiRaw(self._raw_twin())

    def check_server_status(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Health

        Verify the API server is up and running.

        Args:
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            self._client._request(
                _check_server_status_request(),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def acheck_server_status(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Health

        Verify the API server is up and running.

        Args:
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            await self._client._arequest(
                _check_server_status_request(),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )


class HealthApiRaw:
    """`HealthApi` methods that return `RawResponse` objects."""

    def __init__(self, api: HealthApi) -> None:
        self.check_server_status = to_raw(api.check_server_status)
        self.acheck_server_status = to_raw_async(api.acheck_server_status)
