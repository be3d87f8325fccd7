"""The background tasks that have been executed for your environment."""

from __future__ import annotations

from functools import cached_property
from typing import Any, cast

from .._base_client import Request
from .._encoding import format_path
from .._resource import BaseResource, to_raw, to_raw_async
from .._types import RequestOptions
from ..models.background_task_out import BackgroundTaskOut
from ..models.background_task_status import (
    BackgroundTaskStatus,
    BackgroundTaskStatusValue,
)
from ..models.background_task_type import BackgroundTaskType, BackgroundTaskTypeValue
from ..models.list_response import ListResponse
from ..models.ordering import Ordering, OrderingValue


def _get_task_by_id_request(
    *,
    task_id: Any,
) -> Request:
    return Request(
        method="GET",
        path=format_path("/api/v1/background-task/{task_id}", {"task_id": task_id}),
        security=(("HTTPBearer",),),
    )


def _list_recent_tasks_request(
    *,
    status: Any,
    task: Any,
    limit: Any,
    iterator: Any,
    order: Any,
) -> Request:
    return Request(
        method="GET",
        path="/api/v1/background-task",
        query=[
            ("status", status),
            ("task", task),
            ("limit", limit),
            ("iterator", iterator),
            ("order", order),
        ],
        security=(("HTTPBearer",),),
    )


class BackgroundTasksApi(BaseResource):
    """The background tasks that have been executed for your environment."""

    @cached_property
    def raw(self) -> BackgroundTasksApiRaw:
        """The same methods, returning the raw HTTP response (status, headers, body)."""
        return BackgroundTasksApiRaw(self._raw_twin())

    def get_task_by_id(
        self,
        *,
        task_id: str,
        request_options: RequestOptions | None = None,
    ) -> BackgroundTaskOut:
        """Get Background Task

        Get a background task by ID.

        Args:
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            BackgroundTaskOut
        """
        return cast(
            BackgroundTaskOut,
            self._client._request(
                _get_task_by_id_request(task_id=task_id),
                BackgroundTaskOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def aget_task_by_id(
        self,
        *,
        task_id: str,
        request_options: RequestOptions | None = None,
    ) -> BackgroundTaskOut:
        """Get Background Task

        Get a background task by ID.

        Args:
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            BackgroundTaskOut
        """
        return cast(
            BackgroundTaskOut,
            await self._client._arequest(
                _get_task_by_id_request(task_id=task_id),
                BackgroundTaskOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    def list_recent_tasks(
        self,
        *,
        status: BackgroundTaskStatus | BackgroundTaskStatusValue | None = None,
        task: BackgroundTaskType | BackgroundTaskTypeValue | None = None,
        limit: int | None = None,
        iterator: str | None = None,
        order: Ordering | OrderingValue | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListResponse[BackgroundTaskOut]:
        """List Background Tasks

        List background tasks executed in the past 90 days.

        Args:
            status: Filter the response based on the status
            task: Filter the response based on the type
            limit: Limit the number of returned items
            iterator: The iterator returned from a prior invocation
            order: The sorting order of the returned items
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ListResponse[BackgroundTaskOut]
        """
        return cast(
            ListResponse[BackgroundTaskOut],
            self._client._request(
                _list_recent_tasks_request(
                    status=status,
                    task=task,
                    limit=limit,
                    iterator=iterator,
                    order=order,
                ),
                ListResponse[BackgroundTaskOut],
                raw=self._raw,
                options=request_options,
                next_page=lambda cursor: self._plain.list_recent_tasks(
                    status=status,
                    task=task,
                    limit=limit,
                    iterator=cursor,
                    order=order,
                    request_options=request_options,
                ),
            ),
        )

    async def alist_recent_tasks(
        self,
        *,
        status: BackgroundTaskStatus | BackgroundTaskStatusValue | None = None,
        task: BackgroundTaskType | BackgroundTaskTypeValue | None = None,
        limit: int | None = None,
        iterator: str | None = None,
        order: Ordering | OrderingValue | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListResponse[BackgroundTaskOut]:
        """List Background Tasks

        List background tasks executed in the past 90 days.

        Args:
            status: Filter the response based on the status
            task: Filter the response based on the type
            limit: Limit the number of returned items
            iterator: The iterator returned from a prior invocation
            order: The sorting order of the returned items
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            ListResponse[BackgroundTaskOut]
        """
        return cast(
            ListResponse[BackgroundTaskOut],
            await self._client._arequest(
                _list_recent_tasks_request(
                    status=status,
                    task=task,
                    limit=limit,
                    iterator=iterator,
                    order=order,
                ),
                ListResponse[BackgroundTaskOut],
                raw=self._raw,
                options=request_options,
                next_page=lambda cursor: self._plain.alist_recent_tasks(
                    status=status,
                    task=task,
                    limit=limit,
                    iterator=cursor,
                    order=order,
                    request_options=request_options,
                ),
            ),
        )


class BackgroundTasksApiRaw:
    """`BackgroundTasksApi` methods that return `RawResponse` objects."""

    def __init__(self, api: BackgroundTasksApi) -> None:
        self.get_task_by_id = to_raw(api.get_task_by_id)
        self.aget_task_by_id = to_raw_async(api.aget_task_by_id)
        self.list_recent_tasks = to_raw(api.list_recent_tasks)
        self.alist_recent_tasks = to_raw_async(api.alist_recent_tasks)
