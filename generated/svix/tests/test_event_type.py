"""Tests written by sdkgen: every `event_type` operation, called sync, async and raw
with example values against a mock server of the API (see conftest.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from svix_python_sdk import Svix


def test_archive_type(client: Svix) -> None:
    client.event_type.archive_type(
        event_type_name="user.signup",
        expunge=True,
    )


def test_archive_type__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            await client.event_type.aarchive_type(
                event_type_name="user.signup",
                expunge=True,
            )

    asyncio.run(main())


def test_archive_type__raw(client: Svix) -> None:
    response = client.event_type.raw.archive_type(
        event_type_name="user.signup",
        expunge=True,
    )
    assert 200 <= response.status < 300
    response.parse()


def test_create_or_update(client: Svix) -> None:
    result = client.event_type.create_or_update(
        description="A user has signed up",
        name="user.signup",
        archived=False,
        schemas={
            "1": {
                "type": "object",
                "title": "Invoice Paid Event",
                "description": "An invoice was paid by a user",
                "required": ["invoiceId", "userId"],
                "properties": {
                    "invoiceId": {"type": "string", "description": "The invoice id"},
                    "userId": {"type": "string", "description": "The user id"},
                },
            }
        },
        feature_flag="cool-new-feature",
        idempotency_key="my-idempotency-key",
    )
    assert result is not None


def test_create_or_update__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.event_type.acreate_or_update(
                description="A user has signed up",
                name="user.signup",
                archived=False,
                schemas={
                    "1": {
                        "type": "object",
                        "title": "Invoice Paid Event",
                        "description": "An invoice was paid by a user",
                        "required": ["invoiceId", "userId"],
                        "properties": {
                            "invoiceId": {
                                "type": "string",
                                "description": "The invoice id",
                            },
                            "userId": {"type": "string", "description": "The user id"},
                        },
                    }
                },
                feature_flag="cool-new-feature",
                idempotency_key="my-idempotency-key",
            )
            assert result is not None

    asyncio.run(main())


def test_create_or_update__raw(client: Svix) -> None:
    response = client.event_type.raw.create_or_update(
        description="A user has signed up",
        name="user.signup",
        archived=False,
        schemas={
            "1": {
                "type": "object",
                "title": "Invoice Paid Event",
                "description": "An invoice was paid by a user",
                "required": ["invoiceId", "userId"],
                "properties": {
                    "invoiceId": {"type": "string", "description": "The invoice id"},
                    "userId": {"type": "string", "description": "The user id"},
                },
            }
        },
        feature_flag="cool-new-feature",
        idempotency_key="my-idempotency-key",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_get_by_name(client: Svix) -> None:
    result = client.event_type.get_by_name(
        event_type_name="user.signup",
    )
    assert result is not None


def test_get_by_name__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.event_type.aget_by_name(
                event_type_name="user.signup",
            )
            assert result is not None

    asyncio.run(main())


def test_get_by_name__raw(client: Svix) -> None:
    response = client.event_type.raw.get_by_name(
        event_type_name="user.signup",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_get_list(client: Svix) -> None:
    result = client.event_type.get_list(
        limit=50,
        iterator="user.signup",
        order="ascending",
        include_archived=True,
        with_content=True,
    )
    assert result is not None


def test_get_list__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.event_type.aget_list(
                limit=50,
                iterator="user.signup",
                order="ascending",
                include_archived=True,
                with_content=True,
            )
            assert result is not None

    asyncio.run(main())


def test_get_list__raw(client: Svix) -> None:
    response = client.event_type.raw.get_list(
        limit=50,
        iterator="user.signup",
        order="ascending",
        include_archived=True,
        with_content=True,
    )
    assert 200 <= response.status < 300
    response.parse()


def test_import_from_openapi(client: Svix) -> None:
    result = client.event_type.import_from_openapi(
        spec={
            "openapi": "3.1.0",
            "info": {"title": "Webhook Example", "version": "1.0.0"},
            "webhooks": {
                "user.signup": {
                    "post": {
                        "requestBody": {
                            "description": "A user has signed up",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "required": ["id", "email"],
                                        "properties": {
                                            "id": {"type": "string"},
                                            "email": {"type": "string"},
                                        },
                                    }
                                }
                            },
                        },
                        "responses": {
                            "200": {
                                "description": "Return a 200 status to indicate that the data was received successfully"
                            }
                        },
                    }
                }
            },
        },
        spec_raw='openapi: 3.1.0\ninfo:\n  title: Webhook Example\n  version: 1.0.0\nwebhooks:\n  user.signup:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema:\n              type: object\n      responses:\n        "200":\n          description: OK\n',
        idempotency_key="my-idempotency-key",
    )
    assert result is not None


def test_import_from_openapi__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.event_type.aimport_from_openapi(
                spec={
                    "openapi": "3.1.0",
                    "info": {"title": "Webhook Example", "version": "1.0.0"},
                    "webhooks": {
                        "user.signup": {
                            "post": {
                                "requestBody": {
                                    "description": "A user has signed up",
                                    "content": {
                                        "application/json": {
                                            "schema": {
                                                "type": "object",
                                                "required": ["id", "email"],
                                                "properties": {
                                                    "id": {"type": "string"},
                                                    "email": {"type": "string"},
                                                },
                                            }
                                        }
                                    },
                                },
                                "responses": {
                                    "200": {
                                        "description": "Return a 200 status to indicate that the data was received successfully"
                                    }
                                },
                            }
                        }
                    },
                },
                spec_raw='openapi: 3.1.0\ninfo:\n  title: Webhook Example\n  version: 1.0.0\nwebhooks:\n  user.signup:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema:\n              type: object\n      responses:\n        "200":\n          description: OK\n',
                idempotency_key="my-idempotency-key",
            )
            assert result is not None

    asyncio.run(main())


def test_import_from_openapi__raw(client: Svix) -> None:
    response = client.event_type.raw.import_from_openapi(
        spec={
            "openapi": "3.1.0",
            "info": {"title": "Webhook Example", "version": "1.0.0"},
            "webhooks": {
                "user.signup": {
                    "post": {
                        "requestBody": {
                            "description": "A user has signed up",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "required": ["id", "email"],
                                        "properties": {
                                            "id": {"type": "string"},
                                            "email": {"type": "string"},
                                        },
                                    }
                                }
                            },
                        },
                        "responses": {
                            "200": {
                                "description": "Return a 200 status to indicate that the data was received successfully"
                            }
                        },
                    }
                }
            },
        },
        spec_raw='openapi: 3.1.0\ninfo:\n  title: Webhook Example\n  version: 1.0.0\nwebhooks:\n  user.signup:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema:\n              type: object\n      responses:\n        "200":\n          description: OK\n',
        idempotency_key="my-idempotency-key",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_partially_update_type(client: Svix) -> None:
    result = client.event_type.partially_update_type(
        event_type_name="user.signup",
        description="An example description",
        archived=True,
        schemas={
            "1": {
                "type": "object",
                "title": "Invoice Paid Event",
                "description": "An invoice was paid by a user",
                "required": ["invoiceId", "userId"],
                "properties": {
                    "invoiceId": {"type": "string", "description": "The invoice id"},
                    "userId": {"type": "string", "description": "The user id"},
                },
            }
        },
        feature_flag="cool-new-feature",
    )
    assert result is not None


def test_partially_update_type__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.event_type.apartially_update_type(
                event_type_name="user.signup",
                description="An example description",
                archived=True,
                schemas={
                    "1": {
                        "type": "object",
                        "title": "Invoice Paid Event",
                        "description": "An invoice was paid by a user",
                        "required": ["invoiceId", "userId"],
                        "properties": {
                            "invoiceId": {
                                "type": "string",
                                "description": "The invoice id",
                            },
                            "userId": {"type": "string", "description": "The user id"},
                        },
                    }
                },
                feature_flag="cool-new-feature",
            )
            assert result is not None

    asyncio.run(main())


def test_partially_update_type__raw(client: Svix) -> None:
    response = client.event_type.raw.partially_update_type(
        event_type_name="user.signup",
        description="An example description",
        archived=True,
        schemas={
            "1": {
                "type": "object",
                "title": "Invoice Paid Event",
                "description": "An invoice was paid by a user",
                "required": ["invoiceId", "userId"],
                "properties": {
                    "invoiceId": {"type": "string", "description": "The invoice id"},
                    "userId": {"type": "string", "description": "The user id"},
                },
            }
        },
        feature_flag="cool-new-feature",
    )
    assert 200 <= response.status < 300
    response.parse()


def test_update_type(client: Svix) -> None:
    result = client.event_type.update_type(
        event_type_name="user.signup",
        description="A user has signed up",
        archived=False,
        schemas={
            "1": {
                "type": "object",
                "title": "Invoice Paid Event",
                "description": "An invoice was paid by a user",
                "required": ["invoiceId", "userId"],
                "properties": {
                    "invoiceId": {"type": "string", "description": "The invoice id"},
                    "userId": {"type": "string", "description": "The user id"},
                },
            }
        },
        feature_flag="cool-new-feature",
    )
    assert result is not None


def test_update_type__async(new_client: Callable[[], Svix]) -> None:
    async def main() -> None:
        async with new_client() as client:
            result = await client.event_type.aupdate_type(
                event_type_name="user.signup",
                description="A user has signed up",
                archived=False,
                schemas={
                    "1": {
                        "type": "object",
                        "title": "Invoice Paid Event",
                        "description": "An invoice was paid by a user",
                        "required": ["invoiceId", "userId"],
                        "properties": {
                            "invoiceId": {
                                "type": "string",
                                "description": "The invoice id",
                            },
                            "userId": {"type": "string", "description": "The user id"},
                        },
                    }
                },
                feature_flag="cool-new-feature",
            )
            assert result is not None

    asyncio.run(main())


def test_update_type__raw(client: Svix) -> None:
    response = client.event_type.raw.update_type(
        event_type_name="user.signup",
        description="A user has signed up",
        archived=False,
        schemas={
            "1": {
                "type": "object",
                "title": "Invoice Paid Event",
                "description": "An invoice was paid by a user",
                "required": ["invoiceId", "userId"],
                "properties": {
                    "invoiceId": {"type": "string", "description": "The invoice id"},
                    "userId": {"type": "string", "description": "The user id"},
                },
            }
        },
        feature_flag="cool-new-feature",
    )
    assert 200 <= response.status < 300
    response.parse()
