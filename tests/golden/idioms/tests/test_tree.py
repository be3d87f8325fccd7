"""Tests written by sdkgen: every `tree` operation, called sync, async and raw
with example values against a mock server of the API (see conftest.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from idioms import Idioms


def test_dict(client: Idioms) -> None:
    result = client.tree.dict()
    assert result is not None


def test_dict__async(new_client: Callable[[], Idioms]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.tree.adict()
            assert result is not None

    asyncio.run(main())


def test_dict__raw(client: Idioms) -> None:
    response = client.tree.raw.dict()
    assert 200 <= response.status < 300
    response.parse()


def test_get(client: Idioms) -> None:
    result = client.tree.get(
        id="my-id",
        class_="my-class",
    )
    assert result is not None


def test_get__async(new_client: Callable[[], Idioms]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.tree.aget(
                id="my-id",
                class_="my-class",
            )
            assert result is not None

    asyncio.run(main())


def test_get__raw(client: Idioms) -> None:
    response = client.tree.raw.get(
        id="my-id",
        class_="my-class",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_list(client: Idioms) -> None:
    result = client.tree.list()
    assert result is not None


def test_list__async(new_client: Callable[[], Idioms]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.tree.alist()
            assert result is not None

    asyncio.run(main())


def test_list__raw(client: Idioms) -> None:
    response = client.tree.raw.list()
    assert 200 <= response.status < 300
    response.parse()
