"""Operations on meta."""

from __future__ import annotations

from functools import cached_property
from typing import cast

from .._base_client import Request
from .._resource import BaseResource, to_raw, to_raw_async
from .._types import RequestOptions


def _health_request() -> Request:
    return Request(
        method="GET",
        path="/health",
        response_kind="text",
    )


class MetaApi(BaseResource):
    """Operations on meta."""

    @cached_property
    def raw(self) -> MetaApiRaw:
        """The same methods, returning the raw HTTP response (status, headers, body)."""
        return MetaApiRaw(self._raw_twin())

    def health(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> str:
        """GET /health

        Args:
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            str
        """
        return cast(
            str,
            self._client._request(
                _health_request(),
                str,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def ahealth(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> str:
        """GET /health

        Args:
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            str
        """
        return cast(
            str,
            await self._client._arequest(
                _health_request(),
                str,
                raw=self._raw,
                options=request_options,
            ),
        )


class MetaApiRaw:
    """`MetaApi` methods that return `RawResponse` objects."""

    def __init__(self, api: MetaApi) -> None:
        self.health = to_raw(api.health)
        self.ahealth = to_raw_async(api.ahealth)
