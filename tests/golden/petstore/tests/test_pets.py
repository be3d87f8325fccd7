"""Tests written by sdkgen: every `pets` operation, called sync, async and raw
with example values against a mock server of the API (see conftest.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest

from petstore_sdk import Petstore


def test_create_pet(client: Petstore) -> None:
    result = client.pets.create_pet(
        name="Rex",
        kind="dog",
        tag="my-tag",
        birthday="2024-01-01",
        owner={"email": "user@example.com"},
    )
    assert result is not None


def test_create_pet__async(new_client: Callable[[], Petstore]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.pets.acreate_pet(
                name="Rex",
                kind="dog",
                tag="my-tag",
                birthday="2024-01-01",
                owner={"email": "user@example.com"},
            )
            assert result is not None

    asyncio.run(main())


def test_create_pet__raw(client: Petstore) -> None:
    response = client.pets.raw.create_pet(
        name="Rex",
        kind="dog",
        tag="my-tag",
        birthday="2024-01-01",
        owner={"email": "user@example.com"},
    )
    assert 200 <= response.status < 300
    response.parse()


def test_delete_pet(client: Petstore) -> None:
    with pytest.warns(DeprecationWarning):
        client.pets.delete_pet(
            pet_id="my-pet-id",
        )


def test_delete_pet__async(new_client: Callable[[], Petstore]) -> None:
    async def main() -> None:
        async with new_client() as client:
            with pytest.warns(DeprecationWarning):
                await client.pets.adelete_pet(
                    pet_id="my-pet-id",
                )

    asyncio.run(main())


def test_delete_pet__raw(client: Petstore) -> None:
    with pytest.warns(DeprecationWarning):
        response = client.pets.raw.delete_pet(
            pet_id="my-pet-id",
        )
    assert 200 <= response.status < 300
    response.parse()


def test_list_pets(client: Petstore) -> None:
    result = client.pets.list_pets(
        limit=1,
        starting_after="my-starting-after",
        kind="dog",
    )
    assert result is not None


def test_list_pets__async(new_client: Callable[[], Petstore]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.pets.alist_pets(
                limit=1,
                starting_after="my-starting-after",
                kind="dog",
            )
            assert result is not None

    asyncio.run(main())


def test_list_pets__raw(client: Petstore) -> None:
    response = client.pets.raw.list_pets(
        limit=1,
        starting_after="my-starting-after",
        kind="dog",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_show_pet_by_id(client: Petstore) -> None:
    result = client.pets.show_pet_by_id(
        pet_id="my-pet-id",
    )
    assert result is not None


def test_show_pet_by_id__async(new_client: Callable[[], Petstore]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.pets.ashow_pet_by_id(
                pet_id="my-pet-id",
            )
            assert result is not None

    asyncio.run(main())


def test_show_pet_by_id__raw(client: Petstore) -> None:
    response = client.pets.raw.show_pet_by_id(
        pet_id="my-pet-id",
    )
    assert 200 <= response.status < 300
    response.parse()
