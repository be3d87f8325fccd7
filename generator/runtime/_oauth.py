"""OAuth2 client credentials: the client fetches its own access tokens.

For a security scheme with a `clientCredentials` flow the client takes a client ID and
secret (or reads them from the environment). Before a call that needs the scheme it
asks the token URL for a token with the operation's scopes (`grant_type=
client_credentials`, the client authenticated with HTTP Basic as RFC 6749 prefers),
keeps it until shortly before it expires, and sends it as a bearer token. When the API
answers 401 anyway (the token was revoked), the token is dropped, a new one fetched and
the call sent once more.

Threads or tasks calling at once make one token request; the others wait for it.
Neither the secret nor a token appears in a repr, a log line or an error message.
"""

from __future__ import annotations

import asyncio
import base64
import threading
import time
from collections.abc import AsyncGenerator, Generator, Sequence
from dataclasses import dataclass, field
from urllib.parse import quote

import httpx

from ._exceptions import ApiResponseValidationError, status_error_class

EXPIRY_MARGIN = 30.0
"""Seconds before its expiry that a token is replaced (at most a tenth of its lifetime)."""
DEFAULT_LIFETIME = 3600.0
"""How long a token without `expires_in` is kept (a 401 replaces it sooner)."""


@dataclass(frozen=True)
class ClientCredentials:
    """A scheme's token URL and the client's ID and secret for it."""

    token_url: str
    client_id: str
    client_secret: str = field(repr=False)

    @classmethod
    def given(
        cls, token_url: str, client_id: str | None, client_secret: str | None
    ) -> ClientCredentials | None:
        """The credentials, if the client was given both the ID and the secret."""
        if not client_id or not client_secret:
            return None
        return cls(token_url, client_id, client_secret)


@dataclass
class _Token:
    value: str
    expires_at: float  # time.monotonic() after which it is not used


class TokenCache:
    """The tokens of one client and scheme, by scope set; shared by threads and loops."""

    def __init__(self, credentials: ClientCredentials, base_url: str) -> None:
        self.credentials = credentials
        self.token_url = httpx.URL(base_url + "/").join(credentials.token_url)
        self.fetch_lock = threading.Lock()  # held by the thread asking for a token
        self._tokens: dict[frozenset[str], _Token] = {}
        self._loop_locks: dict[asyncio.AbstractEventLoop, asyncio.Lock] = {}
        self._locks_lock = threading.Lock()

    def __repr__(self) -> str:
        return f"TokenCache(token_url={str(self.token_url)!r})"

    def valid(self, scopes: frozenset[str]) -> str | None:
        token = self._tokens.get(scopes)
        if token is None or time.monotonic() >= token.expires_at:
            return None
        return token.value

    def drop(self, scopes: frozenset[str], value: str) -> None:
        """Forget a token the API refused (unless another call replaced it already)."""
        token = self._tokens.get(scopes)
        if token is not None and token.value == value:
            del self._tokens[scopes]

    def token_request(self, scopes: frozenset[str]) -> httpx.Request:
        client_id, secret = self.credentials.client_id, self.credentials.client_secret
        pair = f"{quote(client_id, safe='')}:{quote(secret, safe='')}".encode()
        form = {"grant_type": "client_credentials"}
        if scopes:
            form["scope"] = " ".join(sorted(scopes))
        headers = {
            "Authorization": "Basic " + base64.b64encode(pair).decode("ascii"),
            "Accept": "application/json",
        }
        return httpx.Request("POST", self.token_url, data=form, headers=headers)

    def store(self, scopes: frozenset[str], response: httpx.Response) -> str:
        """The token in the token URL's answer, kept for later calls.

        A refusal raises the `ApiException` of its status (with the token URL's `error`
        in its body); an answer without a token raises `ApiResponseValidationError`.
        """
        url = str(self.token_url)
        payload = _json(response)
        if not response.is_success:
            error_class = status_error_class(response.status_code)
            raise error_class(
                status=response.status_code,
                body=payload if payload is not None else response.text,
                headers=response.headers,
                reason=response.reason_phrase,
                round_trip_time=0.0,
                method="POST",
                url=url,
            )
        value = payload.get("access_token") if isinstance(payload, dict) else None
        if not isinstance(payload, dict) or not isinstance(value, str) or not value:
            raise ApiResponseValidationError(
                "the token URL answered without an access_token",
                status=response.status_code,
                body=None,  # whatever it sent may hold a credential
                headers=response.headers,
                method="POST",
                url=url,
            )
        lifetime = payload.get("expires_in")
        seconds = (
            float(lifetime) if isinstance(lifetime, int | float) else DEFAULT_LIFETIME
        )
        margin = min(EXPIRY_MARGIN, seconds / 10)
        self._tokens[scopes] = _Token(value, time.monotonic() + seconds - margin)
        return value

    def loop_lock(self) -> asyncio.Lock:
        """The lock the tasks of the running event loop take to ask for a token."""
        loop = asyncio.get_running_loop()
        with self._locks_lock:
            lock = self._loop_locks.get(loop)
            if lock is None:
                for ended in [other for other in self._loop_locks if other.is_closed()]:
                    del self._loop_locks[ended]
                lock = self._loop_locks[loop] = asyncio.Lock()
            return lock


def _json(response: httpx.Response) -> object:
    try:
        return response.json()
    except ValueError:
        return None


class ClientCredentialsAuth(httpx.Auth):
    """An httpx auth flow: a bearer token for `scopes` on the request, fetched first if
    need be (on the same client), and one more try with a new token after a 401.

    The API's responses are not read here, so a streamed response stays streamed.
    """

    def __init__(self, cache: TokenCache, scopes: Sequence[str]) -> None:
        self._cache = cache
        self._scopes = frozenset(scopes)

    def __repr__(self) -> str:
        return f"ClientCredentialsAuth(scopes={sorted(self._scopes)!r})"

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        cache, scopes = self._cache, self._scopes
        for _ in range(2):
            token = cache.valid(scopes)
            if token is None:
                with cache.fetch_lock:  # the other threads wait, then find the token
                    token = cache.valid(scopes)
                    if token is None:
                        answer = yield cache.token_request(scopes)
                        answer.read()
                        token = cache.store(scopes, answer)
            response = yield _authorized(request, token)
            if response.status_code != 401:
                return
            cache.drop(scopes, token)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        cache, scopes = self._cache, self._scopes
        for _ in range(2):
            token = cache.valid(scopes)
            if token is None:
                async with (
                    cache.loop_lock()
                ):  # the other tasks wait, then find the token
                    token = cache.valid(scopes)
                    if token is None:
                        answer = yield cache.token_request(scopes)
                        await answer.aread()
                        token = cache.store(scopes, answer)
            response = yield _authorized(request, token)
            if response.status_code != 401:
                return
            cache.drop(scopes, token)


def _authorized(request: httpx.Request, token: str) -> httpx.Request:
    request.headers["Authorization"] = f"Bearer {token}"
    return request
