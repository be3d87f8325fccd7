"""Channel-level operations; `sync` is listed here too."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from .._base_client import Request
from .._encoding import encode_body
from .._resource import BaseResource, to_raw, to_raw_async
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..models.sync_request import SyncRequest
from ..models.sync_response import SyncResponse
from ..models.user_request import UserRequest

if TYPE_CHECKING:
    from ..models.user_request import UserRequestParam


def _sync_request(
    *,
    channel_cids: Any,
    last_sync_at: Any,
    user_id: Any,
    user: Any,
    with_inaccessible_cids: Any,
    watch: Any,
    client_id: Any,
    connection_id: Any,
) -> Request:
    return Request(
        method="POST",
        path="/sync",
        query=[
            ("with_inaccessible_cids", with_inaccessible_cids),
            ("watch", watch),
            ("client_id", client_id),
            ("connection_id", connection_id),
        ],
        json=encode_body(
            SyncRequest,
            {
                "channel_cids": channel_cids,
                "last_sync_at": last_sync_at,
                "user_id": user_id,
                "user": user,
            },
        ),
        content_type="application/json",
        security=(("api_key", "JWT", "stream-auth-type"),),
    )


class ChannelsApi(BaseResource):
    """Channel-level operations; `sync` is listed here too."""

    @cached_property
    def raw(self) -> ChannelsApiRaw:
        """The same methods, returning the raw HTTP response (status, headers, body)."""
        return ChannelsApiRaw(self._raw_twin())

    def sync(
        self,
        *,
        channel_cids: Sequence[str],
        last_sync_at: datetime | str,
        user_id: str | NotGiven = NOT_GIVEN,
        user: UserRequest | UserRequestParam | NotGiven = NOT_GIVEN,
        with_inaccessible_cids: bool | None = None,
        watch: bool | None = None,
        client_id: str | None = None,
        connection_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncResponse:
        """Sync

        Returns all events happened since client disconnect in specified channels.

        Required permissions: ReadChannel.

        Args:
            channel_cids: List of channel CIDs to sync
            last_sync_at: Date from which synchronization should happen
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            SyncResponse
        """
        return cast(
            SyncResponse,
            self._client._request(
                _sync_request(
                    channel_cids=channel_cids,
                    last_sync_at=last_sync_at,
                    user_id=user_id,
                    user=user,
                    with_inaccessible_cids=with_inaccessible_cids,
                    watch=watch,
                    client_id=client_id,
                    connection_id=connection_id,
                ),
                SyncResponse,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def async_(
        self,
        *,
        channel_cids: Sequence[str],
        last_sync_at: datetime | str,
        user_id: str | NotGiven = NOT_GIVEN,
        user: UserRequest | UserRequestParam | NotGiven = NOT_GIVEN,
        with_inaccessible_cids: bool | None = None,
        watch: bool | None = None,
        client_id: str | None = None,
        connection_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncResponse:
        """Sync

        Returns all events happened since client disconnect in specified channels.

        Required permissions: ReadChannel.

        Args:
            channel_cids: List of channel CIDs to sync
            last_sync_at: Date from which synchronization should happen
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            SyncResponse
        """
        return cast(
            SyncResponse,
            await self._client._arequest(
                _sync_request(
                    channel_cids=channel_cids,
                    last_sync_at=last_sync_at,
                    user_id=user_id,
                    user=user,
                    with_inaccessible_cids=with_inaccessible_cids,
                    watch=watch,
                    client_id=client_id,
                    connection_id=connection_id,
                ),
                SyncResponse,
                raw=self._raw,
                options=request_options,
            ),
        )


class ChannelsApiRaw:
    """`ChannelsApi` methods that return `RawResponse` objects."""

    def __init__(self, api: ChannelsApi) -> None:
        self.sync = to_raw(api.sync)
        self.async_ = to_raw_async(api.async_)
