"""The request flow shared by sync and async calls, driven by hand: each step it asks
for (`Send`, `Wait`) is answered here, so retries, redirects and results are checked
without a network and without timing."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from generator.runtime import _retries
from generator.runtime._base_client import BaseClient, Flow, Send, Wait
from generator.runtime._credentials import Credential
from generator.runtime._exceptions import (
    ApiConnectionError,
    ApiTimeoutError,
    InternalServerError,
)
from generator.runtime._request import Request

BASE = "http://127.0.0.1:9"
SECRET = "key-SECRET-value"


def _client(**kwargs: Any) -> BaseClient:
    settings: dict[str, Any] = {
        "base_url": BASE,
        "credentials": {"key": Credential("api_key", "header", "X-Key", SECRET)},
        "timeout": 5.0,
        "max_retries": 2,
        "default_headers": None,
        "http_client": None,
        "async_http_client": None,
    }
    settings.update(kwargs)
    return BaseClient(**settings)


def _flow(client: BaseClient, request: Request, **options: Any) -> Flow:
    result = (None, False, None, None)
    return client._flow(httpx.Client(), request, options or {}, result)  # type: ignore[arg-type]


def _reply(request: httpx.Request, status: int, **kwargs: Any) -> httpx.Response:
    return httpx.Response(status, request=request, **kwargs)


def _steps(flow: Flow, answers: Iterator[Any]) -> tuple[list[Any], Any]:
    """Run the flow, answering each Send with the next answer (a status, a response
    factory or an exception); returns the steps it took and its result."""
    steps: list[Any] = []
    received: Any = None
    try:
        while True:
            step = flow.send(received)
            steps.append(step)
            if isinstance(step, Wait):
                received = None
                continue
            answer = next(answers)
            if isinstance(answer, int):
                received = _reply(step.request, answer)
            elif isinstance(answer, Exception):
                received = answer
            else:
                received = answer(step.request)
    except StopIteration as done:
        return steps, done.value


def test_a_success_is_one_send_and_no_wait() -> None:
    steps, result = _steps(_flow(_client(), Request("GET", "/a")), iter([200]))
    assert [type(s) for s in steps] == [Send]
    assert result is None  # the declared type is None: nothing to parse


def test_retryable_statuses_wait_then_send_again() -> None:
    flow = _flow(_client(), Request("GET", "/a"))
    steps, _ = _steps(flow, iter([503, 502, 200]))
    assert [type(s) for s in steps] == [Send, Wait, Send, Wait, Send]
    waits = [s.seconds for s in steps if isinstance(s, Wait)]
    assert 0.25 <= waits[0] <= 0.5 and 0.5 <= waits[1] <= 1.0


def test_retries_end_with_the_status_error() -> None:
    with pytest.raises(InternalServerError):
        _steps(_flow(_client(max_retries=1), Request("GET", "/a")), iter([500, 500]))


def test_a_post_without_idempotency_is_not_retried_after_a_5xx() -> None:
    with pytest.raises(InternalServerError):
        _steps(_flow(_client(), Request("POST", "/a")), iter([503]))


def test_retry_after_header_sets_the_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_retries, "INITIAL_RETRY_DELAY", 100.0)
    answers = iter([lambda r: _reply(r, 429, headers={"retry-after-ms": "20"}), 200])
    steps, _ = _steps(_flow(_client(), Request("POST", "/a")), answers)
    assert [s.seconds for s in steps if isinstance(s, Wait)] == [0.02]


def test_connect_errors_are_retried_and_the_last_one_is_raised() -> None:
    def refused(request: httpx.Request) -> Exception:
        return httpx.ConnectError(f"refused {SECRET}", request=request)

    flow = _flow(_client(max_retries=1), Request("POST", "/a"))
    with pytest.raises(ApiConnectionError) as caught:
        _steps(flow, iter([refused, refused]))
    assert SECRET not in str(caught.value)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


def test_a_read_timeout_becomes_api_timeout_error() -> None:
    flow = _flow(_client(max_retries=0), Request("GET", "/a"))
    with pytest.raises(ApiTimeoutError):
        _steps(flow, iter([lambda r: httpx.ReadTimeout("slow", request=r)]))


def test_redirects_are_steps_of_the_same_attempt_without_foreign_credentials() -> None:
    def moved(request: httpx.Request) -> httpx.Response:
        response = _reply(request, 302, headers={"location": "http://other.example/b"})
        # what httpx's client sets when it does not follow redirects itself
        response.next_request = httpx.Request(
            "GET", "http://other.example/b", headers=request.headers
        )
        return response

    flow = _flow(_client(), Request("GET", "/a", security=[["key"]]))
    steps, _ = _steps(flow, iter([moved, 200]))
    first, second = (s.request for s in steps if isinstance(s, Send))
    assert first.headers["X-Key"] == SECRET
    assert str(second.url) == "http://other.example/b"
    assert "X-Key" not in second.headers
    assert not any(isinstance(s, Wait) for s in steps)
