"""The HTTP layer: builds requests, applies credentials, retries, parses responses.

Generated resource methods describe a call as a `Request` and hand it to
`BaseClient.request` (or `arequest`); everything about the network lives here, once.
"""

from __future__ import annotations

import base64
import json
import logging
import platform
import random
import sys
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from urllib.parse import quote, quote_plus

import anyio
import httpx
import pydantic

from ._encoding import (
    QueryPairs,
    multipart_part,
    parse_as,
    parse_json,
    query_pairs,
    to_wire_string,
)
from ._exceptions import (
    ApiConnectionError,
    ApiResponseValidationError,
    ApiTimeoutError,
    PaginationError,
    parse_retry_after,
    status_error_class,
)
from ._types import NOT_GIVEN, NotGiven, RequestOptions, Timeout
from ._version import __title__, __version__

log = logging.getLogger(__name__.rpartition(".")[0])

_T = TypeVar("_T")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# The retry schedule: before retry n (1, 2, ...) the SDK waits a random time between
# half and all of min(0.5 s * 2**(n-1), 8 s): 0.25-0.5 s, then 0.5-1 s, then 1-2 s, ...
# A server's `Retry-After` / `retry-after-ms` replaces that wait when it is at most 60 s;
# a longer one ends the call with the error (its `retry_after` says how long to wait).
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
MAX_REDIRECTS = 20

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
        elapsed = f"{self.round_trip_time:.3f}"
        return f"RawResponse(status={self.status}, round_trip_time={elapsed})"

    @property
    def status_code(self) -> int:
        """Alias of `status`, as httpx names it."""
        return self.status

    def parse(self) -> _T:
        """The body as the method's usual return type (a model, a page, ...)."""
        return self._parse()


# --------------------------------------------------------------------------------------
# The client core
# --------------------------------------------------------------------------------------

_ACCEPT = {"binary": "*/*", "text": "text/plain, */*;q=0.8"}


