"""Messages are the webhooks being sent. They can have contents and a few other properties."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from .._base_client import Request
from .._encoding import encode_body, format_path
from .._resource import BaseResource, to_raw, to_raw_async
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..models.application_in import ApplicationIn
from ..models.list_response import ListResponse
from ..models.message_in import MessageIn
from ..models.message_out import MessageOut

if TYPE_CHECKING:
    from ..models.application_in import ApplicationInParam


def _create_new_request(
    *,
    app_id: Any,
    event_type: Any,
    payload: Any,
    tags: Any,
    event_id: Any,
    channels: Any,
    payload_retention_period: Any,
    application: Any,
    transformations_params: Any,
    with_content: Any,
    idempotency_key: Any,
) -> Request:
    return Request(
        method="POST",
        path=format_path("/api/v1/app/{app_id}/msg", {"app_id": app_id}),
        query=[("with_content", with_content)],
        headers=[("idempotency-key", idempotency_key)],
        json=encode_body(
            MessageIn,
            {
                "event_type": event_type,
                "payload": payload,
                "tags": tags,
                "event_id": event_id,
                "channels": channels,
                "payload_retention_period": payload_retention_period,
                "application": application,
                "transformations_params": transformations_params,
            },
        ),
        content_type="application/json",
        security=(("HTTPBearer",),),
        idempotency_header="idempotency-key",
    )


def _delete_payload_request(
    *,
    app_id: Any,
    msg_id: Any,
) -> Request:
    return Request(
        method="DELETE",
        path=format_path(
            "/api/v1/app/{app_id}/msg/{msg_id}/content",
            {"app_id": app_id, "msg_id": msg_id},
        ),
        security=(("HTTPBearer",),),
        response_kind="empty",
    )


def _get_by_id_or_event_id_request(
    *,
    app_id: Any,
    msg_id: Any,
    with_content: Any,
) -> Request:
    return Request(
        method="GET",
        path=format_path(
            "/api/v1/app/{app_id}/msg/{msg_id}", {"app_id": app_id, "msg_id": msg_id}
        ),
        query=[("with_content", with_content)],
        security=(("HTTPBearer",),),
    )


def _list_all_messages_request(
    *,
    app_id: Any,
    limit: Any,
    iterator: Any,
    channel: Any,
    before: Any,
    after: Any,
    with_content: Any,
    tag: Any,
    event_types: Any,
) -> Request:
    return Request(
        method="GET",
        path=format_path("/api/v1/app/{app_id}/msg", {"app_id": app_id}),
        query=[
            ("limit", limit),
            ("iterator", iterator),
            ("channel", channel),
            ("before", before),
            ("after", after),
            ("with_content", with_content),
            ("tag", tag),
            ("event_types", event_types),
        ],
        security=(("HTTPBearer",),),
    )


class MessageApi(BaseResource):
    """Messages are the webhooks being sent. They can have contents and a few other properties."""

    @cached_property
    def raw(self) -> MessageApiRaw:
        """The same methods, returning the raw HTTP response (status, headers, body)."""
        return MessageApiRaw(self._raw_twin())

    def create_new(
        self,
        *,
        app_id: str,
        event_type: str,
        payload: Mapping[str, Any],
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        event_id: str | None | NotGiven = NOT_GIVEN,
        channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
        payload_retention_period: int | NotGiven = NOT_GIVEN,
        application: ApplicationIn | ApplicationInParam | None | NotGiven = NOT_GIVEN,
        transformations_params: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        with_content: bool | None = None,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MessageOut:
        """Create Message

        Creates a new message and dispatches it to all of the application's endpoints.

        The `eventId` is an optional custom unique ID. It's verified to be unique only up to a day, after that no verification will be made.
        If a message with the same `eventId` already exists for any application in your environment, a 409 conflict error will be returned.

        The `eventType` indicates the type and schema of the event. All messages of a certain `eventType` are expected to have the same schema. Endpoints can choose to only listen to specific event types.
        Messages can also have `channels`, which similar to event types let endpoints filter by them. Unlike event types, messages can have multiple channels, and channels don't imply a specific message content or schema.

        The `payload` property is the webhook's body (the actual webhook message). Svix supports payload sizes of up to ~350kb, though it's generally a good idea to keep webhook payloads small, probably no larger than 40kb.

        Args:
            app_id: The app's ID or UID
            event_type: The event type's name
            tags: List of free-form tags that can be filtered by when listing messages
            event_id: Optional unique identifier for the message
            channels: List of free-form identifiers that endpoints can filter by
            application: Optionally creates a new application alongside the message. If the application id or uid that is used in the path already exists, this argument is ignored.
            transformations_params: Extra parameters to pass to Transformations (for future use)
            with_content: When `true` message payloads are included in the response
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            MessageOut
        """
        return cast(
            MessageOut,
            self._client._request(
                _create_new_request(
                    app_id=app_id,
                    event_type=event_type,
                    payload=payload,
                    tags=tags,
                    event_id=event_id,
                    channels=channels,
                    payload_retention_period=payload_retention_period,
                    application=application,
                    transformations_params=transformations_params,
                    with_content=with_content,
                    idempotency_key=idempotency_key,
                ),
                MessageOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def acreate_new(
        self,
        *,
        app_id: str,
        event_type: str,
        payload: Mapping[str, Any],
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        event_id: str | None | NotGiven = NOT_GIVEN,
        channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
        payload_retention_period: int | NotGiven = NOT_GIVEN,
        application: ApplicationIn | ApplicationInParam | None | NotGiven = NOT_GIVEN,
        transformations_params: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        with_content: bool | None = None,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MessageOut:
        """Create Message

        Creates a new message and dispatches it to all of the application's endpoints.

        The `eventId` is an optional custom unique ID. It's verified to be unique only up to a day, after that no verification will be made.
        If a message with the same `eventId` already exists for any application in your environment, a 409 conflict error will be returned.

        The `eventType` indicates the type and schema of the event. All messages of a certain `eventType` are expected to have the same schema. Endpoints can choose to only listen to specific event types.
        Messages can also have `channels`, which similar to event types let endpoints filter by them. Unlike event types, messages can have multiple channels, and channels don't imply a specific message content or schema.

        The `payload` property is the webhook's body (the actual webhook message). Svix supports payload sizes of up to ~350kb, though it's generally a good idea to keep webhook payloads small, probably no larger than 40kb.

        Args:
            app_id: The app's ID or UID
            event_type: The event type's name
            tags: List of free-form tags that can be filtered by when listing messages
            event_id: Optional unique identifier for the message
            channels: List of free-form identifiers that endpoints can filter by
            application: Optionally creates a new application alongside the message. If the application id or uid that is used in the path already exists, this argument is ignored.
            transformations_params: Extra parameters to pass to Transformations (for future use)
            with_content: When `true` message payloads are included in the response
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            MessageOut
        """
        return cast(
            MessageOut,
            await self._client._arequest(
                _create_new_request(
                    app_id=app_id,
                    event_type=event_type,
                    payload=payload,
                    tags=tags,
                    event_id=event_id,
                    channels=channels,
                    payload_retention_period=payload_retention_period,
                    application=application,
                    transformations_params=transformations_params,
                    with_content=with_content,
                    idempotency_key=idempotency_key,
                ),
                MessageOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    def delete_payload(
        self,
        *,
        app_id: str,
        msg_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Message Payload

        Delete the given message's payload. Useful in cases when a message was accidentally sent with sensitive content.

        The message can't be replayed or resent once its payload has been deleted or expired.

        Args:
            app_id: The app's ID or UID
            msg_id: The msg's ID or UID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            self._client._request(
                _delete_payload_request(app_id=app_id, msg_id=msg_id),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def adelete_payload(
        self,
        *,
        app_id: str,
        msg_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Message Payload

        Delete the given message's payload. Useful in cases when a message was accidentally sent with sensitive content.

        The message can't be replayed or resent once its payload has been deleted or expired.

        Args:
            app_id: The app's ID or UID
            msg_id: The msg's ID or UID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            await self._client._arequest(
                _delete_payload_request(app_id=app_id, msg_id=msg_id),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )

    def get_by_id_or_event_id(
        self,
        *,
        app_id: str,
        msg_id: str,
        with_content: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> MessageOut:
        """Get Message

        Get a message by its ID or eventID.

        Args:
            app_id: The app's ID or UID
            msg_id: The msg's ID or UID
            with_content: When `true` message payloads are included in the response
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            MessageOut
        """
        return cast(
            MessageOut,
            self._client._request(
                _get_by_id_or_event_id_request(
                    app_id=app_id, msg_id=msg_id, with_content=with_content
                ),
                MessageOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def aget_by_id_or_event_id(
        self,
        *,
        app_id: str,
        msg_id: str,
        with_content: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> MessageOut:
        """Get Message

        Get a message by its ID or eventID.

        Args:
            app_id: The app's ID or UID
            msg_id: The msg's ID or UID
            with_content: When `true` message payloads are included in the response
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            MessageOut
        """
        return cast(
            MessageOut,
            await self._client._arequest(
                _get_by_id_or_event_id_request(
                    app_id=app_id, msg_id=msg_id, with_content=with_content
                ),
                MessageOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    def list_all_messages(
        self,
        *,
        app_id: str,
        limit: int | None = None,
        iterator: str | None = None,
        channel: str | None = None,
        before: datetime | str | None = None,
        after: datetime | str | None = None,
        with_content: bool | None = None,
        tag: str | None = None,
        event_types: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListResponse[MessageOut]:
        """List Messages

        List all of the application's messages.

        The `before` and `after` parameters let you filter all items created before or after a certain date. These can be used alongside an iterator to paginate over results
        within a certain window.

        Note that by default this endpoint is limited to retrieving 90 days' worth of data
        relative to now or, if an iterator is provided, 90 days before/after the time indicated
        by the iterator ID. If you require data beyond those time ranges, you will need to explicitly
        set the `before` or `after` parameter as appropriate.

        Args:
            app_id: The app's ID or UID
            limit: Limit the number of returned items
            iterator: The iterator returned from a prior invocation
            channel: Filter response based on the channel
            before: Only include items created before a certain date
            after: Only include items created after a certain date
            with_content: When `true` message payloads are included in the response
            tag: Filter messages matching the provided tag
            event_types: Filter response based on the event type
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ListResponse[MessageOut]
        """
        return cast(
            ListResponse[MessageOut],
            self._client._request(
                _list_all_messages_request(
                    app_id=app_id,
                    limit=limit,
                    iterator=iterator,
                    channel=channel,
                    before=before,
                    after=after,
                    with_content=with_content,
                    tag=tag,
                    event_types=event_types,
                ),
                ListResponse[MessageOut],
                raw=self._raw,
                options=request_options,
                next_page=lambda cursor: self._plain.list_all_messages(
                    app_id=app_id,
                    limit=limit,
                    iterator=cursor,
                    channel=channel,
                    before=before,
                    after=after,
                    with_content=with_content,
                    tag=tag,
                    event_types=event_types,
                    request_options=request_options,
                ),
            ),
        )

    async def alist_all_messages(
        self,
        *,
        app_id: str,
        limit: int | None = None,
        iterator: str | None = None,
        channel: str | None = None,
        before: datetime | str | None = None,
        after: datetime | str | None = None,
        with_content: bool | None = None,
        tag: str | None = None,
        event_types: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListResponse[MessageOut]:
        """List Messages

        List all of the application's messages.

        The `before` and `after` parameters let you filter all items created before or after a certain date. These can be used alongside an iterator to paginate over results
        within a certain window.

        Note that by default this endpoint is limited to retrieving 90 days' worth of data
        relative to now or, if an iterator is provided, 90 days before/after the time indicated
        by the iterator ID. If you require data beyond those time ranges, you will need to explicitly
        set the `before` or `after` parameter as appropriate.

        Args:
            app_id: The app's ID or UID
            limit: Limit the number of returned items
            iterator: The iterator returned from a prior invocation
            channel: Filter response based on the channel
            before: Only include items created before a certain date
            after: Only include items created after a certain date
            with_content: When `true` message payloads are included in the response
            tag: Filter messages matching the provided tag
            event_types: Filter response based on the event type
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ListResponse[MessageOut]
        """
        return cast(
            ListResponse[MessageOut],
            await self._client._arequest(
                _list_all_messages_request(
                    app_id=app_id,
                    limit=limit,
                    iterator=iterator,
                    channel=channel,
                    before=before,
                    after=after,
                    with_content=with_content,
                    tag=tag,
                    event_types=event_types,
                ),
                ListResponse[MessageOut],
                raw=self._raw,
                options=request_options,
                next_page=lambda cursor: self._plain.alist_all_messages(
                    app_id=app_id,
                    limit=limit,
                    iterator=cursor,
                    channel=channel,
                    before=before,
                    after=after,
                    with_content=with_content,
                    tag=tag,
                    event_types=event_types,
                    request_options=request_options,
                ),
            ),
        )


class MessageApiRaw:
    """`MessageApi` methods that return `RawResponse` objects."""

    def __init__(self, api: MessageApi) -> None:
        self.create_new = to_raw(api.create_new)
        self.acreate_new = to_raw_async(api.acreate_new)
        self.delete_payload = to_raw(api.delete_payload)
        self.adelete_payload = to_raw_async(api.adelete_payload)
        self.get_by_id_or_event_id = to_raw(api.get_by_id_or_event_id)
        self.aget_by_id_or_event_id = to_raw_async(api.aget_by_id_or_event_id)
        self.list_all_messages = to_raw(api.list_all_messages)
        self.alist_all_messages = to_raw_async(api.alist_all_messages)
