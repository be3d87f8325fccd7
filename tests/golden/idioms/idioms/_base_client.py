"""The HTTP layer: builds requests, applies credentials, retries, parses responses.

Generated resource methods describe a call as a `Request` and hand it to
`BaseClient.request` (or `arequest`); everything about the network lives here, once.
"""

from __future__ import annotations

import base64
import datetime as _dt
import enum
import json
import logging
import platform
import random
import re
import time
import uuid
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from urllib.parse import quote

import anyio
import httpx
import pydantic

from ._exceptions import (
    ApiConnectionError,
    ApiTimeoutError,
    parse_retry_after,
    status_error_class,
)
from ._models import BasePage
from ._types import NOT_GIVEN, NotGiven, RequestOptions, Timeout
from ._version import __title__, __version__

log = logging.getLogger(__name__.rpartition(".")[0])

_T = TypeVar("_T")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0

Security = Sequence[Sequence[str]]


@dataclass(frozen=True)
class Credential:
    """How one security scheme puts its secret on a request."""

    kind: str  # "bearer", "basic" or "api_key"
    location: str = "header"  # where an api key goes: "header", "query" or "cookie"
    name: str = "Authorization"  # header, query parameter or cookie name
    value: Any = None  # the secret; (username, password) for basic auth


@dataclass(frozen=True)
class Request:
    """One API call, as generated code describes it."""

    method: str
    path: str
    query: Sequence[tuple[str, Any]] = ()
    headers: Sequence[tuple[str, Any]] = ()
    cookies: Sequence[tuple[str, Any]] = ()
    json: Any = NOT_GIVEN
    data: Any = NOT_GIVEN
    files: Any = NOT_GIVEN
    content: Any = NOT_GIVEN
    content_type: str | None = None
    security: Security = ()
    response_kind: str = "json"
    idempotency_header: str | None = None


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
        return f"RawResponse(status={self.status}, round_trip_time={self.round_trip_time:.3f})"

    @property
    def status_code(self) -> int:
        """Alias of `status`, as httpx names it."""
        return self.status

    def parse(self) -> _T:
        """The body as the method's usual return type (a model, a page, ...)."""
        return self._parse()


# ---------------------------------------------------------------------------------------
# Encoding values for the wire
# ---------------------------------------------------------------------------------------

_PATH_VARIABLE = re.compile(r"\{([^{}]+)\}")


def format_path(template: str, values: Mapping[str, Any]) -> str:
    """Fill a path template, percent-encoding every value (`/` included)."""

    def replace(match: re.Match[str]) -> str:
        return quote(to_wire_string(values[match.group(1)]), safe="")

    return _PATH_VARIABLE.sub(replace, template)


