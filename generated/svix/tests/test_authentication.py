"""Tests written by sdkgen: every `authentication` operation, called sync, async and raw
with example values against a mock server of the API (see conftest.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest

from svix_python_sdk import Svix


def test_expire_app_tokens(client: Svix) -> None:
    client.authentication.expire_app_tokens(
        app_id="unique-app-identifier",
        expiry=60,
        idempotency_key="my-idempotency-key",
    )


def test_expire_app_tokens__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            await client.authentication.aexpire_app_tokens(
                app_id="unique-app-identifier",
                expiry=60,
                idempotency_key="my-idempotency-key",
            )

    asyncio.run(main())


def test_expire_app_tokens__raw(client: Svix) -> None:
    response = client.authentication.raw.expire_app_tokens(
        app_id="unique-app-identifier",
        expiry=60,
        idempotency_key="my-idempotency-key",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_generate_magic_link(client: Svix) -> None:
    with pytest.warns(DeprecationWarning):
        result = client.authentication.generate_magic_link(
            app_id="unique-app-identifier",
            idempotency_key="my-idempotency-key",
        )
    assert result is not None


def test_generate_magic_link__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            with pytest.warns(DeprecationWarning):
                result = await client.authentication.agenerate_magic_link(
                    app_id="unique-app-identifier",
                    idempotency_key="my-idempotency-key",
                )
            assert result is not None

    asyncio.run(main())


def test_generate_magic_link__raw(client: Svix) -> None:
    with pytest.warns(DeprecationWarning):
        response = client.authentication.raw.generate_magic_link(
            app_id="unique-app-identifier",
            idempotency_key="my-idempotency-key",
        )
    assert 200 <= response.status < 300
    response.parse()


def test_obtain_magic_link_and_code(client: Svix) -> None:
    result = client.authentication.obtain_magic_link_and_code(
        app_id="unique-app-identifier",
        feature_flags=[],
        expiry=604800,
        idempotency_key="my-idempotency-key",
    )
    assert result is not None


def test_obtain_magic_link_and_code__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.authentication.aobtain_magic_link_and_code(
                app_id="unique-app-identifier",
                feature_flags=[],
                expiry=604800,
                idempotency_key="my-idempotency-key",
            )
            assert result is not None

    asyncio.run(main())


def test_obtain_magic_link_and_code__raw(client: Svix) -> None:
    response = client.authentication.raw.obtain_magic_link_and_code(
        app_id="unique-app-identifier",
        feature_flags=[],
        expiry=604800,
        idempotency_key="my-idempotency-key",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_revoke_token(client: Svix) -> None:
    client.authentication.revoke_token(
        idempotency_key="my-idempotency-key",
    )


def test_revoke_token__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            await client.authentication.arevoke_token(
                idempotency_key="my-idempotency-key",
            )

    asyncio.run(main())


def test_revoke_token__raw(client: Svix) -> None:
    response = client.authentication.raw.revoke_token(
        idempotency_key="my-idempotency-key",
    )
    assert 200 <= response.status < 300
    response.parse()
