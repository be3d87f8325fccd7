"""Endpoints are the URLs messages will be sent to. Each message sent to an application is sent to all of its endpoints, unless they are not subscribed to the sent event type."""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast, overload

from typing_extensions import deprecated

from .._base_client import Request
from .._encoding import encode_body, format_path
from .._resource import BaseResource, to_raw, to_raw_async
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..models.endpoint_headers_in import EndpointHeadersIn
from ..models.endpoint_headers_out import EndpointHeadersOut
from ..models.endpoint_headers_patch_in import EndpointHeadersPatchIn
from ..models.endpoint_in import EndpointIn
from ..models.endpoint_out import EndpointOut
from ..models.endpoint_patch import EndpointPatch
from ..models.endpoint_secret_out import EndpointSecretOut
from ..models.endpoint_secret_rotate_in import EndpointSecretRotateIn
from ..models.endpoint_stats import EndpointStats
from ..models.endpoint_transformation_in import EndpointTransformationIn
from ..models.endpoint_transformation_out import EndpointTransformationOut
from ..models.endpoint_update import EndpointUpdate
from ..models.event_example_in import EventExampleIn
from ..models.list_response import ListResponse
from ..models.message_out import MessageOut
from ..models.ordering import Ordering, OrderingValue
from ..models.recover_in import RecoverIn
from ..models.recover_out import RecoverOut
from ..models.replay_in import ReplayIn
from ..models.replay_out import ReplayOut

if TYPE_CHECKING:
    from .._response import RawResponse


def _create_new_request(
    *,
    app_id: Any,
    url: Any,
    description: Any,
    version: Any,
    rate_limit: Any,
    uid: Any,
    disabled: Any,
    filter_types: Any,
    channels: Any,
    secret: Any,
    metadata: Any,
    idempotency_key: Any,
) -> Request:
    return Request(
        method="POST",
        path=format_path("/api/v1/app/{app_id}/endpoint", {"app_id": app_id}),
        headers=[("idempotency-key", idempotency_key)],
        json=encode_body(
            EndpointIn,
            {
                "url": url,
                "description": description,
                "version": version,
                "rate_limit": rate_limit,
                "uid": uid,
                "disabled": disabled,
                "filter_types": filter_types,
                "channels": channels,
                "secret": secret,
                "metadata": metadata,
            },
        ),
        content_type="application/json",
        security=(("HTTPBearer",),),
        idempotency_header="idempotency-key",
    )


def _get_endpoint_request(
    *,
    app_id: Any,
    endpoint_id: Any,
) -> Request:
    return Request(
        method="GET",
        path=format_path(
            "/api/v1/app/{app_id}/endpoint/{endpoint_id}",
            {"app_id": app_id, "endpoint_id": endpoint_id},
        ),
        security=(("HTTPBearer",),),
    )


def _get_headers_request(
    *,
    app_id: Any,
    endpoint_id: Any,
) -> Request:
    return Request(
        method="GET",
        path=format_path(
            "/api/v1/app/{app_id}/endpoint/{endpoint_id}/headers",
            {"app_id": app_id, "endpoint_id": endpoint_id},
        ),
        security=(("HTTPBearer",),),
    )


def _get_secret_request(
    *,
    app_id: Any,
    endpoint_id: Any,
) -> Request:
    return Request(
        method="GET",
        path=format_path(
            "/api/v1/app/{app_id}/endpoint/{endpoint_id}/secret",
            {"app_id": app_id, "endpoint_id": endpoint_id},
        ),
        security=(("HTTPBearer",),),
    )


def _get_stats_request(
    *,
    app_id: Any,
    endpoint_id: Any,
    since: Any,
    until: Any,
) -> Request:
    return Request(
        method="GET",
        path=format_path(
            "/api/v1/app/{app_id}/endpoint/{endpoint_id}/stats",
            {"app_id": app_id, "endpoint_id": endpoint_id},
        ),
        query=[("since", since), ("until", until)],
        security=(("HTTPBearer",),),
    )


def _get_transformation_code_request(
    *,
    app_id: Any,
    endpoint_id: Any,
) -> Request:
    return Request(
        method="GET",
        path=format_path(
            "/api/v1/app/{app_id}/endpoint/{endpoint_id}/transformation",
            {"app_id": app_id, "endpoint_id": endpoint_id},
        ),
        security=(("HTTPBearer",),),
    )


def _list_endpoints_request(
    *,
    app_id: Any,
    limit: Any,
    iterator: Any,
    order: Any,
) -> Request:
    return Request(
        method="GET",
        path=format_path("/api/v1/app/{app_id}/endpoint", {"app_id": app_id}),
        query=[("limit", limit), ("iterator", iterator), ("order", order)],
        security=(("HTTPBearer",),),
    )


def _partially_set_headers_request(
    *,
    app_id: Any,
    endpoint_id: Any,
    headers: Any,
) -> Request:
    return Request(
        method="PATCH",
        path=format_path(
            "/api/v1/app/{app_id}/endpoint/{endpoint_id}/headers",
            {"app_id": app_id, "endpoint_id": endpoint_id},
        ),
        json=encode_body(EndpointHeadersPatchIn, {"headers": headers}),
        content_type="application/json",
        security=(("HTTPBearer",),),
        response_kind="empty",
    )


def _partially_update_request(
    *,
    app_id: Any,
    endpoint_id: Any,
    description: Any,
    version: Any,
    rate_limit: Any,
    uid: Any,
    url: Any,
    disabled: Any,
    filter_types: Any,
    channels: Any,
    secret: Any,
    metadata: Any,
) -> Request:
    return Request(
        method="PATCH",
        path=format_path(
            "/api/v1/app/{app_id}/endpoint/{endpoint_id}",
            {"app_id": app_id, "endpoint_id": endpoint_id},
        ),
        json=encode_body(
            EndpointPatch,
            {
                "description": description,
                "version": version,
                "rate_limit": rate_limit,
                "uid": uid,
                "url": url,
                "disabled": disabled,
                "filter_types": filter_types,
                "channels": channels,
                "secret": secret,
                "metadata": metadata,
            },
        ),
        content_type="application/json",
        security=(("HTTPBearer",),),
    )


def _remove_request(
    *,
    app_id: Any,
    endpoint_id: Any,
) -> Request:
    return Request(
        method="DELETE",
        path=format_path(
            "/api/v1/app/{app_id}/endpoint/{endpoint_id}",
            {"app_id": app_id, "endpoint_id": endpoint_id},
        ),
        security=(("HTTPBearer",),),
        response_kind="empty",
    )