class BaseClient:
    """Shared machinery of the generated client class; not used directly."""

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
        self._async_loop: object = (
            None  # the event loop our own async client belongs to
        )
        self._lock = threading.Lock()

    # -- lifecycle ---------------------------------------------------------------------

    @property
    def _http(self) -> httpx.Client:
        with self._lock:  # threads sharing a client must share one connection pool
            if self._sync_client is None:
                self._sync_client = httpx.Client()
            return self._sync_client

    @property
    def _ahttp(self) -> httpx.AsyncClient:
        """The async HTTP client, replaced when our own is bound to another event loop.

        Pooled connections belong to the loop that opened them, so a client reused by
        successive `asyncio.run()` calls needs a fresh pool for each loop.
        """
        loop = _running_loop()
        with self._lock:
            if self._async_client is None or (
                self._owns_async and self._async_loop is not loop
            ):
                self._async_client = httpx.AsyncClient()
                self._async_loop = loop
            return self._async_client

    def close(self) -> None:
        """Close pooled connections of the sync HTTP client (if this client made it)."""
        if not self._owns_sync:
            return
        with self._lock:
            client, self._sync_client = self._sync_client, None
        if client is not None:
            client.close()

    async def aclose(self) -> None:
        """Close pooled connections of both HTTP clients (if this client made them)."""
        if self._owns_async:
            with self._lock:
                client, self._async_client = self._async_client, None
            if client is not None and self._async_loop is _running_loop():
                await client.aclose()
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
        headers = _Headers()
        headers["Accept"] = _ACCEPT.get(request.response_kind, "application/json")
        headers["User-Agent"] = self._user_agent()
        headers.update(self._default_headers)
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
        query = query_pairs(request.query)
        self._apply_credentials(request.security, headers, query)
        headers.update(options.get("extra_headers") or {})
        extra_query = query_pairs((options.get("extra_query") or {}).items())
        overridden = {name for name, _ in extra_query}
        query = [pair for pair in query if pair[0] not in overridden] + extra_query
        url = self._url(request.path)
        if "?" in url:  # a `Link` header's URL: keep its query (httpx would replace it)
            url, _, own = url.partition("?")
            query = [*httpx.QueryParams(own).multi_items(), *query]
        body, content_type = _body_arguments(request, options.get("extra_body"))
        if content_type and "Content-Type" not in headers:
            headers["Content-Type"] = content_type
        return client.build_request(
            request.method,
            url,
            params=query or None,  # None: httpx parses the URL once, not twice
            headers=headers.pairs(),
            timeout=options.get("timeout", self.timeout),
            **body,
        )

    def _url(self, path: str) -> str:
        """The base URL and the path; or a whole URL a `Link` header gave, if it points
        where the base URL does (credentials are never sent to another host)."""
        if not path.startswith(("http://", "https://")):
            return self.base_url + path
        target, base = httpx.URL(path), httpx.URL(self.base_url)
        origin = (target.scheme, target.host, target.port)
        if origin != (base.scheme, base.host, base.port):
            raise PaginationError(path, "it points to another host than the client's")
        return path

    def _apply_credentials(
        self, security: Security, headers: _Headers, query: QueryPairs
    ) -> None:
        """Apply the first alternative whose credentials are all configured.

        An empty alternative (`{}`: anonymous access allowed) is the last resort, so an
        optional-auth call still authenticates when the client has the credential.
        """
        usable = [alt for alt in security if all(s in self._credentials for s in alt)]
        chosen = next((alt for alt in usable if alt), None)
        if chosen is None and usable:
            return
        if (
            chosen is None
        ):  # nothing fully configured: send what we have, the server decides
            chosen = [s for alt in security for s in alt if s in self._credentials]
        for scheme in dict.fromkeys(chosen):
            _put_credential(self._credentials[scheme], headers, query)

    def _redacted_url(self, url: httpx.URL) -> str:
        """The URL as errors show it: values of credential query parameters masked."""
        names = self._secret_names("query")
        if not names.intersection(url.params):
            return str(url)
        params = [(k, "***" if k in names else v) for k, v in url.params.multi_items()]
        return str(url.copy_with(params=params))

    def _redacted(self, text: str) -> str:
        """Free text (an httpx error message) with every credential value masked.

        Secrets shorter than 8 characters are left alone: masking every occurrence of,
        say, "t" would garble the message beyond use.
        """
        for credential in self._credentials.values():
            for secret in _secret_forms(credential):
                if len(secret) >= 8:
                    text = text.replace(secret, "***")
        return text

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
        if next_page is None and _is_link_page(cast_to):
            given = options

            def next_page(url: str) -> Any:
                return self._request(_following(request, url), cast_to, options=given)

        client = self._http
        http_request = self._build(client, request, options)
        retries = options.get("max_retries", self.max_retries)
        started = time.monotonic()
        attempt = 0
        while True:
            try:
                response = self._send(client, http_request)
            except httpx.RequestError as exc:
                delay = self._retry_delay_after_error(exc, request, attempt, retries)
                if delay is None:
                    raise self._transport_error(exc, http_request) from exc
            else:
                delay = self._retry_delay(response, request, attempt, retries)
                if delay is None:
                    elapsed = time.monotonic() - started
                    return self._finish(
                        response, elapsed, request, cast_to, raw, next_page
                    )
                response.close()
            attempt += 1
            _log_retry(request, attempt, retries, delay)
            time.sleep(delay)

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
        if next_page is None and _is_link_page(cast_to):
            given = options

            async def next_page(url: str) -> Any:
                following = _following(request, url)
                return await self._arequest(following, cast_to, options=given)

        client = self._ahttp
        http_request = self._build(client, request, options)
        retries = options.get("max_retries", self.max_retries)
        started = time.monotonic()
        attempt = 0
        while True:
            try:
                response = await self._asend(client, http_request)
            except httpx.RequestError as exc:
                delay = self._retry_delay_after_error(exc, request, attempt, retries)
                if delay is None:
                    raise self._transport_error(exc, http_request) from exc
            else:
                delay = self._retry_delay(response, request, attempt, retries)
                if delay is None:
                    elapsed = time.monotonic() - started
                    return self._finish(
                        response, elapsed, request, cast_to, raw, None, next_page
                    )
                await response.aclose()
            attempt += 1
            _log_retry(request, attempt, retries, delay)
            await anyio.sleep(delay)

    def _send(self, client: httpx.Client, request: httpx.Request) -> httpx.Response:
        """One attempt: the request and the redirects it leads to (see `_redirect`)."""
        response = client.send(request, follow_redirects=False)
        for _ in range(MAX_REDIRECTS):
            if response.next_request is None:
                break
            following = self._redirect(response.request, response.next_request)
            response.close()
            response = client.send(following, follow_redirects=False)
        return response

    async def _asend(
        self, client: httpx.AsyncClient, request: httpx.Request
    ) -> httpx.Response:
        """Async twin of `_send`."""
        response = await client.send(request, follow_redirects=False)
        for _ in range(MAX_REDIRECTS):
            if response.next_request is None:
                break
            following = self._redirect(response.request, response.next_request)
            await response.aclose()
            response = await client.send(following, follow_redirects=False)
        return response

    def _redirect(
        self, previous: httpx.Request, following: httpx.Request
    ) -> httpx.Request:
        """The redirected request, with credentials only where they were meant to go.

        httpx alone would forward API-key headers to any host a server redirects to (it
        strips only `Authorization`), and would drop our `Cookie` header even on the
        same origin; redirects are followed here so neither happens.
        """
        if _same_origin(previous.url, following.url):
            if "Cookie" in previous.headers:
                following.headers["Cookie"] = previous.headers["Cookie"]
            return following
        for name in ("Authorization", "Cookie", *sorted(self._secret_names("header"))):
            following.headers.pop(name, None)
        query_secrets = self._secret_names("query")
        if query_secrets.intersection(following.url.params):
            params = [
                (k, v)
                for k, v in following.url.params.multi_items()
                if k not in query_secrets
            ]
            following.url = following.url.copy_with(params=params)
        return following

    def _secret_names(self, location: str) -> set[str]:
        """Names of headers (or query parameters) carrying configured credentials."""
        return {c.name for c in self._credentials.values() if c.location == location}

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
        """Seconds to wait before sending again, or None when this response is final."""
        if attempt >= retries or response.is_success:
            return None
        should_retry = response.headers.get("x-should-retry")
        if should_retry == "false":
            return None
        if should_retry != "true":  # the server did not say: decide from the status
            status = response.status_code
            if status not in RETRY_STATUSES:
                return None
            if status != 429 and not self._is_replayable(request, headers_sent=True):
                return None
        hinted = parse_retry_after(response.headers)
        if hinted is None:
            return _backoff(attempt)
        # Asked to wait longer than the cap: hand the error (and its `retry_after`) to
        # the caller at once rather than block for minutes or retry too early.
        return hinted if hinted <= MAX_RETRY_AFTER else None

    def _retry_delay_after_error(
        self, exc: httpx.RequestError, request: Request, attempt: int, retries: int
    ) -> float | None:
        """Like `_retry_delay` for a request that got no response at all."""
        if attempt >= retries or not isinstance(exc, httpx.TransportError):
            return None  # other errors (an undecodable body) would only happen again
        before_sending = isinstance(
            exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout
        )
        if not self._is_replayable(request, headers_sent=not before_sending):
            return None
        return _backoff(attempt)

    def _transport_error(
        self, exc: httpx.RequestError, request: httpx.Request
    ) -> Exception:
        url = self._redacted_url(request.url)
        if isinstance(exc, httpx.TimeoutException):
            return ApiTimeoutError("request timed out", method=request.method, url=url)
        what = (
            "connection failed"
            if isinstance(exc, httpx.TransportError)
            else "request failed"
        )
        detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        message = f"{what}: {self._redacted(detail)}"
        return ApiConnectionError(message, method=request.method, url=url)

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
                body=_decode(response, request.response_kind),
                headers=response.headers,
                reason=response.reason_phrase,
                round_trip_time=elapsed,
                method=request.method,
                url=self._redacted_url(response.request.url),
            )

        def parse() -> Any:
            if _is_link_page(cast_to):
                return _link_page(response, request, cast_to, elapsed, self, fetchers)
            try:
                if _is_json_body(response, request.response_kind):
                    # pydantic reads the bytes itself: faster than json.loads, then validate
                    result = parse_json(cast_to, response.content)
                else:
                    result = parse_as(cast_to, _decode(response, request.response_kind))
            except pydantic.ValidationError:
                result = _parse_decoded(response, request, cast_to, elapsed, self)
            if _is_page(result):
                result._fetch_next = next_page
                result._afetch_next = anext_page
            return result

        fetchers = (next_page, anext_page)

        if raw:
            return RawResponse(
                status=response.status_code,
                headers=response.headers,
                body=_decode(response, request.response_kind),
                round_trip_time=elapsed,
                http_response=response,
                parse=parse,
            )
        return parse()


