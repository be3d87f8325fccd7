"""The Stream Chat Events SDK (spec/stream-chat-events.yaml, seed 004) over loopback.

Three API-key schemes apply to every call at once (`api_key` query parameter, JWT in
`Authorization`, `Stream-Auth-Type` header); they must all be on every attempt, retries
included, and nowhere in what the SDK prints. A 429's `X-RateLimit-*` headers must be
reachable from the `RateLimitError`. `Sync`, tagged under two tags, must get the same
readable name in both namespaces.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from generator.pipeline import generate
from tests.support.imports import generated_package
from tests.support.paths import REPO

from .loopback import LoopbackServer, Reply
from .scenarios import call

SPEC = REPO / "spec" / "stream-chat-events.yaml"
CONFIG = REPO / "spec" / "stream-chat-events.sdkgen.yaml"
CREDENTIALS = {
    "api_key": "key-SECRET-123",
    "token": "eyJ-SECRET-jwt.payload.sig",
    "auth_type": "jwt",
}
SYNCED = {
    "duration": "1.2ms",
    "events": [{"type": "message.new", "created_at": "2024-05-01T10:00:00Z"}],
}
SYNC_ARGS = {"channel_cids": ["messaging:general"], "last_sync_at": "2024-05-01T09:00:00Z"}
RATE_LIMITED = {
    "Retry-After": "0",
    "X-RateLimit-Limit": "60",
    "X-RateLimit-Remaining": "0",
    "X-RateLimit-Reset": "1714557600",
}
API_ERROR = {
    "code": 9,
    "message": "Too many requests",
    "StatusCode": 429,
    "duration": "0s",
    "more_info": "",
}


@pytest.fixture(scope="module")
def stream_chat(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The `stream_chat` package, generated from the spec today and imported."""
    out = tmp_path_factory.mktemp("stream_chat")
    with generated_package(SPEC, out, "stream_chat", CONFIG) as package:
        yield package


@pytest.fixture
def chat(
    stream_chat: ModuleType, server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Any]:
    for name in ("STREAM_CHAT_API_KEY", "STREAM_CHAT_TOKEN", "STREAM_CHAT_AUTH_TYPE"):
        monkeypatch.delenv(name, raising=False)
    client = stream_chat.StreamChat(base_url=server.url, **CREDENTIALS)
    yield client
    client.close()


def _assert_all_credentials(sent: Any) -> None:
    assert sent.params("api_key") == ["key-SECRET-123"]
    assert sent.headers.get_list("authorization") == ["eyJ-SECRET-jwt.payload.sig"]
    assert sent.headers.get_list("stream-auth-type") == ["jwt"]


def test_every_operation_sends_all_three_credentials(
    mode: str, chat: Any, server: LoopbackServer
) -> None:
    server.script("/channels/messaging/general/event", Reply(201, {"duration": "1ms"}))
    server.script("/users/u%2F1/event", Reply(201, {"duration": "1ms"}))
    server.script("/sync", Reply(201, SYNCED), Reply(201, SYNCED))
    call(
        mode,
        chat,
        "events.send_event",
        type="messaging",
        id="general",
        event={"type": "typing.start"},
    )
    call(
        mode,
        chat,
        "events.send_user_custom_event",
        user_id="u/1",
        event={"type": "friendship_request"},
    )
    call(mode, chat, "events.sync", **SYNC_ARGS, watch=True)
    call(mode, chat, "channels.sync", **SYNC_ARGS)
    assert [r.path for r in server.requests] == [
        "/channels/messaging/general/event",
        "/users/u%2F1/event",
        "/sync",
        "/sync",
    ]
    for sent in server.requests:
        _assert_all_credentials(sent)
    assert server.requests[0].json() == {"event": {"type": "typing.start"}}
    assert server.requests[2].params("watch") == ["true"]


