"""Operations on Shape."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from .._base_client import Request
from .._encoding import encode_body
from .._resource import BaseResource, to_raw, to_raw_async
from .._serialize import styled
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..models.circle import Circle
from ..models.list_response import ListResponse
from ..models.shape_base_color import ShapeBaseColor, ShapeBaseColorValue
from ..models.shape_in import ShapeIn
from ..models.shape_out import ShapeOut
from ..models.square import Square
from ..models.status import Status, StatusValue

if TYPE_CHECKING:
    from ..models.circle import CircleParam
    from ..models.square import SquareParam


def _create_request(
    *,
    name: Any,
    geometry: Any,
    from_: Any,
    color: Any,
    metadata: Any,
    status: Any,
    idempotency_key: Any,
) -> Request:
    return Request(
        method="POST",
        path="/v1/shape",
        headers=[("idempotency-key", idempotency_key)],
        json=encode_body(
            ShapeIn,
            {
                "name": name,
                "from_": from_,
                "color": color,
                "geometry": geometry,
                "metadata": metadata,
                "status": status,
            },
        ),
        content_type="application/json",
        security=(("HTTPBearer",),),
        idempotency_header="idempotency-key",
    )


def _list_request(
    *,
    iterator: Any,
    limit: Any,
    status: Any,
    since: Any,
    tags: Any,
) -> Request:
    return Request(
        method="GET",
        path="/v1/shape",
        query=[
            ("iterator", iterator),
            ("limit", limit),
            ("status", status),
            ("since", since),
            ("tags", styled(tags, explode=False)),
        ],
        security=(("HTTPBearer",),),
    )


class ShapeApi(BaseResource):
    """Operations on Shape."""

    @cached_property
    def raw(self) -> ShapeApiRaw:
        """The same methods, returning the raw HTTP response (status, headers, body)."""
        return ShapeApiRaw(self._raw_twin())

    def create(
        self,
        *,
        name: str,
        geometry: Circle | CircleParam | Square | SquareParam,
        from_: str | NotGiven = NOT_GIVEN,
        color: ShapeBaseColor | ShapeBaseColorValue | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        status: Status | StatusValue | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ShapeOut:
        """Create a shape

        Args:
            name: A name; may contain "quotes" and {{ braces }}.
            from_: A Python keyword as a field name.
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ShapeOut
        """
        return cast(
            ShapeOut,
            self._client._request(
                _create_request(
                    name=name,
                    geometry=geometry,
                    from_=from_,
                    color=color,
                    metadata=metadata,
                    status=status,
                    idempotency_key=idempotency_key,
                ),
                ShapeOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def acreate(
        self,
        *,
        name: str,
        geometry: Circle | CircleParam | Square | SquareParam,
        from_: str | NotGiven = NOT_GIVEN,
        color: ShapeBaseColor | ShapeBaseColorValue | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        status: Status | StatusValue | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ShapeOut:
        """Create a shape

        Args:
            name: A name; may contain "quotes" and {{ braces }}.
            from_: A Python keyword as a field name.
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ShapeOut
        """
        return cast(
            ShapeOut,
            await self._client._arequest(
                _create_request(
                    name=name,
                    geometry=geometry,
                    from_=from_,
                    color=color,
                    metadata=metadata,
                    status=status,
                    idempotency_key=idempotency_key,
                ),
                ShapeOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    def list(
        self,
        *,
        iterator: str | None = None,
        limit: int | None = None,
        status: Status | StatusValue | None = None,
        since: datetime | str | None = None,
        tags: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListResponse[ShapeOut]:
        """List shapes

        Args:
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ListResponse[ShapeOut]
        """
        return cast(
            ListResponse[ShapeOut],
            self._client._request(
                _list_request(
                    iterator=iterator,
                    limit=limit,
                    status=status,
                    since=since,
                    tags=tags,
                ),
                ListResponse[ShapeOut],
                raw=self._raw,
                options=request_options,
                next_page=lambda cursor: self._plain.list(
                    iterator=cursor,
                    limit=limit,
                    status=status,
                    since=since,
                    tags=tags,
                    request_options=request_options,
                ),
            ),
        )

    async def alist(
        self,
        *,
        iterator: str | None = None,
        limit: int | None = None,
        status: Status | StatusValue | None = None,
        since: datetime | str | None = None,
        tags: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListResponse[ShapeOut]:
        """List shapes

        Args:
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ListResponse[ShapeOut]
        """
        return cast(
            ListResponse[ShapeOut],
            await self._client._arequest(
                _list_request(
                    iterator=iterator,
                    limit=limit,
                    status=status,
                    since=since,
                    tags=tags,
                ),
                ListResponse[ShapeOut],
                raw=self._raw,
                options=request_options,
                next_page=lambda cursor: self._plain.alist(
                    iterator=cursor,
                    limit=limit,
                    status=status,
                    since=since,
                    tags=tags,
                    request_options=request_options,
                ),
            ),
        )


class ShapeApiRaw:
    """`ShapeApi` methods that return `RawResponse` objects."""

    def __init__(self, api: ShapeApi) -> None:
        self.create = to_raw(api.create)
        self.acreate = to_raw_async(api.acreate)
        self.list = to_raw(api.list)
        self.alist = to_raw_async(api.alist)
