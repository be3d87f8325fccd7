"""Event types are identifiers denoting the type of the message being sent. They are primarily used to decide which events are sent to which endpoint."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, cast

from .._base_client import Request
from .._encoding import encode_body, format_path
from .._resource import BaseResource, to_raw, to_raw_async
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..models.event_type_import_open_api_in import EventTypeImportOpenApiIn
from ..models.event_type_import_open_api_out import EventTypeImportOpenApiOut
from ..models.event_type_in import EventTypeIn
from ..models.event_type_out import EventTypeOut
from ..models.event_type_patch import EventTypePatch
from ..models.event_type_update import EventTypeUpdate
from ..models.list_response import ListResponse
from ..models.ordering import Ordering, OrderingValue


def _archive_type_request(
    *,
    event_type_name: Any,
    expunge: Any,
) -> Request:
    return Request(
        method="DELETE",
        path=format_path(
            "/api/v1/event-type/{event_type_name}", {"event_type_name": event_type_name}
        ),
        query=[("expunge", expunge)],
        security=(("HTTPBearer",),),
        response_kind="empty",
    )


def _create_or_update_request(
    *,
    description: Any,
    name: Any,
    archived: Any,
    schemas: Any,
    feature_flag: Any,
    idempotency_key: Any,
) -> Request:
    return Request(
        method="POST",
        path="/api/v1/event-type",
        headers=[("idempotency-key", idempotency_key)],
        json=encode_body(
            EventTypeIn,
            {
                "description": description,
                "name": name,
                "archived": archived,
                "schemas": schemas,
                "feature_flag": feature_flag,
            },
        ),
        content_type="application/json",
        security=(("HTTPBearer",),),
        idempotency_header="idempotency-key",
    )


def _get_by_name_request(
    *,
    event_type_name: Any,
) -> Request:
    return Request(
        method="GET",
        path=format_path(
            "/api/v1/event-type/{event_type_name}", {"event_type_name": event_type_name}
        ),
        security=(("HTTPBearer",),),
    )


def _get_list_request(
    *,
    limit: Any,
    iterator: Any,
    order: Any,
    include_archived: Any,
    with_content: Any,
) -> Request:
    return Request(
        method="GET",
        path="/api/v1/event-type",
        query=[
            ("limit", limit),
            ("iterator", iterator),
            ("order", order),
            ("include_archived", include_archived),
            ("with_content", with_content),
        ],
        security=(("HTTPBearer",),),
    )


def _import_from_openapi_request(
    *,
    spec: Any,
    spec_raw: Any,
    idempotency_key: Any,
) -> Request:
    return Request(
        method="POST",
        path="/api/v1/event-type/import/openapi",
        headers=[("idempotency-key", idempotency_key)],
        json=encode_body(
            EventTypeImportOpenApiIn, {"spec": spec, "spec_raw": spec_raw}
        ),
        content_type="application/json",
        security=(("HTTPBearer",),),
        idempotency_header="idempotency-key",
    )


def _partially_update_type_request(
    *,
    event_type_name: Any,
    description: Any,
    archived: Any,
    schemas: Any,
    feature_flag: Any,
) -> Request:
    return Request(
        method="PATCH",
        path=format_path(
            "/api/v1/event-type/{event_type_name}", {"event_type_name": event_type_name}
        ),
        json=encode_body(
            EventTypePatch,
            {
                "description": description,
                "archived": archived,
                "schemas": schemas,
                "feature_flag": feature_flag,
            },
        ),
        content_type="application/json",
        security=(("HTTPBearer",),),
    )


def _update_type_request(
    *,
    event_type_name: Any,
    description: Any,
    archived: Any,
    schemas: Any,
    feature_flag: Any,
) -> Request:
    return Request(
        method="PUT",
        path=format_path(
            "/api/v1/event-type/{event_type_name}", {"event_type_name": event_type_name}
        ),
        json=encode_body(
            EventTypeUpdate,
            {
                "description": description,
                "archived": archived,
                "schemas": schemas,
                "feature_flag": feature_flag,
            },
        ),
        content_type="application/json",
        security=(("HTTPBearer",),),
    )


class EventTypeApi(BaseResource):
    """Event types are identifiers denoting the type of the message being sent. They are primarily used to decide which events are sent to which endpoint."""

    @cached_property
    def raw(self) -> EventTypeApiRaw:
        """The same methods, returning the raw HTTP response (status, headers, body)."""
        return EventTypeApiRaw(self._raw_twin())

    def archive_type(
        self,
        *,
        event_type_name: str,
        expunge: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Event Type

        Archive an event type.

        Endpoints already configured to filter on an event type will continue to do so after archival.
        However, new messages can not be sent with it and endpoints can not filter on it.
        An event type can be unarchived with the
        [create operation](#operation/v1.event-type.create).

        Args:
            event_type_name: The event type's name
            expunge: By default event types are archived when "deleted". Passing this to `true` deletes them entirely.
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            self._client._request(
                _archive_type_request(event_type_name=event_type_name, expunge=expunge),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def aarchive_type(
        self,
        *,
        event_type_name: str,
        expunge: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Event Type

        Archive an event type.

        Endpoints already configured to filter on an event type will continue to do so after archival.
        However, new messages can not be sent with it and endpoints can not filter on it.
        An event type can be unarchived with the
        [create operation](#operation/v1.event-type.create).

        Args:
            event_type_name: The event type's name
            expunge: By default event types are archived when "deleted". Passing this to `true` deletes them entirely.
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            await self._client._arequest(
                _archive_type_request(event_type_name=event_type_name, expunge=expunge),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )

    def create_or_update(
        self,
        *,
        description: str,
        name: str,
        archived: bool | NotGiven = NOT_GIVEN,
        schemas: Mapping[str, Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
        feature_flag: str | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> EventTypeOut:
        """Create Event Type

        Create new or unarchive existing event type.

        Unarchiving an event type will allow endpoints to filter on it and messages to be sent with it.
        Endpoints filtering on the event type before archival will continue to filter on it.
        This operation does not preserve the description and schemas.

        Args:
            name: The event type's name
            schemas: The schema for the event type for a specific version as a JSON schema.
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            EventTypeOut
        """
        return cast(
            EventTypeOut,
            self._client._request(
                _create_or_update_request(
                    description=description,
                    name=name,
                    archived=archived,
                    schemas=schemas,
                    feature_flag=feature_flag,
                    idempotency_key=idempotency_key,
                ),
                EventTypeOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def acreate_or_update(
        self,
        *,
        description: str,
        name: str,
        archived: bool | NotGiven = NOT_GIVEN,
        schemas: Mapping[str, Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
        feature_flag: str | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> EventTypeOut:
        """Create Event Type

        Create new or unarchive existing event type.

        Unarchiving an event type will allow endpoints to filter on it and messages to be sent with it.
        Endpoints filtering on the event type before archival will continue to filter on it.
        This operation does not preserve the description and schemas.

        Args:
            name: The event type's name
            schemas: The schema for the event type for a specific version as a JSON schema.
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            EventTypeOut
        """
        return cast(
            EventTypeOut,
            await self._client._arequest(
                _create_or_update_request(
                    description=description,
                    name=name,
                    archived=archived,
                    schemas=schemas,
                    feature_flag=feature_flag,
                    idempotency_key=idempotency_key,
                ),
                EventTypeOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    def get_by_name(
        self,
        *,
        event_type_name: str,
        request_options: RequestOptions | None = None,
    ) -> EventTypeOut:
        """Get Event Type

        Get an event type.

        Args:
            event_type_name: The event type's name
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            EventTypeOut
        """
        return cast(
            EventTypeOut,
            self._client._request(
                _get_by_name_request(event_type_name=event_type_name),
                EventTypeOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def aget_by_name(
        self,
        *,
        event_type_name: str,
        request_options: RequestOptions | None = None,
    ) -> EventTypeOut:
        """Get Event Type

        Get an event type.

        Args:
            event_type_name: The event type's name
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            EventTypeOut
        """
        return cast(
            EventTypeOut,
            await self._client._arequest(
                _get_by_name_request(event_type_name=event_type_name),
                EventTypeOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    def get_list(
        self,
        *,
        limit: int | None = None,
        iterator: str | None = None,
        order: Ordering | OrderingValue | None = None,
        include_archived: bool | None = None,
        with_content: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListResponse[EventTypeOut]:
        """List Event Types

        Return the list of event types.

        Args:
            limit: Limit the number of returned items
            iterator: The iterator returned from a prior invocation
            order: The sorting order of the returned items
            include_archived: When `true` archived (deleted but not expunged) items are included in the response
            with_content: When `true` the full item (including the schema) is included in the response
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ListResponse[EventTypeOut]
        """
        return cast(
            ListResponse[EventTypeOut],
            self._client._request(
                _get_list_request(
                    limit=limit,
                    iterator=iterator,
                    order=order,
                    include_archived=include_archived,
                    with_content=with_content,
                ),
                ListResponse[EventTypeOut],
                raw=self._raw,
                options=request_options,
                next_page=lambda cursor: self._plain.get_list(
                    limit=limit,
                    iterator=cursor,
                    order=order,
                    include_archived=include_archived,
                    with_content=with_content,
                    request_options=request_options,
                ),
            ),
        )

    async def aget_list(
        self,
        *,
        limit: int | None = None,
        iterator: str | None = None,
        order: Ordering | OrderingValue | None = None,
        include_archived: bool | None = None,
        with_content: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListResponse[EventTypeOut]:
        """List Event Types

        Return the list of event types.

        Args:
            limit: Limit the number of returned items
            iterator: The iterator returned from a prior invocation
            order: The sorting order of the returned items
            include_archived: When `true` archived (deleted but not expunged) items are included in the response
            with_content: When `true` the full item (including the schema) is included in the response
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ListResponse[EventTypeOut]
        """
        return cast(
            ListResponse[EventTypeOut],
            await self._client._arequest(
                _get_list_request(
                    limit=limit,
                    iterator=iterator,
                    order=order,
                    include_archived=include_archived,
                    with_content=with_content,
                ),
                ListResponse[EventTypeOut],
                raw=self._raw,
                options=request_options,
                next_page=lambda cursor: self._plain.aget_list(
                    limit=limit,
                    iterator=cursor,
                    order=order,
                    include_archived=include_archived,
                    with_content=with_content,
                    request_options=request_options,
                ),
            ),
        )

    def import_from_openapi(
        self,
        *,
        spec: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        spec_raw: str | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> EventTypeImportOpenApiOut:
        """Event Type Import From OpenAPI

        Given an OpenAPI spec, create new or update existing event types.

        If an existing `archived` event type is updated, it will be unarchived.
        The importer will convert all webhooks found in either the `webhooks` or `x-webhooks`
        top-level.

        Args:
            spec: A pre-parsed JSON spec.
            spec_raw: A string, parsed by the server as YAML or JSON.
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            EventTypeImportOpenApiOut
        """
        return cast(
            EventTypeImportOpenApiOut,
            self._client._request(
                _import_from_openapi_request(
                    spec=spec, spec_raw=spec_raw, idempotency_key=idempotency_key
                ),
                EventTypeImportOpenApiOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def aimport_from_openapi(
        self,
        *,
        spec: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        spec_raw: str | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> EventTypeImportOpenApiOut:
        """Event Type Import From OpenAPI

        Given an OpenAPI spec, create new or update existing event types.

        If an existing `archived` event type is updated, it will be unarchived.
        The importer will convert all webhooks found in either the `webhooks` or `x-webhooks`
        top-level.

        Args:
            spec: A pre-parsed JSON spec.
            spec_raw: A string, parsed by the server as YAML or JSON.
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            EventTypeImportOpenApiOut
        """
        return cast(
            EventTypeImportOpenApiOut,
            await self._client._arequest(
                _import_from_openapi_request(
                    spec=spec, spec_raw=spec_raw, idempotency_key=idempotency_key
                ),
                EventTypeImportOpenApiOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    def partially_update_type(
        self,
        *,
        event_type_name: str,
        description: str | NotGiven = NOT_GIVEN,
        archived: bool | NotGiven = NOT_GIVEN,
        schemas: Mapping[str, Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
        feature_flag: str | None | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> EventTypeOut:
        """Patch Event Type

        Partially update an event type.

        Args:
            event_type_name: The event type's name
            schemas: The schema for the event type for a specific version as a JSON schema.
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            EventTypeOut
        """
        return cast(
            EventTypeOut,
            self._client._request(
                _partially_update_type_request(
                    event_type_name=event_type_name,
                    description=description,
                    archived=archived,
                    schemas=schemas,
                    feature_flag=feature_flag,
                ),
                EventTypeOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def apartially_update_type(
        self,
        *,
        event_type_name: str,
        description: str | NotGiven = NOT_GIVEN,
        archived: bool | NotGiven = NOT_GIVEN,
        schemas: Mapping[str, Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
        feature_flag: str | None | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> EventTypeOut:
        """Patch Event Type

        Partially update an event type.

        Args:
            event_type_name: The event type's name
            schemas: The schema for the event type for a specific version as a JSON schema.
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            EventTypeOut
        """
        return cast(
            EventTypeOut,
            await self._client._arequest(
                _partially_update_type_request(
                    event_type_name=event_type_name,
                    description=description,
                    archived=archived,
                    schemas=schemas,
                    feature_flag=feature_flag,
                ),
                EventTypeOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    def update_type(
        self,
        *,
        event_type_name: str,
        description: str,
        archived: bool | NotGiven = NOT_GIVEN,
        schemas: Mapping[str, Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
        feature_flag: str | None | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> EventTypeOut:
        """Update Event Type

        Update an event type.

        Args:
            event_type_name: The event type's name
            schemas: The schema for the event type for a specific version as a JSON schema.
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            EventTypeOut
        """
        return cast(
            EventTypeOut,
            self._client._request(
                _update_type_request(
                    event_type_name=event_type_name,
                    description=description,
                    archived=archived,
                    schemas=schemas,
                    feature_flag=feature_flag,
                ),
                EventTypeOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def aupdate_type(
        self,
        *,
        event_type_name: str,
        description: str,
        archived: bool | NotGiven = NOT_GIVEN,
        schemas: Mapping[str, Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
        feature_flag: str | None | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> EventTypeOut:
        """Update Event Type

        Update an event type.

        Args:
            event_type_name: The event type's name
            schemas: The schema for the event type for a specific version as a JSON schema.
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            EventTypeOut
        """
        return cast(
            EventTypeOut,
            await self._client._arequest(
                _update_type_request(
                    event_type_name=event_type_name,
                    description=description,
                    archived=archived,
                    schemas=schemas,
                    feature_flag=feature_flag,
                ),
                EventTypeOut,
                raw=self._raw,
                options=request_options,
            ),
        )


class EventTypeApiRaw:
    """`EventTypeApi` methods that return `RawResponse` objects."""

    def __init__(self, api: EventTypeApi) -> None:
        self.archive_type = to_raw(api.archive_type)
        self.aarchive_type = to_raw_async(api.aarchive_type)
        self.create_or_update = to_raw(api.create_or_update)
        self.acreate_or_update = to_raw_async(api.acreate_or_update)
        self.get_by_name = to_raw(api.get_by_name)
        self.aget_by_name = to_raw_async(api.aget_by_name)
        self.get_list = to_raw(api.get_list)
        self.aget_list = to_raw_async(api.aget_list)
        self.import_from_openapi = to_raw(api.import_from_openapi)
        self.aimport_from_openapi = to_raw_async(api.aimport_from_openapi)
        self.partially_update_type = to_raw(api.partially_update_type)
        self.apartially_update_type = to_raw_async(api.apartially_update_type)
        self.update_type = to_raw(api.update_type)
        self.aupdate_type = to_raw_async(api.aupdate_type)
