"""Credentials: how each security scheme puts its secret on a request, and how the SDK
keeps secrets out of error messages and off requests redirected to other hosts."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, quote_plus

import httpx

from ._encoding import QueryPairs
from ._request import Headers, Security


@dataclass(frozen=True)
class Credential:
    """How one security scheme puts its secret on a request."""

    kind: str  # "bearer", "basic" or "api_key"
    location: str = "header"  # where an api key goes: "header", "query" or "cookie"
    name: str = "Authorization"  # header, query parameter or cookie name
    value: Any = None  # the secret; (username, password) for basic auth


class Credentials:
    """The credentials a client was given (schemes without a value are left out)."""

    def __init__(self, credentials: Mapping[str, Credential]) -> None:
        self.configured = {k: v for k, v in credentials.items() if v.value is not None}

    def __contains__(self, scheme: str) -> bool:
        return scheme in self.configured

    def apply(self, security: Security, headers: Headers, query: QueryPairs) -> None:
        """Apply the first alternative whose credentials are all configured.

        An empty alternative (`{}`: anonymous access allowed) is the last resort, so an
        optional-auth call still authenticates when the client has the credential.
        """
        usable = [alt for alt in security if all(s in self.configured for s in alt)]
        chosen = next((alt for alt in usable if alt), None)
        if chosen is None and usable:
            return
        if chosen is None:  # nothing fully configured: send what we have
            chosen = [s for alt in security for s in alt if s in self.configured]
        for scheme in dict.fromkeys(chosen):
            _put(self.configured[scheme], headers, query)

    def secret_names(self, location: str) -> set[str]:
        """Names of headers (or query parameters) carrying configured credentials."""
        return {c.name for c in self.configured.values() if c.location == location}

    def redacted_url(self, url: httpx.URL) -> str:
        """The URL as errors show it: values of credential query parameters masked."""
        names = self.secret_names("query")
        if not names.intersection(url.params):
            return str(url)
        params = [(k, "***" if k in names else v) for k, v in url.params.multi_items()]
        return str(url.copy_with(params=params))

    def redacted(self, text: str) -> str:
        """Free text (an httpx error message) with every credential value masked.

        Secrets shorter than 8 characters are left alone: masking every occurrence of,
        say, "t" would garble the message beyond use.
        """
        for credential in self.configured.values():
            for secret in _secret_forms(credential):
                if len(secret) >= 8:
                    text = text.replace(secret, "***")
        return text

    def redirected(
        self, previous: httpx.Request, following: httpx.Request
    ) -> httpx.Request:
        """The redirected request, with credentials only where they were meant to go.

        httpx alone would forward API-key headers to any host a server redirects to (it
        strips only `Authorization`), and would drop our `Cookie` header even on the
        same origin; redirects are followed by the SDK so neither happens.
        """
        if _same_origin(previous.url, following.url):
            if "Cookie" in previous.headers:
                following.headers["Cookie"] = previous.headers["Cookie"]
            return following
        for name in ("Authorization", "Cookie", *sorted(self.secret_names("header"))):
            following.headers.pop(name, None)
        query_secrets = self.secret_names("query")
        if query_secrets.intersection(following.url.params):
            params = [
                (k, v)
                for k, v in following.url.params.multi_items()
                if k not in query_secrets
            ]
            following.url = following.url.copy_with(params=params)
        return following


def _put(credential: Credential, headers: Headers, query: QueryPairs) -> None:
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
    if credential.kind == "basic":  # the user name identifies, the password is secret
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
