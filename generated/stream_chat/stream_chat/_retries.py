"""When a call is sent again, and how long the SDK waits first.

The retry schedule: before retry n (1, 2, ...) the SDK waits a random time between half
and all of min(0.5 s * 2**(n-1), 8 s): 0.25-0.5 s, then 0.5-1 s, then 1-2 s, ... A
server's `Retry-After` / `retry-after-ms` replaces that wait when it is at most 60 s; a
longer one ends the call with the error (its `retry_after` says how long to wait).
"""

from __future__ import annotations

import random

import httpx

from ._exceptions import parse_retry_after
from ._request import Request

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0


def is_replayable(request: Request, headers_sent: bool) -> bool:
    """Whether sending the request again cannot do the work twice."""
    if not headers_sent:
        return True
    return (
        request.method in IDEMPOTENT_METHODS or request.idempotency_header is not None
    )


def retry_delay(
    response: httpx.Response, request: Request, attempt: int, retries: int
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
        if status != 429 and not is_replayable(request, headers_sent=True):
            return None
    hinted = parse_retry_after(response.headers)
    if hinted is None:
        return backoff(attempt)
    # Asked to wait longer than the cap: hand the error (and its `retry_after`) to the
    # caller at once rather than block for minutes or retry too early.
    return hinted if hinted <= MAX_RETRY_AFTER else None


def retry_delay_after_error(
    exc: httpx.RequestError, request: Request, attempt: int, retries: int
) -> float | None:
    """Like `retry_delay` for a request that got no response at all."""
    if attempt >= retries or not isinstance(exc, httpx.TransportError):
        return None  # other errors (an undecodable body) would only happen again
    before_sending = isinstance(
        exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout
    )
    if not is_replayable(request, headers_sent=not before_sending):
        return None
    return backoff(attempt)


def backoff(attempt: int) -> float:
    """Exponential backoff with jitter: 0.5 s, 1 s, 2 s... capped, then randomized."""
    ceiling: float = min(INITIAL_RETRY_DELAY * (2**attempt), MAX_RETRY_DELAY)
    return ceiling * (0.5 + random.random() / 2)