def _parse_decoded(
    response: httpx.Response,
    request: Request,
    cast_to: Any,
    elapsed: float,
    client: BaseClient,
    data: Any = NOT_GIVEN,
) -> Any:
    """Parse the decoded body (the slow path, with json.loads's text-encoding detection),
    or raise ApiResponseValidationError saying how the body fails its declared type."""
    body = _decode(response, request.response_kind)
    try:
        return parse_as(cast_to, body if isinstance(data, NotGiven) else data)
    except pydantic.ValidationError as exc:
        expected = getattr(cast_to, "__name__", str(cast_to))
        raise ApiResponseValidationError(
            f"the response is not a valid {expected} ({exc.error_count()} errors)",
            status=response.status_code,
            body=body,
            headers=response.headers,
            method=request.method,
            url=client._redacted_url(response.request.url),
        ) from exc


def _loaded_models() -> Any:
    """The `_models` module if it is loaded, else None: it is imported late (pydantic's
    model machinery is slow to import), and no page can exist before it is."""
    return sys.modules.get(f"{__package__}._models")


def _is_page(result: Any) -> bool:
    models = _loaded_models()
    return models is not None and isinstance(result, models.BasePage)


def _is_link_page(cast_to: Any) -> bool:
    models = _loaded_models()
    return (
        models is not None
        and isinstance(cast_to, type)
        and issubclass(cast_to, models.LinkPage)
    )


