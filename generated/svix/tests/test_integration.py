"""Tests written by sdkgen: every `integration` operation, called sync, async and raw
with example values against a mock server of the API (see conftest.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from svix_python_sdk import Svix


def test_create_new_integration(client: Svix) -> None:
    result = client.integration.create_new_integration(
        app_id="unique-app-identifier",
        name="Example Integration",
        idempotency_key="my-idempotency-key",
    )
    assert result is not None


def test_create_new_integration__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.integration.acreate_new_integration(
                app_id="unique-app-identifier",
                name="Example Integration",
                idempotency_key="my-idempotency-key",
            )
            assert result is not None

    asyncio.run(main())


def test_create_new_integration__raw(client: Svix) -> None:
    response = client.integration.raw.create_new_integration(
        app_id="unique-app-identifier",
        name="Example Integration",
        idempotency_key="my-idempotency-key",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_delete_by_id(client: Svix) -> None:
    client.integration.delete_by_id(
        app_id="unique-app-identifier",
        integ_id="integ_1srOrx2ZWZBpBUvZwXKQmoEYga2",
    )


def test_delete_by_id__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            await client.integration.adelete_by_id(
                app_id="unique-app-identifier",
                integ_id="integ_1srOrx2ZWZBpBUvZwXKQmoEYga2",
            )

    asyncio.run(main())


def test_delete_by_id__raw(client: Svix) -> None:
    response = client.integration.raw.delete_by_id(
        app_id="unique-app-identifier",
        integ_id="integ_1srOrx2ZWZBpBUvZwXKQmoEYga2",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_get_by_id(client: Svix) -> None:
    result = client.integration.get_by_id(
        app_id="unique-app-identifier",
        integ_id="integ_1srOrx2ZWZBpBUvZwXKQmoEYga2",
    )
    assert result is not None


def test_get_by_id__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.integration.aget_by_id(
                app_id="unique-app-identifier",
                integ_id="integ_1srOrx2ZWZBpBUvZwXKQmoEYga2",
            )
            assert result is not None

    asyncio.run(main())


def test_get_by_id__raw(client: Svix) -> None:
    response = client.integration.raw.get_by_id(
        app_id="unique-app-identifier",
        integ_id="integ_1srOrx2ZWZBpBUvZwXKQmoEYga2",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_get_key(client: Svix) -> None:
    result = client.integration.get_key(
        app_id="unique-app-identifier",
        integ_id="integ_1srOrx2ZWZBpBUvZwXKQmoEYga2",
    )
    assert result is not None


def test_get_key__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.integration.aget_key(
                app_id="unique-app-identifier",
                integ_id="integ_1srOrx2ZWZBpBUvZwXKQmoEYga2",
            )
            assert result is not None

    asyncio.run(main())


def test_get_key__raw(client: Svix) -> None:
    response = client.integration.raw.get_key(
        app_id="unique-app-identifier",
        integ_id="integ_1srOrx2ZWZBpBUvZwXKQmoEYga2",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_list_integrations(client: Svix) -> None:
    result = client.integration.list_integrations(
        app_id="unique-app-identifier",
        limit=50,
        iterator="integ_1srOrx2ZWZBpBUvZwXKQmoEYga2",
    )
    assert result is not None


def test_list_integrations__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.integration.alist_integrations(
                app_id="unique-app-identifier",
                limit=50,
                iterator="integ_1srOrx2ZWZBpBUvZwXKQmoEYga2",
            )
            assert result is not None

    asyncio.run(main())


def test_list_integrations__raw(client: Svix) -> None:
    response = client.integration.raw.list_integrations(
        app_id="unique-app-identifier",
        limit=50,
        iterator="integ_1srOrx2ZWZBpBUvZwXKQmoEYga2",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_rotate_integration_key(client: Svix) -> None:
    result = client.integration.rotate_integration_key(
        app_id="unique-app-identifier",
        integ_id="integ_1srOrx2ZWZBpBUvZwXKQmoEYga2",
        idempotency_key="my-idempotency-key",
    )
    assert result is not None


def test_rotate_integration_key__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.integration.arotate_integration_key(
                app_id="unique-app-identifier",
                integ_id="integ_1srOrx2ZWZBpBUvZwXKQmoEYga2",
                idempotency_key="my-idempotency-key",
            )
            assert result is not None

    asyncio.run(main())


def test_rotate_integration_key__raw(client: Svix) -> None:
    response = client.integration.raw.rotate_integration_key(
        app_id="unique-app-identifier",
        integ_id="integ_1srOrx2ZWZBpBUvZwXKQmoEYga2",
        idempotency_key="my-idempotency-key",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_update_integration(client: Svix) -> None:
    result = client.integration.update_integration(
        app_id="unique-app-identifier",
        integ_id="integ_1srOrx2ZWZBpBUvZwXKQmoEYga2",
        name="Example Integration",
    )
    assert result is not None


def test_update_integration__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.integration.aupdate_integration(
                app_id="unique-app-identifier",
                integ_id="integ_1srOrx2ZWZBpBUvZwXKQmoEYga2",
                name="Example Integration",
            )
            assert result is not None

    asyncio.run(main())


def test_update_integration__raw(client: Svix) -> None:
    response = client.integration.raw.update_integration(
        app_id="unique-app-identifier",
        integ_id="integ_1srOrx2ZWZBpBUvZwXKQmoEYga2",
        name="Example Integration",
    )
    assert 200 <= response.status < 300
    response.parse()
