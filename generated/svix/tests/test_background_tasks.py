"""Tests written by sdkgen: every `background_tasks` operation, called sync, async and raw
with example values against a mock server of the API (see conftest.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from svix_python_sdk import Svix


def test_get_task_by_id(client: Svix) -> None:
    result = client.background_tasks.get_task_by_id(
        task_id="qtask_1srOrx2ZWZBpBUvZwXKQmoEYga2",
    )
    assert result is not None


def test_get_task_by_id__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.background_tasks.aget_task_by_id(
                task_id="qtask_1srOrx2ZWZBpBUvZwXKQmoEYga2",
            )
            assert result is not None

    asyncio.run(main())


def test_get_task_by_id__raw(client: Svix) -> None:
    response = client.background_tasks.raw.get_task_by_id(
        task_id="qtask_1srOrx2ZWZBpBUvZwXKQmoEYga2",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_list_recent_tasks(client: Svix) -> None:
    result = client.background_tasks.list_recent_tasks(
        status="running",
        task="endpoint.replay",
        limit=50,
        iterator="my-iterator",
        order="ascending",
    )
    assert result is not None


def test_list_recent_tasks__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.background_tasks.alist_recent_tasks(
                status="running",
                task="endpoint.replay",
                limit=50,
                iterator="my-iterator",
                order="ascending",
            )
            assert result is not None

    asyncio.run(main())


def test_list_recent_tasks__raw(client: Svix) -> None:
    response = client.background_tasks.raw.list_recent_tasks(
        status="running",
        task="endpoint.replay",
        limit=50,
        iterator="my-iterator",
        order="ascending",
    )
    assert 200 <= response.status < 300
    response.parse()
