"""The generated Svix SDK itself (spec/svix.yaml) against the fault-injecting loopback server.

The other runtime tests use a small purpose-built spec; these check the same guarantees
through the flagship SDK's real operations: Svix POSTs declare `idempotency-key`, so a
create is retried with one key; 429s honour `Retry-After`; a path value can never reach
another endpoint (the official Svix SDK sends `app_id="../../admin"` as `GET /api/admin`).
"""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from tests.support.imports import generated_package
from tests.support.paths import REPO

from .loopback import LoopbackServer, Reply
from .scenarios import call

SPEC = REPO / "spec" / "svix.yaml"
CONFIG = REPO / "spec" / "svix.sdkgen.yaml"
TOKEN = "testsk_SECRET_svix_token"
APP = {
    "id": "app_1",
    "name": "My app",
    "createdAt": "2024-05-01T10:00:00Z",
    "updatedAt": "2024-05-01T10:00:00Z",
    "metadata": {},
}


@pytest.fixture(scope="module")
def svix(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("svix_loopback")
    with generated_package(SPEC, out, "svix_python_sdk", CONFIG) as package:
        yield package


@pytest.fixture
def client(
    svix: ModuleType, server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Any]:
    monkeypatch.delenv("SVIX_ACCESS_TOKEN", raising=False)
    made = svix.Svix(access_token=TOKEN, base_url=server.url)
    yield made
    made.close()


def test_create_is_retried_with_one_idempotency_key_and_the_token_every_time(
    mode: str, client: Any, server: LoopbackServer, sleeps: list[float]
) -> None:
    server.script("/api/v1/app", Reply(503), Reply(429), Reply(201, APP))
    app = call(mode, client, "application.create_new_application", name="My app")
    assert app.id == "app_1"
    attempts = server.to("/api/v1/app")
    assert len(attempts) == 3 and len(sleeps) == 2
    assert len({r.headers["idempotency-key"] for r in attempts}) == 1
    assert all(r.headers["authorization"] == f"Bearer {TOKEN}" for r in attempts)
    assert all(r.json() == {"name": "My app"} for r in attempts)


def test_429_with_retry_after_is_honoured_and_the_error_carries_it(
    mode: str, client: Any, server: LoopbackServer, sleeps: list[float], svix: ModuleType
) -> None:
    server.script(
        "/api/v1/app/app_1",
        Reply(429, {"code": "rate_limited"}, {"Retry-After": "2"}),
        Reply(200, APP),
        Reply(429, {"code": "rate_limited"}, {"Retry-After": "600"}),
    )
    assert call(mode, client, "application.get_by_id", app_id="app_1").name == "My app"
    assert sleeps == [2.0]
    with pytest.raises(svix.RateLimitError) as caught:
        call(mode, client, "application.get_by_id", app_id="app_1")
    assert caught.value.retry_after == 600.0 and sleeps == [2.0]  # above the cap: no wait


def test_a_path_value_never_reaches_another_endpoint(
    mode: str, client: Any, server: LoopbackServer, svix: ModuleType
) -> None:
    server.script("/api/v1/app/..%2F..%2Fadmin", Reply(404, {"code": "not_found"}))
    with pytest.raises(svix.NotFoundError):
        call(mode, client, "application.get_by_id", app_id="../../admin")
    assert [r.path for r in server.requests] == ["/api/v1/app/..%2F..%2Fadmin"]
    with pytest.raises(ValueError, match="app_id"):
        call(mode, client, "application.get_by_id", app_id="..")
    assert len(server.requests) == 1
