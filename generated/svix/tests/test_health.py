"""Tests written by sdkgen: every `health` operation, called sync, async and raw
with example values against a mock server of the API (see conftest.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from svix_python_sdk import Svix


def test_check_server_status(client: Svix) -> None:
    client.health.check_server_status()


def test_check_server_status__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            await client.health.acheck_server_status()

    asyncio.run(main())


def test_check_server_status__raw(client: Svix) -> None:
    response = client.health.raw.check_server_status()
    assert 200 <= response.status < 300
    response.parse()
