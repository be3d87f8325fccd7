"""Tests written by sdkgen: every `application` operation, called sync, async and raw
with example values against a mock server of the API (see conftest.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from svix_python_sdk import Svix


def test_create_new_application(client: Svix) -> None:
    result = client.application.create_new_application(
        name="My first application",
        rate_limit=1,
        uid="unique-app-identifier",
        metadata={"key": "my-value"},
        get_if_exists=True,
        idempotency_key="my-idempotency-key",
    )
    assert result is not None


def test_create_new_application__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.application.acreate_new_application(
                name="My first application",
                rate_limit=1,
                uid="unique-app-identifier",
                metadata={"key": "my-value"},
                get_if_exists=True,
                idempotency_key="my-idempotency-key",
            )
            assert result is not None

    asyncio.run(main())


def test_create_new_application__raw(client: Svix) -> None:
    response = client.application.raw.create_new_application(
        name="My first application",
        rate_limit=1,
        uid="unique-app-identifier",
        metadata={"key": "my-value"},
        get_if_exists=True,
        idempotency_key="my-idempotency-key",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_get_by_id(client: Svix) -> None:
    result = client.application.get_by_id(
        app_id="unique-app-identifier",
    )
    assert result is not None


def test_get_by_id__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.application.aget_by_id(
                app_id="unique-app-identifier",
            )
            assert result is not None

    asyncio.run(main())


def test_get_by_id__raw(client: Svix) -> None:
    response = client.application.raw.get_by_id(
        app_id="unique-app-identifier",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_list_all(client: Svix) -> None:
    result = client.application.list_all(
        limit=50,
        iterator="app_1srOrx2ZWZBpBUvZwXKQmoEYga2",
        order="ascending",
    )
    assert result is not None


def test_list_all__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.application.alist_all(
                limit=50,
                iterator="app_1srOrx2ZWZBpBUvZwXKQmoEYga2",
                order="ascending",
            )
            assert result is not None

    asyncio.run(main())


def test_list_all__raw(client: Svix) -> None:
    response = client.application.raw.list_all(
        limit=50,
        iterator="app_1srOrx2ZWZBpBUvZwXKQmoEYga2",
        order="ascending",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_partially_update(client: Svix) -> None:
    result = client.application.partially_update(
        app_id="unique-app-identifier",
        name="my-name",
        rate_limit=1,
        uid="unique-app-identifier",
        metadata={"key": "my-value"},
    )
    assert result is not None


def test_partially_update__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.application.apartially_update(
                app_id="unique-app-identifier",
                name="my-name",
                rate_limit=1,
                uid="unique-app-identifier",
                metadata={"key": "my-value"},
            )
            assert result is not None

    asyncio.run(main())


def test_partially_update__raw(client: Svix) -> None:
    response = client.application.raw.partially_update(
        app_id="unique-app-identifier",
        name="my-name",
        rate_limit=1,
        uid="unique-app-identifier",
        metadata={"key": "my-value"},
    )
    assert 200 <= response.status < 300
    response.parse()


def test_remove_app(client: Svix) -> None:
    client.application.remove_app(
        app_id="unique-app-identifier",
    )


def test_remove_app__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            await client.application.aremove_app(
                app_id="unique-app-identifier",
            )

    asyncio.run(main())


def test_remove_app__raw(client: Svix) -> None:
    response = client.application.raw.remove_app(
        app_id="unique-app-identifier",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_update_app(client: Svix) -> None:
    result = client.application.update_app(
        app_id="unique-app-identifier",
        name="My first application",
        rate_limit=1,
        uid="unique-app-identifier",
        metadata={"key": "my-value"},
    )
    assert result is not None


def test_update_app__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.application.aupdate_app(
                app_id="unique-app-identifier",
                name="My first application",
                rate_limit=1,
                uid="unique-app-identifier",
                metadata={"key": "my-value"},
            )
            assert result is not None

    asyncio.run(main())


def test_update_app__raw(client: Svix) -> None:
    response = client.application.raw.update_app(
        app_id="unique-app-identifier",
        name="My first application",
        rate_limit=1,
        uid="unique-app-identifier",
        metadata={"key": "my-value"},
    )
    assert 200 <= response.status < 300
    response.parse()
