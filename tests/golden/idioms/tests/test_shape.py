"""Tests written by sdkgen: every `shape` operation, called sync, async and raw
with example values against a mock server of the API (see conftest.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from idioms import Idioms


def test_create(client: Idioms) -> None:
    result = client.shape.create(
        name="my-name",
        geometry={"kind": "circle", "radius": 1.5},
        from_="my-from",
        color="red",
        metadata={"key": "my-value"},
        status=0,
        idempotency_key="my-idempotency-key",
    )
    assert result is not None


def test_create__async(new_client: Callable[[], Idioms]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.shape.acreate(
                name="my-name",
                geometry={"kind": "circle", "radius": 1.5},
                from_="my-from",
                color="red",
                metadata={"key": "my-value"},
                status=0,
                idempotency_key="my-idempotency-key",
            )
            assert result is not None

    asyncio.run(main())


def test_create__raw(client: Idioms) -> None:
    response = client.shape.raw.create(
        name="my-name",
        geometry={"kind": "circle", "radius": 1.5},
        from_="my-from",
        color="red",
        metadata={"key": "my-value"},
        status=0,
        idempotency_key="my-idempotency-key",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_list(client: Idioms) -> None:
    result = client.shape.list(
        iterator="my-iterator",
        limit=1,
        status=0,
        since="2024-01-01T00:00:00Z",
        tags=["my-tag"],
    )
    assert result is not None


def test_list__async(new_client: Callable[[], Idioms]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.shape.alist(
                iterator="my-iterator",
                limit=1,
                status=0,
                since="2024-01-01T00:00:00Z",
                tags=["my-tag"],
            )
            assert result is not None

    asyncio.run(main())


def test_list__raw(client: Idioms) -> None:
    response = client.shape.raw.list(
        iterator="my-iterator",
        limit=1,
        status=0,
        since="2024-01-01T00:00:00Z",
        tags=["my-tag"],
    )
    assert 200 <= response.status < 300
    response.parse()
