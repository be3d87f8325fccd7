"""Tests written by sdkgen: every `message` operation, called sync, async and raw
with example values against a mock server of the API (see conftest.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from svix_python_sdk import Svix


def test_create_new(client: Svix) -> None:
    result = client.message.create_new(
        app_id="unique-app-identifier",
        event_type="user.signup",
        payload={
            "email": "test@example.com",
            "type": "user.created",
            "username": "test_user",
        },
        tags=["my_tag", "other"],
        event_id="unique-msg-identifier",
        channels=["project_123", "group_2"],
        payload_retention_period=90,
        application={"name": "My first application"},
        transformations_params={"key": "value"},
        with_content=True,
        idempotency_key="my-idempotency-key",
    )
    assert result is not None


def test_create_new__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.message.acreate_new(
                app_id="unique-app-identifier",
                event_type="user.signup",
                payload={
                    "email": "test@example.com",
                    "type": "user.created",
                    "username": "test_user",
                },
                tags=["my_tag", "other"],
                event_id="unique-msg-identifier",
                channels=["project_123", "group_2"],
                payload_retention_period=90,
                application={"name": "My first application"},
                transformations_params={"key": "value"},
                with_content=True,
                idempotency_key="my-idempotency-key",
            )
            assert result is not None

    asyncio.run(main())


def test_create_new__raw(client: Svix) -> None:
    response = client.message.raw.create_new(
        app_id="unique-app-identifier",
        event_type="user.signup",
        payload={
            "email": "test@example.com",
            "type": "user.created",
            "username": "test_user",
        },
        tags=["my_tag", "other"],
        event_id="unique-msg-identifier",
        channels=["project_123", "group_2"],
        payload_retention_period=90,
        application={"name": "My first application"},
        transformations_params={"key": "value"},
        with_content=True,
        idempotency_key="my-idempotency-key",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_delete_payload(client: Svix) -> None:
    client.message.delete_payload(
        app_id="unique-app-identifier",
        msg_id="unique-msg-identifier",
    )


def test_delete_payload__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            await client.message.adelete_payload(
                app_id="unique-app-identifier",
                msg_id="unique-msg-identifier",
            )

    asyncio.run(main())


def test_delete_payload__raw(client: Svix) -> None:
    response = client.message.raw.delete_payload(
        app_id="unique-app-identifier",
        msg_id="unique-msg-identifier",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_get_by_id_or_event_id(client: Svix) -> None:
    result = client.message.get_by_id_or_event_id(
        app_id="unique-app-identifier",
        msg_id="unique-msg-identifier",
        with_content=True,
    )
    assert result is not None


def test_get_by_id_or_event_id__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.message.aget_by_id_or_event_id(
                app_id="unique-app-identifier",
                msg_id="unique-msg-identifier",
                with_content=True,
            )
            assert result is not None

    asyncio.run(main())


def test_get_by_id_or_event_id__raw(client: Svix) -> None:
    response = client.message.raw.get_by_id_or_event_id(
        app_id="unique-app-identifier",
        msg_id="unique-msg-identifier",
        with_content=True,
    )
    assert 200 <= response.status < 300
    response.parse()


def test_list_all_messages(client: Svix) -> None:
    result = client.message.list_all_messages(
        app_id="unique-app-identifier",
        limit=50,
        iterator="msg_1srOrx2ZWZBpBUvZwXKQmoEYga2",
        channel="project_1337",
        before="2024-01-01T00:00:00Z",
        after="2024-01-01T00:00:00Z",
        with_content=True,
        tag="project_1337",
        event_types=["my-event-type"],
    )
    assert result is not None


def test_list_all_messages__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.message.alist_all_messages(
                app_id="unique-app-identifier",
                limit=50,
                iterator="msg_1srOrx2ZWZBpBUvZwXKQmoEYga2",
                channel="project_1337",
                before="2024-01-01T00:00:00Z",
                after="2024-01-01T00:00:00Z",
                with_content=True,
                tag="project_1337",
                event_types=["my-event-type"],
            )
            assert result is not None

    asyncio.run(main())


def test_list_all_messages__raw(client: Svix) -> None:
    response = client.message.raw.list_all_messages(
        app_id="unique-app-identifier",
        limit=50,
        iterator="msg_1srOrx2ZWZBpBUvZwXKQmoEYga2",
        channel="project_1337",
        before="2024-01-01T00:00:00Z",
        after="2024-01-01T00:00:00Z",
        with_content=True,
        tag="project_1337",
        event_types=["my-event-type"],
    )
    assert 200 <= response.status < 300
    response.parse()
