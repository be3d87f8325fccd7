"""OAuth2 client credentials over loopback: the client fetches, caches and renews tokens.

The SDK is generated from `tests/specs/oauth.yaml`. One threaded server on 127.0.0.1
plays both parts: the token URL (checks the client's Basic credentials, the grant type
and scopes, hands out numbered tokens that expire) and the API (accepts only live tokens
carrying the operation's scope). It counts token requests, which is what most tests
assert: one for 50 concurrent calls, a new one after expiry or a 401, none when cached.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs

import pytest

from tests.support.imports import generated_package

from .loopback import serving

SPEC = Path(__file__).resolve().parents[1] / "specs" / "oauth.yaml"
CLIENT_ID = "vault-client"
CLIENT_SECRET = "s3cret-CLIENT-secret-value"
CONCURRENT = 50


class AuthServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.url = f"http://127.0.0.1:{self.server_address[1]}"
        self.lock = threading.Lock()
        self.token_requests: list[dict[str, list[str]]] = []
        self.tokens: dict[str, tuple[float, set[str]]] = {}  # token -> (expiry, scopes)
        self.lifetime = 3600
        self.slow_token = 0.0  # seconds the token URL takes to answer
        self.refuse_all = False  # the API answers 401 whatever the token


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: AuthServer

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path == "/oauth/token":
            self._token(parse_qs(body.decode()))
        else:
            self._api("secrets:write", json.loads(body))

    def do_PUT(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self._api("secrets:write", json.loads(body))

    def do_GET(self) -> None:
        name = self.path.rsplit("/", 1)[-1]
        self._api("secrets:read", {"name": name, "value": f"value-of-{name}"})

    def _token(self, form: dict[str, list[str]]) -> None:
        server = self.server
        expected = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
        with server.lock:
            server.token_requests.append(form)
            number = len(server.token_requests)
        time.sleep(server.slow_token)
        if self.headers.get("Authorization") != f"Basic {expected}":
            self._send(401, {"error": "invalid_client", "error_description": "who are you?"})
            return
        if form.get("grant_type") != ["client_credentials"]:
            self._send(400, {"error": "unsupported_grant_type"})
            return
        token = f"tok-{number}"
        scopes = set(form.get("scope", [""])[0].split())
        with server.lock:
            server.tokens[token] = (time.monotonic() + server.lifetime, scopes)
        self._send(200, {"access_token": token, "token_type": "Bearer",
                         "expires_in": server.lifetime})  # fmt: skip

    def _api(self, scope: str, answer: dict[str, Any]) -> None:
        token = (self.headers.get("Authorization") or "").removeprefix("Bearer ")
        with self.server.lock:
            expiry, scopes = self.server.tokens.get(token, (0.0, set()))
        if self.server.refuse_all or time.monotonic() > expiry or scope not in scopes:
            self._send(401, {"message": "invalid token"})
            return
        self._send(200, answer)

    def _send(self, status: int, payload: Any) -> None:
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def auth_server() -> Iterator[AuthServer]:
    server = AuthServer()
    with serving(server):
        yield server


@pytest.fixture(scope="module")
def vault_sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("vault_sdk")
    with generated_package(SPEC, out, "vault_sdk", assert_no_warnings=True) as package:
        yield package


@pytest.fixture(autouse=True)
def _no_vault_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("VAULT_ACCESS_TOKEN", "VAULT_CLIENT_ID", "VAULT_CLIENT_SECRET", "VAULT_LOG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def vault(vault_sdk: ModuleType, auth_server: AuthServer) -> Any:
    return vault_sdk.Vault(
        client_id=CLIENT_ID, client_secret=CLIENT_SECRET, base_url=auth_server.url
    )


def test_a_token_is_fetched_with_the_operations_scope_and_reused(
    vault: Any, auth_server: AuthServer
) -> None:
    assert vault.secrets.get_secret(name="a").value == "value-of-a"
    assert vault.secrets.get_secret(name="b").value == "value-of-b"
    assert auth_server.token_requests == [
        {"grant_type": ["client_credentials"], "scope": ["secrets:read"]}
    ]
    vault.secrets.put_secret(name="c", body_name="c", value="v")  # another scope, another token
    assert [r["scope"] for r in auth_server.token_requests] == [["secrets:read"], ["secrets:write"]]


def test_fifty_concurrent_threads_make_one_token_request(
    vault: Any, auth_server: AuthServer
) -> None:
    auth_server.slow_token = 0.2  # long enough for every thread to need the token
    with ThreadPoolExecutor(CONCURRENT) as pool:
        names = list(pool.map(lambda i: vault.secrets.get_secret(name=f"s{i}").name,
                              range(CONCURRENT)))  # fmt: skip
    assert names == [f"s{i}" for i in range(CONCURRENT)]
    assert len(auth_server.token_requests) == 1


def test_fifty_concurrent_tasks_make_one_token_request(vault: Any, auth_server: AuthServer) -> None:
    auth_server.slow_token = 0.2

    async def main() -> list[str]:
        calls = [vault.secrets.aget_secret(name=f"s{i}") for i in range(CONCURRENT)]
        found = await asyncio.gather(*calls)
        await vault.aclose()
        return [secret.name for secret in found]

    assert asyncio.run(main()) == [f"s{i}" for i in range(CONCURRENT)]
    assert len(auth_server.token_requests) == 1


def test_a_token_is_renewed_shortly_before_it_expires(vault: Any, auth_server: AuthServer) -> None:
    auth_server.lifetime = 1  # renewed after 0.9 s (a tenth of its life as a margin)
    vault.secrets.get_secret(name="a")
    vault.secrets.get_secret(name="a")
    assert len(auth_server.token_requests) == 1
    time.sleep(1.0)
    vault.secrets.get_secret(name="a")
    assert len(auth_server.token_requests) == 2


def test_a_revoked_token_is_replaced_once_on_401(
    vault: Any, auth_server: AuthServer, vault_sdk: ModuleType
) -> None:
    vault.secrets.get_secret(name="a")
    auth_server.tokens.clear()  # the authorization server forgot every token
    assert vault.secrets.get_secret(name="a").value == "value-of-a"
    assert len(auth_server.token_requests) == 2
    auth_server.refuse_all = True
    with pytest.raises(vault_sdk.ApiException) as raised:
        vault.secrets.get_secret(name="a")
    assert raised.value.status == 401
    assert len(auth_server.token_requests) == 3  # one renewal per call, not a loop


def test_a_revoked_token_is_replaced_once_on_401_async(vault: Any, auth_server: AuthServer) -> None:
    async def main() -> str:
        await vault.secrets.aget_secret(name="a")
        auth_server.tokens.clear()
        secret = await vault.secrets.aget_secret(name="a")
        await vault.aclose()
        return str(secret.value)

    assert asyncio.run(main()) == "value-of-a"
    assert len(auth_server.token_requests) == 2


def test_credentials_from_the_environment(
    vault_sdk: ModuleType, auth_server: AuthServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VAULT_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("VAULT_CLIENT_SECRET", CLIENT_SECRET)
    vault = vault_sdk.Vault(base_url=auth_server.url)
    assert vault.secrets.get_secret(name="e").name == "e"
    assert len(auth_server.token_requests) == 1


def test_an_access_token_given_directly_is_used_as_it_is(
    vault_sdk: ModuleType, auth_server: AuthServer
) -> None:
    auth_server.tokens["given"] = (time.monotonic() + 60, {"secrets:read"})
    vault = vault_sdk.Vault(access_token="given", base_url=auth_server.url)
    assert vault.secrets.get_secret(name="g").name == "g"
    assert auth_server.token_requests == []


def test_refused_client_credentials_raise_without_showing_the_secret(
    vault_sdk: ModuleType, auth_server: AuthServer
) -> None:
    vault = vault_sdk.Vault(
        client_id=CLIENT_ID, client_secret="wrong-secret-value", base_url=auth_server.url
    )
    with pytest.raises(vault_sdk.ApiException) as raised:
        vault.secrets.get_secret(name="a")
    text = f"{raised.value!s} {raised.value!r}"
    assert "invalid_client" in text and "who are you?" in text
    assert "wrong-secret-value" not in text


def test_secrets_and_tokens_are_never_shown_or_logged(
    vault: Any, auth_server: AuthServer, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        vault.secrets.get_secret(name="a")
        auth_server.tokens.clear()
        vault.secrets.get_secret(name="a")
    shown = " ".join([repr(vault), str(vault), caplog.text])
    shown += " ".join(repr(v) for v in vars(vault).values())
    for secret in (CLIENT_SECRET, "tok-1", "tok-2"):
        assert secret not in shown