def to_wire_string(value: Any) -> str:
    """A scalar as it appears in a path, query string or header."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, _dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=_dt.timezone.utc)
        return str(value.isoformat()).replace("+00:00", "Z")
    if isinstance(value, _dt.date | _dt.time):
        return str(value.isoformat())
    return str(value)


def csv(value: Any) -> Any:
    """A list sent as one comma-separated value (`explode: false`)."""
    if isinstance(value, NotGiven) or value is None:
        return value
    return ",".join(to_wire_string(v) for v in value)


QueryPairs = list[tuple[str, str | int | float | bool | None]]


def _query_pairs(query: Iterable[tuple[str, Any]]) -> QueryPairs:
    pairs: QueryPairs = []
    for name, value in query:
        if isinstance(value, NotGiven) or value is None:
            continue
        if isinstance(value, list | tuple | set | frozenset):
            pairs.extend((name, to_wire_string(v)) for v in value)
        else:
            pairs.append((name, to_wire_string(value)))
    return pairs


def encode_body(
    model: type[pydantic.BaseModel],
    values: Mapping[str, Any],
    *,
    optional: bool = False,
) -> Any:
    """Validate keyword arguments against a body model and dump them with wire names.

    Arguments left out (`NOT_GIVEN`) are not sent; nested models, dicts, enums, dates and
    ISO strings are all accepted where the model says so. An optional body with no
    argument given is not sent at all.
    """
    given = {k: v for k, v in values.items() if not isinstance(v, NotGiven)}
    if optional and not given:
        return NOT_GIVEN
    instance = model.model_validate(given)
    return instance.model_dump(mode="json", by_alias=True, exclude_unset=True)


def encode_multipart(
    model: type[pydantic.BaseModel],
    values: Mapping[str, Any],
    *,
    optional: bool = False,
) -> Any:
    """Multipart parts: files (bytes, file objects, (name, content) tuples) and fields."""
    given = {k: v for k, v in values.items() if not isinstance(v, NotGiven)}
    if optional and not given:
        return NOT_GIVEN
    fields = model.model_fields
    parts: list[tuple[str, Any]] = []
    for name, value in given.items():
        wire = fields[name].alias or name if name in fields else name
        if isinstance(value, bytes | tuple) or hasattr(value, "read"):
            parts.append((wire, value))
        elif value is not None:
            if isinstance(value, dict | list):
                text = json.dumps(value)
            elif isinstance(value, pydantic.BaseModel):
                text = value.model_dump_json(by_alias=True, exclude_unset=True)
            else:
                text = to_wire_string(value)
            parts.append((wire, (None, text)))
    return parts


_ADAPTERS: dict[Any, pydantic.TypeAdapter[Any]] = {}


def _adapter(tp: Any) -> pydantic.TypeAdapter[Any]:
    adapter = _ADAPTERS.get(tp)
    if adapter is None:
        adapter = _ADAPTERS[tp] = pydantic.TypeAdapter(tp)
    return adapter


def encode_value(tp: Any, value: Any) -> Any:
    """Validate a whole body against its type and dump it with wire names."""
    if isinstance(value, NotGiven):
        return value
    adapter = _adapter(tp)
    return adapter.dump_python(
        adapter.validate_python(value), mode="json", by_alias=True, exclude_unset=True
    )


def parse_as(tp: Any, data: Any) -> Any:
    """Turn decoded JSON into the declared return type."""
    if tp is None:
        return None
    if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel):
        return tp.model_validate(data)
    return _adapter(tp).validate_python(data)


# ---------------------------------------------------------------------------------------
# The client core
# ---------------------------------------------------------------------------------------


class BaseClient:
    """Shared machinery of the generated client class; not used directly."""

    _sync_client: httpx.Client | None
    _async_client: httpx.AsyncClient | None

    def __init__(
        self,
        *,
        base_url: str,
        credentials: Mapping[str, Credential],
        timeout: Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        http_client: httpx.Client | None,
        async_http_client: httpx.AsyncClient | None,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.max_retries = max_retries
        self._credentials = {
            k: v for k, v in credentials.items() if v.value is not None
        }
        self._default_headers = dict(default_headers or {})
        self._sync_client = http_client
        self._async_client = async_http_client
        self._owns_sync = http_client is None
        self._owns_async = async_http_client is None

    # -- lifecycle ---------------------------------------------------------------------

    @property
    def _http(self) -> httpx.Client:
        if self._sync_client is None:
            self._sync_client = httpx.Client(follow_redirects=True)
        return self._sync_client

    @property
    def _ahttp(self) -> httpx.AsyncClient:
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(follow_redirects=True)
        return self._async_client

    def close(self) -> None:
        """Close pooled connections of the sync HTTP client (if this client made it)."""
        if self._sync_client is not None and self._owns_sync:
            self._sync_client.close()
            self._sync_client = None

    async def aclose(self) -> None:
        """Close pooled connections of both HTTP clients (if this client made them)."""
        if self._async_client is not None and self._owns_async:
            await self._async_client.aclose()
            self._async_client = None
        self.close()

    # -- building requests -------------------------------------------------------------

    def _user_agent(self) -> str:
        return (
            f"{__title__}/{__version__} "
            f"python/{platform.python_version()} httpx/{httpx.__version__}"
        )

    def _build(
        self,
        client: httpx.Client | httpx.AsyncClient,
        request: Request,
        options: RequestOptions,
    ) -> httpx.Request:
        headers: dict[str, str] = {
            "Accept": "application/json",
            "User-Agent": self._user_agent(),
            **self._default_headers,
        }
        for name, value in request.headers:
            if not isinstance(value, NotGiven) and value is not None:
                headers[name] = to_wire_string(value)
        cookies = [
            f"{name}={quote(to_wire_string(value), safe='')}"
            for name, value in request.cookies
            if not isinstance(value, NotGiven) and value is not None
        ]
        if cookies:
            headers["Cookie"] = "; ".join(cookies)
        if request.idempotency_header:
            key = options.get("idempotency_key") or headers.get(
                request.idempotency_header
            )
            headers[request.idempotency_header] = key or f"sdk-{uuid.uuid4()}"
        query = _query_pairs(request.query)
        self._apply_credentials(request.security, headers, query)
        headers.update(options.get("extra_headers") or {})
        query.extend(_query_pairs((options.get("extra_query") or {}).items()))
        body, content_type = self._body_arguments(request, options)
        if content_type:
            headers.setdefault("Content-Type", content_type)
        timeout = options.get("timeout", self.timeout)
        return client.build_request(
            request.method,
            self.base_url + request.path,
            params=query,
            headers=headers,
            timeout=timeout,
            **body,
        )

    def _body_arguments(
        self, request: Request, options: RequestOptions
    ) -> tuple[dict[str, Any], str | None]:
        """httpx keyword arguments for the body, and the Content-Type to declare."""
        extra = options.get("extra_body")
        if not isinstance(request.json, NotGiven) or extra:
            payload = {} if isinstance(request.json, NotGiven) else request.json
            if extra and isinstance(payload, dict):
                payload = {**payload, **extra}
            content = json.dumps(payload, separators=(",", ":")).encode()
            return {"content": content}, request.content_type or "application/json"
        body: dict[str, Any] = {}
        if not isinstance(request.data, NotGiven):
            body["data"] = request.data
        if not isinstance(request.files, NotGiven):
            body["files"] = request.files
            return body, None  # httpx writes the multipart boundary itself
        if not isinstance(request.content, NotGiven):
            body["content"] = request.content
        return body, request.content_type if body else None

    def _apply_credentials(
        self, security: Security, headers: dict[str, str], query: QueryPairs
    ) -> None:
        if not security:
            return
        for alternative in security:
            if all(scheme in self._credentials for scheme in alternative):
                for scheme in alternative:
                    _put_credential(self._credentials[scheme], headers, query)
                return
        # No alternative is fully configured: send what we have and let the server decide.
        for alternative in security:
            for scheme in alternative:
                if scheme in self._credentials:
                    _put_credential(self._credentials[scheme], headers, query)

    def _redacted_url(self, url: httpx.URL) -> str:
        secret_params = {
            c.name
            for c in self._credentials.values()
            if c.kind == "api_key" and c.location == "query"
        }
        if not secret_params:
            return str(url)
        params = [
            (k, "***" if k in secret_params else v) for k, v in url.params.multi_items()
        ]
        return str(url.copy_with(params=params))

    # -- sending -----------------------------------------------------------------------

    def _request(
        self,
        request: Request,
        cast_to: Any,
        *,
        raw: bool = False,
        options: RequestOptions | None = None,
        next_page: Callable[[str], Any] | None = None,
    ) -> Any:
        """Send a request (retrying when safe) and return the parsed result."""
        options = options or {}
        http_request = self._build(self._http, request, options)
        retries = options.get("max_retries", self.max_retries)
        started = time.monotonic()
        attempt = 0
        while True:
            try:
                response = self._http.send(http_request)
            except httpx.TransportError as exc:
                delay = self._retry_delay_after_error(exc, request, attempt, retries)
                if delay is None:
                    raise self._transport_error(exc, http_request) from exc
                time.sleep(delay)
                attempt += 1
                continue
            delay = self._retry_delay(response, request, attempt, retries)
            if delay is None:
                break
            response.close()
            time.sleep(delay)
            attempt += 1
        response.read()
        return self._finish(
            response, time.monotonic() - started, request, cast_to, raw, next_page
        )

    async def _arequest(
        self,
        request: Request,
        cast_to: Any,
        *,
        raw: bool = False,
        options: RequestOptions | None = None,
        next_page: Callable[[str], Awaitable[Any]] | None = None,
    ) -> Any:
        """Async twin of `_request`."""
        options = options or {}
        http_request = self._build(self._ahttp, request, options)
        retries = options.get("max_retries", self.max_retries)
        started = time.monotonic()
        attempt = 0
        while True:
            try:
                response = await self._ahttp.send(http_request)
            except httpx.TransportError as exc:
                delay = self._retry_delay_after_error(exc, request, attempt, retries)
                if delay is None:
                    raise self._transport_error(exc, http_request) from exc
                await anyio.sleep(delay)
                attempt += 1
                continue
            delay = self._retry_delay(response, request, attempt, retries)
            if delay is None:
                break
            await response.aclose()
            await anyio.sleep(delay)
            attempt += 1
        await response.aread()
        return self._finish(
            response, time.monotonic() - started, request, cast_to, raw, None, next_page
        )

    # -- retry policy ------------------------------------------------------------------

    @staticmethod
    def _is_replayable(request: Request, headers_sent: bool) -> bool:
        """Whether sending the request again cannot do the work twice."""
        if not headers_sent:
            return True
        return (
            request.method in IDEMPOTENT_METHODS
            or request.idempotency_header is not None
        )

    def _retry_delay(
        self, response: httpx.Response, request: Request, attempt: int, retries: int
    ) -> float | None:
        status = response.status_code
        if attempt >= retries or status not in RETRY_STATUSES:
            return None
        if status != 429 and not self._is_replayable(request, headers_sent=True):
            return None
        if response.headers.get("x-should-retry") == "false":
            return None
        hinted = parse_retry_after(response.headers)
        if hinted is not None and hinted <= MAX_RETRY_AFTER:
            return hinted
        return _backoff(attempt)

    def _retry_delay_after_error(
        self, exc: httpx.TransportError, request: Request, attempt: int, retries: int
    ) -> float | None:
        if attempt >= retries:
            return None
        before_sending = isinstance(
            exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout
        )
        if not self._is_replayable(request, headers_sent=not before_sending):
            return None
        return _backoff(attempt)

    def _transport_error(
        self, exc: httpx.TransportError, request: httpx.Request
    ) -> Exception:
        url = self._redacted_url(request.url)
        if isinstance(exc, httpx.TimeoutException):
            return ApiTimeoutError("request timed out", method=request.method, url=url)
        reason = type(exc).__name__
        return ApiConnectionError(
            f"connection failed: {reason}", method=request.method, url=url
        )

    # -- responses ---------------------------------------------------------------------

    def _finish(
        self,
        response: httpx.Response,
        elapsed: float,
        request: Request,
        cast_to: Any,
        raw: bool,
        next_page: Callable[[str], Any] | None,
        anext_page: Callable[[str], Awaitable[Any]] | None = None,
    ) -> Any:
        body = _decode(response, request.response_kind)
        log.debug(
            "%s %s -> %s in %.3fs",
            request.method,
            request.path,
            response.status_code,
            elapsed,
        )
        if not response.is_success:
            error_class = status_error_class(response.status_code)
            raise error_class(
                status=response.status_code,
                body=body,
                headers=response.headers,
                reason=response.reason_phrase,
                round_trip_time=elapsed,
                method=request.method,
                url=self._redacted_url(response.request.url),
            )

        def parse() -> Any:
            result = parse_as(cast_to, body)
            if isinstance(result, BasePage):
                result._fetch_next = next_page
                result._afetch_next = anext_page
            return result

        if raw:
            return RawResponse(
                status=response.status_code,
                headers=response.headers,
                body=body,
                round_trip_time=elapsed,
                http_response=response,
                parse=parse,
            )
        return parse()


def _put_credential(
    credential: Credential, headers: dict[str, str], query: QueryPairs
) -> None:
    value = credential.value
    if credential.kind == "bearer":
        headers[credential.name] = f"Bearer {value}"
    elif credential.kind == "basic":
        username, password = value
        token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        headers[credential.name] = f"Basic {token}"
    elif credential.location == "query":
        query.append((credential.name, str(value)))
    elif credential.location == "cookie":
        cookie = f"{credential.name}={value}"
        headers["Cookie"] = (
            f"{headers['Cookie']}; {cookie}" if "Cookie" in headers else cookie
        )
    else:
        headers[credential.name] = str(value)


def _backoff(attempt: int) -> float:
    """Exponential backoff with full jitter: 0.5 s, 1 s, 2 s... capped, then randomized."""
    ceiling: float = min(INITIAL_RETRY_DELAY * (2**attempt), MAX_RETRY_DELAY)
    return ceiling * (0.5 + random.random() / 2)


def _decode(response: httpx.Response, kind: str) -> Any:
    if response.status_code == 204 or not response.content:
        return None
    content_type = response.headers.get("content-type", "")
    if kind == "binary" and response.is_success:
        return response.content
    if "json" in content_type or (kind == "json" and not content_type):
        try:
            return response.json()
        except ValueError:
            return response.text
    if kind == "binary" and response.is_success:
        return response.content
    return response.text


def redact(value: str | None) -> str | None:
    """How a secret appears in `repr()`: never the secret itself."""
    if value is None:
        return None
    return "***"
