"""A stalled server or a dead port ends in an SDK exception, promptly, never a hang."""

from __future__ import annotations

import time
from types import ModuleType
from typing import Any

import httpx
import pytest

from .conftest import ClientFactory
from .loopback import LoopbackServer, Reply

WIDGET = {"id": "w1", "displayName": "One"}
STALL = 5.0  # far longer than any timeout below; the server is released at teardown


def test_client_timeout_raises_api_timeout_error_in_about_the_timeout(
    make_client: ClientFactory, server: LoopbackServer, sdk: ModuleType
) -> None:
    server.script("/widgets/w1", Reply(200, WIDGET, delay=STALL))
    client = make_client(timeout=0.5, max_retries=0)
    started = time.monotonic()
    with pytest.raises(sdk.ApiTimeoutError) as caught:
        client.widgets.get(widget_id="w1")
    elapsed = time.monotonic() - started
    assert 0.45 <= elapsed < 1.5
    assert "timed out" in str(caught.value) and "/widgets/w1" in str(caught.value)
    assert isinstance(caught.value.__cause__, httpx.TimeoutException)


def test_per_call_timeout_overrides_the_client_timeout(
    make_client: ClientFactory, server: LoopbackServer, sdk: ModuleType
) -> None:
    server.script("/widgets/w1", Reply(200, WIDGET, delay=STALL))
    client = make_client(timeout=30.0, max_retries=0)
    started = time.monotonic()
    with pytest.raises(sdk.ApiTimeoutError):
        client.widgets.get(widget_id="w1", request_options={"timeout": 0.3})
    assert time.monotonic() - started < 1.2


def test_per_call_timeout_can_be_longer_than_the_client_timeout(
    make_client: ClientFactory, server: LoopbackServer
) -> None:
    server.script("/widgets/w1", Reply(200, WIDGET, delay=0.4))
    client = make_client(timeout=0.1, max_retries=0)
    assert client.widgets.get(widget_id="w1", request_options={"timeout": 3.0}).id == "w1"


def test_timeout_is_retried_for_a_get_and_every_attempt_is_bounded(
    make_client: ClientFactory,
    server: LoopbackServer,
    retries: ModuleType,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(retries, "INITIAL_RETRY_DELAY", 0.01)
    server.script("/widgets/w1", Reply(200, WIDGET, delay=STALL), Reply(200, WIDGET))
    client = make_client(timeout=0.3, max_retries=1)
    started = time.monotonic()
    assert client.widgets.get(widget_id="w1").id == "w1"
    assert time.monotonic() - started < 1.5
    assert len(server.to("/widgets/w1")) == 2


def test_timeout_of_a_post_without_idempotency_key_is_not_retried(
    make_client: ClientFactory, server: LoopbackServer, sdk: ModuleType
) -> None:
    server.script("/widgets/w1/rename", Reply(200, WIDGET, delay=STALL))
    client = make_client(timeout=0.3, max_retries=2)
    with pytest.raises(sdk.ApiTimeoutError):
        client.widgets.rename(widget_id="w1", display_name="x")
    assert len(server.to("/widgets/w1/rename")) == 1


def test_httpx_timeout_object_is_accepted(
    make_client: ClientFactory, server: LoopbackServer, sdk: ModuleType
) -> None:
    server.script("/widgets/w1", Reply(200, WIDGET, delay=STALL))
    client = make_client(timeout=httpx.Timeout(10.0, read=0.3), max_retries=0)
    started = time.monotonic()
    with pytest.raises(sdk.ApiTimeoutError):
        client.widgets.get(widget_id="w1")
    assert time.monotonic() - started < 1.2


@pytest.mark.anyio
async def test_async_timeout(
    make_client: ClientFactory, server: LoopbackServer, sdk: ModuleType
) -> None:
    server.script("/widgets/w1", *[Reply(200, WIDGET, delay=STALL)] * 2)
    async with make_client(timeout=0.4, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(sdk.ApiTimeoutError):
            await client.widgets.aget(widget_id="w1")
        assert 0.35 <= time.monotonic() - started < 1.3
        started = time.monotonic()
        with pytest.raises(sdk.ApiTimeoutError):
            await client.widgets.aget(widget_id="w1", request_options={"timeout": 0.2})
        assert time.monotonic() - started < 1.0


def test_connection_refused_is_an_api_connection_error(sdk: ModuleType, closed_port: int) -> None:
    url = f"http://127.0.0.1:{closed_port}"
    client = sdk.Rt(base_url=url, access_token="t", max_retries=0)
    with client, pytest.raises(sdk.ApiConnectionError) as caught:
        client.widgets.get(widget_id="w1")
    exc = caught.value
    assert not isinstance(exc, sdk.ApiTimeoutError)
    assert isinstance(exc.__cause__, httpx.ConnectError)
    assert exc.method == "GET" and exc.url == f"{url}/widgets/w1"
    assert "connection failed" in str(exc)


@pytest.mark.anyio
async def test_async_connection_refused_is_an_api_connection_error(
    sdk: ModuleType, closed_port: int
) -> None:
    async with sdk.Rt(base_url=f"http://127.0.0.1:{closed_port}", max_retries=0) as client:
        with pytest.raises(sdk.ApiConnectionError):
            await client.widgets.aget(widget_id="w1")


def test_stalled_server_with_default_retries_still_ends(
    make_client: ClientFactory,
    server: LoopbackServer,
    sdk: ModuleType,
    retries: ModuleType,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every attempt times out: the caller gets ApiTimeoutError after max_retries + 1 tries."""
    monkeypatch.setattr(retries, "INITIAL_RETRY_DELAY", 0.01)
    server.script("/widgets/w1", *[Reply(200, WIDGET, delay=STALL)] * 3)
    client = make_client(timeout=0.2)
    started = time.monotonic()
    with pytest.raises(sdk.ApiTimeoutError):
        client.widgets.get(widget_id="w1")
    assert time.monotonic() - started < 1.5
    assert len(server.to("/widgets/w1")) == 3


def test_base_url_with_a_trailing_slash_or_a_path_prefix(
    make_client: ClientFactory, server: LoopbackServer
) -> None:
    server.script("/api/widgets/w1", Reply(200, WIDGET))
    server.script("/widgets/w2", Reply(200, WIDGET))
    make_client(base_url=server.url + "/api/").widgets.get(widget_id="w1")
    make_client(base_url=server.url + "/").widgets.get(widget_id="w2")
    assert [r.path for r in server.requests] == ["/api/widgets/w1", "/widgets/w2"]


def test_wall_clock_of_a_normal_call_is_small(client: Any, server: LoopbackServer) -> None:
    """Nagle is off on both ends: a keep-alive request/response pair takes milliseconds."""
    server.script("/widgets/w1", *[Reply(200, WIDGET)] * 20)
    client.widgets.get(widget_id="w1")
    started = time.monotonic()
    for _ in range(19):
        client.widgets.get(widget_id="w1")
    assert (time.monotonic() - started) / 19 < 0.03
