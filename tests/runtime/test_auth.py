"""Credentials: each scheme lands where the spec says, and nowhere it should not."""

from __future__ import annotations

import base64
import logging
from types import ModuleType
from typing import Any

import pytest

from .conftest import TOKEN, ClientFactory
from .loopback import LoopbackServer, Reply

SECRETS = {
    "access_token": TOKEN,
    "username": "user-SECRET",
    "password": "pw-SECRET",
    "header_key": "hk-SECRET",
    "query_key": "qk-SECRET",
    "cookie_key": "ck-SECRET",
}


@pytest.fixture
def full(make_client: ClientFactory) -> Any:
    """A client holding a credential for every scheme, retrying nothing."""
    return make_client(max_retries=0, **SECRETS)


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def test_bearer_goes_in_the_authorization_header(full: Any, server: LoopbackServer) -> None:
    full.auth.bearer()
    assert server.last.headers.get_list("authorization") == [f"Bearer {TOKEN}"]
    assert "x-api-key" not in server.last.headers


def test_basic_auth_header(full: Any, server: LoopbackServer) -> None:
    full.auth.basic()
    assert server.last.headers["authorization"] == _basic("user-SECRET", "pw-SECRET")


def test_api_key_in_header(full: Any, server: LoopbackServer) -> None:
    full.auth.header_key()
    assert server.last.headers["x-api-key"] == "hk-SECRET"
    assert "authorization" not in server.last.headers


def test_api_key_in_query_next_to_other_parameters(full: Any, server: LoopbackServer) -> None:
    full.auth.query_key(q="find me")
    assert sorted(server.last.query) == [("api_key", "qk-SECRET"), ("q", "find me")]
    assert "authorization" not in server.last.headers


def test_api_key_in_cookie_next_to_a_cookie_parameter(full: Any, server: LoopbackServer) -> None:
    full.auth.cookie_key(theme="dark mode")
    cookies = sorted(c.strip() for c in server.last.headers["cookie"].split(";"))
    assert cookies == ["session=ck-SECRET", "theme=dark%20mode"]


def test_two_schemes_at_once(full: Any, server: LoopbackServer) -> None:
    full.auth.both()
    assert server.last.headers["authorization"] == f"Bearer {TOKEN}"
    assert server.last.headers["x-api-key"] == "hk-SECRET"


def test_security_empty_list_sends_no_credentials(full: Any, server: LoopbackServer) -> None:
    full.auth.anonymous()
    headers = server.last.headers
    assert "authorization" not in headers and "x-api-key" not in headers
    assert "cookie" not in headers and server.last.query == []


def test_optional_auth_sends_the_token_when_there_is_one(
    full: Any, server: LoopbackServer, sdk: ModuleType
) -> None:
    """`security: [{}, {BearerAuth: []}]`: anonymous is allowed, but a token is better."""
    full.auth.optional()
    assert server.last.headers["authorization"] == f"Bearer {TOKEN}"
    with sdk.Rt(base_url=server.url, access_token=None, max_retries=0) as anonymous:
        anonymous.auth.optional()
    assert "authorization" not in server.last.headers


def test_operation_without_security_inherits_the_document_default(
    full: Any, server: LoopbackServer
) -> None:
    full.auth.inherited()
    assert server.last.headers["authorization"] == f"Bearer {TOKEN}"


