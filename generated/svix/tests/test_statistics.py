"""Tests written by sdkgen: every `statistics` operation, called sync, async and raw
with example values against a mock server of the API (see conftest.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from svix_python_sdk import Svix


def test_calculate_event_types_for_all_apps(client: Svix) -> None:
    result = client.statistics.calculate_event_types_for_all_apps()
    assert result is not None


def test_calculate_event_types_for_all_apps__async(
    new_client: Callable[[], Svix],
) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.statistics.acalculate_event_types_for_all_apps()
            assert result is not None

    asyncio.run(main())


def test_calculate_event_types_for_all_apps__raw(client: Svix) -> None:
    response = client.statistics.raw.calculate_event_types_for_all_apps()
    assert 200 <= response.status < 300
    response.parse()


def test_calculate_message_destinations(client: Svix) -> None:
    result = client.statistics.calculate_message_destinations(
        since="2024-05-01T00:00:00Z",
        until="2024-06-01T00:00:00Z",
        app_ids=["my-app-id"],
        idempotency_key="my-idempotency-key",
    )
    assert result is not None


def test_calculate_message_destinations__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.statistics.acalculate_message_destinations(
                since="2024-05-01T00:00:00Z",
                until="2024-06-01T00:00:00Z",
                app_ids=["my-app-id"],
                idempotency_key="my-idempotency-key",
            )
            assert result is not None

    asyncio.run(main())


def test_calculate_message_destinations__raw(client: Svix) -> None:
    response = client.statistics.raw.calculate_message_destinations(
        since="2024-05-01T00:00:00Z",
        until="2024-06-01T00:00:00Z",
        app_ids=["my-app-id"],
        idempotency_key="my-idempotency-key",
    )
    assert 200 <= response.status < 300
    response.parse()