def _link_page(
    response: httpx.Response,
    request: Request,
    cast_to: Any,
    elapsed: float,
    client: BaseClient,
    fetchers: tuple[Any, Any],
) -> Any:
    """A JSON array as a `LinkPage`, with the `rel="next"` link of the `Link` header."""
    body = _decode(response, request.response_kind)
    page = _parse_decoded(response, request, cast_to, elapsed, client, {"items": body})
    page._next_url = response.links.get("next", {}).get("url")
    page._fetch_next, page._afetch_next = fetchers
    return page


def _following(request: Request, url: str) -> Request:
    """The request for the page a `Link` header names: a GET of that URL, as it is."""
    return Request(
        method="GET",
        path=url,
        headers=request.headers,
        cookies=request.cookies,
        security=request.security,
        response_kind=request.response_kind,
    )


def _is_json_body(response: httpx.Response, kind: str) -> bool:
    """Whether a success response's bytes are JSON for the declared result to read."""
    if kind in ("binary", "text") or not response.content:
        return False
    content_type = response.headers.get("content-type", "")
    return "json" in content_type or not content_type


def _body_arguments(
    request: Request, extra: Mapping[str, Any] | None
) -> tuple[dict[str, Any], str | None]:
    """httpx keyword arguments for the body (`extra_body` merged in), and its type."""
    if not isinstance(request.data, NotGiven):
        return {"data": {**request.data, **(extra or {})}}, request.content_type
    if not isinstance(request.files, NotGiven):
        extra_parts = [
            (name, multipart_part(value)) for name, value in (extra or {}).items()
        ]
        return {
            "files": [*request.files, *extra_parts]
        }, None  # httpx adds the boundary
    if not isinstance(request.content, NotGiven):
        if extra:
            raise ValueError("extra_body needs a JSON, form or multipart request body")
        return {"content": request.content}, request.content_type
    if isinstance(request.json, NotGiven) and not extra:
        return {}, None
    payload = {} if isinstance(request.json, NotGiven) else request.json
    if extra and isinstance(payload, dict):
        payload = {**payload, **extra}
    content = json.dumps(
        payload, separators=(",", ":"), default=to_wire_string
    ).encode()
    return {"content": content}, request.content_type or "application/json"


