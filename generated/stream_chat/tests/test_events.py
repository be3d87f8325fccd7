"""Tests written by sdkgen: every `events` operation, called sync, async and raw
with example values against a mock server of the API (see conftest.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from stream_chat import StreamChat


def test_send_event(client: StreamChat) -> None:
    result = client.events.send_event(
        type="my-type",
        id="my-id",
        event={"type": "message.read"},
    )
    assert result is not None


def test_send_event__async(new_client: Callable[[], StreamChat]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.events.asend_event(
                type="my-type",
                id="my-id",
                event={"type": "message.read"},
            )
            assert result is not None

    asyncio.run(main())


def test_send_event__raw(client: StreamChat) -> None:
    response = client.events.raw.send_event(
        type="my-type",
        id="my-id",
        event={"type": "message.read"},
    )
    assert 200 <= response.status < 300
    response.parse()


def test_send_user_custom_event(client: StreamChat) -> None:
    result = client.events.send_user_custom_event(
        user_id="my-user-id",
        event={"type": "friendship_request"},
    )
    assert result is not None


def test_send_user_custom_event__async(new_client: Callable[[], StreamChat]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.events.asend_user_custom_event(
                user_id="my-user-id",
                event={"type": "friendship_request"},
            )
            assert result is not None

    asyncio.run(main())


def test_send_user_custom_event__raw(client: StreamChat) -> None:
    response = client.events.raw.send_user_custom_event(
        user_id="my-user-id",
        event={"type": "friendship_request"},
    )
    assert 200 <= response.status < 300
    response.parse()


def test_sync(client: StreamChat) -> None:
    result = client.events.sync(
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
            result = await client.events.async_(
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
    response = client.events.raw.sync(
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
