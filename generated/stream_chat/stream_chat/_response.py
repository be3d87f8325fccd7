"""Responses: errors for non-2xx statuses, bodies parsed into the declared type,
`RawResponse` for callers that want the HTTP details too."""

from __future__ import annotations

import json
import sys
from collections.abc import Awaitable, Callable
from typing import Any, Generic, TypeVar

import httpx
import pydantic

from ._encoding import model_lists, parse_as, parse_json
from ._exceptions import ApiResponseValidationError, status_error_class
from ._logging import log_drift, log_response
from ._request import Request

_T = TypeVar("_T")

LARGE_BODY = 1 << 20
"""JSON bodies longer than this (1 MiB) are parsed to save memory, not time."""

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

        if not raw:
            return self.parsed(cast_to, next_page, anext_page, strict, release=True)

        def parse() -> Any:
            return self.parsed(cast_to, next_page, anext_page, strict)

        return RawResponse(
            status=response.status_code,
            headers=response.headers,
            body=decode(response, request.response_kind),
            round_trip_time=self.elapsed,
            http_response=response,
            parse=parse,
        )

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
        release: bool = False,
    ) -> Any:
        """The body as `cast_to`; pages learn how to fetch the pages after them.

        With `release` (nothing will read the response again), a large JSON body's
        bytes are let go as soon as they are decoded (see `_parse_large`).
        """
        response, kind = self.response, self.request.response_kind
        if kind == "sse":  # read event by event as the caller iterates
            return cast_to.open(response)
        if is_link_page(cast_to):
            body = decode(response, kind)
            page = self.validated(cast_to, strict, {"items": body}, body)
            page._next_url = response.links.get("next", {}).get("url")
            page._fetch_next, page._afetch_next = next_page, anext_page
            return page
        json_body = _is_json_body(response, kind)
        if json_body and release and len(response.content) > LARGE_BODY:
            result = self._parse_large(cast_to, strict)
        else:
            try:
                if json_body:
                    # pydantic reads the bytes itself: faster than json.loads first
                    result = parse_json(cast_to, response.content)
                else:
                    result = parse_as(cast_to, decode(response, kind))
            except pydantic.ValidationError:
                body = decode(response, kind)
                result = self.validated(cast_to, strict, body, body)
        if _is_page(result):
            result._fetch_next, result._afetch_next = next_page, anext_page
        return result

    def _parse_large(self, cast_to: Any, strict: bool) -> Any:
        """A large JSON body parsed without holding it twice.

        `model_validate_json` keeps the bytes and a parse tree of its own while the
        models are built: twice the memory of `json.loads`. Here the bytes are decoded
        to text and dropped, the text parsed and dropped, and the items of each list of
        models validated one at a time, each replacing its dict, so the peak stays
        near that of `json.loads` alone.
        """
        text = _take_text(self.response)
        try:
            data = json.loads(text)
        except ValueError:
            return self.validated(cast_to, strict, text, text)
        del text  # before the models are built: the peak is the dicts and the text
        for item_type, items in model_lists(cast_to, data):
            for index, item in enumerate(items):
                try:
                    items[index] = parse_as(item_type, item)
                except pydantic.ValidationError:
                    if strict:
                        break  # the whole body fails below, with the error it gets
                    from ._tolerant import tolerant  # as the whole list would be

                    items[index] = tolerant(item_type, item)
        return self.validated(cast_to, strict, data, data)

    def validated(self, cast_to: Any, strict: bool, data: Any, body: Any) -> Any:
        """`data` (decoded JSON) as `cast_to`; when it does not match, keep what the
        server sent, or with `strict` raise ApiResponseValidationError saying how it
        fails (with `body`, the decoded response, for inspection)."""
        response = self.response
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
    if response.is_success and kind == "sse":
        return None  # an event stream, not read yet (see `_streaming`)
    if response.is_success and kind == "binary":
        return response.content  # an empty body is empty content, b""
    if response.is_success and kind == "text":
        return response.text  # an empty body is the empty text, ""
    if not response.content:
        return None
    content_type = response.headers.get("content-type", "")
    if "json" in content_type or not content_type:
        try:
            return response.json()
        except ValueError:
            return response.text
    return response.text


def _take_text(response: httpx.Response) -> str:
    """The body as text (decoded as `json.loads` decodes bytes), after the response
    has let go of its bytes.

    httpx keeps a response's bytes for as long as the response lives, and offers no
    way to drop them; nothing reads this response after its result is parsed (raw
    responses never come here), so the SDK drops them itself.
    """
    content = response.content
    text = content.decode(json.detect_encoding(content), "surrogatepass")
    del content, response._content
    return text
