"""Applications are where messages are sent to. Usually you want to create one application for each user on your platform."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, cast

from .._base_client import Request
from .._encoding import encode_body, format_path
from .._resource import BaseResource, to_raw, to_raw_async
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..models.application_in import ApplicationIn
from ..models.application_out import ApplicationOut
from ..models.application_patch import ApplicationPatch
from ..models.list_response import ListResponse
from ..models.ordering import Ordering, OrderingValue


def _create_new_application_request(
    *,
    name: Any,
    rate_limit: Any,
    uid: Any,
    metadata: Any,
    get_if_exists: Any,
    idempotency_key: Any,
) -> Request:
    return Request(
        method="POST",
        path="/api/v1/app",
        query=[("get_if_exists", get_if_exists)],
        headers=[("idempotency-key", idempotency_key)],
        json=encode_body(
            ApplicationIn,
            {"name": name, "rate_limit": rate_limit, "uid": uid, "metadata": metadata},
        ),
        content_type="application/json",
        security=(("HTTPBearer",),),
        idempotency_header="idempotency-key",
    )


def _get_by_id_request(
    *,
    app_id: Any,
) -> Request:
    return Request(
        method="GET",
        path=format_path("/api/v1/app/{app_id}", {"app_id": app_id}),
        security=(("HTTPBearer",),),
    )


def _list_all_request(
    *,
    limit: Any,
    iterator: Any,
    order: Any,
) -> Request:
    return Request(
        method="GET",
        path="/api/v1/app",
        query=[("limit", limit), ("iterator", iterator), ("order", order)],
        security=(("HTTPBearer",),),
    )


def _partially_update_request(
    *,
    app_id: Any,
    name: Any,
    rate_limit: Any,
    uid: Any,
    metadata: Any,
) -> Request:
    return Request(
        method="PATCH",
        path=format_path("/api/v1/app/{app_id}", {"app_id": app_id}),
        json=encode_body(
            ApplicationPatch,
            {"name": name, "rate_limit": rate_limit, "uid": uid, "metadata": metadata},
        ),
        content_type="application/json",
        security=(("HTTPBearer",),),
    )


def _remove_app_request(
    *,
    app_id: Any,
) -> Request:
    return Request(
        method="DELETE",
        path=format_path("/api/v1/app/{app_id}", {"app_id": app_id}),
        security=(("HTTPBearer",),),
        response_kind="empty",
    )


def _update_app_request(
    *,
    app_id: Any,
    name: Any,
    rate_limit: Any,
    uid: Any,
    metadata: Any,
) -> Request:
    return Request(
        method="PUT",
        path=format_path("/api/v1/app/{app_id}", {"app_id": app_id}),
        json=encode_body(
            ApplicationIn,
            {"name": name, "rate_limit": rate_limit, "uid": uid, "metadata": metadata},
        ),
        content_type="application/json",
        security=(("HTTPBearer",),),
    )


class ApplicationApi(BaseResource):
    """Applications are where messages are sent to. Usually you want to create one application for each user on your platform."""

    @cached_property
    def raw(self) -> ApplicationApiRaw:
        """The same methods, returning the raw HTTP response (status, headers, body)."""
        return ApplicationApiRaw(self._raw_twin())

    def create_new_application(
        self,
        *,
        name: str,
        rate_limit: int | None | NotGiven = NOT_GIVEN,
        uid: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        get_if_exists: bool | None = None,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApplicationOut:
        """Create Application

        Create a new application.

        Args:
            uid: Optional unique identifier for the application
            get_if_exists: Get an existing application, or create a new one if doesn't exist. It's two separate functions in the libs.
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ApplicationOut
        """
        return cast(
            ApplicationOut,
            self._client._request(
                _create_new_application_request(
                    name=name,
                    rate_limit=rate_limit,
                    uid=uid,
                    metadata=metadata,
                    get_if_exists=get_if_exists,
                    idempotency_key=idempotency_key,
                ),
                ApplicationOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def acreate_new_application(
        self,
        *,
        name: str,
        rate_limit: int | None | NotGiven = NOT_GIVEN,
        uid: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        get_if_exists: bool | None = None,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApplicationOut:
        """Create Application

        Create a new application.

        Args:
            uid: Optional unique identifier for the application
            get_if_exists: Get an existing application, or create a new one if doesn't exist. It's two separate functions in the libs.
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ApplicationOut
        """
        return cast(
            ApplicationOut,
            await self._client._arequest(
                _create_new_application_request(
                    name=name,
                    rate_limit=rate_limit,
                    uid=uid,
                    metadata=metadata,
                    get_if_exists=get_if_exists,
                    idempotency_key=idempotency_key,
                ),
                ApplicationOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    def get_by_id(
        self,
        *,
        app_id: str,
        request_options: RequestOptions | None = None,
    ) -> ApplicationOut:
        """Get Application

        Get an application.

        Args:
            app_id: The app's ID or UID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ApplicationOut
        """
        return cast(
            ApplicationOut,
            self._client._request(
                _get_by_id_request(app_id=app_id),
                ApplicationOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def aget_by_id(
        self,
        *,
        app_id: str,
        request_options: RequestOptions | None = None,
    ) -> ApplicationOut:
        """Get Application

        Get an application.

        Args:
            app_id: The app's ID or UID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ApplicationOut
        """
        return cast(
            ApplicationOut,
            await self._client._arequest(
                _get_by_id_request(app_id=app_id),
                ApplicationOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        iterator: str | None = None,
        order: Ordering | OrderingValue | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListResponse[ApplicationOut]:
        """List Applications

        List of all the organization's applications.

        Args:
            limit: Limit the number of returned items
            iterator: The iterator returned from a prior invocation
            order: The sorting order of the returned items
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ListResponse[ApplicationOut]
        """
        return cast(
            ListResponse[ApplicationOut],
            self._client._request(
                _list_all_request(limit=limit, iterator=iterator, order=order),
                ListResponse[ApplicationOut],
                raw=self._raw,
                options=request_options,
                next_page=lambda cursor: self._plain.list_all(
                    limit=limit,
                    iterator=cursor,
                    order=order,
                    request_options=request_options,
                ),
            ),
        )

    async def alist_all(
        self,
        *,
        limit: int | None = None,
        iterator: str | None = None,
        order: Ordering | OrderingValue | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListResponse[ApplicationOut]:
        """List Applications

        List of all the organization's applications.

        Args:
            limit: Limit the number of returned items
            iterator: The iterator returned from a prior invocation
            order: The sorting order of the returned items
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ListResponse[ApplicationOut]
        """
        return cast(
            ListResponse[ApplicationOut],
            await self._client._arequest(
                _list_all_request(limit=limit, iterator=iterator, order=order),
                ListResponse[ApplicationOut],
                raw=self._raw,
                options=request_options,
                next_page=lambda cursor: self._plain.alist_all(
                    limit=limit,
                    iterator=cursor,
                    order=order,
                    request_options=request_options,
                ),
            ),
        )

    def partially_update(
        self,
        *,
        app_id: str,
        name: str | NotGiven = NOT_GIVEN,
        rate_limit: int | None | NotGiven = NOT_GIVEN,
        uid: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ApplicationOut:
        """Patch Application

        Partially update an application.

        Args:
            app_id: The app's ID or UID
            uid: The app's UID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ApplicationOut
        """
        return cast(
            ApplicationOut,
            self._client._request(
                _partially_update_request(
                    app_id=app_id,
                    name=name,
                    rate_limit=rate_limit,
                    uid=uid,
                    metadata=metadata,
                ),
                ApplicationOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def apartially_update(
        self,
        *,
        app_id: str,
        name: str | NotGiven = NOT_GIVEN,
        rate_limit: int | None | NotGiven = NOT_GIVEN,
        uid: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ApplicationOut:
        """Patch Application

        Partially update an application.

        Args:
            app_id: The app's ID or UID
            uid: The app's UID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ApplicationOut
        """
        return cast(
            ApplicationOut,
            await self._client._arequest(
                _partially_update_request(
                    app_id=app_id,
                    name=name,
                    rate_limit=rate_limit,
                    uid=uid,
                    metadata=metadata,
                ),
                ApplicationOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    def remove_app(
        self,
        *,
        app_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Application

        Delete an application.

        Args:
            app_id: The app's ID or UID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            self._client._request(
                _remove_app_request(app_id=app_id),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def aremove_app(
        self,
        *,
        app_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Application

        Delete an application.

        Args:
            app_id: The app's ID or UID
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            await self._client._arequest(
                _remove_app_request(app_id=app_id),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )

    def update_app(
        self,
        *,
        app_id: str,
        name: str,
        rate_limit: int | None | NotGiven = NOT_GIVEN,
        uid: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ApplicationOut:
        """Update Application

        Update an application.

        Args:
            app_id: The app's ID or UID
            uid: Optional unique identifier for the application
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ApplicationOut
        """
        return cast(
            ApplicationOut,
            self._client._request(
                _update_app_request(
                    app_id=app_id,
                    name=name,
                    rate_limit=rate_limit,
                    uid=uid,
                    metadata=metadata,
                ),
                ApplicationOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def aupdate_app(
        self,
        *,
        app_id: str,
        name: str,
        rate_limit: int | None | NotGiven = NOT_GIVEN,
        uid: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ApplicationOut:
        """Update Application

        Update an application.

        Args:
            app_id: The app's ID or UID
            uid: Optional unique identifier for the application
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ApplicationOut
        """
        return cast(
            ApplicationOut,
            await self._client._arequest(
                _update_app_request(
                    app_id=app_id,
                    name=name,
                    rate_limit=rate_limit,
                    uid=uid,
                    metadata=metadata,
                ),
                ApplicationOut,
                raw=self._raw,
                options=request_options,
            ),
        )


class ApplicationApiRaw:
    """`ApplicationApi` methods that return `RawResponse` objects."""

    def __init__(self, api: ApplicationApi) -> None:
        self.create_new_application = to_raw(api.create_new_application)
        self.acreate_new_application = to_raw_async(api.acreate_new_application)
        self.get_by_id = to_raw(api.get_by_id)
        self.aget_by_id = to_raw_async(api.aget_by_id)
        self.list_all = to_raw(api.list_all)
        self.alist_all = to_raw_async(api.alist_all)
        self.partially_update = to_raw(api.partially_update)
        self.apartially_update = to_raw_async(api.apartially_update)
        self.remove_app = to_raw(api.remove_app)
        self.aremove_app = to_raw_async(api.aremove_app)
        self.update_app = to_raw(api.update_app)
        self.aupdate_app = to_raw_async(api.aupdate_app)