def _replay_missing_webhooks_request(
    *,
    app_id: Any,
    endpoint_id: Any,
    since: Any,
    until: Any,
    idempotency_key: Any,
) -> Request:
    return Request(
        method="POST",
        path=format_path(
            "/api/v1/app/{app_id}/endpoint/{endpoint_id}/replay-missing",
            {"app_id": app_id, "endpoint_id": endpoint_id},
        ),
        headers=[("idempotency-key", idempotency_key)],
        json=encode_body(ReplayIn, {"since": since, "until": until}),
        content_type="application/json",
        security=(("HTTPBearer",),),
        idempotency_header="idempotency-key",
    )


def _resend_failed_webhooks_request(
    *,
    app_id: Any,
    endpoint_id: Any,
    since: Any,
    until: Any,
    idempotency_key: Any,
) -> Request:
    return Request(
        method="POST",
        path=format_path(
            "/api/v1/app/{app_id}/endpoint/{endpoint_id}/recover",
            {"app_id": app_id, "endpoint_id": endpoint_id},
        ),
        headers=[("idempotency-key", idempotency_key)],
        json=encode_body(RecoverIn, {"since": since, "until": until}),
        content_type="application/json",
        security=(("HTTPBearer",),),
        idempotency_header="idempotency-key",
    )


def _rotate_secret_request(
    *,
    app_id: Any,
    endpoint_id: Any,
    key: Any,
    idempotency_key: Any,
) -> Request:
    return Request(
        method="POST",
        path=format_path(
            "/api/v1/app/{app_id}/endpoint/{endpoint_id}/secret/rotate",
            {"app_id": app_id, "endpoint_id": endpoint_id},
        ),
        headers=[("idempotency-key", idempotency_key)],
        json=encode_body(EndpointSecretRotateIn, {"key": key}),
        content_type="application/json",
        security=(("HTTPBearer",),),
        response_kind="empty",
        idempotency_header="idempotency-key",
    )


def _send_example_message_request(
    *,
    app_id: Any,
    endpoint_id: Any,
    event_type: Any,
    idempotency_key: Any,
) -> Request:
    return Request(
        method="POST",
        path=format_path(
            "/api/v1/app/{app_id}/endpoint/{endpoint_id}/send-example",
            {"app_id": app_id, "endpoint_id": endpoint_id},
        ),
        headers=[("idempotency-key", idempotency_key)],
        json=encode_body(EventExampleIn, {"event_type": event_type}),
        content_type="application/json",
        security=(("HTTPBearer",),),
        idempotency_header="idempotency-key",
    )


def _set_transformation_code_request(
    *,
    app_id: Any,
    endpoint_id: Any,
    code: Any,
    enabled: Any,
) -> Request:
    return Request(
        method="PATCH",
        path=format_path(
            "/api/v1/app/{app_id}/endpoint/{endpoint_id}/transformation",
            {"app_id": app_id, "endpoint_id": endpoint_id},
        ),
        json=encode_body(EndpointTransformationIn, {"code": code, "enabled": enabled}),
        content_type="application/json",
        security=(("HTTPBearer",),),
        response_kind="empty",
    )


def _update_endpoint_request(
    *,
    app_id: Any,
    endpoint_id: Any,
    url: Any,
    description: Any,
    version: Any,
    rate_limit: Any,
    uid: Any,
    disabled: Any,
    filter_types: Any,
    channels: Any,
    metadata: Any,
) -> Request:
    return Request(
        method="PUT",
        path=format_path(
            "/api/v1/app/{app_id}/endpoint/{endpoint_id}",
            {"app_id": app_id, "endpoint_id": endpoint_id},
        ),
        json=encode_body(
            EndpointUpdate,
            {
                "url": url,
                "description": description,
                "version": version,
                "rate_limit": rate_limit,
                "uid": uid,
                "disabled": disabled,
                "filter_types": filter_types,
                "channels": channels,
                "metadata": metadata,
            },
        ),
        content_type="application/json",
        security=(("HTTPBearer",),),
    )


def _update_headers_request(
    *,
    app_id: Any,
    endpoint_id: Any,
    headers: Any,
) -> Request:
    return Request(
        method="PUT",
        path=format_path(
            "/api/v1/app/{app_id}/endpoint/{endpoint_id}/headers",
            {"app_id": app_id, "endpoint_id": endpoint_id},
        ),
        json=encode_body(EndpointHeadersIn, {"headers": headers}),
        content_type="application/json",
        security=(("HTTPBearer",),),
        response_kind="empty",
    )


