"""Sending events and catching up on missed ones."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from .._base_client import Request
from .._encoding import encode_body, format_path
from .._resource import BaseResource, to_raw, to_raw_async
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..models.event_request import EventRequest
from ..models.event_response import EventResponse
from ..models.response import Response
from ..models.send_event_request import SendEventRequest
from ..models.send_user_custom_event_request import SendUserCustomEventRequest
from ..models.sync_request import SyncRequest
from ..models.sync_response import SyncResponse
from ..models.user_custom_event_request import UserCustomEventRequest
from ..models.user_request import UserRequest

if TYPE_CHECKING:
    from ..models.event_request import EventRequestParam
    from ..models.user_custom_event_request import UserCustomEventRequestParam
    from ..models.user_request import UserRequestParam


def _send_event_request(
    *,
    type: Any,
    id: Any,
    event: Any,
) -> Request:
    return Request(
        method="POST",
        path=format_path("/channels/{type}/{id}/event", {"type": type, "id": id}),
        json=encode_body(SendEventRequest, {"event": event}),
        content_type="application/json",
        security=(("api_key", "JWT", "stream-auth-type"),),
    )


def _send_user_custom_event_request(
    *,
    user_id: Any,
    event: Any,
) -> Request:
    return Request(
        method="POST",
        path=format_path("/users/{user_id}/event", {"user_id": user_id}),
        json=encode_body(SendUserCustomEventRequest, {"event": event}),
        content_type="application/json",
        security=(("api_key", "JWT", "stream-auth-type"),),
    )


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


class EventsApi(BaseResource):
    """Sending events and catching up on missed ones."""

    @cached_property
    def raw(self) -> EventsApiRaw:
        """The same methods, returning the raw HTTP response (status, headers, body)."""
        return EventsApiRaw(self._raw_twin())

    def send_event(
        self,
        *,
        type: str,
        id: str,
        event: EventRequest | EventRequestParam,
        request_options: RequestOptions | None = None,
    ) -> EventResponse:
        """Send event

        Sends event to the channel.

        Sends events: any. Required permissions: SendCustomEvent.

        Args:
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            EventResponse
        """
        return cast(
            EventResponse,
            self._client._request(
                _send_event_request(type=type, id=id, event=event),
                EventResponse,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def asend_event(
        self,
        *,
        type: str,
        id: str,
        event: EventRequest | EventRequestParam,
        request_options: RequestOptions | None = None,
    ) -> EventResponse:
        """Send event

        Sends event to the channel.

        Sends events: any. Required permissions: SendCustomEvent.

        Args:
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            EventResponse
        """
        return cast(
            EventResponse,
            await self._client._arequest(
                _send_event_request(type=type, id=id, event=event),
                EventResponse,
                raw=self._raw,
                options=request_options,
            ),
        )

    def send_user_custom_event(
        self,
        *,
        user_id: str,
        event: UserCustomEventRequest | UserCustomEventRequestParam,
        request_options: RequestOptions | None = None,
    ) -> Response:
        """Send user event

        Sends a custom event to a user.

        Sends events: custom.

        Args:
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            Response
        """
        return cast(
            Response,
            self._client._request(
                _send_user_custom_event_request(user_id=user_id, event=event),
                Response,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def asend_user_custom_event(
        self,
        *,
        user_id: str,
        event: UserCustomEventRequest | UserCustomEventRequestParam,
        request_options: RequestOptions | None = None,
    ) -> Response:
        """Send user event

        Sends a custom event to a user.

        Sends events: custom.

        Args:
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            Response
        """
        return cast(
            Response,
            await self._client._arequest(
                _send_user_custom_event_request(user_id=user_id, event=event),
                Response,
                raw=self._raw,
                options=request_options,
            ),
        )

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


class EventsApiRaw:
    """`EventsApi` methods that return `RawResponse` objects."""

    def __init__(self, api: EventsApi) -> None:
        self.send_event = to_raw(api.send_event)
        self.asend_event = to_raw_async(api.asend_event)
        self.send_user_custom_event = to_raw(api.send_user_custom_event)
        self.asend_user_custom_event = to_raw_async(api.asend_user_custom_event)
        self.sync = to_raw(api.sync)
        self.async_ = to_raw_async(api.async_)
