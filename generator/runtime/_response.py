"""Responses: errors for non-2xx statuses, bodies parsed into the declared type,
`RawResponse` for callers that want the HTTP details too."""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from typing import Any, Generic, TypeVar

import httpx
import pydantic

from ._encoding import parse_as, parse_json
from ._exceptions import ApiResponseValidationError, status_error_class
from ._logging import log_drift, log_response
from ._request import Request
from ._types import NOT_GIVEN, NotGiven

_T = TypeVar("_T")

Redact = Callable[[httpx.URL], str]
"""Shows a URL with its credentials masked (see `Credentials.redacted_url`)."""

NextPage = Callable[[str], Any]
"""Fetches the page a cursor or URL names (sync)."""

AsyncNextPage = Callable[[str], Awaitable[Any]]
"""Fetches the page a cursor or URL names (async)."""


class RawResponse(Generic[_T]):
    """An HTTP response as received, for callers that need more than the parsed body.

    Attributes:
        status: the HTTP status code.
        headers: the response headers.
        body: the body parsed as JSON (or text, bytes, `None` for an empty body).
        round_trip_time: seconds from sending the request to the response, with retries.
        http_response: the underlying `httpx.Response`.
    """

    def __init__(
        self,
        *,
        status: int,
        headers: httpx.Headers,
        body: Any,
        round_trip_time: float,
        http_response: httpx.Response,
        parse: Callable[[], _T],
    ) -> None:
        self.status = status
        self.headers = headers
        self.body = body
        self.round_trip_time = round_trip_time
        self.http_response = http_response
        self._parse = parse

    def __repr__(self) -> str:
        elapsed = f"{self.round_trip_time:.3f}"
        return f"RawResponse(status={self.status}, round_trip_time={elapsed})"

    @property
    def status_code(self) -> int:
        """Alias of `status`, as httpx names it."""
        return self.status

    def parse(self) -> _T:
        """The body as the method's usual return type (a model, a page, ...)."""
        return self._parse()


class Outcome:
    """A final response, about to become what the caller gets back."""

    def __init__(
        self,
        response: httpx.Response,
        request: Request,
        elapsed: float,
        redact: Redact,
    ) -> None:
        self.response = response
        self.request = request
        self.elapsed = elapsed
        self.redact = redact

    def result(
        self,
        cast_to: Any,
        raw: bool,
        next_page: NextPage | None,
        anext_page: AsyncNextPage | None,
        strict: bool = False,
    ) -> Any:
        """The parsed body (or a `RawResponse`); an `ApiException` for a non-2xx.

        A body that does not match `cast_to` is kept as the server sent it (see
        `_tolerant`) unless `strict`, which raises `ApiResponseValidationError`.
        """
        response, request = self.response, self.request
        log_response(request.method, request.path, response.status_code, self.elapsed)
        if not response.is_success:
            raise self.status_error()

        def parse() -> Any:
            return self.parsed(cast_to, next_page, anext_page, strict)

        if raw:
            return RawResponse(
                status=response.status_code,
                headers=response.headers,
                body=decode(response, request.response_kind),
                round_trip_time=self.elapsed,
                http_response=response,
                parse=parse,
            )
        return parse()

    def status_error(self) -> Exception:
        response = self.response
        error_class = status_error_class(response.status_code)
        return error_class(
            status=response.status_code,
            body=decode(response, self.request.response_kind),
            headers=response.headers,
            reason=response.reason_phrase,
            round_trip_time=self.elapsed,
            method=self.request.method,
            url=self.redact(response.request.url),
        )

    def parsed(
        self,
        cast_to: Any,
        next_page: NextPage | None,
        anext_page: AsyncNextPage | None,
        strict: bool,
    ) -> Any:
        """The body as `cast_to`; pages learn how to fetch the pages after them."""
        response, kind = self.response, self.request.response_kind
        if is_link_page(cast_to):
            page = self.validated(cast_to, strict, {"items": decode(response, kind)})
            page._next_url = response.links.get("next", {}).get("url")
            page._fetch_next, page._afetch_next = next_page, anext_page
            return page
        try:
            if _is_json_body(response, kind):
                # pydantic reads the bytes itself: faster than json.loads, then validate
                result = parse_json(cast_to, response.content)
            else:
                result = parse_as(cast_to, decode(response, kind))
        except pydantic.ValidationError:
            result = self.validated(cast_to, strict)
        if _is_page(result):
            result._fetch_next, result._afetch_next = next_page, anext_page
        return result

    def validated(self, cast_to: Any, strict: bool, data: Any = NOT_GIVEN) -> Any:
        """Parse the decoded body (the slow path, with json.loads's text-encoding
        detection); when it does not match `cast_to`, keep what the server sent, or
        with `strict` raise ApiResponseValidationError saying how the body fails."""
        response = self.response
        body = decode(response, self.request.response_kind)
        data = body if isinstance(data, NotGiven) else data
        try:
            return parse_as(cast_to, data)
        except pydantic.ValidationError as exc:
            if not strict:
                from ._tolerant import tolerable, tolerant  # only for drifted responses

                if tolerable(cast_to, data):
                    log_drift(self.request.method, self.request.path, exc.error_count())
                    return tolerant(cast_to, data)
            expected = getattr(cast_to, "__name__", str(cast_to))
            raise ApiResponseValidationError(
                f"the response is not a valid {expected} ({exc.error_count()} errors)",
                status=response.status_code,
                body=body,
                headers=response.headers,
                method=self.request.method,
                url=self.redact(response.request.url),
            ) from exc


def _loaded_models() -> Any:
    """The `_models` module if it is loaded, else None: it is imported late (pydantic's
    model machinery is slow to import), and no page can exist before it is."""
    return sys.modules.get(f"{__package__}._models")


def _is_page(result: Any) -> bool:
    models = _loaded_models()
    return models is not None and isinstance(result, models.BasePage)


def is_link_page(cast_to: Any) -> bool:
    """Whether the result is a `LinkPage`: a list whose next page a header names."""
    models = _loaded_models()
    return (
        models is not None
        and isinstance(cast_to, type)
        and issubclass(cast_to, models.LinkPage)
    )


def _is_json_body(response: httpx.Response, kind: str) -> bool:
    """Whether a success response's bytes are JSON for the declared result to read."""
    if kind in ("binary", "text") or not response.content:
        return False
    content_type = response.headers.get("content-type", "")
    return "json" in content_type or not content_type


def decode(response: httpx.Response, kind: str) -> Any:
    """The body as the call's result expects it (bytes, text), else JSON if it is."""
    if not response.content:
        return None
    if response.is_success and kind == "binary":
        return response.content
    if response.is_success and kind == "text":
        return response.text
    content_type = response.headers.get("content-type", "")
    if "json" in content_type or not content_type:
        try:
            return response.json()
        except ValueError:
            return response.text
    return response.text
