"""The Stream Chat Events SDK against Prism mocking its own spec, request validation on.

Prism enforces the spec's security requirement (three API keys at once: `api_key` in the
query, a JWT in `Authorization`, `Stream-Auth-Type`), so every successful call proves the
SDK sent all three; leaving any one out must fail with 401. Prism also validates bodies
and query parameters, and answers 429 with the documented `X-RateLimit-*` headers when
asked (`Prefer: code=429`). The generated package must pass `mypy --strict`.
"""

from __future__ import annotations

import asyncio
import importlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.support.imports import generate_into, imported_package
from tests.support.paths import REPO
from tests.support.prism import MockServer, prism_mock

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("stream_chat")]

SPEC = REPO / "spec" / "stream-chat-events.yaml"
CONFIG = REPO / "spec" / "stream-chat-events.sdkgen.yaml"
CREDENTIALS = {"api_key": "app-key", "token": "eyJhbGciOiJIUzI1NiJ9.e30.sig", "auth_type": "jwt"}
SYNC_ARGS = {"channel_cids": ["messaging:general"], "last_sync_at": "2024-05-01T09:00:00Z"}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The SDK project as `make generate` writes it today (in a temp dir)."""
    out = tmp_path_factory.mktemp("stream_chat_e2e")
    generate_into(out, SPEC, CONFIG)
    return out


@pytest.fixture(scope="module")
def stream_chat(project: Path) -> Iterator[ModuleType]:
    with imported_package(project, "stream_chat") as package:
        yield package


@pytest.fixture(scope="module")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServer]:
    with prism_mock(SPEC, tmp_path_factory.mktemp("prism")) as server:
        yield server


def _client(stream_chat: ModuleType, prism: MockServer, **overrides: Any) -> Any:
    return stream_chat.StreamChat(base_url=prism.url, **{**CREDENTIALS, **overrides})


def test_every_operation_in_every_form(stream_chat: ModuleType, prism: MockServer) -> None:
    models = importlib.import_module("stream_chat.models")
    with _client(stream_chat, prism) as chat:
        sent = chat.events.send_event(
            type="messaging", id="general", event={"type": "typing.start", "user_id": "u1"}
        )
        assert isinstance(sent, models.EventResponse), prism.violations()
        custom = chat.events.send_user_custom_event(
            user_id="u1", event={"type": "friendship_request", "custom": {"from": "u2"}}
        )
        assert isinstance(custom, models.Response)
        synced = chat.events.sync(**SYNC_ARGS, with_inaccessible_cids=True, watch=False)
        assert isinstance(synced, models.SyncResponse) and synced.events
        assert isinstance(chat.channels.sync(**SYNC_ARGS), models.SyncResponse)
        raw = chat.channels.raw.sync(**SYNC_ARGS, client_id="c1", connection_id="k1")
        assert raw.status == 201 and isinstance(raw.parse(), models.SyncResponse)

    async def in_async() -> None:
        async with _client(stream_chat, prism) as chat:
            response = await chat.events.asend_event(
                type="messaging", id="general", event=models.EventRequest(type="typing.stop")
            )
            assert isinstance(response, models.EventResponse)
            assert isinstance(await chat.channels.async_(**SYNC_ARGS), models.SyncResponse)
            assert isinstance(await chat.events.async_(**SYNC_ARGS), models.SyncResponse)

    asyncio.run(in_async())


@pytest.mark.parametrize("missing", ["api_key", "token", "auth_type"])
def test_each_of_the_three_credentials_is_required(
    stream_chat: ModuleType, prism: MockServer, missing: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(f"STREAM_CHAT_{missing.upper()}", raising=False)
    with (
        _client(stream_chat, prism, **{missing: None}) as chat,
        pytest.raises(stream_chat.AuthenticationError) as caught,
    ):
        chat.events.sync(**SYNC_ARGS)
    assert caught.value.status == 401


def test_rate_limit_headers_reachable_from_the_429_error(
    stream_chat: ModuleType, prism: MockServer
) -> None:
    options = {"extra_headers": {"Prefer": "code=429"}, "max_retries": 0}
    with _client(stream_chat, prism) as chat, pytest.raises(stream_chat.RateLimitError) as caught:
        chat.events.sync(**SYNC_ARGS, request_options=options)
    error = caught.value
    assert error.rate_limit == {
        "x-ratelimit-limit": "60",
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset": "1714557600",
    }
    assert error.retry_after is None  # not documented by this API, so not invented
    assert isinstance(error.body, dict) and "message" in error.body


def test_prism_rejects_a_request_the_spec_does_not_allow(
    stream_chat: ModuleType, prism: MockServer
) -> None:
    """Request validation is really on: the passing calls above are evidence."""
    options = {"extra_query": {"watch": "maybe"}}
    with _client(stream_chat, prism) as chat, pytest.raises(stream_chat.BadRequestError):
        chat.events.sync(**SYNC_ARGS, request_options=options)


def test_generated_package_passes_mypy_strict(project: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "stream_chat"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
