"""The HTTP layer: one request flow, driven by a sync and an async sender.

Generated resource methods describe a call as a `Request` and hand it to
`BaseClient._request` (or `_arequest`). What happens next, building the HTTP request,
sending it, following redirects, retrying, and turning the response into a result, is
written once, in `_flow`: a generator that yields each step needing I/O (`Send` this
request, `Wait` so long) and is handed back what came of it. `_request` performs those
steps with httpx's sync client, `_arequest` with its async one.
"""

from __future__ import annotations

import platform
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Generator, Mapping
from dataclasses import dataclass
from typing import Any

import anyio
import httpx

from ._credentials import Credential, Credentials
from ._encoding import QueryPairs
from ._exceptions import ApiConnectionError, ApiTimeoutError, PaginationError
from ._logging import log_from_environment, log_retry
from ._loops import LoopPools
from ._request import (
    ACCEPT,
    Headers,
    Request,
    body_arguments,
    cookie_header,
    following,
    header_values,
    query_string,
)
from ._response import AsyncNextPage, NextPage, Outcome, RawResponse, is_link_page
from ._retries import retry_delay, retry_delay_after_error
from ._sdk import __title__, __version__
from ._streaming import AsyncStream, Stream, StreamOf
from ._types import RequestOptions, Timeout

__all__ = [
    "BaseClient",
    "Credential",
    "RawResponse",
    "Request",
    "log_from_environment",
]

MAX_REDIRECTS = 20


@dataclass(frozen=True)
class Send:
    """Step of the flow: send this request; the flow gets the response or the error."""

    request: httpx.Request


@dataclass(frozen=True)
class Wait:
    """Step of the flow: wait this many seconds before going on."""

    seconds: float


