"""Integrations are services your users connect an application to."""

from __future__ import annotations

from functools import cached_property
from typing import Any, cast

from .._base_client import Request
from .._encoding import encode_body, format_path
from .._resource import BaseResource, to_raw, to_raw_async
from .._types import RequestOptions
from ..models.integration_in import IntegrationIn
from ..models.integration_key_out import IntegrationKeyOut
from ..models.integration_out import IntegrationOut
from ..models.integration_update import IntegrationUpdate
from ..models.list_response import ListResponse


def _create_new_integration_request(
    *,
    app_id: Any,
    name: Any,
    idempotency_key: Any,
) -> Request:
    return Request(
        method="POST",
        path=format_path("/api/v1/app/{app_id}/integration", {"app_id": app_id}),
        headers=[("idempotency-key", idempotency_key)],
        json=encode_body(IntegrationIn, {"name": name}),
        content_type="application/json",
        security=(("HTTPBearer",),),
        idempotency_header="idempotency-key",
    )


def _delete_by_id_request(
    *,
    app_id: Any,
    integ_id: Any,
) -> Request:
    return Request(
        method="DELETE",
        path=format_path(
            "/api/v1/app/{app_id}/integration/{integ_id}",
            {"app_id": app_id, "integ_id": integ_id},
        ),
        security=(("HTTPBearer",),),
        response_kind="empty",
    )


def _get_by_id_request(
    *,
    app_id: Any,
    integ_id: Any,
) -> Request:
    return Request(
        method="GET",
        path=format_path(
            "/api/v1/app/{app_id}/integration/{integ_id}",
            {"app_id": app_id, "integ_id": integ_id},
        ),
        security=(("HTTPBearer",),),
    )


def _get_key_request(
    *,
    app_id: Any,
    integ_id: Any,
) -> Request:
    return Request(
        method="GET",
        path=format_path(
            "/api/v1/app/{app_id}/integration/{integ_id}/key",
            {"app_id": app_id, "integ_id": integ_id},
        ),
        security=(("HTTPBearer",),),
    )


def _list_integrations_request(
    *,
    app_id: Any,
    limit: Any,
    iterator: Any,
) -> Request:
    return Request(
        method="GET",
        path=format_path("/api/v1/app/{app_id}/integration", {"app_id": app_id}),
        query=[("limit", limit), ("iterator", iterator)],
        security=(("HTTPBearer",),),
    )


def _rotate_integration_key_request(
    *,
    app_id: Any,
    integ_id: Any,
    idempotency_key: Any,
) -> Request:
    return Request(
        method="POST",
        path=format_path(
            "/api/v1/app/{app_id}/integration/{integ_id}/key/rotate",
            {"app_id": app_id, "integ_id": integ_id},
        ),
        headers=[("idempotency-key", idempotency_key)],
        security=(("HTTPBearer",),),
        idempotency_header="idempotency-key",
    )


def _update_integration_request(
    *,
    app_id: Any,
    integ_id: Any,
    name: Any,
) -> Request:
    return Request(
        method="PUT",
        path=format_path(
            "/api/v1/app/{app_id}/integration/{integ_id}",
            {"app_id": app_id, "integ_id": integ_id},
        ),
        json=encode_body(IntegrationUpdate, {"name": name}),
        content_type="application/json",
        security=(("HTTPBearer",),),
    )