class _Headers:
    """Request headers as they are assembled, layer on layer: names are case-insensitive,
    so a later layer replaces a header, never repeats it. (httpx.Headers does the same
    but re-encodes on every access: a third of an SDK call's own time.)"""

    __slots__ = ("_items",)

    def __init__(self) -> None:
        self._items: dict[str, tuple[str, str]] = {}

    def __setitem__(self, name: str, value: str) -> None:
        self._items[name.lower()] = (name, value)

    def __getitem__(self, name: str) -> str:
        return self._items[name.lower()][1]

    def __contains__(self, name: str) -> bool:
        return name.lower() in self._items

    def get(self, name: str) -> str | None:
        found = self._items.get(name.lower())
        return found[1] if found is not None else None

    def update(self, headers: Mapping[str, str]) -> None:
        for name, value in headers.items():
            self[name] = value

    def pairs(self) -> list[tuple[str, str]]:
        return list(self._items.values())


def _put_credential(
    credential: Credential, headers: _Headers, query: QueryPairs
) -> None:
    value = credential.value
    if credential.kind == "bearer":
        headers[credential.name] = f"Bearer {value}"
    elif credential.kind == "basic":
        headers[credential.name] = f"Basic {_basic_token(value)}"
    elif credential.location == "query":
        query.append((credential.name, str(value)))
    elif credential.location == "cookie":
        cookie = f"{credential.name}={value}"
        headers["Cookie"] = (
            f"{headers['Cookie']}; {cookie}" if "Cookie" in headers else cookie
        )
    else:
        headers[credential.name] = str(value)


def _basic_token(value: tuple[str, str]) -> str:
    username, password = value
    return base64.b64encode(f"{username}:{password}".encode()).decode("ascii")


def _secret_forms(credential: Credential) -> list[str]:
    """Every way a credential's secret can appear in text, longest first."""
    if (
        credential.kind == "basic"
    ):  # the user name identifies, the password is the secret
        forms = [_basic_token(credential.value), str(credential.value[1])]
    else:
        value = str(credential.value)
        forms = [value, quote(value, safe=""), quote_plus(value)]
    return sorted({f for f in forms if f}, key=len, reverse=True)


def _same_origin(a: httpx.URL, b: httpx.URL) -> bool:
    """Same scheme, host and port, or the same host upgraded from http to https."""
    if a.host != b.host:
        return False
    if a.scheme == b.scheme:
        return a.port == b.port
    return (
        a.scheme == "http"
        and b.scheme == "https"
        and a.port in (None, 80)
        and b.port in (None, 443)
    )


def _running_loop() -> object:
    """The running asyncio loop; None under other async libraries (one pool per run)."""
    import asyncio  # not at the top: slow to import, and async callers have it already

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


_LOG_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_LOG_HANDLER = "sdk-stderr"  # names the handler added below, so it is added once


def log_from_environment(setting: str | None) -> None:
    """Turn on the SDK's logging to stderr when its `..._LOG` variable says so.

    `debug` logs every response (method, path, status, time) and every retry; `info`
    only the retries. Credentials never appear: paths are logged without the query
    string and headers are not logged. Applications that configure `logging`
    themselves need no variable: the logger is named after the package.
    """
    level = _LOG_LEVELS.get((setting or "").strip().lower())
    if level is None:
        return
    log.setLevel(level)
    if not any(h.get_name() == _LOG_HANDLER for h in log.handlers):
        handler = logging.StreamHandler()
        handler.set_name(_LOG_HANDLER)
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s")
        )
        log.addHandler(handler)


def _log_retry(request: Request, attempt: int, retries: int, delay: float) -> None:
    log.info(
        "retrying %s %s in %.2fs (retry %d of %d)",
        request.method,
        request.path,
        delay,
        attempt,
        retries,
    )


def _backoff(attempt: int) -> float:
    """Exponential backoff with jitter: 0.5 s, 1 s, 2 s... capped, then randomized."""
    ceiling: float = min(INITIAL_RETRY_DELAY * (2**attempt), MAX_RETRY_DELAY)
    return ceiling * (0.5 + random.random() / 2)


def _decode(response: httpx.Response, kind: str) -> Any:
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
