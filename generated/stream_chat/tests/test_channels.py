"""Tests written by sdkgen: every `channels` operation, called sync, async and raw
with example values against a mock server of the API (see conftest.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from stream_chat import StreamChat


def test_sync(client: StreamChat) -> None:
    result = client.channels.sync(
        channel_cids=["messaging:general"],
        last_sync_at="2024-01-01T00:00:00Z",
        user_id="my-user-id",
        user={"id": "my-id"},
        with_inaccessible_cids=True,
        watch=True,
        client_id="my-client-id",
        connection_id="my-connection-id",
    )
    assert result is not None


def test_sync__async(new_client: Callable[[], StreamChat]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.channels.async_(
                channel_cids=["messaging:general"],
                last_sync_at="2024-01-01T00:00:00Z",
                user_id="my-user-id",
                user={"id": "my-id"},
                with_inaccessible_cids=True,
                watch=True,
                client_id="my-client-id",
                connection_id="my-connection-id",
            )
            assert result is not None

    asyncio.run(main())


def test_sync__raw(client: StreamChat) -> None:
    response = client.channels.raw.sync(
        channel_cids=["messaging:general"],
        last_sync_at="2024-01-01T00:00:00Z",
        user_id="my-user-id",
        user={"id": "my-id"},
        with_inaccessible_cids=True,
        watch=True,
        client_id="my-client-id",
        connection_id="my-connection-id",
    )
    assert 200 <= response.status < 300
    response.parse()
