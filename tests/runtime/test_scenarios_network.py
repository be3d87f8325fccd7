"""Issue 7's network scenarios, each run with the sync method and with its async twin.

Retries and their waits, a dropped connection, a stalled server or body, and connection
reuse, all over real HTTP against the loopback server. Waits that the scenario is about
are measured on the server's clock; others are recorded by `sleeps` instead of slept.
"""

from __future__ import annotations

import asyncio
import email.utils
import itertools
import time
from types import ModuleType
from typing import Any

import pytest

from .conftest import ClientFactory
from .loopback import LoopbackServer, Reply
from .scenarios import call

WIDGET = {"id": "w1", "displayName": "One"}
GET_W1 = {"widget_id": "w1"}
SLACK = 0.35  # scheduling and loopback latency allowed on top of a wait, on a busy machine


def _gaps(server: LoopbackServer, path: str) -> list[float]:
    times = [r.at for r in server.to(path)]
    return [b - a for a, b in itertools.pairwise(times)]


def test_503_then_success(
    mode: str, make_client: ClientFactory, server: LoopbackServer, sleeps: list[float]
) -> None:
    server.script("/widgets/w1", Reply(503), Reply(200, WIDGET))
    assert call(mode, make_client(), "widgets.get", **GET_W1).id == "w1"
    assert len(server.to("/widgets/w1")) == 2
    assert len(sleeps) == 1 and 0.25 <= sleeps[0] <= 0.5


def test_429_with_retry_after_1_waits_about_a_second(
    mode: str, make_client: ClientFactory, server: LoopbackServer
) -> None:
    server.script("/widgets/w1", Reply(429, headers={"Retry-After": "1"}), Reply(200, WIDGET))
    assert call(mode, make_client(), "widgets.get", **GET_W1).id == "w1"
    [gap] = _gaps(server, "/widgets/w1")
    assert 0.98 <= gap < 1.0 + SLACK


def test_429_with_retry_after_ms_300_waits_about_300_ms(
    mode: str, make_client: ClientFactory, server: LoopbackServer
) -> None:
    server.script("/widgets/w1", Reply(429, headers={"retry-after-ms": "300"}), Reply(200, WIDGET))
    assert call(mode, make_client(), "widgets.get", **GET_W1).id == "w1"
    [gap] = _gaps(server, "/widgets/w1")
    assert 0.29 <= gap < 0.3 + SLACK


def test_429_with_retry_after_as_an_http_date(
    mode: str, make_client: ClientFactory, server: LoopbackServer, sleeps: list[float]
) -> None:
    when = email.utils.formatdate(time.time() + 3, usegmt=True)  # whole seconds: 2-3 s away
    server.script("/widgets/w1", Reply(429, headers={"Retry-After": when}), Reply(200, WIDGET))
    assert call(mode, make_client(), "widgets.get", **GET_W1).id == "w1"
    assert len(sleeps) == 1 and 1.5 <= sleeps[0] <= 3.0


def test_429_with_retry_after_above_the_cap_is_not_retried(
    mode: str, make_client: ClientFactory, server: LoopbackServer, sleeps: list[float], sdk: Any
) -> None:
    headers = {"Retry-After": "120", "X-RateLimit-Remaining": "0"}
    server.script("/widgets/w1", Reply(429, {"code": "slow_down"}, headers), Reply(200, WIDGET))
    with pytest.raises(sdk.RateLimitError) as caught:
        call(mode, make_client(), "widgets.get", **GET_W1)
    assert caught.value.retry_after == 120.0
    assert caught.value.rate_limit == {"x-ratelimit-remaining": "0"}
    assert len(server.to("/widgets/w1")) == 1 and sleeps == []


def test_three_503s_make_exactly_max_retries_plus_one_attempts_with_bounded_gaps(
    mode: str, make_client: ClientFactory, server: LoopbackServer, sdk: ModuleType
) -> None:
    server.script("/widgets/w1", *[Reply(503)] * 3, Reply(200, WIDGET))
    started = time.monotonic()
    with pytest.raises(sdk.InternalServerError) as caught:
        call(mode, make_client(max_retries=2), "widgets.get", **GET_W1)
    elapsed = time.monotonic() - started
    assert caught.value.status == 503
    assert len(server.to("/widgets/w1")) == 3
    first, second = _gaps(server, "/widgets/w1")
    assert 0.25 <= first < 0.5 + SLACK  # documented: 0.25-0.5 s before retry 1
    assert 0.5 <= second < 1.0 + SLACK  # documented: 0.5-1 s before retry 2
    assert elapsed < first + second + SLACK  # no sleep after the last attempt


