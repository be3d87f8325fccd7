"""Give your users access to the Consumer Application Portal, and manage the tokens that grant it."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from typing_extensions import deprecated

from .._base_client import Request
from .._encoding import encode_body, format_path
from .._resource import BaseResource, to_raw, to_raw_async
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..models.app_portal_access_in import AppPortalAccessIn
from ..models.app_portal_access_out import AppPortalAccessOut
from ..models.application_token_expire_in import ApplicationTokenExpireIn
from ..models.dashboard_access_out import DashboardAccessOut

if TYPE_CHECKING:
    from .._response import RawResponse


def _expire_app_tokens_request(
    *,
    app_id: Any,
    expiry: Any,
    idempotency_key: Any,
) -> Request:
    return Request(
        method="POST",
        path=format_path("/api/v1/auth/app/{app_id}/expire-all", {"app_id": app_id}),
        headers=[("idempotency-key", idempotency_key)],
        json=encode_body(ApplicationTokenExpireIn, {"expiry": expiry}),
        content_type="application/json",
        security=(("HTTPBearer",),),
        response_kind="empty",
        idempotency_header="idempotency-key",
    )


def _generate_magic_link_request(
    *,
    app_id: Any,
    idempotency_key: Any,
) -> Request:
    return Request(
        method="POST",
        path=format_path("/api/v1/auth/dashboard-access/{app_id}", {"app_id": app_id}),
        headers=[("idempotency-key", idempotency_key)],
        security=(("HTTPBearer",),),
        idempotency_header="idempotency-key",
    )


def _obtain_magic_link_and_code_request(
    *,
    app_id: Any,
    feature_flags: Any,
    expiry: Any,
    idempotency_key: Any,
) -> Request:
    return Request(
        method="POST",
        path=format_path("/api/v1/auth/app-portal-access/{app_id}", {"app_id": app_id}),
        headers=[("idempotency-key", idempotency_key)],
        json=encode_body(
            AppPortalAccessIn, {"feature_flags": feature_flags, "expiry": expiry}
        ),
        content_type="application/json",
        security=(("HTTPBearer",),),
        idempotency_header="idempotency-key",
    )


def _revoke_token_request(
    *,
    idempotency_key: Any,
) -> Request:
    return Request(
        method="POST",
        path="/api/v1/auth/logout",
        headers=[("idempotency-key", idempotency_key)],
        security=(("HTTPBearer",),),
        response_kind="empty",
        idempotency_header="idempotency-key",
    )


class AuthenticationApi(BaseResource):
    """Give your users access to the Consumer Application Portal, and manage the tokens that grant it."""

    @cached_property
    def raw(self) -> AuthenticationApiRaw:
        """The same methods, returning the raw HTTP response (status, headers, body)."""
        return AuthenticationApiRaw(self._raw_twin())

    def expire_app_tokens(
        self,
        *,
        app_id: str,
        expiry: int | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Expire All

        Expire all of the tokens associated with a specific Application

        Args:
            app_id: The app's ID or UID
            expiry: How many seconds until the old key is expired.
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            self._client._request(
                _expire_app_tokens_request(
                    app_id=app_id, expiry=expiry, idempotency_key=idempotency_key
                ),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def aexpire_app_tokens(
        self,
        *,
        app_id: str,
        expiry: int | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Expire All

        Expire all of the tokens associated with a specific Application

        Args:
            app_id: The app's ID or UID
            expiry: How many seconds until the old key is expired.
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            await self._client._arequest(
                _expire_app_tokens_request(
                    app_id=app_id, expiry=expiry, idempotency_key=idempotency_key
                ),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )

    @deprecated(
        "generate_magic_link is deprecated: the API may remove it in a future version."
    )
    def generate_magic_link(
        self,
        *,
        app_id: str,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> DashboardAccessOut:
        """Dashboard Access

        DEPRECATED: Please use `app-portal-access` instead.

        Use this function to get magic links (and authentication codes) for connecting your users to the Consumer Application Portal.

        Deprecated: this operation may be removed in a future version of the API.

        Args:
            app_id: The app's ID or UID
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            DashboardAccessOut
        """
        return cast(
            DashboardAccessOut,
            self._client._request(
                _generate_magic_link_request(
                    app_id=app_id, idempotency_key=idempotency_key
                ),
                DashboardAccessOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    @deprecated(
        "generate_magic_link is deprecated: the API may remove it in a future version."
    )
    async def agenerate_magic_link(
        self,
        *,
        app_id: str,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> DashboardAccessOut:
        """Dashboard Access

        DEPRECATED: Please use `app-portal-access` instead.

        Use this function to get magic links (and authentication codes) for connecting your users to the Consumer Application Portal.

        Deprecated: this operation may be removed in a future version of the API.

        Args:
            app_id: The app's ID or UID
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            DashboardAccessOut
        """
        return cast(
            DashboardAccessOut,
            await self._client._arequest(
                _generate_magic_link_request(
                    app_id=app_id, idempotency_key=idempotency_key
                ),
                DashboardAccessOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    def obtain_magic_link_and_code(
        self,
        *,
        app_id: str,
        feature_flags: Sequence[str] | NotGiven = NOT_GIVEN,
        expiry: int | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AppPortalAccessOut:
        """Get Consumer App Portal Access

        Use this function to get magic links (and authentication codes) for connecting your users to the Consumer Application Portal.

        Args:
            app_id: The app's ID or UID
            feature_flags: The set of feature flags the created token will have access to.
            expiry: How long the token will be valid for, in seconds. Valid values are between 1 hour and 7 days. The default is 7 days.
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            AppPortalAccessOut
        """
        return cast(
            AppPortalAccessOut,
            self._client._request(
                _obtain_magic_link_and_code_request(
                    app_id=app_id,
                    feature_flags=feature_flags,
                    expiry=expiry,
                    idempotency_key=idempotency_key,
                ),
                AppPortalAccessOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def aobtain_magic_link_and_code(
        self,
        *,
        app_id: str,
        feature_flags: Sequence[str] | NotGiven = NOT_GIVEN,
        expiry: int | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AppPortalAccessOut:
        """Get Consumer App Portal Access

        Use this function to get magic links (and authentication codes) for connecting your users to the Consumer Application Portal.

        Args:
            app_id: The app's ID or UID
            feature_flags: The set of feature flags the created token will have access to.
            expiry: How long the token will be valid for, in seconds. Valid values are between 1 hour and 7 days. The default is 7 days.
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            AppPortalAccessOut
        """
        return cast(
            AppPortalAccessOut,
            await self._client._arequest(
                _obtain_magic_link_and_code_request(
                    app_id=app_id,
                    feature_flags=feature_flags,
                    expiry=expiry,
                    idempotency_key=idempotency_key,
                ),
                AppPortalAccessOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    def revoke_token(
        self,
        *,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Logout

        Logout an app token.

        Trying to log out other tokens will fail.

        Args:
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            self._client._request(
                _revoke_token_request(idempotency_key=idempotency_key),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def arevoke_token(
        self,
        *,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Logout

        Logout an app token.

        Trying to log out other tokens will fail.

        Args:
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            await self._client._arequest(
                _revoke_token_request(idempotency_key=idempotency_key),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )


class AuthenticationApiRaw:
    """`AuthenticationApi` methods that return `RawResponse` objects."""

    def __init__(self, api: AuthenticationApi) -> None:
        self.expire_app_tokens = to_raw(api.expire_app_tokens)
        self.aexpire_app_tokens = to_raw_async(api.aexpire_app_tokens)
        self.obtain_magic_link_and_code = to_raw(api.obtain_magic_link_and_code)
        self.aobtain_magic_link_and_code = to_raw_async(api.aobtain_magic_link_and_code)
        self.revoke_token = to_raw(api.revoke_token)
        self.arevoke_token = to_raw_async(api.arevoke_token)
        # declared below instead, where type checkers see (and report) deprecated uses
        if not TYPE_CHECKING:
            self.generate_magic_link = to_raw(api.generate_magic_link)
            self.agenerate_magic_link = to_raw_async(api.agenerate_magic_link)

    if TYPE_CHECKING:

        @deprecated(
            "generate_magic_link is deprecated: the API may remove it in a future version."
        )
        def generate_magic_link(
            self,
            *,
            app_id: str,
            idempotency_key: str | None = None,
            request_options: RequestOptions | None = None,
        ) -> RawResponse[DashboardAccessOut]: ...

        @deprecated(
            "generate_magic_link is deprecated: the API may remove it in a future version."
        )
        async def agenerate_magic_link(
            self,
            *,
            app_id: str,
            idempotency_key: str | None = None,
            request_options: RequestOptions | None = None,
        ) -> RawResponse[DashboardAccessOut]: ...
