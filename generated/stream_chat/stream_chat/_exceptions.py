"""Errors raised by the SDK.

Every error derives from the SDK's base error class, named after the SDK (`SvixError`)
and defined in `_sdk`, where `SdkError` names it for this shared code. A response with
a non-2xx status raises `ApiException` (or the subclass for its status, so `except
NotFoundError:` reads well); a request that never got a response raises
`ApiConnectionError` or `ApiTimeoutError`; a 2xx response whose body is not what the
API documents raises `ApiResponseValidationError`.
"""

from __future__ import annotations

import email.utils
import time
from typing import TYPE_CHECKING, Any

import httpx

from ._sdk import SdkError

if TYPE_CHECKING:
    import pydantic

__all__ = [
    "ApiConnectionError",
    "ApiException",
    "ApiResponseValidationError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "EncodingError",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "SdkError",
    "UnprocessableEntityError",
]


class ApiException(SdkError):
    """The server answered with a status that is not 2xx.

    Attributes:
        status: the HTTP status code.
        body: the response body, parsed as JSON when it is JSON, else the raw text.
        headers: the response headers.
        reason: the HTTP reason phrase (`Not Found`).
        round_trip_time: seconds from sending the request to receiving this response,
            including retries.
        method: the HTTP method of the request.
        url: the request URL, with credentials removed.
    """

    def __init__(
        self,
        *,
        status: int,
        body: Any,
        headers: httpx.Headers,
        reason: str,
        round_trip_time: float,
        method: str,
        url: str,
    ) -> None:
        self.status = status
        self.body = body
        self.headers = headers
        self.reason = reason
        self.round_trip_time = round_trip_time
        self.method = method
        self.url = url
        super().__init__(self._message())

    @property
    def status_code(self) -> int:
        """Alias of `status`, as httpx names it."""
        return self.status

    def _message(self) -> str:
        text = f"{self.status} {self.reason}".rstrip()
        detail = _short(self.body)
        return f"{text} ({self.method} {self.url}){': ' + detail if detail else ''}"


class BadRequestError(ApiException):
    """400 Bad Request."""


class AuthenticationError(ApiException):
    """401 Unauthorized: the credentials are missing or wrong."""


class PermissionDeniedError(ApiException):
    """403 Forbidden: the credentials do not allow this call."""


class NotFoundError(ApiException):
    """404 Not Found."""


class ConflictError(ApiException):
    """409 Conflict."""


class UnprocessableEntityError(ApiException):
    """422 Unprocessable Entity: the server rejected the request's content."""


class RateLimitError(ApiException):
    """429 Too Many Requests: slow down and retry later."""

    @property
    def retry_after(self) -> float | None:
        """Seconds the server asked to wait (`Retry-After`), when it said so."""
        return parse_retry_after(self.headers)

    @property
    def rate_limit(self) -> dict[str, str]:
        """The `X-RateLimit-*` headers of the response, keyed by lower-case name."""
        return {
            k.lower(): v
            for k, v in self.headers.items()
            if k.lower().startswith("x-ratelimit-")
        }


class InternalServerError(ApiException):
    """A 5xx status: the server failed."""


class ApiConnectionError(SdkError):
    """No response was received: the connection failed or was cut."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        self.method = method
        self.url = url
        super().__init__(f"{message} ({method} {url})")


class ApiTimeoutError(ApiConnectionError):
    """The request took longer than its timeout."""


class ApiResponseValidationError(SdkError):
    """A successful response whose body does not match the type the API documents.

    The pydantic `ValidationError` is the `__cause__`; the body is kept for inspection.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int,
        body: Any,
        headers: httpx.Headers,
        method: str,
        url: str,
    ) -> None:
        self.status = status
        self.body = body
        self.headers = headers
        self.method = method
        self.url = url
        detail = _short(body, limit=100)
        super().__init__(f"{message} ({method} {url}){': ' + detail if detail else ''}")


class PaginationError(SdkError):
    """The next page cannot be fetched: the server sent a page cursor it had sent before
    (following it would loop forever), or a next-page link to another host.

    Raised by `auto_paging_iter()` / `auto_paging_aiter()` after the items of the pages
    received so far have been yielded.
    """

    def __init__(self, cursor: str, reason: str | None = None) -> None:
        self.cursor = cursor
        if reason is None:
            super().__init__(
                f"the server repeated the page cursor {cursor!r}; "
                "stopping here instead of fetching the same pages forever"
            )
        else:
            super().__init__(f"not following the next-page link {cursor!r}: {reason}")


_STATUS_ERRORS: dict[int, type[ApiException]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status: int) -> type[ApiException]:
    """The most specific `ApiException` subclass for a status code."""
    if status >= 500:
        return InternalServerError
    return _STATUS_ERRORS.get(status, ApiException)


def parse_retry_after(headers: httpx.Headers) -> float | None:
    """Seconds to wait from `retry-after-ms` or `Retry-After` (seconds or HTTP date)."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return max(float(millis) / 1000.0, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - time.time(), 0.0)


def _short(body: Any, limit: int = 300) -> str:
    text = body if isinstance(body, str) else repr(body) if body is not None else ""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


class EncodingError(SdkError, ValueError):
    """An argument the SDK cannot send: its value does not fit what the parameter or
    body field declares, or has no form on the wire (a nested object in a query string,
    bytes in a header). Raised before anything is sent; the message names the argument.
    """

    @classmethod
    def from_validation(
        cls, argument: str, error: pydantic.ValidationError
    ) -> EncodingError:
        """The first problems pydantic found, each with where it is (`items.0.id`)."""
        problems = []
        for item in error.errors(include_url=False)[:3]:
            where = ".".join(str(part) for part in item["loc"])
            problems.append(f"{where}: {item['msg']}" if where else item["msg"])
        more = error.error_count() - len(problems)
        tail = f" (and {more} more)" if more > 0 else ""
        return cls(f"{argument}: " + "; ".join(problems) + tail)
