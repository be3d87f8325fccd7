"""Operations on Tree."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import Any, cast

from .._base_client import Request
from .._encoding import format_path
from .._resource import BaseResource, to_raw, to_raw_async
from .._types import RequestOptions
from ..models.tree_node import TreeNode


def _dict_request() -> Request:
    return Request(
        method="GET",
        path="/v1/tree/labels",
        security=(("HTTPBearer",),),
    )


def _get_request(
    *,
    id: Any,
    class_: Any,
) -> Request:
    return Request(
        method="GET",
        path=format_path("/v1/tree/{id}", {"id": id}),
        query=[("class", class_)],
        security=(("HTTPBearer",),),
    )


def _list_request() -> Request:
    return Request(
        method="GET",
        path="/v1/tree",
        security=(("HTTPBearer",),),
    )


class TreeApi(BaseResource):
    """Operations on Tree."""

    @cached_property
    def raw(self) -> TreeApiRaw:
        """The same methods, returning the raw HTTP response (status, headers, body)."""
        return TreeApiRaw(self._raw_twin())

    def dict(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.dict[str, int]:
        """GET /v1/tree/labels

        Args:
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            builtins.dict[str, int]
        """
        return cast(
            builtins.dict[str, int],
            self._client._request(
                _dict_request(),
                builtins.dict[str, int],
                raw=self._raw,
                options=request_options,
            ),
        )

    async def adict(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.dict[str, int]:
        """GET /v1/tree/labels

        Args:
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            builtins.dict[str, int]
        """
        return cast(
            builtins.dict[str, int],
            await self._client._arequest(
                _dict_request(),
                builtins.dict[str, int],
                raw=self._raw,
                options=request_options,
            ),
        )

    def get(
        self,
        *,
        id: str,
        class_: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreeNode:
        """GET /v1/tree/{id}

        Args:
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            TreeNode
        """
        return cast(
            TreeNode,
            self._client._request(
                _get_request(id=id, class_=class_),
                TreeNode,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def aget(
        self,
        *,
        id: str,
        class_: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreeNode:
        """GET /v1/tree/{id}

        Args:
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            TreeNode
        """
        return cast(
            TreeNode,
            await self._client._arequest(
                _get_request(id=id, class_=class_),
                TreeNode,
                raw=self._raw,
                options=request_options,
            ),
        )

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[TreeNode]:
        """A method named like a builtin, returning a list.

        Args:
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            builtins.list[TreeNode]
        """
        return cast(
            builtins.list[TreeNode],
            self._client._request(
                _list_request(),
                builtins.list[TreeNode],
                raw=self._raw,
                options=request_options,
            ),
        )

    async def alist(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[TreeNode]:
        """A method named like a builtin, returning a list.

        Args:
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            builtins.list[TreeNode]
        """
        return cast(
            builtins.list[TreeNode],
            await self._client._arequest(
                _list_request(),
                builtins.list[TreeNode],
                raw=self._raw,
                options=request_options,
            ),
        )


class TreeApiRaw:
    """`TreeApi` methods that return `RawResponse` objects."""

    def __init__(self, api: TreeApi) -> None:
        self.dict = to_raw(api.dict)
        self.adict = to_raw_async(api.adict)
        self.get = to_raw(api.get)
        self.aget = to_raw_async(api.aget)
        self.list = to_raw(api.list)
        self.alist = to_raw_async(api.alist)