def test_all_credentials_on_every_retry_and_rate_limit_headers_on_the_error(
    mode: str, chat: Any, server: LoopbackServer, stream_chat: ModuleType, sleeps: list[float]
) -> None:
    server.script("/sync", *[Reply(429, API_ERROR, RATE_LIMITED)] * 3)
    with pytest.raises(stream_chat.RateLimitError) as caught:
        call(mode, chat, "events.sync", **SYNC_ARGS)
    attempts = server.to("/sync")
    assert len(attempts) == 3  # a 429 is retried even for a POST: the server did nothing
    for sent in attempts:
        _assert_all_credentials(sent)
    error = caught.value
    assert error.status == 429 and error.retry_after == 0.0
    assert error.rate_limit == {
        "x-ratelimit-limit": "60",
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset": "1714557600",
    }
    assert error.headers["X-RateLimit-Reset"] == "1714557600"
    assert error.body["message"] == "Too many requests"


def test_a_retry_after_the_rate_limit_succeeds(
    mode: str, chat: Any, server: LoopbackServer, stream_chat: ModuleType, sleeps: list[float]
) -> None:
    server.script("/sync", Reply(429, API_ERROR, RATE_LIMITED), Reply(201, SYNCED))
    result = call(mode, chat, "events.sync", **SYNC_ARGS)
    assert isinstance(result, importlib.import_module("stream_chat.models").SyncResponse)
    assert result.events[0].type == "message.new"
    assert sleeps == [0.0]  # Retry-After: 0 means at once, not a backoff


def test_credentials_stay_out_of_repr_logs_and_errors(
    mode: str,
    chat: Any,
    server: LoopbackServer,
    stream_chat: ModuleType,
    sleeps: list[float],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="stream_chat")
    server.script("/sync", Reply(429, API_ERROR, RATE_LIMITED), Reply(400, {"message": "bad"}))
    with pytest.raises(stream_chat.BadRequestError) as caught:
        call(mode, chat, "channels.sync", **SYNC_ARGS)
    texts = [repr(chat), str(caught.value), repr(caught.value), caught.value.url]
    texts += [r.getMessage() for r in caplog.records]
    assert "api_key=%2A%2A%2A" in caught.value.url or "api_key=***" in caught.value.url
    for text in texts:
        for secret in ("key-SECRET-123", "eyJ-SECRET-jwt.payload.sig"):
            assert secret not in text, text


def test_credentials_come_from_the_environment(
    stream_chat: ModuleType, server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STREAM_CHAT_API_KEY", "key-SECRET-123")
    monkeypatch.setenv("STREAM_CHAT_TOKEN", "eyJ-SECRET-jwt.payload.sig")
    monkeypatch.setenv("STREAM_CHAT_AUTH_TYPE", "jwt")
    server.script("/sync", Reply(201, SYNCED))
    with stream_chat.StreamChat(base_url=server.url) as client:
        client.events.sync(**SYNC_ARGS)
    _assert_all_credentials(server.last)


def test_sync_under_two_tags_has_one_readable_name_in_each_namespace(
    stream_chat: ModuleType,
) -> None:
    # resources load lazily: import the modules by name, not through attributes that only
    # exist once something else (another test in this worker) has imported them
    events = importlib.import_module("stream_chat.resources.events").EventsApi
    channels = importlib.import_module("stream_chat.resources.channels").ChannelsApi
    for namespace in (events, channels):
        names = {n for n in vars(namespace) if "sync" in n and not n.startswith("_")}
        assert names == {"sync", "async_"}, names  # `async` is a keyword: the twin is `async_`
    assert {n for n in vars(events) if not n.startswith("_")} >= {
        "send_event",
        "asend_event",
        "send_user_custom_event",
        "asend_user_custom_event",
    }


def test_names_do_not_depend_on_the_order_of_the_tags(tmp_path: Any) -> None:
    text = SPEC.read_text(encoding="utf-8")
    swapped = tmp_path / "swapped.yaml"
    swapped.write_text(
        text.replace("tags: [Events, Channels]", "tags: [Channels, Events]"), encoding="utf-8"
    )
    names = {
        (r.name, op.name)
        for api in (generate(SPEC, CONFIG).api, generate(swapped, CONFIG).api)
        for r in api.resources
        for op in r.operations
    }
    assert names == {
        ("events", "send_event"),
        ("events", "send_user_custom_event"),
        ("events", "sync"),
        ("channels", "sync"),
    }
