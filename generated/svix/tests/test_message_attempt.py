"""Tests written by sdkgen: every `message_attempt` operation, called sync, async and raw
with example values against a mock server of the API (see conftest.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest

from svix_python_sdk import Svix


def test_delete_response_body(client: Svix) -> None:
    client.message_attempt.delete_response_body(
        app_id="unique-app-identifier",
        msg_id="unique-msg-identifier",
        attempt_id="atmpt_1srOrx2ZWZBpBUvZwXKQmoEYga2",
    )


def test_delete_response_body__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            await client.message_attempt.adelete_response_body(
                app_id="unique-app-identifier",
                msg_id="unique-msg-identifier",
                attempt_id="atmpt_1srOrx2ZWZBpBUvZwXKQmoEYga2",
            )

    asyncio.run(main())


def test_delete_response_body__raw(client: Svix) -> None:
    response = client.message_attempt.raw.delete_response_body(
        app_id="unique-app-identifier",
        msg_id="unique-msg-identifier",
        attempt_id="atmpt_1srOrx2ZWZBpBUvZwXKQmoEYga2",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_get_by_destination(client: Svix) -> None:
    result = client.message_attempt.get_by_destination(
        app_id="unique-app-identifier",
        msg_id="unique-msg-identifier",
        attempt_id="atmpt_1srOrx2ZWZBpBUvZwXKQmoEYga2",
    )
    assert result is not None


def test_get_by_destination__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.message_attempt.aget_by_destination(
                app_id="unique-app-identifier",
                msg_id="unique-msg-identifier",
                attempt_id="atmpt_1srOrx2ZWZBpBUvZwXKQmoEYga2",
            )
            assert result is not None

    asyncio.run(main())


def test_get_by_destination__raw(client: Svix) -> None:
    response = client.message_attempt.raw.get_by_destination(
        app_id="unique-app-identifier",
        msg_id="unique-msg-identifier",
        attempt_id="atmpt_1srOrx2ZWZBpBUvZwXKQmoEYga2",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_list_attempted_destinations(client: Svix) -> None:
    result = client.message_attempt.list_attempted_destinations(
        app_id="unique-app-identifier",
        msg_id="unique-msg-identifier",
        limit=50,
        iterator="ep_1srOrx2ZWZBpBUvZwXKQmoEYga2",
    )
    assert result is not None


def test_list_attempted_destinations__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.message_attempt.alist_attempted_destinations(
                app_id="unique-app-identifier",
                msg_id="unique-msg-identifier",
                limit=50,
                iterator="ep_1srOrx2ZWZBpBUvZwXKQmoEYga2",
            )
            assert result is not None

    asyncio.run(main())


def test_list_attempted_destinations__raw(client: Svix) -> None:
    response = client.message_attempt.raw.list_attempted_destinations(
        app_id="unique-app-identifier",
        msg_id="unique-msg-identifier",
        limit=50,
        iterator="ep_1srOrx2ZWZBpBUvZwXKQmoEYga2",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_list_attempted_messages(client: Svix) -> None:
    result = client.message_attempt.list_attempted_messages(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
        limit=50,
        iterator="msg_1srOrx2ZWZBpBUvZwXKQmoEYga2",
        channel="project_1337",
        tag="project_1337",
        status=0,
        before="2024-01-01T00:00:00Z",
        after="2024-01-01T00:00:00Z",
        with_content=True,
        event_types=["my-event-type"],
    )
    assert result is not None


def test_list_attempted_messages__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.message_attempt.alist_attempted_messages(
                app_id="unique-app-identifier",
                endpoint_id="unique-ep-identifier",
                limit=50,
                iterator="msg_1srOrx2ZWZBpBUvZwXKQmoEYga2",
                channel="project_1337",
                tag="project_1337",
                status=0,
                before="2024-01-01T00:00:00Z",
                after="2024-01-01T00:00:00Z",
                with_content=True,
                event_types=["my-event-type"],
            )
            assert result is not None

    asyncio.run(main())


def test_list_attempted_messages__raw(client: Svix) -> None:
    response = client.message_attempt.raw.list_attempted_messages(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
        limit=50,
        iterator="msg_1srOrx2ZWZBpBUvZwXKQmoEYga2",
        channel="project_1337",
        tag="project_1337",
        status=0,
        before="2024-01-01T00:00:00Z",
        after="2024-01-01T00:00:00Z",
        with_content=True,
        event_types=["my-event-type"],
    )
    assert 200 <= response.status < 300
    response.parse()


def test_list_by_endpoint(client: Svix) -> None:
    result = client.message_attempt.list_by_endpoint(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
        limit=50,
        iterator="atmpt_1srOrx2ZWZBpBUvZwXKQmoEYga2",
        status=0,
        status_code_class=0,
        channel="project_1337",
        tag="project_1337",
        before="2024-01-01T00:00:00Z",
        after="2024-01-01T00:00:00Z",
        with_content=True,
        with_msg=True,
        event_types=["my-event-type"],
    )
    assert result is not None


def test_list_by_endpoint__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.message_attempt.alist_by_endpoint(
                app_id="unique-app-identifier",
                endpoint_id="unique-ep-identifier",
                limit=50,
                iterator="atmpt_1srOrx2ZWZBpBUvZwXKQmoEYga2",
                status=0,
                status_code_class=0,
                channel="project_1337",
                tag="project_1337",
                before="2024-01-01T00:00:00Z",
                after="2024-01-01T00:00:00Z",
                with_content=True,
                with_msg=True,
                event_types=["my-event-type"],
            )
            assert result is not None

    asyncio.run(main())


def test_list_by_endpoint__raw(client: Svix) -> None:
    response = client.message_attempt.raw.list_by_endpoint(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
        limit=50,
        iterator="atmpt_1srOrx2ZWZBpBUvZwXKQmoEYga2",
        status=0,
        status_code_class=0,
        channel="project_1337",
        tag="project_1337",
        before="2024-01-01T00:00:00Z",
        after="2024-01-01T00:00:00Z",
        with_content=True,
        with_msg=True,
        event_types=["my-event-type"],
    )
    assert 200 <= response.status < 300
    response.parse()


def test_list_by_endpoint_deprecated(client: Svix) -> None:
    with pytest.warns(DeprecationWarning):
        result = client.message_attempt.list_by_endpoint_deprecated(
            app_id="unique-app-identifier",
            msg_id="unique-msg-identifier",
            endpoint_id="unique-ep-identifier",
            limit=50,
            iterator="atmpt_1srOrx2ZWZBpBUvZwXKQmoEYga2",
            channel="project_1337",
            tag="project_1337",
            status=0,
            before="2024-01-01T00:00:00Z",
            after="2024-01-01T00:00:00Z",
            event_types=["my-event-type"],
        )
    assert result is not None


def test_list_by_endpoint_deprecated__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            with pytest.warns(DeprecationWarning):
                result = await client.message_attempt.alist_by_endpoint_deprecated(
                    app_id="unique-app-identifier",
                    msg_id="unique-msg-identifier",
                    endpoint_id="unique-ep-identifier",
                    limit=50,
                    iterator="atmpt_1srOrx2ZWZBpBUvZwXKQmoEYga2",
                    channel="project_1337",
                    tag="project_1337",
                    status=0,
                    before="2024-01-01T00:00:00Z",
                    after="2024-01-01T00:00:00Z",
                    event_types=["my-event-type"],
                )
            assert result is not None

    asyncio.run(main())


def test_list_by_endpoint_deprecated__raw(client: Svix) -> None:
    with pytest.warns(DeprecationWarning):
        response = client.message_attempt.raw.list_by_endpoint_deprecated(
            app_id="unique-app-identifier",
            msg_id="unique-msg-identifier",
            endpoint_id="unique-ep-identifier",
            limit=50,
            iterator="atmpt_1srOrx2ZWZBpBUvZwXKQmoEYga2",
            channel="project_1337",
            tag="project_1337",
            status=0,
            before="2024-01-01T00:00:00Z",
            after="2024-01-01T00:00:00Z",
            event_types=["my-event-type"],
        )
    assert 200 <= response.status < 300
    response.parse()


def test_list_by_msg_attempted_destinations(client: Svix) -> None:
    result = client.message_attempt.list_by_msg_attempted_destinations(
        app_id="unique-app-identifier",
        msg_id="unique-msg-identifier",
        limit=50,
        iterator="atmpt_1srOrx2ZWZBpBUvZwXKQmoEYga2",
        status=0,
        status_code_class=0,
        channel="project_1337",
        tag="project_1337",
        endpoint_id="unique-ep-identifier",
        before="2024-01-01T00:00:00Z",
        after="2024-01-01T00:00:00Z",
        with_content=True,
        event_types=["my-event-type"],
    )
    assert result is not None


def test_list_by_msg_attempted_destinations__async(
    new_client: Callable[[], Svix],
) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.message_attempt.alist_by_msg_attempted_destinations(
                app_id="unique-app-identifier",
                msg_id="unique-msg-identifier",
                limit=50,
                iterator="atmpt_1srOrx2ZWZBpBUvZwXKQmoEYga2",
                status=0,
                status_code_class=0,
                channel="project_1337",
                tag="project_1337",
                endpoint_id="unique-ep-identifier",
                before="2024-01-01T00:00:00Z",
                after="2024-01-01T00:00:00Z",
                with_content=True,
                event_types=["my-event-type"],
            )
            assert result is not None

    asyncio.run(main())


def test_list_by_msg_attempted_destinations__raw(client: Svix) -> None:
    response = client.message_attempt.raw.list_by_msg_attempted_destinations(
        app_id="unique-app-identifier",
        msg_id="unique-msg-identifier",
        limit=50,
        iterator="atmpt_1srOrx2ZWZBpBUvZwXKQmoEYga2",
        status=0,
        status_code_class=0,
        channel="project_1337",
        tag="project_1337",
        endpoint_id="unique-ep-identifier",
        before="2024-01-01T00:00:00Z",
        after="2024-01-01T00:00:00Z",
        with_content=True,
        event_types=["my-event-type"],
    )
    assert 200 <= response.status < 300
    response.parse()


def test_list_by_msg_attempted_destinations_0(client: Svix) -> None:
    with pytest.warns(DeprecationWarning):
        result = client.message_attempt.list_by_msg_attempted_destinations_0(
            app_id="unique-app-identifier",
            msg_id="unique-msg-identifier",
            limit=50,
            iterator="atmpt_1srOrx2ZWZBpBUvZwXKQmoEYga2",
            endpoint_id="unique-ep-identifier",
            channel="project_1337",
            tag="project_1337",
            status=0,
            before="2024-01-01T00:00:00Z",
            after="2024-01-01T00:00:00Z",
            status_code_class=0,
            event_types=["my-event-type"],
        )
    assert result is not None


def test_list_by_msg_attempted_destinations_0__async(
    new_client: Callable[[], Svix],
) -> None:
    async def main() -> None:
        async with new_client() as client:
            with pytest.warns(DeprecationWarning):
                result = (
                    await client.message_attempt.alist_by_msg_attempted_destinations_0(
                        app_id="unique-app-identifier",
                        msg_id="unique-msg-identifier",
                        limit=50,
                        iterator="atmpt_1srOrx2ZWZBpBUvZwXKQmoEYga2",
                        endpoint_id="unique-ep-identifier",
                        channel="project_1337",
                        tag="project_1337",
                        status=0,
                        before="2024-01-01T00:00:00Z",
                        after="2024-01-01T00:00:00Z",
                        status_code_class=0,
                        event_types=["my-event-type"],
                    )
                )
            assert result is not None

    asyncio.run(main())


def test_list_by_msg_attempted_destinations_0__raw(client: Svix) -> None:
    with pytest.warns(DeprecationWarning):
        response = client.message_attempt.raw.list_by_msg_attempted_destinations_0(
            app_id="unique-app-identifier",
            msg_id="unique-msg-identifier",
            limit=50,
            iterator="atmpt_1srOrx2ZWZBpBUvZwXKQmoEYga2",
            endpoint_id="unique-ep-identifier",
            channel="project_1337",
            tag="project_1337",
            status=0,
            before="2024-01-01T00:00:00Z",
            after="2024-01-01T00:00:00Z",
            status_code_class=0,
            event_types=["my-event-type"],
        )
    assert 200 <= response.status < 300
    response.parse()


def test_resend_message_to_endpoint(client: Svix) -> None:
    client.message_attempt.resend_message_to_endpoint(
        app_id="unique-app-identifier",
        msg_id="unique-msg-identifier",
        endpoint_id="unique-ep-identifier",
        idempotency_key="my-idempotency-key",
    )


def test_resend_message_to_endpoint__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            await client.message_attempt.aresend_message_to_endpoint(
                app_id="unique-app-identifier",
                msg_id="unique-msg-identifier",
                endpoint_id="unique-ep-identifier",
                idempotency_key="my-idempotency-key",
            )

    asyncio.run(main())


def test_resend_message_to_endpoint__raw(client: Svix) -> None:
    response = client.message_attempt.raw.resend_message_to_endpoint(
        app_id="unique-app-identifier",
        msg_id="unique-msg-identifier",
        endpoint_id="unique-ep-identifier",
        idempotency_key="my-idempotency-key",
    )
    assert 200 <= response.status < 300
    response.parse()
