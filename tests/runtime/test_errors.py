"""Non-2xx responses raise the right `ApiException` subclass, carrying what was received."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

import httpx
import pydantic
import pytest

from .loopback import LoopbackServer, Reply

STATUS_CLASSES = [
    (400, "BadRequestError", "Bad Request"),
    (401, "AuthenticationError", "Unauthorized"),
    (403, "PermissionDeniedError", "Forbidden"),
    (404, "NotFoundError", "Not Found"),
    (409, "ConflictError", "Conflict"),
    (418, "ApiException", "I'm a Teapot"),
    (422, "UnprocessableEntityError", "Unprocessable Entity"),
    (429, "RateLimitError", "Too Many Requests"),
    (500, "InternalServerError", "Internal Server Error"),
    (503, "InternalServerError", "Service Unavailable"),
]


@pytest.mark.parametrize(("status", "name", "reason"), STATUS_CLASSES)
def test_status_maps_to_exception_class(
    client: Any, server: LoopbackServer, sdk: ModuleType, status: int, name: str, reason: str
) -> None:
    body = {"code": f"e{status}", "detail": "nope"}
    server.script("/widgets/w1", Reply(status, body, {"X-Request-Id": "r-1"}))
    with pytest.raises(sdk.ApiException) as caught:
        client.widgets.get(widget_id="w1")
    exc = caught.value
    assert type(exc) is getattr(sdk, name)
    assert isinstance(exc, sdk.RtError)
    assert exc.status == status and exc.status_code == status
    assert exc.body == body
    assert exc.headers["x-request-id"] == "r-1"
    assert exc.reason == reason
    assert exc.round_trip_time > 0
    assert exc.method == "GET" and exc.url == f"{server.url}/widgets/w1"
    assert str(exc).startswith(f"{status} {reason} (GET {server.url}/widgets/w1)")
    assert f"e{status}" in str(exc)


def test_text_error_body_is_kept_as_text(
    client: Any, server: LoopbackServer, sdk: ModuleType
) -> None:
    server.script("/files/f/text", Reply(500, "disk on fire\n"))
    with pytest.raises(sdk.InternalServerError) as caught:
        client.files.text(file_id="f")
    assert caught.value.body == "disk on fire\n"
    assert "disk on fire" in str(caught.value)


def test_error_body_that_claims_json_but_is_not_is_kept_as_text(
    client: Any, server: LoopbackServer, sdk: ModuleType
) -> None:
    server.script(
        "/widgets/w1", Reply(400, "<html>bad</html>", {"Content-Type": "application/json"})
    )
    with pytest.raises(sdk.BadRequestError) as caught:
        client.widgets.get(widget_id="w1")
    assert caught.value.body == "<html>bad</html>"


def test_json_error_body_of_a_binary_operation_is_parsed(
    client: Any, server: LoopbackServer, sdk: ModuleType
) -> None:
    server.script("/files/f/content", Reply(404, {"code": "missing"}))
    with pytest.raises(sdk.NotFoundError) as caught:
        client.files.download(file_id="f")
    assert caught.value.body == {"code": "missing"}


def test_empty_error_body_is_none(client: Any, server: LoopbackServer, sdk: ModuleType) -> None:
    server.script("/widgets/w1", Reply(404))
    with pytest.raises(sdk.NotFoundError) as caught:
        client.widgets.get(widget_id="w1")
    assert caught.value.body is None
    assert str(caught.value) == f"404 Not Found (GET {server.url}/widgets/w1)"


def test_rate_limit_error_exposes_retry_after_and_rate_limit_headers(
    client: Any, server: LoopbackServer, sdk: ModuleType
) -> None:
    headers = {
        "Retry-After": "7",
        "X-RateLimit-Limit": "100",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": "1700000000",
    }
    server.script("/widgets/w1", Reply(429, {"code": "slow_down"}, headers))
    with pytest.raises(sdk.RateLimitError) as caught:
        client.widgets.get(widget_id="w1")
    exc = caught.value
    assert exc.retry_after == 7.0
    assert exc.rate_limit == {
        "x-ratelimit-limit": "100",
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset": "1700000000",
    }


def test_retry_after_in_milliseconds_and_as_http_date(
    client: Any, server: LoopbackServer, sdk: ModuleType
) -> None:
    server.script(
        "/widgets/w1",
        Reply(429, headers={"retry-after-ms": "1500", "Retry-After": "9"}),
        Reply(429, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}),
        Reply(429),
    )
    retry_afters = []
    for _ in range(3):
        with pytest.raises(sdk.RateLimitError) as caught:
            client.widgets.get(widget_id="w1")
        retry_afters.append(caught.value.retry_after)
    assert retry_afters == [1.5, 0.0, None]  # a date in the past means "now"


def test_exceptions_can_be_caught_by_family(
    client: Any, server: LoopbackServer, sdk: ModuleType
) -> None:
    server.script("/widgets/w1", Reply(404, {"code": "missing"}))
    with pytest.raises(sdk.RtError):
        client.widgets.get(widget_id="w1")
    assert issubclass(sdk.ApiTimeoutError, sdk.ApiConnectionError)
    assert not issubclass(sdk.ApiConnectionError, sdk.ApiException)


def test_httpx_failures_other_than_transport_errors_are_wrapped(
    make_client: Any, server: LoopbackServer, sdk: ModuleType
) -> None:
    """A corrupt gzip body raises httpx.DecodingError, which is not a TransportError."""
    server.script("/widgets/w1", Reply(200, b"not gzip at all", {"Content-Encoding": "gzip"}))
    client = make_client(max_retries=0)
    with pytest.raises(sdk.ApiConnectionError) as caught:
        client.widgets.get(widget_id="w1")
    assert isinstance(caught.value.__cause__, httpx.DecodingError)


STRICT = {"strict_response_validation": True}


def test_unparseable_success_body_raises_response_validation_error(
    client: Any, server: LoopbackServer, sdk: ModuleType
) -> None:
    server.script("/widgets/w1", Reply(200, "<html>maintenance</html>"), Reply(200, {"id": 1}))
    errors = importlib.import_module("rt_sdk._exceptions")
    with pytest.raises(errors.ApiResponseValidationError) as caught:
        client.widgets.get(widget_id="w1")
    exc = caught.value
    assert isinstance(exc, sdk.RtError) and not isinstance(exc, sdk.ApiException)
    assert isinstance(exc.__cause__, pydantic.ValidationError)
    assert exc.status == 200 and exc.body == "<html>maintenance</html>"
    assert "not a valid Widget" in str(exc) and "maintenance" in str(exc)
    raw = client.widgets.raw.get(widget_id="w1", request_options=STRICT)
    assert raw.body == {"id": 1}  # raw responses fail only on .parse()
    with pytest.raises(errors.ApiResponseValidationError):
        raw.parse()
