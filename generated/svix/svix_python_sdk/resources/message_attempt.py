"""Attempts to deliver messages to endpoints."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from typing_extensions import deprecated

from .._base_client import Request
from .._encoding import format_path
from .._resource import BaseResource, to_raw, to_raw_async
from .._types import RequestOptions
from ..models.endpoint_message_out import EndpointMessageOut
from ..models.list_response import ListResponse
from ..models.message_attempt_endpoint_out import MessageAttemptEndpointOut
from ..models.message_attempt_out import MessageAttemptOut
from ..models.message_endpoint_out import MessageEndpointOut
from ..models.message_status import MessageStatus, MessageStatusValue
from ..models.status_code_class import StatusCodeClass, StatusCodeClassValue

if TYPE_CHECKING:
    from .._response import RawResponse


def _delete_response_body_request(
    *,
    app_id: Any,
    msg_id: Any,
    attempt_id: Any,
) -> Request:
    return Request(
        method="DELETE",
        path=format_path(
            "/api/v1/app/{app_id}/msg/{msg_id}/attempt/{attempt_id}/content",
            {"app_id": app_id, "msg_id": msg_id, "attempt_id": attempt_id},
        ),
        security=(("HTTPBearer",),),
        response_kind="empty",
    )


def _get_by_destination_request(
    *,
    app_id: Any,
    msg_id: Any,
    attempt_id: Any,
) -> Request:
    return Request(
        method="GET",
        path=format_path(
            "/api/v1/app/{app_id}/msg/{msg_id}/attempt/{attempt_id}",
            {"app_id": app_id, "msg_id": msg_id, "attempt_id": attempt_id},
        ),
        security=(("HTTPBearer",),),
    )


def _list_attempted_destinations_request(
    *,
    app_id: Any,
    msg_id: Any,
    limit: Any,
    iterator: Any,
) -> Request:
    return Request(
        method="GET",
        path=format_path(
            "/api/v1/app/{app_id}/msg/{msg_id}/endpoint",
            {"app_id": app_id, "msg_id": msg_id},
        ),
        query=[("limit", limit), ("iterator", iterator)],
        security=(("HTTPBearer",),),
    )


def _list_attempted_messages_request(
    *,
    app_id: Any,
    endpoint_id: Any,
    limit: Any,
    iterator: Any,
    channel: Any,
    tag: Any,
    status: Any,
    before: Any,
    after: Any,
    with_content: Any,
    event_types: Any,
) -> Request:
    return Request(
        method="GET",
        path=format_path(
            "/api/v1/app/{app_id}/endpoint/{endpoint_id}/msg",
            {"app_id": app_id, "endpoint_id": endpoint_id},
        ),
        query=[
            ("limit", limit),
            ("iterator", iterator),
            ("channel", channel),
            ("tag", tag),
            ("status", status),
            ("before", before),
            ("after", after),
            ("with_content", with_content),
            ("event_types", event_types),
        ],
        security=(("HTTPBearer",),),
    )


def _list_by_endpoint_request(
    *,
    app_id: Any,
    endpoint_id: Any,
    limit: Any,
    iterator: Any,
    status: Any,
    status_code_class: Any,
    channel: Any,
    tag: Any,
    before: Any,
    after: Any,
    with_content: Any,
    with_msg: Any,
    event_types: Any,
) -> Request:
    return Request(
        method="GET",
        path=format_path(
            "/api/v1/app/{app_id}/attempt/endpoint/{endpoint_id}",
            {"app_id": app_id, "endpoint_id": endpoint_id},
        ),
        query=[
            ("limit", limit),
            ("iterator", iterator),
            ("status", status),
            ("status_code_class", status_code_class),
            ("channel", channel),
            ("tag", tag),
            ("before", before),
            ("after", after),
            ("with_content", with_content),
            ("with_msg", with_msg),
            ("event_types", event_types),
        ],
        security=(("HTTPBearer",),),
    )


def _list_by_endpoint_deprecated_request(
    *,
    app_id: Any,
    msg_id: Any,
    endpoint_id: Any,
    limit: Any,
    iterator: Any,
    channel: Any,
    tag: Any,
    status: Any,
    before: Any,
    after: Any,
    event_types: Any,
) -> Request:
    return Request(
        method="GET",
        path=format_path(
            "/api/v1/app/{app_id}/msg/{msg_id}/endpoint/{endpoint_id}/attempt",
            {"app_id": app_id, "msg_id": msg_id, "endpoint_id": endpoint_id},
        ),
        query=[
            ("limit", limit),
            ("iterator", iterator),
            ("channel", channel),
            ("tag", tag),
            ("status", status),
            ("before", before),
            ("after", after),
            ("event_types", event_types),
        ],
        security=(("HTTPBearer",),),
    )


def _list_by_msg_attempted_destinations_request(
    *,
    app_id: Any,
    msg_id: Any,
    limit: Any,
    iterator: Any,
    status: Any,
    status_code_class: Any,
    channel: Any,
    tag: Any,
    endpoint_id: Any,
    before: Any,
    after: Any,
    with_content: Any,
    event_types: Any,
) -> Request:
    return Request(
        method="GET",
        path=format_path(
            "/api/v1/app/{app_id}/attempt/msg/{msg_id}",
            {"app_id": app_id, "msg_id": msg_id},
        ),
        query=[
            ("limit", limit),
            ("iterator", iterator),
            ("status", status),
            ("status_code_class", status_code_class),
            ("channel", channel),
            ("tag", tag),
            ("endpoint_id", endpoint_id),
            ("before", before),
            ("after", after),
            ("with_content", with_content),
            ("event_types", event_types),
        ],
        security=(("HTTPBearer",),),
    )


def _list_by_msg_attempted_destinations_0_request(
    *,
    app_id: Any,
    msg_id: Any,
    limit: Any,
    iterator: Any,
    endpoint_id: Any,
    channel: Any,
    tag: Any,
    status: Any,
    before: Any,
    after: Any,
    status_code_class: Any,
    event_types: Any,
) -> Request:
    return Request(
        method="GET",
        path=format_path(
            "/api/v1/app/{app_id}/msg/{msg_id}/attempt",
            {"app_id": app_id, "msg_id": msg_id},
        ),
        query=[
            ("limit", limit),
            ("iterator", iterator),
            ("endpoint_id", endpoint_id),
            ("channel", channel),
            ("tag", tag),
            ("status", status),
            ("before", before),
            ("after", after),
            ("status_code_class", status_code_class),
            ("event_types", event_types),
        ],
        security=(("HTTPBearer",),),
    )


def _resend_message_to_endpoint_request(
    *,
    app_id: Any,
    msg_id: Any,
    endpoint_id: Any,
    idempotency_key: Any,
) -> Request:
    return Request(
        method="POST",
        path=format_path(
            "/api/v1/app/{app_id}/msg/{msg_id}/endpoint/{endpoint_id}/resend",
            {"app_id": app_id, "msg_id": msg_id, "endpoint_id": endpoint_id},
        ),
        headers=[("idempotency-key", idempotency_key)],
        security=(("HTTPBearer",),),
        response_kind="empty",
        idempotency_header="idempotency-key",
    )


class MessageAttemptApi(BaseResource):
    """Attempts to deliver messages to endpoints."""

    @cached_property
    def raw(self) -> MessageAttemptApiRaw:
        """The same methods, returning the raw HTTP response (status, headers, body)."""
        return MessageAttemptApiRaw(self._raw_twin())

    def delete_response_body(
        self,
        *,
        app_id: str,
        msg_id: str,
        attempt_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Attempt Response Body

        Deletes the given attempt's response body. Useful when an endpoint accidentally returned sensitive content.

        Args:
            app_id: The app's ID or UID
            msg_id: The msg's ID or UID
            attempt_id: The attempt's ID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            self._client._request(
                _delete_response_body_request(
                    app_id=app_id, msg_id=msg_id, attempt_id=attempt_id
                ),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def adelete_response_body(
        self,
        *,
        app_id: str,
        msg_id: str,
        attempt_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Attempt Response Body

        Deletes the given attempt's response body. Useful when an endpoint accidentally returned sensitive content.

        Args:
            app_id: The app's ID or UID
            msg_id: The msg's ID or UID
            attempt_id: The attempt's ID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            await self._client._arequest(
                _delete_response_body_request(
                    app_id=app_id, msg_id=msg_id, attempt_id=attempt_id
                ),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )

    def get_by_destination(
        self,
        *,
        app_id: str,
        msg_id: str,
        attempt_id: str,
        request_options: RequestOptions | None = None,
    ) -> MessageAttemptOut:
        """Get Attempt

        `msg_id`: Use a message id or a message `eventId`

        Args:
            app_id: The app's ID or UID
            msg_id: The msg's ID or UID
            attempt_id: The attempt's ID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            MessageAttemptOut
        """
        return cast(
            MessageAttemptOut,
            self._client._request(
                _get_by_destination_request(
                    app_id=app_id, msg_id=msg_id, attempt_id=attempt_id
                ),
                MessageAttemptOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def aget_by_destination(
        self,
        *,
        app_id: str,
        msg_id: str,
        attempt_id: str,
        request_options: RequestOptions | None = None,
    ) -> MessageAttemptOut:
        """Get Attempt

        `msg_id`: Use a message id or a message `eventId`

        Args:
            app_id: The app's ID or UID
            msg_id: The msg's ID or UID
            attempt_id: The attempt's ID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            MessageAttemptOut
        """
        return cast(
            MessageAttemptOut,
            await self._client._arequest(
                _get_by_destination_request(
                    app_id=app_id, msg_id=msg_id, attempt_id=attempt_id
                ),
                MessageAttemptOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    def list_attempted_destinations(
        self,
        *,
        app_id: str,
        msg_id: str,
        limit: int | None = None,
        iterator: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListResponse[MessageEndpointOut]:
        """List Attempted Destinations

        List endpoints attempted by a given message. Additionally includes metadata about the latest message attempt.
        By default, endpoints are listed in ascending order by ID.

        Args:
            app_id: The app's ID or UID
            msg_id: The msg's ID or UID
            limit: Limit the number of returned items
            iterator: The iterator returned from a prior invocation
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ListResponse[MessageEndpointOut]
        """
        return cast(
            ListResponse[MessageEndpointOut],
            self._client._request(
                _list_attempted_destinations_request(
                    app_id=app_id, msg_id=msg_id, limit=limit, iterator=iterator
                ),
                ListResponse[MessageEndpointOut],
                raw=self._raw,
                options=request_options,
                next_page=lambda cursor: self._plain.list_attempted_destinations(
                    app_id=app_id,
                    msg_id=msg_id,
                    limit=limit,
                    iterator=cursor,
                    request_options=request_options,
                ),
            ),
        )

    async def alist_attempted_destinations(
        self,
        *,
        app_id: str,
        msg_id: str,
        limit: int | None = None,
        iterator: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListResponse[MessageEndpointOut]:
        """List Attempted Destinations

        List endpoints attempted by a given message. Additionally includes metadata about the latest message attempt.
        By default, endpoints are listed in ascending order by ID.

        Args:
            app_id: The app's ID or UID
            msg_id: The msg's ID or UID
            limit: Limit the number of returned items
            iterator: The iterator returned from a prior invocation
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ListResponse[MessageEndpointOut]
        """
        return cast(
            ListResponse[MessageEndpointOut],
            await self._client._arequest(
                _list_attempted_destinations_request(
                    app_id=app_id, msg_id=msg_id, limit=limit, iterator=iterator
                ),
                ListResponse[MessageEndpointOut],
                raw=self._raw,
                options=request_options,
                next_page=lambda cursor: self._plain.alist_attempted_destinations(
                    app_id=app_id,
                    msg_id=msg_id,
                    limit=limit,
                    iterator=cursor,
                    request_options=request_options,
                ),
            ),
        )

    def list_attempted_messages(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        limit: int | None = None,
        iterator: str | None = None,
        channel: str | None = None,
        tag: str | None = None,
        status: MessageStatus | MessageStatusValue | None = None,
        before: datetime | str | None = None,
        after: datetime | str | None = None,
        with_content: bool | None = None,
        event_types: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListResponse[EndpointMessageOut]:
        """List Attempted Messages

        List messages for a particular endpoint. Additionally includes metadata about the latest message attempt.

        The `before` parameter lets you filter all items created before a certain date and is ignored if an iterator is passed.

        Note that by default this endpoint is limited to retrieving 90 days' worth of data
        relative to now or, if an iterator is provided, 90 days before/after the time indicated
        by the iterator ID. If you require data beyond those time ranges, you will need to explicitly
        set the `before` or `after` parameter as appropriate.

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            limit: Limit the number of returned items
            iterator: The iterator returned from a prior invocation
            channel: Filter response based on the channel
            tag: Filter response based on the message tags
            status: Filter response based on the delivery status
            before: Only include items created before a certain date
            after: Only include items created after a certain date
            with_content: When `true` message payloads are included in the response
            event_types: Filter response based on the event type
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ListResponse[EndpointMessageOut]
        """
        return cast(
            ListResponse[EndpointMessageOut],
            self._client._request(
                _list_attempted_messages_request(
                    app_id=app_id,
                    endpoint_id=endpoint_id,
                    limit=limit,
                    iterator=iterator,
                    channel=channel,
                    tag=tag,
                    status=status,
                    before=before,
                    after=after,
                    with_content=with_content,
                    event_types=event_types,
                ),
                ListResponse[EndpointMessageOut],
                raw=self._raw,
                options=request_options,
                next_page=lambda cursor: self._plain.list_attempted_messages(
                    app_id=app_id,
                    endpoint_id=endpoint_id,
                    limit=limit,
                    iterator=cursor,
                    channel=channel,
                    tag=tag,
                    status=status,
                    before=before,
                    after=after,
                    with_content=with_content,
                    event_types=event_types,
                    request_options=request_options,
                ),
            ),
        )

    async def alist_attempted_messages(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        limit: int | None = None,
        iterator: str | None = None,
        channel: str | None = None,
        tag: str | None = None,
        status: MessageStatus | MessageStatusValue | None = None,
        before: datetime | str | None = None,
        after: datetime | str | None = None,
        with_content: bool | None = None,
        event_types: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListResponse[EndpointMessageOut]:
        """List Attempted Messages

        List messages for a particular endpoint. Additionally includes metadata about the latest message attempt.

        The `before` parameter lets you filter all items created before a certain date and is ignored if an iterator is passed.

        Note that by default this endpoint is limited to retrieving 90 days' worth of data
        relative to now or, if an iterator is provided, 90 days before/after the time indicated
        by the iterator ID. If you require data beyond those time ranges, you will need to explicitly
        set the `before` or `after` parameter as appropriate.

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            limit: Limit the number of returned items
            iterator: The iterator returned from a prior invocation
            channel: Filter response based on the channel
            tag: Filter response based on the message tags
            status: Filter response based on the delivery status
            before: Only include items created before a certain date
            after: Only include items created after a certain date
            with_content: When `true` message payloads are included in the response
            event_types: Filter response based on the event type
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ListResponse[EndpointMessageOut]
        """
        return cast(
            ListResponse[EndpointMessageOut],
            await self._client._arequest(
                _list_attempted_messages_request(
                    app_id=app_id,
                    endpoint_id=endpoint_id,
                    limit=limit,
                    iterator=iterator,
                    channel=channel,
                    tag=tag,
                    status=status,
                    before=before,
                    after=after,
                    with_content=with_content,
                    event_types=event_types,
                ),
                ListResponse[EndpointMessageOut],
                raw=self._raw,
                options=request_options,
                next_page=lambda cursor: self._plain.alist_attempted_messages(
                    app_id=app_id,
                    endpoint_id=endpoint_id,
                    limit=limit,
                    iterator=cursor,
                    channel=channel,
                    tag=tag,
                    status=status,
                    before=before,
                    after=after,
                    with_content=with_content,
                    event_types=event_types,
                    request_options=request_options,
                ),
            ),
        )

    def list_by_endpoint(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        limit: int | None = None,
        iterator: str | None = None,
        status: MessageStatus | MessageStatusValue | None = None,
        status_code_class: StatusCodeClass | StatusCodeClassValue | None = None,
        channel: str | None = None,
        tag: str | None = None,
        before: datetime | str | None = None,
        after: datetime | str | None = None,
        with_content: bool | None = None,
        with_msg: bool | None = None,
        event_types: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListResponse[MessageAttemptOut]:
        """List Attempts By Endpoint

        List attempts by endpoint id

        Note that by default this endpoint is limited to retrieving 90 days' worth of data
        relative to now or, if an iterator is provided, 90 days before/after the time indicated
        by the iterator ID. If you require data beyond those time ranges, you will need to explicitly
        set the `before` or `after` parameter as appropriate.

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            limit: Limit the number of returned items
            iterator: The iterator returned from a prior invocation
            status: Filter response based on the delivery status
            status_code_class: Filter response based on the HTTP status code
            channel: Filter response based on the channel
            tag: Filter response based on the tag
            before: Only include items created before a certain date
            after: Only include items created after a certain date
            with_content: When `true` attempt content is included in the response
            with_msg: When `true`, the message information is included in the response
            event_types: Filter response based on the event type
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ListResponse[MessageAttemptOut]
        """
        return cast(
            ListResponse[MessageAttemptOut],
            self._client._request(
                _list_by_endpoint_request(
                    app_id=app_id,
                    endpoint_id=endpoint_id,
                    limit=limit,
                    iterator=iterator,
                    status=status,
                    status_code_class=status_code_class,
                    channel=channel,
                    tag=tag,
                    before=before,
                    after=after,
                    with_content=with_content,
                    with_msg=with_msg,
                    event_types=event_types,
                ),
                ListResponse[MessageAttemptOut],
                raw=self._raw,
                options=request_options,
                next_page=lambda cursor: self._plain.list_by_endpoint(
                    app_id=app_id,
                    endpoint_id=endpoint_id,
                    limit=limit,
                    iterator=cursor,
                    status=status,
                    status_code_class=status_code_class,
                    channel=channel,
                    tag=tag,
                    before=before,
                    after=after,
                    with_content=with_content,
                    with_msg=with_msg,
                    event_types=event_types,
                    request_options=request_options,
                ),
            ),
        )

    async def alist_by_endpoint(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        limit: int | None = None,
        iterator: str | None = None,
        status: MessageStatus | MessageStatusValue | None = None,
        status_code_class: StatusCodeClass | StatusCodeClassValue | None = None,
        channel: str | None = None,
        tag: str | None = None,
        before: datetime | str | None = None,
        after: datetime | str | None = None,
        with_content: bool | None = None,
        with_msg: bool | None = None,
        event_types: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListResponse[MessageAttemptOut]:
        """List Attempts By Endpoint

        List attempts by endpoint id

        Note that by default this endpoint is limited to retrieving 90 days' worth of data
        relative to now or, if an iterator is provided, 90 days before/after the time indicated
        by the iterator ID. If you require data beyond those time ranges, you will need to explicitly
        set the `before` or `after` parameter as appropriate.

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            limit: Limit the number of returned items
            iterator: The iterator returned from a prior invocation
            status: Filter response based on the delivery status
            status_code_class: Filter response based on the HTTP status code
            channel: Filter response based on the channel
            tag: Filter response based on the tag
            before: Only include items created before a certain date
            after: Only include items created after a certain date
            with_content: When `true` attempt content is included in the response
            with_msg: When `true`, the message information is included in the response
            event_types: Filter response based on the event type
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ListResponse[MessageAttemptOut]
        """
        return cast(
            ListResponse[MessageAttemptOut],
            await self._client._arequest(
                _list_by_endpoint_request(
                    app_id=app_id,
                    endpoint_id=endpoint_id,
                    limit=limit,
                    iterator=iterator,
                    status=status,
                    status_code_class=status_code_class,
                    channel=channel,
                    tag=tag,
                    before=before,
                    after=after,
                    with_content=with_content,
                    with_msg=with_msg,
                    event_types=event_types,
                ),
                ListResponse[MessageAttemptOut],
                raw=self._raw,
                options=request_options,
                next_page=lambda cursor: self._plain.alist_by_endpoint(
                    app_id=app_id,
                    endpoint_id=endpoint_id,
                    limit=limit,
                    iterator=cursor,
                    status=status,
                    status_code_class=status_code_class,
                    channel=channel,
                    tag=tag,
                    before=before,
                    after=after,
                    with_content=with_content,
                    with_msg=with_msg,
                    event_types=event_types,
                    request_options=request_options,
                ),
            ),
        )

    @deprecated(
        "list_by_endpoint_deprecated is deprecated: the API may remove it in a future version."
    )
    def list_by_endpoint_deprecated(
        self,
        *,
        app_id: str,
        msg_id: str,
        endpoint_id: str,
        limit: int | None = None,
        iterator: str | None = None,
        channel: str | None = None,
        tag: str | None = None,
        status: MessageStatus | MessageStatusValue | None = None,
        before: datetime | str | None = None,
        after: datetime | str | None = None,
        event_types: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListResponse[MessageAttemptEndpointOut]:
        """List Attempts For Endpoint

        DEPRECATED: please use list_attempts with endpoint_id as a query parameter instead.

        List the message attempts for a particular endpoint.

        Returning the endpoint.

        The `before` parameter lets you filter all items created before a certain date and is ignored if an iterator is passed.

        Note that by default this endpoint is limited to retrieving 90 days' worth of data
        relative to now or, if an iterator is provided, 90 days before/after the time indicated
        by the iterator ID. If you require data beyond those time ranges, you will need to explicitly
        set the `before` or `after` parameter as appropriate.

        Deprecated: this operation may be removed in a future version of the API.

        Args:
            app_id: The app's ID or UID
            msg_id: The msg's ID or UID
            endpoint_id: The ep's ID or UID
            limit: Limit the number of returned items
            iterator: The iterator returned from a prior invocation
            channel: Filter response based on the channel
            tag: Filter response based on the tag
            status: Filter response based on the delivery status
            before: Only include items created before a certain date
            after: Only include items created after a certain date
            event_types: Filter response based on the event type
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ListResponse[MessageAttemptEndpointOut]
        """
        _plain_method = self._plain.list_by_endpoint_deprecated  # type: ignore[deprecated, unused-ignore]
        return cast(
            ListResponse[MessageAttemptEndpointOut],
            self._client._request(
                _list_by_endpoint_deprecated_request(
                    app_id=app_id,
                    msg_id=msg_id,
                    endpoint_id=endpoint_id,
                    limit=limit,
                    iterator=iterator,
                    channel=channel,
                    tag=tag,
                    status=status,
                    before=before,
                    after=after,
                    event_types=event_types,
                ),
                ListResponse[MessageAttemptEndpointOut],
                raw=self._raw,
                options=request_options,
                next_page=lambda cursor: _plain_method(
                    app_id=app_id,
                    msg_id=msg_id,
                    endpoint_id=endpoint_id,
                    limit=limit,
                    iterator=cursor,
                    channel=channel,
                    tag=tag,
                    status=status,
                    before=before,
                    after=after,
                    event_types=event_types,
                    request_options=request_options,
                ),
            ),
        )

    @deprecated(
        "list_by_endpoint_deprecated is deprecated: the API may remove it in a future version."
    )
    async def alist_by_endpoint_deprecated(
        self,
        *,
        app_id: str,
        msg_id: str,
        endpoint_id: str,
        limit: int | None = None,
        iterator: str | None = None,
        channel: str | None = None,
        tag: str | None = None,
        status: MessageStatus | MessageStatusValue | None = None,
        before: datetime | str | None = None,
        after: datetime | str | None = None,
        event_types: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListResponse[MessageAttemptEndpointOut]:
        """List Attempts For Endpoint

        DEPRECATED: please use list_attempts with endpoint_id as a query parameter instead.

        List the message attempts for a particular endpoint.

        Returning the endpoint.

        The `before` parameter lets you filter all items created before a certain date and is ignored if an iterator is passed.

        Note that by default this endpoint is limited to retrieving 90 days' worth of data
        relative to now or, if an iterator is provided, 90 days before/after the time indicated
        by the iterator ID. If you require data beyond those time ranges, you will need to explicitly
        set the `before` or `after` parameter as appropriate.

        Deprecated: this operation may be removed in a future version of the API.

        Args:
            app_id: The app's ID or UID
            msg_id: The msg's ID or UID
            endpoint_id: The ep's ID or UID
            limit: Limit the number of returned items
            iterator: The iterator returned from a prior invocation
            channel: Filter response based on the channel
            tag: Filter response based on the tag
            status: Filter response based on the delivery status
            before: Only include items created before a certain date
            after: Only include items created after a certain date
            event_types: Filter response based on the event type
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ListResponse[MessageAttemptEndpointOut]
        """
        _plain_method = self._plain.alist_by_endpoint_deprecated  # type: ignore[deprecated, unused-ignore]
        return cast(
            ListResponse[MessageAttemptEndpointOut],
            await self._client._arequest(
                _list_by_endpoint_deprecated_request(
                    app_id=app_id,
                    msg_id=msg_id,
                    endpoint_id=endpoint_id,
                    limit=limit,
                    iterator=iterator,
                    channel=channel,
                    tag=tag,
                    status=status,
                    before=before,
                    after=after,
                    event_types=event_types,
                ),
                ListResponse[MessageAttemptEndpointOut],
                raw=self._raw,
                options=request_options,
                next_page=lambda cursor: _plain_method(
                    app_id=app_id,
                    msg_id=msg_id,
                    endpoint_id=endpoint_id,
                    limit=limit,
                    iterator=cursor,
                    channel=channel,
                    tag=tag,
                    status=status,
                    before=before,
                    after=after,
                    event_types=event_types,
                    request_options=request_options,
                ),
            ),
        )

    def list_by_msg_attempted_destinations(
        self,
        *,
        app_id: str,
        msg_id: str,
        limit: int | None = None,
        iterator: str | None = None,
        status: MessageStatus | MessageStatusValue | None = None,
        status_code_class: StatusCodeClass | StatusCodeClassValue | None = None,
        channel: str | None = None,
        tag: str | None = None,
        endpoint_id: str | None = None,
        before: datetime | str | None = None,
        after: datetime | str | None = None,
        with_content: bool | None = None,
        event_types: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListResponse[MessageAttemptOut]:
        """List Attempts By Msg

        List attempts by message id

        Note that by default this endpoint is limited to retrieving 90 days' worth of data
        relative to now or, if an iterator is provided, 90 days before/after the time indicated
        by the iterator ID. If you require data beyond those time ranges, you will need to explicitly
        set the `before` or `after` parameter as appropriate.

        Args:
            app_id: The app's ID or UID
            msg_id: The msg's ID or UID
            limit: Limit the number of returned items
            iterator: The iterator returned from a prior invocation
            status: Filter response based on the delivery status
            status_code_class: Filter response based on the HTTP status code
            channel: Filter response based on the channel
            tag: Filter response based on the tag
            endpoint_id: Filter the attempts based on the attempted endpoint
            before: Only include items created before a certain date
            after: Only include items created after a certain date
            with_content: When `true` attempt content is included in the response
            event_types: Filter response based on the event type
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ListResponse[MessageAttemptOut]
        """
        return cast(
            ListResponse[MessageAttemptOut],
            self._client._request(
                _list_by_msg_attempted_destinations_request(
                    app_id=app_id,
                    msg_id=msg_id,
                    limit=limit,
                    iterator=iterator,
                    status=status,
                    status_code_class=status_code_class,
                    channel=channel,
                    tag=tag,
                    endpoint_id=endpoint_id,
                    before=before,
                    after=after,
                    with_content=with_content,
                    event_types=event_types,
                ),
                ListResponse[MessageAttemptOut],
                raw=self._raw,
                options=request_options,
                next_page=lambda cursor: self._plain.list_by_msg_attempted_destinations(
                    app_id=app_id,
                    msg_id=msg_id,
                    limit=limit,
                    iterator=cursor,
                    status=status,
                    status_code_class=status_code_class,
                    channel=channel,
                    tag=tag,
                    endpoint_id=endpoint_id,
                    before=before,
                    after=after,
                    with_content=with_content,
                    event_types=event_types,
                    request_options=request_options,
                ),
            ),
        )

    async def alist_by_msg_attempted_destinations(
        self,
        *,
        app_id: str,
        msg_id: str,
        limit: int | None = None,
        iterator: str | None = None,
        status: MessageStatus | MessageStatusValue | None = None,
        status_code_class: StatusCodeClass | StatusCodeClassValue | None = None,
        channel: str | None = None,
        tag: str | None = None,
        endpoint_id: str | None = None,
        before: datetime | str | None = None,
        after: datetime | str | None = None,
        with_content: bool | None = None,
        event_types: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListResponse[MessageAttemptOut]:
        """List Attempts By Msg

        List attempts by message id

        Note that by default this endpoint is limited to retrieving 90 days' worth of data
        relative to now or, if an iterator is provided, 90 days before/after the time indicated
        by the iterator ID. If you require data beyond those time ranges, you will need to explicitly
        set the `before` or `after` parameter as appropriate.

        Args:
            app_id: The app's ID or UID
            msg_id: The msg's ID or UID
            limit: Limit the number of returned items
            iterator: The iterator returned from a prior invocation
            status: Filter response based on the delivery status
            status_code_class: Filter response based on the HTTP status code
            channel: Filter response based on the channel
            tag: Filter response based on the tag
            endpoint_id: Filter the attempts based on the attempted endpoint
            before: Only include items created before a certain date
            after: Only include items created after a certain date
            with_content: When `true` attempt content is included in the response
            event_types: Filter response based on the event type
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ListResponse[MessageAttemptOut]
        """
        return cast(
            ListResponse[MessageAttemptOut],
            await self._client._arequest(
                _list_by_msg_attempted_destinations_request(
                    app_id=app_id,
                    msg_id=msg_id,
                    limit=limit,
                    iterator=iterator,
                    status=status,
                    status_code_class=status_code_class,
                    channel=channel,
                    tag=tag,
                    endpoint_id=endpoint_id,
                    before=before,
                    after=after,
                    with_content=with_content,
                    event_types=event_types,
                ),
                ListResponse[MessageAttemptOut],
                raw=self._raw,
                options=request_options,
                next_page=lambda cursor: self._plain.alist_by_msg_attempted_destinations(
                    app_id=app_id,
                    msg_id=msg_id,
                    limit=limit,
                    iterator=cursor,
                    status=status,
                    status_code_class=status_code_class,
                    channel=channel,
                    tag=tag,
                    endpoint_id=endpoint_id,
                    before=before,
                    after=after,
                    with_content=with_content,
                    event_types=event_types,
                    request_options=request_options,
                ),
            ),
        )

    @deprecated(
        "list_by_msg_attempted_destinations_0 is deprecated: the API may remove it in a future version."
    )
    def list_by_msg_attempted_destinations_0(
        self,
        *,
        app_id: str,
        msg_id: str,
        limit: int | None = None,
        iterator: str | None = None,
        endpoint_id: str | None = None,
        channel: str | None = None,
        tag: str | None = None,
        status: MessageStatus | MessageStatusValue | None = None,
        before: datetime | str | None = None,
        after: datetime | str | None = None,
        status_code_class: StatusCodeClass | StatusCodeClassValue | None = None,
        event_types: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListResponse[MessageAttemptOut]:
        """List Attempts

        Deprecated: Please use "List Attempts by Endpoint" and "List Attempts by Msg" instead.

        Note that by default this endpoint is limited to retrieving 90 days' worth of data
        relative to now or, if an iterator is provided, 90 days before/after the time indicated
        by the iterator ID. If you require data beyond those time ranges, you will need to explicitly
        set the `before` or `after` parameter as appropriate.

        `msg_id`: Use a message id or a message `eventId`

        Deprecated: this operation may be removed in a future version of the API.

        Args:
            app_id: The app's ID or UID
            msg_id: The msg's ID or UID
            limit: Limit the number of returned items
            iterator: The iterator returned from a prior invocation
            endpoint_id: Filter the attempts based on the attempted endpoint
            channel: Filter response based on the channel
            tag: Filter response based on the tag
            status: Filter response based on the delivery status
            before: Only include items created before a certain date
            after: Only include items created after a certain date
            status_code_class: Filter response based on the HTTP status code
            event_types: Filter response based on the event type
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ListResponse[MessageAttemptOut]
        """
        _plain_method = self._plain.list_by_msg_attempted_destinations_0  # type: ignore[deprecated, unused-ignore]
        return cast(
            ListResponse[MessageAttemptOut],
            self._client._request(
                _list_by_msg_attempted_destinations_0_request(
                    app_id=app_id,
                    msg_id=msg_id,
                    limit=limit,
                    iterator=iterator,
                    endpoint_id=endpoint_id,
                    channel=channel,
                    tag=tag,
                    status=status,
                    before=before,
                    after=after,
                    status_code_class=status_code_class,
                    event_types=event_types,
                ),
                ListResponse[MessageAttemptOut],
                raw=self._raw,
                options=request_options,
                next_page=lambda cursor: _plain_method(
                    app_id=app_id,
                    msg_id=msg_id,
                    limit=limit,
                    iterator=cursor,
                    endpoint_id=endpoint_id,
                    channel=channel,
                    tag=tag,
                    status=status,
                    before=before,
                    after=after,
                    status_code_class=status_code_class,
                    event_types=event_types,
                    request_options=request_options,
                ),
            ),
        )

    @deprecated(
        "list_by_msg_attempted_destinations_0 is deprecated: the API may remove it in a future version."
    )
    async def alist_by_msg_attempted_destinations_0(
        self,
        *,
        app_id: str,
        msg_id: str,
        limit: int | None = None,
        iterator: str | None = None,
        endpoint_id: str | None = None,
        channel: str | None = None,
        tag: str | None = None,
        status: MessageStatus | MessageStatusValue | None = None,
        before: datetime | str | None = None,
        after: datetime | str | None = None,
        status_code_class: StatusCodeClass | StatusCodeClassValue | None = None,
        event_types: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListResponse[MessageAttemptOut]:
        """List Attempts

        Deprecated: Please use "List Attempts by Endpoint" and "List Attempts by Msg" instead.

        Note that by default this endpoint is limited to retrieving 90 days' worth of data
        relative to now or, if an iterator is provided, 90 days before/after the time indicated
        by the iterator ID. If you require data beyond those time ranges, you will need to explicitly
        set the `before` or `after` parameter as appropriate.

        `msg_id`: Use a message id or a message `eventId`

        Deprecated: this operation may be removed in a future version of the API.

        Args:
            app_id: The app's ID or UID
            msg_id: The msg's ID or UID
            limit: Limit the number of returned items
            iterator: The iterator returned from a prior invocation
            endpoint_id: Filter the attempts based on the attempted endpoint
            channel: Filter response based on the channel
            tag: Filter response based on the tag
            status: Filter response based on the delivery status
            before: Only include items created before a certain date
            after: Only include items created after a certain date
            status_code_class: Filter response based on the HTTP status code
            event_types: Filter response based on the event type
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ListResponse[MessageAttemptOut]
        """
        _plain_method = self._plain.alist_by_msg_attempted_destinations_0  # type: ignore[deprecated, unused-ignore]
        return cast(
            ListResponse[MessageAttemptOut],
            await self._client._arequest(
                _list_by_msg_attempted_destinations_0_request(
                    app_id=app_id,
                    msg_id=msg_id,
                    limit=limit,
                    iterator=iterator,
                    endpoint_id=endpoint_id,
                    channel=channel,
                    tag=tag,
                    status=status,
                    before=before,
                    after=after,
                    status_code_class=status_code_class,
                    event_types=event_types,
                ),
                ListResponse[MessageAttemptOut],
                raw=self._raw,
                options=request_options,
                next_page=lambda cursor: _plain_method(
                    app_id=app_id,
                    msg_id=msg_id,
                    limit=limit,
                    iterator=cursor,
                    endpoint_id=endpoint_id,
                    channel=channel,
                    tag=tag,
                    status=status,
                    before=before,
                    after=after,
                    status_code_class=status_code_class,
                    event_types=event_types,
                    request_options=request_options,
                ),
            ),
        )

    def resend_message_to_endpoint(
        self,
        *,
        app_id: str,
        msg_id: str,
        endpoint_id: str,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Resend Webhook

        Resend a message to the specified endpoint.

        Args:
            app_id: The app's ID or UID
            msg_id: The msg's ID or UID
            endpoint_id: The ep's ID or UID
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            self._client._request(
                _resend_message_to_endpoint_request(
                    app_id=app_id,
                    msg_id=msg_id,
                    endpoint_id=endpoint_id,
                    idempotency_key=idempotency_key,
                ),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def aresend_message_to_endpoint(
        self,
        *,
        app_id: str,
        msg_id: str,
        endpoint_id: str,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Resend Webhook

        Resend a message to the specified endpoint.

        Args:
            app_id: The app's ID or UID
            msg_id: The msg's ID or UID
            endpoint_id: The ep's ID or UID
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            await self._client._arequest(
                _resend_message_to_endpoint_request(
                    app_id=app_id,
                    msg_id=msg_id,
                    endpoint_id=endpoint_id,
                    idempotency_key=idempotency_key,
                ),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )


class MessageAttemptApiRaw:
    """`MessageAttemptApi` methods that return `RawResponse` objects."""

    def __init__(self, api: MessageAttemptApi) -> None:
        self.delete_response_body = to_raw(api.delete_response_body)
        self.adelete_response_body = to_raw_async(api.adelete_response_body)
        self.get_by_destination = to_raw(api.get_by_destination)
        self.aget_by_destination = to_raw_async(api.aget_by_destination)
        self.list_attempted_destinations = to_raw(api.list_attempted_destinations)
        self.alist_attempted_destinations = to_raw_async(
            api.alist_attempted_destinations
        )
        self.list_attempted_messages = to_raw(api.list_attempted_messages)
        self.alist_attempted_messages = to_raw_async(api.alist_attempted_messages)
        self.list_by_endpoint = to_raw(api.list_by_endpoint)
        self.alist_by_endpoint = to_raw_async(api.alist_by_endpoint)
        self.list_by_msg_attempted_destinations = to_raw(
            api.list_by_msg_attempted_destinations
        )
        self.alist_by_msg_attempted_destinations = to_raw_async(
            api.alist_by_msg_attempted_destinations
        )
        self.resend_message_to_endpoint = to_raw(api.resend_message_to_endpoint)
        self.aresend_message_to_endpoint = to_raw_async(api.aresend_message_to_endpoint)
        # declared below instead, where type checkers see (and report) deprecated uses
        if not TYPE_CHECKING:
            self.list_by_endpoint_deprecated = to_raw(api.list_by_endpoint_deprecated)
            self.alist_by_endpoint_deprecated = to_raw_async(
                api.alist_by_endpoint_deprecated
            )
            self.list_by_msg_attempted_destinations_0 = to_raw(
                api.list_by_msg_attempted_destinations_0
            )
            self.alist_by_msg_attempted_destinations_0 = to_raw_async(
                api.alist_by_msg_attempted_destinations_0
            )

    if TYPE_CHECKING:

        @deprecated(
            "list_by_endpoint_deprecated is deprecated: the API may remove it in a future version."
        )
        def list_by_endpoint_deprecated(
            self,
            *,
            app_id: str,
            msg_id: str,
            endpoint_id: str,
            limit: int | None = None,
            iterator: str | None = None,
            channel: str | None = None,
            tag: str | None = None,
            status: MessageStatus | MessageStatusValue | None = None,
            before: datetime | str | None = None,
            after: datetime | str | None = None,
            event_types: Sequence[str] | None = None,
            request_options: RequestOptions | None = None,
        ) -> RawResponse[ListResponse[MessageAttemptEndpointOut]]: ...

        @deprecated(
            "list_by_endpoint_deprecated is deprecated: the API may remove it in a future version."
        )
        async def alist_by_endpoint_deprecated(
            self,
            *,
            app_id: str,
            msg_id: str,
            endpoint_id: str,
            limit: int | None = None,
            iterator: str | None = None,
            channel: str | None = None,
            tag: str | None = None,
            status: MessageStatus | MessageStatusValue | None = None,
            before: datetime | str | None = None,
            after: datetime | str | None = None,
            event_types: Sequence[str] | None = None,
            request_options: RequestOptions | None = None,
        ) -> RawResponse[ListResponse[MessageAttemptEndpointOut]]: ...

        @deprecated(
            "list_by_msg_attempted_destinations_0 is deprecated: the API may remove it in a future version."
        )
        def list_by_msg_attempted_destinations_0(
            self,
            *,
            app_id: str,
            msg_id: str,
            limit: int | None = None,
            iterator: str | None = None,
            endpoint_id: str | None = None,
            channel: str | None = None,
            tag: str | None = None,
            status: MessageStatus | MessageStatusValue | None = None,
            before: datetime | str | None = None,
            after: datetime | str | None = None,
            status_code_class: StatusCodeClass | StatusCodeClassValue | None = None,
            event_types: Sequence[str] | None = None,
            request_options: RequestOptions | None = None,
        ) -> RawResponse[ListResponse[MessageAttemptOut]]: ...

        @deprecated(
            "list_by_msg_attempted_destinations_0 is deprecated: the API may remove it in a future version."
        )
        async def alist_by_msg_attempted_destinations_0(
            self,
            *,
            app_id: str,
            msg_id: str,
            limit: int | None = None,
            iterator: str | None = None,
            endpoint_id: str | None = None,
            channel: str | None = None,
            tag: str | None = None,
            status: MessageStatus | MessageStatusValue | None = None,
            before: datetime | str | None = None,
            after: datetime | str | None = None,
            status_code_class: StatusCodeClass | StatusCodeClassValue | None = None,
            event_types: Sequence[str] | None = None,
            request_options: RequestOptions | None = None,
        ) -> RawResponse[ListResponse[MessageAttemptOut]]: ...
