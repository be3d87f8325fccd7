"""Issue 7's data scenarios, each run with the sync method and with its async twin.

Bodies that lie or surprise, every body and response encoding, path values that try to
change the route, credentials on every attempt and nowhere else, idempotency keys, and a
server that repeats its page cursor.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from .conftest import TOKEN, ClientFactory
from .loopback import LoopbackServer, Reply
from .scenarios import call

WIDGET = {"id": "w1", "displayName": "One"}
CREDENTIALS = {
    "access_token": TOKEN,
    "header_key": "hk-SECRET-value",
    "query_key": "qk-SECRET-value",
    "cookie_key": "ck-SECRET-value",
}


def test_malformed_json_on_200_raises_the_sdk_response_error(
    mode: str, client: Any, server: LoopbackServer, sdk: ModuleType
) -> None:
    truncated = '{"id": "w1", "displayN'
    server.script("/widgets/w1", Reply(200, truncated, {"Content-Type": "application/json"}))
    with pytest.raises(sdk.ApiResponseValidationError) as caught:
        call(mode, client, "widgets.get", widget_id="w1")
    assert caught.value.status == 200
    assert caught.value.body == truncated and truncated in str(caught.value)


def test_html_error_page_on_502_keeps_the_page_as_text(
    mode: str, client: Any, server: LoopbackServer, sdk: ModuleType
) -> None:
    page = "<html><body><h1>502 Bad Gateway</h1>nginx</body></html>"
    server.script("/widgets/w1", Reply(502, page, {"Content-Type": "text/html"}))
    with pytest.raises(sdk.InternalServerError) as caught:
        call(mode, client, "widgets.get", widget_id="w1")
    assert caught.value.status == 502 and caught.value.reason == "Bad Gateway"
    assert caught.value.body == page and "502 Bad Gateway" in str(caught.value)


def test_unknown_enum_values_and_extra_fields_are_kept(
    mode: str, client: Any, server: LoopbackServer
) -> None:
    grown = {**WIDGET, "kind": "doohickey", "priority": 9, "colour": "red"}
    server.script("/widgets/w1", Reply(200, grown))
    widget = call(mode, client, "widgets.get", widget_id="w1")
    assert widget.kind.value == "doohickey" and widget.priority.value == 9
    assert widget.model_extra == {"colour": "red"}
    assert widget.to_dict()["colour"] == "red"


def test_204_returns_none(mode: str, client: Any, server: LoopbackServer) -> None:
    server.script("/widgets/w1", Reply(204))
    assert call(mode, client, "widgets.delete", widget_id="w1") is None
    assert server.last.method == "DELETE"


def test_binary_body_both_ways(mode: str, client: Any, server: LoopbackServer) -> None:
    blob = bytes(range(256)) * 3
    server.script("/files/f1/content", Reply(200, blob))
    assert call(mode, client, "files.download", file_id="f1") == blob
    server.script("/files/f1/raw", Reply(204))
    assert call(mode, client, "files.put_raw", file_id="f1", body=blob) is None
    assert server.last.body == blob
    assert server.last.headers["content-type"] == "application/octet-stream"


def test_multipart_upload(mode: str, client: Any, server: LoopbackServer) -> None:
    server.script("/files", Reply(200, {"id": "f", "size": 4}))
    info = call(mode, client, "files.upload", file=("notes.txt", b"\x00abc"), purpose="test")
    assert info.size == 4
    sent = server.last
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="file"; filename="notes.txt"' in sent.body and b"\x00abc" in sent.body
    assert b'name="purpose"\r\n\r\ntest' in sent.body


@pytest.mark.parametrize(
    ("value", "wire"),
    [("../../admin", "..%2F..%2Fadmin"), ("a/b?x=1#f", "a%2Fb%3Fx%3D1%23f")],
)
def test_path_values_with_path_syntax_stay_one_segment(
    mode: str, client: Any, server: LoopbackServer, value: str, wire: str
) -> None:
    server.script(f"/widgets/{wire}", Reply(200, WIDGET))
    call(mode, client, "widgets.get", widget_id=value)
    assert server.last.path == f"/widgets/{wire}" and server.last.query == []


@pytest.mark.parametrize("value", ["..", ".", ""])
def test_path_values_that_would_change_the_route_are_refused_before_sending(
    mode: str, client: Any, server: LoopbackServer, value: str
) -> None:
    with pytest.raises(ValueError, match="widget_id"):
        call(mode, client, "widgets.get", widget_id=value)
    with pytest.raises(ValueError, match="change which endpoint"):
        call(mode, client, "widgets.rename", widget_id=value, display_name="x")
    assert server.requests == []


def test_every_credential_on_every_retry(
    mode: str, make_client: ClientFactory, server: LoopbackServer, sleeps: list[float]
) -> None:
    server.script("/auth/all", Reply(503), Reply(429), Reply(200, {"ok": True}))
    client = make_client(max_retries=2, **CREDENTIALS)
    assert call(mode, client, "auth.all").ok is True
    attempts = server.to("/auth/all")
    assert len(attempts) == 3
    for sent in attempts:
        assert sent.headers.get_list("authorization") == [f"Bearer {TOKEN}"]
        assert sent.headers.get_list("x-api-key") == ["hk-SECRET-value"]
        assert sent.params("api_key") == ["qk-SECRET-value"]
        assert sent.headers.get_list("cookie") == ["session=ck-SECRET-value"]


def test_credentials_absent_from_repr_debug_logs_and_exception_text(
    mode: str,
    make_client: ClientFactory,
    server: LoopbackServer,
    sleeps: list[float],
    sdk: ModuleType,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="rt_sdk")
    server.script("/auth/all", Reply(503), Reply(403, {"code": "no"}), Reply(drop=True))
    client = make_client(max_retries=1, **CREDENTIALS)
    with pytest.raises(sdk.PermissionDeniedError) as status_error:
        call(mode, client, "auth.all")
    with pytest.raises(sdk.ApiConnectionError) as transport_error:
        call(mode, client, "auth.all", request_options={"max_retries": 0})
    assert len(caplog.records) >= 2  # the retry and the final response were logged
    texts = [repr(client), *(r.getMessage() for r in caplog.records)]
    for caught in (status_error.value, transport_error.value):
        texts += [str(caught), repr(caught), caught.url]
    for text in texts:
        for secret in CREDENTIALS.values():
            assert secret not in text, text


def test_idempotency_key_same_on_every_retry_and_fresh_per_call(
    mode: str, make_client: ClientFactory, server: LoopbackServer, sleeps: list[float]
) -> None:
    server.script("/widgets", Reply(503), Reply(drop=True), Reply(201, WIDGET), Reply(201, WIDGET))
    client = make_client(max_retries=2)
    call(mode, client, "widgets.create", display_name="x")
    call(mode, client, "widgets.create", display_name="x")
    keys = [r.headers.get_list("idempotency-key") for r in server.to("/widgets")]
    assert len(keys) == 4 and all(len(k) == 1 for k in keys)
    assert keys[0] == keys[1] == keys[2] != keys[3]


def test_cookie_auth_next_to_a_cookie_parameter(
    mode: str, make_client: ClientFactory, server: LoopbackServer
) -> None:
    client = make_client(cookie_key="ck-SECRET-value")
    call(mode, client, "auth.cookie_key", theme="dark")
    assert sorted(server.last.headers["cookie"].split("; ")) == [
        "session=ck-SECRET-value",
        "theme=dark",
    ]


def _repeating_pages(server: LoopbackServer) -> None:
    server.script(
        "/widgets",
        Reply(200, {"data": [{**WIDGET, "id": "a"}], "done": False, "iterator": "it-1"}),
        Reply(200, {"data": [{**WIDGET, "id": "b"}], "done": False, "iterator": "it-1"}),
        Reply(200, {"data": [{**WIDGET, "id": "never"}], "done": True}),
    )


def test_repeated_pagination_cursor_stops_with_a_clear_error(
    client: Any, server: LoopbackServer, sdk: ModuleType
) -> None:
    _repeating_pages(server)
    seen = []
    with pytest.raises(sdk.PaginationError, match="it-1"):
        for widget in client.widgets.list().auto_paging_iter():
            seen.append(widget.id)
    assert seen == ["a", "b"] and len(server.to("/widgets")) == 2


def test_repeated_pagination_cursor_stops_async_iteration_with_a_clear_error(
    client: Any, server: LoopbackServer, sdk: ModuleType
) -> None:
    _repeating_pages(server)
    seen = []

    async def walk() -> None:
        page = await client.widgets.alist()
        async for widget in page.auto_paging_aiter():
            seen.append(widget.id)

    with pytest.raises(sdk.PaginationError, match="it-1"):
        asyncio.run(walk())
    assert seen == ["a", "b"] and len(server.to("/widgets")) == 2


@pytest.fixture
def sdk_logger() -> Iterator[logging.Logger]:
    """The SDK's logger, restored afterwards: `RT_LOG` changes its level and handlers."""
    logger = logging.getLogger("rt_sdk")
    level, handlers = logger.level, list(logger.handlers)
    yield logger
    logger.setLevel(level)
    logger.handlers[:] = handlers


def test_log_variable_turns_on_request_logging_without_secrets(
    mode: str,
    make_client: ClientFactory,
    server: LoopbackServer,
    sleeps: list[float],
    sdk_logger: logging.Logger,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("RT_LOG", "debug")
    server.script("/auth/all", Reply(503), Reply(200, {"ok": True}))
    client = make_client(max_retries=1, **CREDENTIALS)
    make_client(**CREDENTIALS)  # a second client does not log everything twice
    call(mode, client, "auth.all")
    logged = capfd.readouterr().err
    assert sdk_logger.level == logging.DEBUG
    assert logged.count("retrying GET /auth/all") == 1
    assert logged.count("GET /auth/all -> 200") == 1
    for secret in CREDENTIALS.values():
        assert secret not in logged