class EndpointApi(BaseResource):
    """Endpoints are the URLs messages will be sent to. Each message sent to an application is sent to all of its endpoints, unless they are not subscribed to the sent event type."""

    @cached_property
    def raw(self) -> EndpointApiRaw:
        """The same methods, returning the raw HTTP response (status, headers, body)."""
        return EndpointApiRaw(self._raw_twin())

    @overload
    def create_new(
        self,
        *,
        app_id: str,
        url: str,
        description: str | NotGiven = NOT_GIVEN,
        rate_limit: int | None | NotGiven = NOT_GIVEN,
        uid: str | None | NotGiven = NOT_GIVEN,
        disabled: bool | NotGiven = NOT_GIVEN,
        filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
        channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
        secret: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> EndpointOut: ...

    @overload
    @deprecated("create_new: the parameter version is deprecated by the API.")
    def create_new(
        self,
        *,
        app_id: str,
        url: str,
        description: str | NotGiven = NOT_GIVEN,
        version: int | None | NotGiven = NOT_GIVEN,
        rate_limit: int | None | NotGiven = NOT_GIVEN,
        uid: str | None | NotGiven = NOT_GIVEN,
        disabled: bool | NotGiven = NOT_GIVEN,
        filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
        channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
        secret: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> EndpointOut: ...

    def create_new(
        self,
        *,
        app_id: str,
        url: str,
        description: str | NotGiven = NOT_GIVEN,
        version: int | None | NotGiven = NOT_GIVEN,
        rate_limit: int | None | NotGiven = NOT_GIVEN,
        uid: str | None | NotGiven = NOT_GIVEN,
        disabled: bool | NotGiven = NOT_GIVEN,
        filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
        channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
        secret: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> EndpointOut:
        """Create Endpoint

        Create a new endpoint for the application.

        When `secret` is `null` the secret is automatically generated (recommended)

        Args:
            app_id: The app's ID or UID
            version: Deprecated.
            uid: Optional unique identifier for the endpoint
            channels: List of message channels this endpoint listens to (omit for all)
            secret: The endpoint's verification secret. If `null` is passed, a secret is automatically generated. Format: `base64` encoded random bytes optionally prefixed with `whsec_`. Recommended size: 24.
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            EndpointOut
        """
        if version is not NOT_GIVEN:
            warnings.warn(
                "create_new: the parameter version is deprecated by the API.",
                DeprecationWarning,
                stacklevel=2,
            )
        return cast(
            EndpointOut,
            self._client._request(
                _create_new_request(
                    app_id=app_id,
                    url=url,
                    description=description,
                    version=version,
                    rate_limit=rate_limit,
                    uid=uid,
                    disabled=disabled,
                    filter_types=filter_types,
                    channels=channels,
                    secret=secret,
                    metadata=metadata,
                    idempotency_key=idempotency_key,
                ),
                EndpointOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    @overload
    async def acreate_new(
        self,
        *,
        app_id: str,
        url: str,
        description: str | NotGiven = NOT_GIVEN,
        rate_limit: int | None | NotGiven = NOT_GIVEN,
        uid: str | None | NotGiven = NOT_GIVEN,
        disabled: bool | NotGiven = NOT_GIVEN,
        filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
        channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
        secret: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> EndpointOut: ...

    @overload
    @deprecated("create_new: the parameter version is deprecated by the API.")
    async def acreate_new(
        self,
        *,
        app_id: str,
        url: str,
        description: str | NotGiven = NOT_GIVEN,
        version: int | None | NotGiven = NOT_GIVEN,
        rate_limit: int | None | NotGiven = NOT_GIVEN,
        uid: str | None | NotGiven = NOT_GIVEN,
        disabled: bool | NotGiven = NOT_GIVEN,
        filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
        channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
        secret: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> EndpointOut: ...

    async def acreate_new(
        self,
        *,
        app_id: str,
        url: str,
        description: str | NotGiven = NOT_GIVEN,
        version: int | None | NotGiven = NOT_GIVEN,
        rate_limit: int | None | NotGiven = NOT_GIVEN,
        uid: str | None | NotGiven = NOT_GIVEN,
        disabled: bool | NotGiven = NOT_GIVEN,
        filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
        channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
        secret: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> EndpointOut:
        """Create Endpoint

        Create a new endpoint for the application.

        When `secret` is `null` the secret is automatically generated (recommended)

        Args:
            app_id: The app's ID or UID
            version: Deprecated.
            uid: Optional unique identifier for the endpoint
            channels: List of message channels this endpoint listens to (omit for all)
            secret: The endpoint's verification secret. If `null` is passed, a secret is automatically generated. Format: `base64` encoded random bytes optionally prefixed with `whsec_`. Recommended size: 24.
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            EndpointOut
        """
        if version is not NOT_GIVEN:
            warnings.warn(
                "create_new: the parameter version is deprecated by the API.",
                DeprecationWarning,
                stacklevel=2,
            )
        return cast(
            EndpointOut,
            await self._client._arequest(
                _create_new_request(
                    app_id=app_id,
                    url=url,
                    description=description,
                    version=version,
                    rate_limit=rate_limit,
                    uid=uid,
                    disabled=disabled,
                    filter_types=filter_types,
                    channels=channels,
                    secret=secret,
                    metadata=metadata,
                    idempotency_key=idempotency_key,
                ),
                EndpointOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    def get_endpoint(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        request_options: RequestOptions | None = None,
    ) -> EndpointOut:
        """Get Endpoint

        Get an endpoint.

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            EndpointOut
        """
        return cast(
            EndpointOut,
            self._client._request(
                _get_endpoint_request(app_id=app_id, endpoint_id=endpoint_id),
                EndpointOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def aget_endpoint(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        request_options: RequestOptions | None = None,
    ) -> EndpointOut:
        """Get Endpoint

        Get an endpoint.

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            EndpointOut
        """
        return cast(
            EndpointOut,
            await self._client._arequest(
                _get_endpoint_request(app_id=app_id, endpoint_id=endpoint_id),
                EndpointOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    def get_headers(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        request_options: RequestOptions | None = None,
    ) -> EndpointHeadersOut:
        """Get Endpoint Headers

        Get the additional headers to be sent with the webhook

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            EndpointHeadersOut
        """
        return cast(
            EndpointHeadersOut,
            self._client._request(
                _get_headers_request(app_id=app_id, endpoint_id=endpoint_id),
                EndpointHeadersOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def aget_headers(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        request_options: RequestOptions | None = None,
    ) -> EndpointHeadersOut:
        """Get Endpoint Headers

        Get the additional headers to be sent with the webhook

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            EndpointHeadersOut
        """
        return cast(
            EndpointHeadersOut,
            await self._client._arequest(
                _get_headers_request(app_id=app_id, endpoint_id=endpoint_id),
                EndpointHeadersOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    def get_secret(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        request_options: RequestOptions | None = None,
    ) -> EndpointSecretOut:
        """Get Endpoint Secret

        Get the endpoint's signing secret.

        This is used to verify the authenticity of the webhook.
        For more information please refer to [the consuming webhooks docs](https://docs.svix.com/consuming-webhooks/).

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            EndpointSecretOut
        """
        return cast(
            EndpointSecretOut,
            self._client._request(
                _get_secret_request(app_id=app_id, endpoint_id=endpoint_id),
                EndpointSecretOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def aget_secret(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        request_options: RequestOptions | None = None,
    ) -> EndpointSecretOut:
        """Get Endpoint Secret

        Get the endpoint's signing secret.

        This is used to verify the authenticity of the webhook.
        For more information please refer to [the consuming webhooks docs](https://docs.svix.com/consuming-webhooks/).

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            EndpointSecretOut
        """
        return cast(
            EndpointSecretOut,
            await self._client._arequest(
                _get_secret_request(app_id=app_id, endpoint_id=endpoint_id),
                EndpointSecretOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    def get_stats(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        since: datetime | str | None = None,
        until: datetime | str | None = None,
        request_options: RequestOptions | None = None,
    ) -> EndpointStats:
        """Endpoint Stats

        Get basic statistics for the endpoint.

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            since: Filter the range to data starting from this date
            until: Filter the range to data ending by this date
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            EndpointStats
        """
        return cast(
            EndpointStats,
            self._client._request(
                _get_stats_request(
                    app_id=app_id, endpoint_id=endpoint_id, since=since, until=until
                ),
                EndpointStats,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def aget_stats(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        since: datetime | str | None = None,
        until: datetime | str | None = None,
        request_options: RequestOptions | None = None,
    ) -> EndpointStats:
        """Endpoint Stats

        Get basic statistics for the endpoint.

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            since: Filter the range to data starting from this date
            until: Filter the range to data ending by this date
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            EndpointStats
        """
        return cast(
            EndpointStats,
            await self._client._arequest(
                _get_stats_request(
                    app_id=app_id, endpoint_id=endpoint_id, since=since, until=until
                ),
                EndpointStats,
                raw=self._raw,
                options=request_options,
            ),
        )

    def get_transformation_code(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        request_options: RequestOptions | None = None,
    ) -> EndpointTransformationOut:
        """Get Endpoint Transformation

        Get the transformation code associated with this endpoint

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            EndpointTransformationOut
        """
        return cast(
            EndpointTransformationOut,
            self._client._request(
                _get_transformation_code_request(
                    app_id=app_id, endpoint_id=endpoint_id
                ),
                EndpointTransformationOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def aget_transformation_code(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        request_options: RequestOptions | None = None,
    ) -> EndpointTransformationOut:
        """Get Endpoint Transformation

        Get the transformation code associated with this endpoint

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            EndpointTransformationOut
        """
        return cast(
            EndpointTransformationOut,
            await self._client._arequest(
                _get_transformation_code_request(
                    app_id=app_id, endpoint_id=endpoint_id
                ),
                EndpointTransformationOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    def list_endpoints(
        self,
        *,
        app_id: str,
        limit: int | None = None,
        iterator: str | None = None,
        order: Ordering | OrderingValue | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListResponse[EndpointOut]:
        """List Endpoints

        List the application's endpoints.

        Args:
            app_id: The app's ID or UID
            limit: Limit the number of returned items
            iterator: The iterator returned from a prior invocation
            order: The sorting order of the returned items
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ListResponse[EndpointOut]
        """
        return cast(
            ListResponse[EndpointOut],
            self._client._request(
                _list_endpoints_request(
                    app_id=app_id, limit=limit, iterator=iterator, order=order
                ),
                ListResponse[EndpointOut],
                raw=self._raw,
                options=request_options,
                next_page=lambda cursor: self._plain.list_endpoints(
                    app_id=app_id,
                    limit=limit,
                    iterator=cursor,
                    order=order,
                    request_options=request_options,
                ),
            ),
        )

    async def alist_endpoints(
        self,
        *,
        app_id: str,
        limit: int | None = None,
        iterator: str | None = None,
        order: Ordering | OrderingValue | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListResponse[EndpointOut]:
        """List Endpoints

        List the application's endpoints.

        Args:
            app_id: The app's ID or UID
            limit: Limit the number of returned items
            iterator: The iterator returned from a prior invocation
            order: The sorting order of the returned items
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ListResponse[EndpointOut]
        """
        return cast(
            ListResponse[EndpointOut],
            await self._client._arequest(
                _list_endpoints_request(
                    app_id=app_id, limit=limit, iterator=iterator, order=order
                ),
                ListResponse[EndpointOut],
                raw=self._raw,
                options=request_options,
                next_page=lambda cursor: self._plain.alist_endpoints(
                    app_id=app_id,
                    limit=limit,
                    iterator=cursor,
                    order=order,
                    request_options=request_options,
                ),
            ),
        )

    def partially_set_headers(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        headers: Mapping[str, str | None],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Patch Endpoint Headers

        Partially set the additional headers to be sent with the webhook

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            headers: Headers to set; a `null` value removes the header.
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            self._client._request(
                _partially_set_headers_request(
                    app_id=app_id, endpoint_id=endpoint_id, headers=headers
                ),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def apartially_set_headers(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        headers: Mapping[str, str | None],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Patch Endpoint Headers

        Partially set the additional headers to be sent with the webhook

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            headers: Headers to set; a `null` value removes the header.
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            await self._client._arequest(
                _partially_set_headers_request(
                    app_id=app_id, endpoint_id=endpoint_id, headers=headers
                ),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )

    @overload
    def partially_update(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        description: str | NotGiven = NOT_GIVEN,
        rate_limit: int | None | NotGiven = NOT_GIVEN,
        uid: str | None | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        disabled: bool | NotGiven = NOT_GIVEN,
        filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
        channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
        secret: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> EndpointOut: ...

    @overload
    @deprecated("partially_update: the parameter version is deprecated by the API.")
    def partially_update(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        description: str | NotGiven = NOT_GIVEN,
        version: int | NotGiven = NOT_GIVEN,
        rate_limit: int | None | NotGiven = NOT_GIVEN,
        uid: str | None | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        disabled: bool | NotGiven = NOT_GIVEN,
        filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
        channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
        secret: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> EndpointOut: ...

    def partially_update(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        description: str | NotGiven = NOT_GIVEN,
        version: int | NotGiven = NOT_GIVEN,
        rate_limit: int | None | NotGiven = NOT_GIVEN,
        uid: str | None | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        disabled: bool | NotGiven = NOT_GIVEN,
        filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
        channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
        secret: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> EndpointOut:
        """Patch Endpoint

        Partially update an endpoint.

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            version: Deprecated.
            uid: The ep's UID
            secret: The endpoint's verification secret. If `null` is passed, a secret is automatically generated. Format: `base64` encoded random bytes optionally prefixed with `whsec_`. Recommended size: 24.
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            EndpointOut
        """
        if version is not NOT_GIVEN:
            warnings.warn(
                "partially_update: the parameter version is deprecated by the API.",
                DeprecationWarning,
                stacklevel=2,
            )
        return cast(
            EndpointOut,
            self._client._request(
                _partially_update_request(
                    app_id=app_id,
                    endpoint_id=endpoint_id,
                    description=description,
                    version=version,
                    rate_limit=rate_limit,
                    uid=uid,
                    url=url,
                    disabled=disabled,
                    filter_types=filter_types,
                    channels=channels,
                    secret=secret,
                    metadata=metadata,
                ),
                EndpointOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    @overload
    async def apartially_update(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        description: str | NotGiven = NOT_GIVEN,
        rate_limit: int | None | NotGiven = NOT_GIVEN,
        uid: str | None | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        disabled: bool | NotGiven = NOT_GIVEN,
        filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
        channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
        secret: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> EndpointOut: ...

    @overload
    @deprecated("partially_update: the parameter version is deprecated by the API.")
    async def apartially_update(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        description: str | NotGiven = NOT_GIVEN,
        version: int | NotGiven = NOT_GIVEN,
        rate_limit: int | None | NotGiven = NOT_GIVEN,
        uid: str | None | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        disabled: bool | NotGiven = NOT_GIVEN,
        filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
        channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
        secret: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> EndpointOut: ...

    async def apartially_update(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        description: str | NotGiven = NOT_GIVEN,
        version: int | NotGiven = NOT_GIVEN,
        rate_limit: int | None | NotGiven = NOT_GIVEN,
        uid: str | None | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        disabled: bool | NotGiven = NOT_GIVEN,
        filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
        channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
        secret: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> EndpointOut:
        """Patch Endpoint

        Partially update an endpoint.

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            version: Deprecated.
            uid: The ep's UID
            secret: The endpoint's verification secret. If `null` is passed, a secret is automatically generated. Format: `base64` encoded random bytes optionally prefixed with `whsec_`. Recommended size: 24.
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            EndpointOut
        """
        if version is not NOT_GIVEN:
            warnings.warn(
                "partially_update: the parameter version is deprecated by the API.",
                DeprecationWarning,
                stacklevel=2,
            )
        return cast(
            EndpointOut,
            await self._client._arequest(
                _partially_update_request(
                    app_id=app_id,
                    endpoint_id=endpoint_id,
                    description=description,
                    version=version,
                    rate_limit=rate_limit,
                    uid=uid,
                    url=url,
                    disabled=disabled,
                    filter_types=filter_types,
                    channels=channels,
                    secret=secret,
                    metadata=metadata,
                ),
                EndpointOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    def remove(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Endpoint

        Delete an endpoint.

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            self._client._request(
                _remove_request(app_id=app_id, endpoint_id=endpoint_id),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def aremove(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Endpoint

        Delete an endpoint.

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            await self._client._arequest(
                _remove_request(app_id=app_id, endpoint_id=endpoint_id),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )

    def replay_missing_webhooks(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        since: datetime | str,
        until: datetime | str | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ReplayOut:
        """Replay Missing Webhooks

        Replays messages to the endpoint. Only messages that were created after `since` will be sent. Messages that were previously sent to the endpoint are not resent.

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ReplayOut
        """
        return cast(
            ReplayOut,
            self._client._request(
                _replay_missing_webhooks_request(
                    app_id=app_id,
                    endpoint_id=endpoint_id,
                    since=since,
                    until=until,
                    idempotency_key=idempotency_key,
                ),
                ReplayOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def areplay_missing_webhooks(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        since: datetime | str,
        until: datetime | str | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ReplayOut:
        """Replay Missing Webhooks

        Replays messages to the endpoint. Only messages that were created after `since` will be sent. Messages that were previously sent to the endpoint are not resent.

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ReplayOut
        """
        return cast(
            ReplayOut,
            await self._client._arequest(
                _replay_missing_webhooks_request(
                    app_id=app_id,
                    endpoint_id=endpoint_id,
                    since=since,
                    until=until,
                    idempotency_key=idempotency_key,
                ),
                ReplayOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    def resend_failed_webhooks(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        since: datetime | str,
        until: datetime | str | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> RecoverOut:
        """Recover Failed Webhooks

        Resend all failed messages since a given time.

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            RecoverOut
        """
        return cast(
            RecoverOut,
            self._client._request(
                _resend_failed_webhooks_request(
                    app_id=app_id,
                    endpoint_id=endpoint_id,
                    since=since,
                    until=until,
                    idempotency_key=idempotency_key,
                ),
                RecoverOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def aresend_failed_webhooks(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        since: datetime | str,
        until: datetime | str | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> RecoverOut:
        """Recover Failed Webhooks

        Resend all failed messages since a given time.

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            RecoverOut
        """
        return cast(
            RecoverOut,
            await self._client._arequest(
                _resend_failed_webhooks_request(
                    app_id=app_id,
                    endpoint_id=endpoint_id,
                    since=since,
                    until=until,
                    idempotency_key=idempotency_key,
                ),
                RecoverOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    def rotate_secret(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        key: str | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Rotate Endpoint Secret

        Rotates the endpoint's signing secret.  The previous secret will be valid for the next 24 hours.

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            key: The endpoint's verification secret. If `null` is passed, a secret is automatically generated. Format: `base64` encoded random bytes optionally prefixed with `whsec_`. Recommended size: 24.
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            self._client._request(
                _rotate_secret_request(
                    app_id=app_id,
                    endpoint_id=endpoint_id,
                    key=key,
                    idempotency_key=idempotency_key,
                ),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def arotate_secret(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        key: str | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Rotate Endpoint Secret

        Rotates the endpoint's signing secret.  The previous secret will be valid for the next 24 hours.

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            key: The endpoint's verification secret. If `null` is passed, a secret is automatically generated. Format: `base64` encoded random bytes optionally prefixed with `whsec_`. Recommended size: 24.
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            await self._client._arequest(
                _rotate_secret_request(
                    app_id=app_id,
                    endpoint_id=endpoint_id,
                    key=key,
                    idempotency_key=idempotency_key,
                ),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )

    def send_example_message(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        event_type: str,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MessageOut:
        """Send Event Type Example Message

        Send an example message for event

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            event_type: The event type's name
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            MessageOut
        """
        return cast(
            MessageOut,
            self._client._request(
                _send_example_message_request(
                    app_id=app_id,
                    endpoint_id=endpoint_id,
                    event_type=event_type,
                    idempotency_key=idempotency_key,
                ),
                MessageOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def asend_example_message(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        event_type: str,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MessageOut:
        """Send Event Type Example Message

        Send an example message for event

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            event_type: The event type's name
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            MessageOut
        """
        return cast(
            MessageOut,
            await self._client._arequest(
                _send_example_message_request(
                    app_id=app_id,
                    endpoint_id=endpoint_id,
                    event_type=event_type,
                    idempotency_key=idempotency_key,
                ),
                MessageOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    def set_transformation_code(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        code: str | None | NotGiven = NOT_GIVEN,
        enabled: bool | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Set Endpoint Transformation

        Set or unset the transformation code associated with this endpoint

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            self._client._request(
                _set_transformation_code_request(
                    app_id=app_id, endpoint_id=endpoint_id, code=code, enabled=enabled
                ),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def aset_transformation_code(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        code: str | None | NotGiven = NOT_GIVEN,
        enabled: bool | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Set Endpoint Transformation

        Set or unset the transformation code associated with this endpoint

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            await self._client._arequest(
                _set_transformation_code_request(
                    app_id=app_id, endpoint_id=endpoint_id, code=code, enabled=enabled
                ),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )

    @overload
    def update_endpoint(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        url: str,
        description: str | NotGiven = NOT_GIVEN,
        rate_limit: int | None | NotGiven = NOT_GIVEN,
        uid: str | None | NotGiven = NOT_GIVEN,
        disabled: bool | NotGiven = NOT_GIVEN,
        filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
        channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> EndpointOut: ...

    @overload
    @deprecated("update_endpoint: the parameter version is deprecated by the API.")
    def update_endpoint(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        url: str,
        description: str | NotGiven = NOT_GIVEN,
        version: int | None | NotGiven = NOT_GIVEN,
        rate_limit: int | None | NotGiven = NOT_GIVEN,
        uid: str | None | NotGiven = NOT_GIVEN,
        disabled: bool | NotGiven = NOT_GIVEN,
        filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
        channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> EndpointOut: ...

    def update_endpoint(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        url: str,
        description: str | NotGiven = NOT_GIVEN,
        version: int | None | NotGiven = NOT_GIVEN,
        rate_limit: int | None | NotGiven = NOT_GIVEN,
        uid: str | None | NotGiven = NOT_GIVEN,
        disabled: bool | NotGiven = NOT_GIVEN,
        filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
        channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> EndpointOut:
        """Update Endpoint

        Update an endpoint.

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            version: Deprecated.
            uid: Optional unique identifier for the endpoint
            channels: List of message channels this endpoint listens to (omit for all)
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            EndpointOut
        """
        if version is not NOT_GIVEN:
            warnings.warn(
                "update_endpoint: the parameter version is deprecated by the API.",
                DeprecationWarning,
                stacklevel=2,
            )
        return cast(
            EndpointOut,
            self._client._request(
                _update_endpoint_request(
                    app_id=app_id,
                    endpoint_id=endpoint_id,
                    url=url,
                    description=description,
                    version=version,
                    rate_limit=rate_limit,
                    uid=uid,
                    disabled=disabled,
                    filter_types=filter_types,
                    channels=channels,
                    metadata=metadata,
                ),
                EndpointOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    @overload
    async def aupdate_endpoint(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        url: str,
        description: str | NotGiven = NOT_GIVEN,
        rate_limit: int | None | NotGiven = NOT_GIVEN,
        uid: str | None | NotGiven = NOT_GIVEN,
        disabled: bool | NotGiven = NOT_GIVEN,
        filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
        channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> EndpointOut: ...

    @overload
    @deprecated("update_endpoint: the parameter version is deprecated by the API.")
    async def aupdate_endpoint(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        url: str,
        description: str | NotGiven = NOT_GIVEN,
        version: int | None | NotGiven = NOT_GIVEN,
        rate_limit: int | None | NotGiven = NOT_GIVEN,
        uid: str | None | NotGiven = NOT_GIVEN,
        disabled: bool | NotGiven = NOT_GIVEN,
        filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
        channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> EndpointOut: ...

    async def aupdate_endpoint(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        url: str,
        description: str | NotGiven = NOT_GIVEN,
        version: int | None | NotGiven = NOT_GIVEN,
        rate_limit: int | None | NotGiven = NOT_GIVEN,
        uid: str | None | NotGiven = NOT_GIVEN,
        disabled: bool | NotGiven = NOT_GIVEN,
        filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
        channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> EndpointOut:
        """Update Endpoint

        Update an endpoint.

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            version: Deprecated.
            uid: Optional unique identifier for the endpoint
            channels: List of message channels this endpoint listens to (omit for all)
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            EndpointOut
        """
        if version is not NOT_GIVEN:
            warnings.warn(
                "update_endpoint: the parameter version is deprecated by the API.",
                DeprecationWarning,
                stacklevel=2,
            )
        return cast(
            EndpointOut,
            await self._client._arequest(
                _update_endpoint_request(
                    app_id=app_id,
                    endpoint_id=endpoint_id,
                    url=url,
                    description=description,
                    version=version,
                    rate_limit=rate_limit,
                    uid=uid,
                    disabled=disabled,
                    filter_types=filter_types,
                    channels=channels,
                    metadata=metadata,
                ),
                EndpointOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    def update_headers(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        headers: Mapping[str, str],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Update Endpoint Headers

        Set the additional headers to be sent with the webhook

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            self._client._request(
                _update_headers_request(
                    app_id=app_id, endpoint_id=endpoint_id, headers=headers
                ),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def aupdate_headers(
        self,
        *,
        app_id: str,
        endpoint_id: str,
        headers: Mapping[str, str],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Update Endpoint Headers

        Set the additional headers to be sent with the webhook

        Args:
            app_id: The app's ID or UID
            endpoint_id: The ep's ID or UID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            await self._client._arequest(
                _update_headers_request(
                    app_id=app_id, endpoint_id=endpoint_id, headers=headers
                ),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )


class EndpointApiRaw:
    """`EndpointApi` methods that return `RawResponse` objects."""

    def __init__(self, api: EndpointApi) -> None:
        self.get_endpoint = to_raw(api.get_endpoint)
        self.aget_endpoint = to_raw_async(api.aget_endpoint)
        self.get_headers = to_raw(api.get_headers)
        self.aget_headers = to_raw_async(api.aget_headers)
        self.get_secret = to_raw(api.get_secret)
        self.aget_secret = to_raw_async(api.aget_secret)
        self.get_stats = to_raw(api.get_stats)
        self.aget_stats = to_raw_async(api.aget_stats)
        self.get_transformation_code = to_raw(api.get_transformation_code)
        self.aget_transformation_code = to_raw_async(api.aget_transformation_code)
        self.list_endpoints = to_raw(api.list_endpoints)
        self.alist_endpoints = to_raw_async(api.alist_endpoints)
        self.partially_set_headers = to_raw(api.partially_set_headers)
        self.apartially_set_headers = to_raw_async(api.apartially_set_headers)
        self.remove = to_raw(api.remove)
        self.aremove = to_raw_async(api.aremove)
        self.replay_missing_webhooks = to_raw(api.replay_missing_webhooks)
        self.areplay_missing_webhooks = to_raw_async(api.areplay_missing_webhooks)
        self.resend_failed_webhooks = to_raw(api.resend_failed_webhooks)
        self.aresend_failed_webhooks = to_raw_async(api.aresend_failed_webhooks)
        self.rotate_secret = to_raw(api.rotate_secret)
        self.arotate_secret = to_raw_async(api.arotate_secret)
        self.send_example_message = to_raw(api.send_example_message)
        self.asend_example_message = to_raw_async(api.asend_example_message)
        self.set_transformation_code = to_raw(api.set_transformation_code)
        self.aset_transformation_code = to_raw_async(api.aset_transformation_code)
        self.update_headers = to_raw(api.update_headers)
        self.aupdate_headers = to_raw_async(api.aupdate_headers)
        # declared below instead, where type checkers see (and report) deprecated uses
        if not TYPE_CHECKING:
            self.create_new = to_raw(api.create_new)
            self.acreate_new = to_raw_async(api.acreate_new)
            self.partially_update = to_raw(api.partially_update)
            self.apartially_update = to_raw_async(api.apartially_update)
            self.update_endpoint = to_raw(api.update_endpoint)
            self.aupdate_endpoint = to_raw_async(api.aupdate_endpoint)

    if TYPE_CHECKING:

        @overload
        def create_new(
            self,
            *,
            app_id: str,
            url: str,
            description: str | NotGiven = NOT_GIVEN,
            rate_limit: int | None | NotGiven = NOT_GIVEN,
            uid: str | None | NotGiven = NOT_GIVEN,
            disabled: bool | NotGiven = NOT_GIVEN,
            filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
            channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
            secret: str | None | NotGiven = NOT_GIVEN,
            metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
            idempotency_key: str | None = None,
            request_options: RequestOptions | None = None,
        ) -> RawResponse[EndpointOut]: ...

        @overload
        @deprecated("create_new: the parameter version is deprecated by the API.")
        def create_new(
            self,
            *,
            app_id: str,
            url: str,
            description: str | NotGiven = NOT_GIVEN,
            version: int | None | NotGiven = NOT_GIVEN,
            rate_limit: int | None | NotGiven = NOT_GIVEN,
            uid: str | None | NotGiven = NOT_GIVEN,
            disabled: bool | NotGiven = NOT_GIVEN,
            filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
            channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
            secret: str | None | NotGiven = NOT_GIVEN,
            metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
            idempotency_key: str | None = None,
            request_options: RequestOptions | None = None,
        ) -> RawResponse[EndpointOut]: ...

        def create_new(
            self,
            *,
            app_id: str,
            url: str,
            description: str | NotGiven = NOT_GIVEN,
            version: int | None | NotGiven = NOT_GIVEN,
            rate_limit: int | None | NotGiven = NOT_GIVEN,
            uid: str | None | NotGiven = NOT_GIVEN,
            disabled: bool | NotGiven = NOT_GIVEN,
            filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
            channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
            secret: str | None | NotGiven = NOT_GIVEN,
            metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
            idempotency_key: str | None = None,
            request_options: RequestOptions | None = None,
        ) -> RawResponse[EndpointOut]: ...

        @overload
        async def acreate_new(
            self,
            *,
            app_id: str,
            url: str,
            description: str | NotGiven = NOT_GIVEN,
            rate_limit: int | None | NotGiven = NOT_GIVEN,
            uid: str | None | NotGiven = NOT_GIVEN,
            disabled: bool | NotGiven = NOT_GIVEN,
            filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
            channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
            secret: str | None | NotGiven = NOT_GIVEN,
            metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
            idempotency_key: str | None = None,
            request_options: RequestOptions | None = None,
        ) -> RawResponse[EndpointOut]: ...

        @overload
        @deprecated("create_new: the parameter version is deprecated by the API.")
        async def acreate_new(
            self,
            *,
            app_id: str,
            url: str,
            description: str | NotGiven = NOT_GIVEN,
            version: int | None | NotGiven = NOT_GIVEN,
            rate_limit: int | None | NotGiven = NOT_GIVEN,
            uid: str | None | NotGiven = NOT_GIVEN,
            disabled: bool | NotGiven = NOT_GIVEN,
            filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
            channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
            secret: str | None | NotGiven = NOT_GIVEN,
            metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
            idempotency_key: str | None = None,
            request_options: RequestOptions | None = None,
        ) -> RawResponse[EndpointOut]: ...

        async def acreate_new(
            self,
            *,
            app_id: str,
            url: str,
            description: str | NotGiven = NOT_GIVEN,
            version: int | None | NotGiven = NOT_GIVEN,
            rate_limit: int | None | NotGiven = NOT_GIVEN,
            uid: str | None | NotGiven = NOT_GIVEN,
            disabled: bool | NotGiven = NOT_GIVEN,
            filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
            channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
            secret: str | None | NotGiven = NOT_GIVEN,
            metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
            idempotency_key: str | None = None,
            request_options: RequestOptions | None = None,
        ) -> RawResponse[EndpointOut]: ...

        @overload
        def partially_update(
            self,
            *,
            app_id: str,
            endpoint_id: str,
            description: str | NotGiven = NOT_GIVEN,
            rate_limit: int | None | NotGiven = NOT_GIVEN,
            uid: str | None | NotGiven = NOT_GIVEN,
            url: str | NotGiven = NOT_GIVEN,
            disabled: bool | NotGiven = NOT_GIVEN,
            filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
            channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
            secret: str | None | NotGiven = NOT_GIVEN,
            metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
            request_options: RequestOptions | None = None,
        ) -> RawResponse[EndpointOut]: ...

        @overload
        @deprecated("partially_update: the parameter version is deprecated by the API.")
        def partially_update(
            self,
            *,
            app_id: str,
            endpoint_id: str,
            description: str | NotGiven = NOT_GIVEN,
            version: int | NotGiven = NOT_GIVEN,
            rate_limit: int | None | NotGiven = NOT_GIVEN,
            uid: str | None | NotGiven = NOT_GIVEN,
            url: str | NotGiven = NOT_GIVEN,
            disabled: bool | NotGiven = NOT_GIVEN,
            filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
            channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
            secret: str | None | NotGiven = NOT_GIVEN,
            metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
            request_options: RequestOptions | None = None,
        ) -> RawResponse[EndpointOut]: ...

        def partially_update(
            self,
            *,
            app_id: str,
            endpoint_id: str,
            description: str | NotGiven = NOT_GIVEN,
            version: int | NotGiven = NOT_GIVEN,
            rate_limit: int | None | NotGiven = NOT_GIVEN,
            uid: str | None | NotGiven = NOT_GIVEN,
            url: str | NotGiven = NOT_GIVEN,
            disabled: bool | NotGiven = NOT_GIVEN,
            filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
            channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
            secret: str | None | NotGiven = NOT_GIVEN,
            metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
            request_options: RequestOptions | None = None,
        ) -> RawResponse[EndpointOut]: ...

        @overload
        async def apartially_update(
            self,
            *,
            app_id: str,
            endpoint_id: str,
            description: str | NotGiven = NOT_GIVEN,
            rate_limit: int | None | NotGiven = NOT_GIVEN,
            uid: str | None | NotGiven = NOT_GIVEN,
            url: str | NotGiven = NOT_GIVEN,
            disabled: bool | NotGiven = NOT_GIVEN,
            filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
            channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
            secret: str | None | NotGiven = NOT_GIVEN,
            metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
            request_options: RequestOptions | None = None,
        ) -> RawResponse[EndpointOut]: ...

        @overload
        @deprecated("partially_update: the parameter version is deprecated by the API.")
        async def apartially_update(
            self,
            *,
            app_id: str,
            endpoint_id: str,
            description: str | NotGiven = NOT_GIVEN,
            version: int | NotGiven = NOT_GIVEN,
            rate_limit: int | None | NotGiven = NOT_GIVEN,
            uid: str | None | NotGiven = NOT_GIVEN,
            url: str | NotGiven = NOT_GIVEN,
            disabled: bool | NotGiven = NOT_GIVEN,
            filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
            channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
            secret: str | None | NotGiven = NOT_GIVEN,
            metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
            request_options: RequestOptions | None = None,
        ) -> RawResponse[EndpointOut]: ...

        async def apartially_update(
            self,
            *,
            app_id: str,
            endpoint_id: str,
            description: str | NotGiven = NOT_GIVEN,
            version: int | NotGiven = NOT_GIVEN,
            rate_limit: int | None | NotGiven = NOT_GIVEN,
            uid: str | None | NotGiven = NOT_GIVEN,
            url: str | NotGiven = NOT_GIVEN,
            disabled: bool | NotGiven = NOT_GIVEN,
            filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
            channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
            secret: str | None | NotGiven = NOT_GIVEN,
            metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
            request_options: RequestOptions | None = None,
        ) -> RawResponse[EndpointOut]: ...

        @overload
        def update_endpoint(
            self,
            *,
            app_id: str,
            endpoint_id: str,
            url: str,
            description: str | NotGiven = NOT_GIVEN,
            rate_limit: int | None | NotGiven = NOT_GIVEN,
            uid: str | None | NotGiven = NOT_GIVEN,
            disabled: bool | NotGiven = NOT_GIVEN,
            filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
            channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
            metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
            request_options: RequestOptions | None = None,
        ) -> RawResponse[EndpointOut]: ...

        @overload
        @deprecated("update_endpoint: the parameter version is deprecated by the API.")
        def update_endpoint(
            self,
            *,
            app_id: str,
            endpoint_id: str,
            url: str,
            description: str | NotGiven = NOT_GIVEN,
            version: int | None | NotGiven = NOT_GIVEN,
            rate_limit: int | None | NotGiven = NOT_GIVEN,
            uid: str | None | NotGiven = NOT_GIVEN,
            disabled: bool | NotGiven = NOT_GIVEN,
            filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
            channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
            metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
            request_options: RequestOptions | None = None,
        ) -> RawResponse[EndpointOut]: ...

        def update_endpoint(
            self,
            *,
            app_id: str,
            endpoint_id: str,
            url: str,
            description: str | NotGiven = NOT_GIVEN,
            version: int | None | NotGiven = NOT_GIVEN,
            rate_limit: int | None | NotGiven = NOT_GIVEN,
            uid: str | None | NotGiven = NOT_GIVEN,
            disabled: bool | NotGiven = NOT_GIVEN,
            filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
            channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
            metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
            request_options: RequestOptions | None = None,
        ) -> RawResponse[EndpointOut]: ...

        @overload
        async def aupdate_endpoint(
            self,
            *,
            app_id: str,
            endpoint_id: str,
            url: str,
            description: str | NotGiven = NOT_GIVEN,
            rate_limit: int | None | NotGiven = NOT_GIVEN,
            uid: str | None | NotGiven = NOT_GIVEN,
            disabled: bool | NotGiven = NOT_GIVEN,
            filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
            channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
            metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
            request_options: RequestOptions | None = None,
        ) -> RawResponse[EndpointOut]: ...

        @overload
        @deprecated("update_endpoint: the parameter version is deprecated by the API.")
        async def aupdate_endpoint(
            self,
            *,
            app_id: str,
            endpoint_id: str,
            url: str,
            description: str | NotGiven = NOT_GIVEN,
            version: int | None | NotGiven = NOT_GIVEN,
            rate_limit: int | None | NotGiven = NOT_GIVEN,
            uid: str | None | NotGiven = NOT_GIVEN,
            disabled: bool | NotGiven = NOT_GIVEN,
            filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
            channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
            metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
            request_options: RequestOptions | None = None,
        ) -> RawResponse[EndpointOut]: ...

        async def aupdate_endpoint(
            self,
            *,
            app_id: str,
            endpoint_id: str,
            url: str,
            description: str | NotGiven = NOT_GIVEN,
            version: int | None | NotGiven = NOT_GIVEN,
            rate_limit: int | None | NotGiven = NOT_GIVEN,
            uid: str | None | NotGiven = NOT_GIVEN,
            disabled: bool | NotGiven = NOT_GIVEN,
            filter_types: Sequence[str] | None | NotGiven = NOT_GIVEN,
            channels: Sequence[str] | None | NotGiven = NOT_GIVEN,
            metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
            request_options: RequestOptions | None = None,
        ) -> RawResponse[EndpointOut]: ...