class IntegrationApi(BaseResource):
    """Integrations are services your users connect an application to."""

    @cached_property
    def raw(self) -> IntegrationApiRaw:
        """The same methods, returning the raw HTTP response (status, headers, body)."""
        return IntegrationApiRaw(self._raw_twin())

    def create_new_integration(
        self,
        *,
        app_id: str,
        name: str,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> IntegrationOut:
        """Create Integration

        Create an integration.

        Args:
            app_id: The app's ID or UID
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            IntegrationOut
        """
        return cast(
            IntegrationOut,
            self._client._request(
                _create_new_integration_request(
                    app_id=app_id, name=name, idempotency_key=idempotency_key
                ),
                IntegrationOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def acreate_new_integration(
        self,
        *,
        app_id: str,
        name: str,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> IntegrationOut:
        """Create Integration

        Create an integration.

        Args:
            app_id: The app's ID or UID
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            IntegrationOut
        """
        return cast(
            IntegrationOut,
            await self._client._arequest(
                _create_new_integration_request(
                    app_id=app_id, name=name, idempotency_key=idempotency_key
                ),
                IntegrationOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    def delete_by_id(
        self,
        *,
        app_id: str,
        integ_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Integration

        Delete an integration.

        Args:
            app_id: The app's ID or UID
            integ_id: The integ's ID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            self._client._request(
                _delete_by_id_request(app_id=app_id, integ_id=integ_id),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def adelete_by_id(
        self,
        *,
        app_id: str,
        integ_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Integration

        Delete an integration.

        Args:
            app_id: The app's ID or UID
            integ_id: The integ's ID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            await self._client._arequest(
                _delete_by_id_request(app_id=app_id, integ_id=integ_id),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )

    def get_by_id(
        self,
        *,
        app_id: str,
        integ_id: str,
        request_options: RequestOptions | None = None,
    ) -> IntegrationOut:
        """Get Integration

        Get an integration.

        Args:
            app_id: The app's ID or UID
            integ_id: The integ's ID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            IntegrationOut
        """
        return cast(
            IntegrationOut,
            self._client._request(
                _get_by_id_request(app_id=app_id, integ_id=integ_id),
                IntegrationOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def aget_by_id(
        self,
        *,
        app_id: str,
        integ_id: str,
        request_options: RequestOptions | None = None,
    ) -> IntegrationOut:
        """Get Integration

        Get an integration.

        Args:
            app_id: The app's ID or UID
            integ_id: The integ's ID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            IntegrationOut
        """
        return cast(
            IntegrationOut,
            await self._client._arequest(
                _get_by_id_request(app_id=app_id, integ_id=integ_id),
                IntegrationOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    def get_key(
        self,
        *,
        app_id: str,
        integ_id: str,
        request_options: RequestOptions | None = None,
    ) -> IntegrationKeyOut:
        """Get Integration Key

        Get an integration's key.

        Args:
            app_id: The app's ID or UID
            integ_id: The integ's ID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            IntegrationKeyOut
        """
        return cast(
            IntegrationKeyOut,
            self._client._request(
                _get_key_request(app_id=app_id, integ_id=integ_id),
                IntegrationKeyOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def aget_key(
        self,
        *,
        app_id: str,
        integ_id: str,
        request_options: RequestOptions | None = None,
    ) -> IntegrationKeyOut:
        """Get Integration Key

        Get an integration's key.

        Args:
            app_id: The app's ID or UID
            integ_id: The integ's ID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            IntegrationKeyOut
        """
        return cast(
            IntegrationKeyOut,
            await self._client._arequest(
                _get_key_request(app_id=app_id, integ_id=integ_id),
                IntegrationKeyOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    def list_integrations(
        self,
        *,
        app_id: str,
        limit: int | None = None,
        iterator: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListResponse[IntegrationOut]:
        """List Integrations

        List the application's integrations.

        Args:
            app_id: The app's ID or UID
            limit: Limit the number of returned items
            iterator: The iterator returned from a prior invocation
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ListResponse[IntegrationOut]
        """
        return cast(
            ListResponse[IntegrationOut],
            self._client._request(
                _list_integrations_request(
                    app_id=app_id, limit=limit, iterator=iterator
                ),
                ListResponse[IntegrationOut],
                raw=self._raw,
                options=request_options,
                next_page=lambda cursor: self._plain.list_integrations(
                    app_id=app_id,
                    limit=limit,
                    iterator=cursor,
                    request_options=request_options,
                ),
            ),
        )

    async def alist_integrations(
        self,
        *,
        app_id: str,
        limit: int | None = None,
        iterator: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListResponse[IntegrationOut]:
        """List Integrations

        List the application's integrations.

        Args:
            app_id: The app's ID or UID
            limit: Limit the number of returned items
            iterator: The iterator returned from a prior invocation
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ListResponse[IntegrationOut]
        """
        return cast(
            ListResponse[IntegrationOut],
            await self._client._arequest(
                _list_integrations_request(
                    app_id=app_id, limit=limit, iterator=iterator
                ),
                ListResponse[IntegrationOut],
                raw=self._raw,
                options=request_options,
                next_page=lambda cursor: self._plain.alist_integrations(
                    app_id=app_id,
                    limit=limit,
                    iterator=cursor,
                    request_options=request_options,
                ),
            ),
        )

    def rotate_integration_key(
        self,
        *,
        app_id: str,
        integ_id: str,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> IntegrationKeyOut:
        """Rotate Integration Key

        Rotate the integration's key. The previous key will be immediately revoked.

        Args:
            app_id: The app's ID or UID
            integ_id: The integ's ID
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            IntegrationKeyOut
        """
        return cast(
            IntegrationKeyOut,
            self._client._request(
                _rotate_integration_key_request(
                    app_id=app_id, integ_id=integ_id, idempotency_key=idempotency_key
                ),
                IntegrationKeyOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def arotate_integration_key(
        self,
        *,
        app_id: str,
        integ_id: str,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> IntegrationKeyOut:
        """Rotate Integration Key

        Rotate the integration's key. The previous key will be immediately revoked.

        Args:
            app_id: The app's ID or UID
            integ_id: The integ's ID
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            IntegrationKeyOut
        """
        return cast(
            IntegrationKeyOut,
            await self._client._arequest(
                _rotate_integration_key_request(
                    app_id=app_id, integ_id=integ_id, idempotency_key=idempotency_key
                ),
                IntegrationKeyOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    def update_integration(
        self,
        *,
        app_id: str,
        integ_id: str,
        name: str,
        request_options: RequestOptions | None = None,
    ) -> IntegrationOut:
        """Update Integration

        Update an integration.

        Args:
            app_id: The app's ID or UID
            integ_id: The integ's ID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            IntegrationOut
        """
        return cast(
            IntegrationOut,
            self._client._request(
                _update_integration_request(
                    app_id=app_id, integ_id=integ_id, name=name
                ),
                IntegrationOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def aupdate_integration(
        self,
        *,
        app_id: str,
        integ_id: str,
        name: str,
        request_options: RequestOptions | None = None,
    ) -> IntegrationOut:
        """Update Integration

        Update an integration.

        Args:
            app_id: The app's ID or UID
            integ_id: The integ's ID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            IntegrationOut
        """
        return cast(
            IntegrationOut,
            await self._client._arequest(
                _update_integration_request(
                    app_id=app_id, integ_id=integ_id, name=name
                ),
                IntegrationOut,
                raw=self._raw,
                options=request_options,
            ),
        )


class IntegrationApiRaw:
    """`IntegrationApi` methods that return `RawResponse` objects."""

    def __init__(self, api: IntegrationApi) -> None:
        self.create_new_integration = to_raw(api.create_new_integration)
        self.acreate_new_integration = to_raw_async(api.acreate_new_integration)
        self.delete_by_id = to_raw(api.delete_by_id)
        self.adelete_by_id = to_raw_async(api.adelete_by_id)
        self.get_by_id = to_raw(api.get_by_id)
        self.aget_by_id = to_raw_async(api.aget_by_id)
        self.get_key = to_raw(api.get_key)
        self.aget_key = to_raw_async(api.aget_key)
        self.list_integrations = to_raw(api.list_integrations)
        self.alist_integrations = to_raw_async(api.alist_integrations)
        self.rotate_integration_key = to_raw(api.rotate_integration_key)
        self.arotate_integration_key = to_raw_async(api.arotate_integration_key)
        self.update_integration = to_raw(api.update_integration)
        self.aupdate_integration = to_raw_async(api.aupdate_integration)