def test_retries_stop_at_max_retries_and_a_call_can_override_it(
    mode: str, make_client: ClientFactory, server: LoopbackServer, sleeps: list[float], sdk: Any
) -> None:
    server.script("/widgets/w1", *[Reply(502)] * 10)
    client = make_client(max_retries=1)
    with pytest.raises(sdk.InternalServerError):
        call(mode, client, "widgets.get", **GET_W1)
    assert len(server.to("/widgets/w1")) == 2
    with pytest.raises(sdk.InternalServerError):
        call(mode, client, "widgets.get", **GET_W1, request_options={"max_retries": 3})
    assert len(server.to("/widgets/w1")) == 2 + 4
    assert len(sleeps) == 1 + 3


def test_connection_dropped_before_a_response(
    mode: str, make_client: ClientFactory, server: LoopbackServer, sleeps: list[float], sdk: Any
) -> None:
    server.script("/widgets/w1", Reply(drop=True), Reply(200, WIDGET), Reply(drop=True))
    client = make_client()
    assert call(mode, client, "widgets.get", **GET_W1).id == "w1"  # a GET is retried
    assert len(server.to("/widgets/w1")) == 2
    with pytest.raises(sdk.ApiConnectionError) as caught:
        call(mode, client, "widgets.get", **GET_W1, request_options={"max_retries": 0})
    assert not isinstance(caught.value, sdk.ApiTimeoutError)
    assert "GET" in str(caught.value) and "/widgets/w1" in str(caught.value)


def test_read_timeout_raises_the_sdk_timeout_error_promptly(
    mode: str, make_client: ClientFactory, server: LoopbackServer, sdk: ModuleType
) -> None:
    server.script("/widgets/w1", Reply(200, WIDGET, delay=5.0))
    started = time.monotonic()
    with pytest.raises(sdk.ApiTimeoutError):
        call(mode, make_client(timeout=0.3, max_retries=0), "widgets.get", **GET_W1)
    assert 0.28 <= time.monotonic() - started < 0.3 + 2 * SLACK


def test_slow_body_within_the_timeout_is_read_whole(
    mode: str, make_client: ClientFactory, server: LoopbackServer
) -> None:
    server.script("/widgets/w1", Reply(200, WIDGET, body_delay=0.3))
    widget = call(mode, make_client(timeout=2.0, max_retries=0), "widgets.get", **GET_W1)
    assert widget.display_name == "One"


def test_a_body_that_stalls_mid_way_times_out(
    mode: str, make_client: ClientFactory, server: LoopbackServer, sdk: ModuleType
) -> None:
    server.script("/widgets/w1", Reply(200, WIDGET, body_delay=5.0))
    started = time.monotonic()
    with pytest.raises(sdk.ApiTimeoutError):
        call(mode, make_client(timeout=0.3, max_retries=0), "widgets.get", **GET_W1)
    assert time.monotonic() - started < 0.3 + 2 * SLACK


def test_per_request_overrides(
    mode: str, make_client: ClientFactory, server: LoopbackServer, sdk: ModuleType
) -> None:
    server.script("/widgets/w1", Reply(200, WIDGET, delay=5.0), Reply(200, WIDGET, delay=0.4))
    client = make_client(timeout=0.25, max_retries=2)
    with pytest.raises(sdk.ApiTimeoutError):
        call(mode, client, "widgets.get", **GET_W1, request_options={"max_retries": 0})
    options = {
        "timeout": 3.0,  # longer than the client's, for a reply that takes 0.4 s
        "extra_headers": {"X-Extra": "1"},
        "extra_query": {"include_deleted": "yes", "more": "x"},
    }
    call(mode, client, "widgets.get", **GET_W1, include_deleted=False, request_options=options)
    sent = server.last
    assert sent.headers["x-extra"] == "1"
    assert sorted(sent.query) == [("include_deleted", "yes"), ("more", "x")]
    assert len(server.to("/widgets/w1")) == 2  # the first call was not retried


def test_fifty_sequential_calls_share_one_connection_and_close_leaves_none(
    make_client: ClientFactory, server: LoopbackServer
) -> None:
    client = make_client()
    for _ in range(50):
        client.auth.bearer()
    assert server.accepted == 1 and len(server.requests) == 50
    client.close()
    assert server.wait_idle(), "close() left a connection open"


def test_fifty_sequential_async_calls_share_one_connection_and_aclose_leaves_none(
    make_client: ClientFactory, server: LoopbackServer
) -> None:
    client = make_client()

    async def fifty_calls() -> None:
        for _ in range(50):
            await client.auth.abearer()
        assert server.accepted == 1 and len(server.requests) == 50
        await client.aclose()

    asyncio.run(fifty_calls())
    assert server.wait_idle(), "aclose() left a connection open"
