"""Tests written by sdkgen: every `endpoint` operation, called sync, async and raw
with example values against a mock server of the API (see conftest.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from svix_python_sdk import Svix


def test_create_new(client: Svix) -> None:
    result = client.endpoint.create_new(
        app_id="unique-app-identifier",
        url="https://example.com/webhook/",
        description="An example endpoint name",
        rate_limit=1,
        uid="unique-ep-identifier",
        disabled=False,
        filter_types=["user.signup", "user.deleted"],
        channels=["project_123", "group_2"],
        secret="whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD",
        metadata={"key": "my-value"},
        idempotency_key="my-idempotency-key",
    )
    assert result is not None


def test_create_new__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.endpoint.acreate_new(
                app_id="unique-app-identifier",
                url="https://example.com/webhook/",
                description="An example endpoint name",
                rate_limit=1,
                uid="unique-ep-identifier",
                disabled=False,
                filter_types=["user.signup", "user.deleted"],
                channels=["project_123", "group_2"],
                secret="whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD",
                metadata={"key": "my-value"},
                idempotency_key="my-idempotency-key",
            )
            assert result is not None

    asyncio.run(main())


def test_create_new__raw(client: Svix) -> None:
    response = client.endpoint.raw.create_new(
        app_id="unique-app-identifier",
        url="https://example.com/webhook/",
        description="An example endpoint name",
        rate_limit=1,
        uid="unique-ep-identifier",
        disabled=False,
        filter_types=["user.signup", "user.deleted"],
        channels=["project_123", "group_2"],
        secret="whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD",
        metadata={"key": "my-value"},
        idempotency_key="my-idempotency-key",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_get_endpoint(client: Svix) -> None:
    result = client.endpoint.get_endpoint(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
    )
    assert result is not None


def test_get_endpoint__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.endpoint.aget_endpoint(
                app_id="unique-app-identifier",
                endpoint_id="unique-ep-identifier",
            )
            assert result is not None

    asyncio.run(main())


def test_get_endpoint__raw(client: Svix) -> None:
    response = client.endpoint.raw.get_endpoint(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_get_headers(client: Svix) -> None:
    result = client.endpoint.get_headers(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
    )
    assert result is not None


def test_get_headers__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.endpoint.aget_headers(
                app_id="unique-app-identifier",
                endpoint_id="unique-ep-identifier",
            )
            assert result is not None

    asyncio.run(main())


def test_get_headers__raw(client: Svix) -> None:
    response = client.endpoint.raw.get_headers(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_get_secret(client: Svix) -> None:
    result = client.endpoint.get_secret(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
    )
    assert result is not None


def test_get_secret__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.endpoint.aget_secret(
                app_id="unique-app-identifier",
                endpoint_id="unique-ep-identifier",
            )
            assert result is not None

    asyncio.run(main())


def test_get_secret__raw(client: Svix) -> None:
    response = client.endpoint.raw.get_secret(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_get_stats(client: Svix) -> None:
    result = client.endpoint.get_stats(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
        since="2024-01-01T00:00:00Z",
        until="2024-01-01T00:00:00Z",
    )
    assert result is not None


def test_get_stats__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.endpoint.aget_stats(
                app_id="unique-app-identifier",
                endpoint_id="unique-ep-identifier",
                since="2024-01-01T00:00:00Z",
                until="2024-01-01T00:00:00Z",
            )
            assert result is not None

    asyncio.run(main())


def test_get_stats__raw(client: Svix) -> None:
    response = client.endpoint.raw.get_stats(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
        since="2024-01-01T00:00:00Z",
        until="2024-01-01T00:00:00Z",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_get_transformation_code(client: Svix) -> None:
    result = client.endpoint.get_transformation_code(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
    )
    assert result is not None


def test_get_transformation_code__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.endpoint.aget_transformation_code(
                app_id="unique-app-identifier",
                endpoint_id="unique-ep-identifier",
            )
            assert result is not None

    asyncio.run(main())


def test_get_transformation_code__raw(client: Svix) -> None:
    response = client.endpoint.raw.get_transformation_code(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_list_endpoints(client: Svix) -> None:
    result = client.endpoint.list_endpoints(
        app_id="unique-app-identifier",
        limit=50,
        iterator="ep_1srOrx2ZWZBpBUvZwXKQmoEYga2",
        order="ascending",
    )
    assert result is not None


def test_list_endpoints__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.endpoint.alist_endpoints(
                app_id="unique-app-identifier",
                limit=50,
                iterator="ep_1srOrx2ZWZBpBUvZwXKQmoEYga2",
                order="ascending",
            )
            assert result is not None

    asyncio.run(main())


def test_list_endpoints__raw(client: Svix) -> None:
    response = client.endpoint.raw.list_endpoints(
        app_id="unique-app-identifier",
        limit=50,
        iterator="ep_1srOrx2ZWZBpBUvZwXKQmoEYga2",
        order="ascending",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_partially_set_headers(client: Svix) -> None:
    client.endpoint.partially_set_headers(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
        headers={"X-Example": "123", "X-Foobar": "Bar"},
    )


def test_partially_set_headers__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            await client.endpoint.apartially_set_headers(
                app_id="unique-app-identifier",
                endpoint_id="unique-ep-identifier",
                headers={"X-Example": "123", "X-Foobar": "Bar"},
            )

    asyncio.run(main())


def test_partially_set_headers__raw(client: Svix) -> None:
    response = client.endpoint.raw.partially_set_headers(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
        headers={"X-Example": "123", "X-Foobar": "Bar"},
    )
    assert 200 <= response.status < 300
    response.parse()


def test_partially_update(client: Svix) -> None:
    result = client.endpoint.partially_update(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
        description="An example description",
        rate_limit=1,
        uid="unique-ep-identifier",
        url="https://example.com/webhook",
        disabled=True,
        filter_types=["my-filter-type"],
        channels=["my-channel"],
        secret="whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD",
        metadata={"key": "my-value"},
    )
    assert result is not None


def test_partially_update__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.endpoint.apartially_update(
                app_id="unique-app-identifier",
                endpoint_id="unique-ep-identifier",
                description="An example description",
                rate_limit=1,
                uid="unique-ep-identifier",
                url="https://example.com/webhook",
                disabled=True,
                filter_types=["my-filter-type"],
                channels=["my-channel"],
                secret="whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD",
                metadata={"key": "my-value"},
            )
            assert result is not None

    asyncio.run(main())


def test_partially_update__raw(client: Svix) -> None:
    response = client.endpoint.raw.partially_update(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
        description="An example description",
        rate_limit=1,
        uid="unique-ep-identifier",
        url="https://example.com/webhook",
        disabled=True,
        filter_types=["my-filter-type"],
        channels=["my-channel"],
        secret="whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD",
        metadata={"key": "my-value"},
    )
    assert 200 <= response.status < 300
    response.parse()


def test_remove(client: Svix) -> None:
    client.endpoint.remove(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
    )


def test_remove__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            await client.endpoint.aremove(
                app_id="unique-app-identifier",
                endpoint_id="unique-ep-identifier",
            )

    asyncio.run(main())


def test_remove__raw(client: Svix) -> None:
    response = client.endpoint.raw.remove(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_replay_missing_webhooks(client: Svix) -> None:
    result = client.endpoint.replay_missing_webhooks(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
        since="2024-05-01T00:00:00Z",
        until="2024-05-02T00:00:00Z",
        idempotency_key="my-idempotency-key",
    )
    assert result is not None


def test_replay_missing_webhooks__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.endpoint.areplay_missing_webhooks(
                app_id="unique-app-identifier",
                endpoint_id="unique-ep-identifier",
                since="2024-05-01T00:00:00Z",
                until="2024-05-02T00:00:00Z",
                idempotency_key="my-idempotency-key",
            )
            assert result is not None

    asyncio.run(main())


def test_replay_missing_webhooks__raw(client: Svix) -> None:
    response = client.endpoint.raw.replay_missing_webhooks(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
        since="2024-05-01T00:00:00Z",
        until="2024-05-02T00:00:00Z",
        idempotency_key="my-idempotency-key",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_resend_failed_webhooks(client: Svix) -> None:
    result = client.endpoint.resend_failed_webhooks(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
        since="2024-05-01T00:00:00Z",
        until="2024-05-02T00:00:00Z",
        idempotency_key="my-idempotency-key",
    )
    assert result is not None


def test_resend_failed_webhooks__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.endpoint.aresend_failed_webhooks(
                app_id="unique-app-identifier",
                endpoint_id="unique-ep-identifier",
                since="2024-05-01T00:00:00Z",
                until="2024-05-02T00:00:00Z",
                idempotency_key="my-idempotency-key",
            )
            assert result is not None

    asyncio.run(main())


def test_resend_failed_webhooks__raw(client: Svix) -> None:
    response = client.endpoint.raw.resend_failed_webhooks(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
        since="2024-05-01T00:00:00Z",
        until="2024-05-02T00:00:00Z",
        idempotency_key="my-idempotency-key",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_rotate_secret(client: Svix) -> None:
    client.endpoint.rotate_secret(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
        key="whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD",
        idempotency_key="my-idempotency-key",
    )


def test_rotate_secret__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            await client.endpoint.arotate_secret(
                app_id="unique-app-identifier",
                endpoint_id="unique-ep-identifier",
                key="whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD",
                idempotency_key="my-idempotency-key",
            )

    asyncio.run(main())


def test_rotate_secret__raw(client: Svix) -> None:
    response = client.endpoint.raw.rotate_secret(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
        key="whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD",
        idempotency_key="my-idempotency-key",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_send_example_message(client: Svix) -> None:
    result = client.endpoint.send_example_message(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
        event_type="user.signup",
        idempotency_key="my-idempotency-key",
    )
    assert result is not None


def test_send_example_message__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.endpoint.asend_example_message(
                app_id="unique-app-identifier",
                endpoint_id="unique-ep-identifier",
                event_type="user.signup",
                idempotency_key="my-idempotency-key",
            )
            assert result is not None

    asyncio.run(main())


def test_send_example_message__raw(client: Svix) -> None:
    response = client.endpoint.raw.send_example_message(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
        event_type="user.signup",
        idempotency_key="my-idempotency-key",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_set_transformation_code(client: Svix) -> None:
    client.endpoint.set_transformation_code(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
        code="user.signup",
        enabled=True,
    )


def test_set_transformation_code__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            await client.endpoint.aset_transformation_code(
                app_id="unique-app-identifier",
                endpoint_id="unique-ep-identifier",
                code="user.signup",
                enabled=True,
            )

    asyncio.run(main())


def test_set_transformation_code__raw(client: Svix) -> None:
    response = client.endpoint.raw.set_transformation_code(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
        code="user.signup",
        enabled=True,
    )
    assert 200 <= response.status < 300
    response.parse()


def test_update_endpoint(client: Svix) -> None:
    result = client.endpoint.update_endpoint(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
        url="https://example.com/webhook/",
        description="An example endpoint name",
        rate_limit=1,
        uid="unique-ep-identifier",
        disabled=False,
        filter_types=["user.signup", "user.deleted"],
        channels=["project_123", "group_2"],
        metadata={"key": "my-value"},
    )
    assert result is not None


def test_update_endpoint__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.endpoint.aupdate_endpoint(
                app_id="unique-app-identifier",
                endpoint_id="unique-ep-identifier",
                url="https://example.com/webhook/",
                description="An example endpoint name",
                rate_limit=1,
                uid="unique-ep-identifier",
                disabled=False,
                filter_types=["user.signup", "user.deleted"],
                channels=["project_123", "group_2"],
                metadata={"key": "my-value"},
            )
            assert result is not None

    asyncio.run(main())


def test_update_endpoint__raw(client: Svix) -> None:
    response = client.endpoint.raw.update_endpoint(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
        url="https://example.com/webhook/",
        description="An example endpoint name",
        rate_limit=1,
        uid="unique-ep-identifier",
        disabled=False,
        filter_types=["user.signup", "user.deleted"],
        channels=["project_123", "group_2"],
        metadata={"key": "my-value"},
    )
    assert 200 <= response.status < 300
    response.parse()


def test_update_headers(client: Svix) -> None:
    client.endpoint.update_headers(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
        headers={"X-Example": "123", "X-Foobar": "Bar"},
    )


def test_update_headers__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            await client.endpoint.aupdate_headers(
                app_id="unique-app-identifier",
                endpoint_id="unique-ep-identifier",
                headers={"X-Example": "123", "X-Foobar": "Bar"},
            )

    asyncio.run(main())


def test_update_headers__raw(client: Svix) -> None:
    response = client.endpoint.raw.update_headers(
        app_id="unique-app-identifier",
        endpoint_id="unique-ep-identifier",
        headers={"X-Example": "123", "X-Foobar": "Bar"},
    )
    assert 200 <= response.status < 300
    response.parse()