def test_credentials_fall_back_to_environment_variables(
    sdk: ModuleType, server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {
        "RT_ACCESS_TOKEN": "env-token",
        "RT_USERNAME": "env-user",
        "RT_PASSWORD": "env-pw",
        "RT_HEADER_KEY": "env-hk",
        "RT_QUERY_KEY": "env-qk",
        "RT_COOKIE_KEY": "env-ck",
        "RT_BASE_URL": server.url,
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with sdk.Rt(max_retries=0) as client:
        client.auth.bearer()
        assert server.last.headers["authorization"] == "Bearer env-token"
        client.auth.basic()
        assert server.last.headers["authorization"] == _basic("env-user", "env-pw")
        client.auth.header_key()
        assert server.last.headers["x-api-key"] == "env-hk"
        client.auth.query_key()
        assert server.last.query == [("api_key", "env-qk")]
        client.auth.cookie_key()
        assert server.last.headers["cookie"] == "session=env-ck"
    with sdk.Rt(access_token="explicit", max_retries=0) as client:
        client.auth.bearer()
        assert server.last.headers["authorization"] == "Bearer explicit"


def test_missing_credential_sends_nothing_rather_than_none(
    sdk: ModuleType, server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("RT_ACCESS_TOKEN", raising=False)
    with sdk.Rt(base_url=server.url, max_retries=0) as client:
        client.auth.bearer()
    assert "authorization" not in server.last.headers


def test_credentials_never_appear_in_repr(full: Any) -> None:
    text = repr(full)
    assert "access_token='***'" in text
    for secret in SECRETS.values():
        assert secret not in text


def test_credentials_never_appear_in_errors_or_logs(
    full: Any, server: LoopbackServer, caplog: pytest.LogCaptureFixture, sdk: ModuleType
) -> None:
    caplog.set_level(logging.DEBUG, logger="rt_sdk")
    server.script("/auth/query-key", Reply(403, {"code": "forbidden"}))
    with pytest.raises(sdk.PermissionDeniedError) as caught:
        full.auth.query_key(q="x")
    exc = caught.value
    texts = [str(exc), repr(exc), exc.url, *(r.getMessage() for r in caplog.records)]
    assert caplog.records, "the SDK logs its requests at DEBUG"
    for text in texts:
        for secret in SECRETS.values():
            assert secret not in text, text


def test_credentials_never_appear_in_connection_errors(
    sdk: ModuleType, closed_port: int, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="rt_sdk")
    with (
        sdk.Rt(base_url=f"http://127.0.0.1:{closed_port}", max_retries=1, **SECRETS) as client,
        pytest.raises(sdk.ApiConnectionError) as caught,
    ):
        client.auth.query_key()
    texts = [str(caught.value), *(r.getMessage() for r in caplog.records)]
    for text in texts:
        for secret in SECRETS.values():
            assert secret not in text, text


def test_credentials_are_not_forwarded_to_another_origin_on_redirect(
    full: Any, server: LoopbackServer, other_server: LoopbackServer
) -> None:
    server.script("/auth/both", Reply(302, headers={"Location": other_server.url + "/landing"}))
    full.auth.both()
    landed = other_server.to("/landing")
    assert len(landed) == 1
    assert "authorization" not in landed[0].headers
    assert "x-api-key" not in landed[0].headers


def test_same_origin_redirect_keeps_credentials(full: Any, server: LoopbackServer) -> None:
    server.script("/auth/cookie-key", Reply(307, headers={"Location": "/moved"}))
    full.auth.cookie_key()
    moved = server.to("/moved")
    assert len(moved) == 1
    assert moved[0].headers["cookie"] == "session=ck-SECRET"


def test_query_key_with_reserved_characters_is_encoded_and_masked(
    make_client: ClientFactory, server: LoopbackServer, sdk: ModuleType
) -> None:
    key = "qk SECRET/+=&?é"
    client = make_client(query_key=key, max_retries=0)
    server.script("/auth/query-key", Reply(200, {}), Reply(500, "boom"))
    client.auth.query_key(q="1")
    assert server.last.params("api_key") == [key]
    with pytest.raises(sdk.InternalServerError) as caught:
        client.auth.query_key(q="1")
    assert "api_key=%2A%2A%2A" in caught.value.url or "api_key=***" in caught.value.url
    assert "SECRET" not in str(caught.value)


def test_a_short_token_does_not_garble_error_messages(
    make_client: ClientFactory, server: LoopbackServer, sdk: ModuleType
) -> None:
    server.script("/auth/bearer", Reply(404))
    client = make_client(access_token="t", max_retries=0)
    with pytest.raises(sdk.NotFoundError) as caught:
        client.auth.bearer()
    assert caught.value.url == f"{server.url}/auth/bearer"


def test_basic_auth_with_a_user_name_and_no_password(
    make_client: ClientFactory, server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("RT_PASSWORD", raising=False)
    make_client(username="sk_test_123", max_retries=0).auth.basic()
    assert server.last.headers.get("authorization") == _basic("sk_test_123", "")