Step = Send | Wait
Received = httpx.Response | httpx.RequestError | None
"""What the flow is handed after a step: the response, the error, or None (waited)."""
Flow = Generator[Step, Received, Any]


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
        max_connections: int = 100,
        max_keepalive_connections: int = 20,
        strict_response_validation: bool = False,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.max_retries = max_retries
        self._strict_responses = strict_response_validation
        self._credentials = Credentials(credentials, self.base_url)
        self._default_headers = dict(default_headers or {})
        if max_connections < 1:
            raise ValueError("max_connections must be 1 or more")
        self._limits = httpx.Limits(
            max_connections=max_connections,
            max_keepalive_connections=min(max_keepalive_connections, max_connections),
        )
        self._sync_client = http_client
        self._owns_sync = http_client is None
        # Calls in flight wait for a slot here rather than in httpx's pool, where the
        # wait would count against their timeout (see `_loops`).
        self._sync_slots = threading.BoundedSemaphore(max_connections)
        self._async_pools = LoopPools(
            self._new_async_client, async_http_client, max_connections
        )
        self._lock = threading.Lock()

    # -- lifecycle ---------------------------------------------------------------------

    @property
    def _http(self) -> httpx.Client:
        with self._lock:  # threads sharing a client must share one connection pool
            if self._sync_client is None:
                self._sync_client = httpx.Client(limits=self._limits)
            return self._sync_client

    def _new_async_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(limits=self._limits)

    def close(self) -> None:
        """Close pooled connections of the sync HTTP client (if this client made it)."""
        if not self._owns_sync:
            return
        with self._lock:
            client, self._sync_client = self._sync_client, None
        if client is not None:
            client.close()

    async def aclose(self) -> None:
        """Close the pooled connections this client opened, sync and async.

        Async pools of event loops that have ended were closed as each loop ended; a
        client given as `async_http_client` is left open (it is the caller's).
        """
        await self._async_pools.aclose()
        self.close()

    # -- sending -----------------------------------------------------------------------

    def _request(
        self,
        request: Request,
        cast_to: Any,
        *,
        raw: bool = False,
        options: RequestOptions | None = None,
        next_page: NextPage | None = None,
    ) -> Any:
        """Send a request (retrying when safe) and return the parsed result."""
        options = options or {}
        if next_page is None and is_link_page(cast_to):
            given = options

            def next_page(url: str) -> Any:
                return self._request(following(request, url), cast_to, options=given)

        client = self._http
        if request.response_kind == "sse":
            cast_to = StreamOf(Stream, cast_to, request.stream_end)
        flow = self._flow(client, request, options, (cast_to, raw, next_page, None))
        received: Received = None
        try:
            while True:
                step = flow.send(received)
                if isinstance(step, Wait):
                    time.sleep(step.seconds)
                    received = None
                    continue
                try:
                    with self._sync_slots:
                        send = self._send_options(request, step.request)
                        received = client.send(step.request, **send)
                        if send["stream"] and not received.is_success:
                            received.read()  # an error: read it as any other
                except httpx.RequestError as exc:
                    received = exc
        except StopIteration as done:
            return done.value

    async def _arequest(
        self,
        request: Request,
        cast_to: Any,
        *,
        raw: bool = False,
        options: RequestOptions | None = None,
        next_page: Callable[[str], Awaitable[Any]] | None = None,
    ) -> Any:
        """Async twin of `_request`: the same flow, its steps performed with anyio."""
        options = options or {}
        if next_page is None and is_link_page(cast_to):
            given = options

            async def next_page(url: str) -> Any:
                following_page = following(request, url)
                return await self._arequest(following_page, cast_to, options=given)

        pool = await self._async_pools.current()
        client = pool.client
        if request.response_kind == "sse":
            cast_to = StreamOf(AsyncStream, cast_to, request.stream_end)
        flow = self._flow(client, request, options, (cast_to, raw, None, next_page))
        received: Received = None
        try:
            while True:
                step = flow.send(received)
                if isinstance(step, Wait):
                    await anyio.sleep(step.seconds)
                    received = None
                    continue
                try:
                    async with pool.slots:
                        send = self._send_options(request, step.request)
                        received = await client.send(step.request, **send)
                        if send["stream"] and not received.is_success:
                            await received.aread()  # an error: read it as any other
                except httpx.RequestError as exc:
                    received = exc
        except StopIteration as done:
            return done.value

    def _send_options(
        self, request: Request, http_request: httpx.Request
    ) -> dict[str, Any]:
        """httpx `send` options: an event stream is left unread (`_streaming` reads
        it), and a scheme that fetches its own OAuth2 tokens gets them (`_oauth`)."""
        auth = self._credentials.auth(
            request.security, request.scopes, http_request.url
        )
        stream = request.response_kind == "sse"
        return {"follow_redirects": False, "stream": stream, "auth": auth}

    def _flow(
        self,
        client: httpx.Client | httpx.AsyncClient,
        request: Request,
        options: RequestOptions,
        result: tuple[Any, bool, NextPage | None, AsyncNextPage | None],
    ) -> Flow:
        """Every step of a call, sync or async: attempts, redirects, retries, result.

        `result` is (the declared type, whether to return a `RawResponse`, the sync and
        the async way to fetch a following page).
        """
        http_request = self._build(client, request, options)
        retries = options.get("max_retries", self.max_retries)
        started = time.monotonic()
        attempt = 0
        while True:
            received = yield from self._attempt(http_request)
            if isinstance(received, httpx.Response):
                delay = retry_delay(received, request, attempt, retries)
                if delay is None:
                    elapsed = time.monotonic() - started
                    redact = self._credentials.redacted_url
                    outcome = Outcome(received, request, elapsed, redact)
                    strict = options.get(
                        "strict_response_validation", self._strict_responses
                    )
                    return outcome.result(*result, strict)
            else:
                delay = retry_delay_after_error(received, request, attempt, retries)
                if delay is None:
                    raise self._transport_error(received, http_request) from received
            attempt += 1
            log_retry(request.method, request.path, attempt, retries, delay)
            yield Wait(delay)

    def _attempt(
        self, http_request: httpx.Request
    ) -> Generator[Step, Received, httpx.Response | httpx.RequestError]:
        """One attempt: the request and the redirects it leads to.

        Redirects are followed here, not by httpx, so that credentials go only where
        they were meant to (see `Credentials.redirected`).
        """
        received = yield Send(http_request)
        for _ in range(MAX_REDIRECTS):
            if not isinstance(received, httpx.Response):
                break
            if received.next_request is None:
                return received
            redirected = self._credentials.redirected(
                received.request, received.next_request
            )
            received = yield Send(redirected)
        assert received is not None, "the flow is handed a response or an error"
        return received

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
        headers = Headers()
        headers["Accept"] = ACCEPT.get(request.response_kind, "application/json")
        headers["User-Agent"] = self._user_agent()
        headers.update(self._default_headers)
        for name, value in header_values(request.headers):
            headers[name] = value
        cookies = cookie_header(request.cookies)
        if cookies:
            headers["Cookie"] = cookies
        if request.idempotency_header:
            key = options.get("idempotency_key") or headers.get(
                request.idempotency_header
            )
            headers[request.idempotency_header] = key or f"sdk-{uuid.uuid4()}"
        secrets: QueryPairs = []
        self._credentials.apply(request.security, headers, secrets)
        headers.update(options.get("extra_headers") or {})
        # a fragment is never sent; a spec's path key may carry one to tell operations
        # apart (`/apis/{id}#export=true`), and the query must not land after it
        url = self._url(request.path).split("#", 1)[0]
        query = query_string(request, secrets, options.get("extra_query") or {})
        if query:  # after a `Link` header URL's own query, if it has one
            url += ("&" if "?" in url else "?") + query
        body, content_type = body_arguments(request, options.get("extra_body"))
        if content_type and "Content-Type" not in headers:
            headers["Content-Type"] = content_type
        return client.build_request(
            request.method,
            url,
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

    def _transport_error(
        self, exc: httpx.RequestError, request: httpx.Request
    ) -> Exception:
        url = self._credentials.redacted_url(request.url)
        if isinstance(exc, httpx.TimeoutException):
            return ApiTimeoutError("request timed out", method=request.method, url=url)
        what = (
            "connection failed"
            if isinstance(exc, httpx.TransportError)
            else "request failed"
        )
        detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        message = f"{what}: {self._credentials.redacted(detail)}"
        return ApiConnectionError(message, method=request.method, url=url)
