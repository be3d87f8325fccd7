"""Tests written by sdkgen: every `meta` operation, called sync, async and raw
with example values against a mock server of the API (see conftest.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from petstore_sdk import Petstore


def test_health(client: Petstore) -> None:
    result = client.meta.health()
    assert result is not None


def test_health__async(new_client: Callable[[], Petstore]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.meta.ahealth()
            assert result is not None

    asyncio.run(main())


def test_health__raw(client: Petstore) -> None:
    response = client.meta.raw.health()
    assert 200 <= response.status < 300
    response.parse()
