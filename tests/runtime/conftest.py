"""Fixtures for the runtime tests: a generated SDK and a loopback server it talks to.

The SDK is generated once per session from `tests/specs/runtime.yaml` (package `rt_sdk`,
client `Rt`) and imported from a temp dir, so these tests exercise exactly what users get.
Each test gets its own `ThreadingHTTPServer` on 127.0.0.1 whose answers it scripts per
path and which records every request, so assertions are about bytes on the wire, not
about mocks of httpx.
"""

from __future__ import annotations

import importlib
import os
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import anyio
import pytest

from generator.config import Config
from tests.support.imports import generated_package

from .loopback import LoopbackServer, serving

SPEC = Path(__file__).resolve().parents[1] / "specs" / "runtime.yaml"
PACKAGE = "rt_sdk"
TOKEN = "tok-SECRET-bearer"


# ---------------------------------------------------------------------------------------
# The generated SDK
# ---------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The `rt_sdk` package, generated and imported for this test session."""
    out = tmp_path_factory.mktemp("runtime_sdk")
    config = Config(package_name=PACKAGE, client_class="Rt")
    with generated_package(SPEC, out, PACKAGE, config) as package:
        yield package


@pytest.fixture(scope="session")
def models(sdk: ModuleType) -> ModuleType:
    """`rt_sdk.models`, for building arguments and checking parsed types."""
    return importlib.import_module(PACKAGE + ".models")


@pytest.fixture(scope="session")
def retries(sdk: ModuleType) -> ModuleType:
    """`rt_sdk._retries`, for tests that tune retry delays."""
    return importlib.import_module(PACKAGE + "._retries")


@pytest.fixture(autouse=True)
def _no_credentials_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The client reads `RT_*` variables; a developer's shell must not change results."""
    for name in sorted(os.environ):
        if name.startswith("RT_"):
            monkeypatch.delenv(name)


@pytest.fixture(params=("sync", "async"))
def mode(request: pytest.FixtureRequest) -> str:
    """A scenario runs once with the sync method and once with its `a` twin."""
    return str(request.param)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the SDK's retry sleeps instead of waiting, so retry tests stay fast."""
    recorded: list[float] = []

    async def fake_async_sleep(delay: float) -> None:
        recorded.append(delay)

    monkeypatch.setattr(time, "sleep", recorded.append)
    monkeypatch.setattr(anyio, "sleep", fake_async_sleep)
    return recorded


@pytest.fixture
def anyio_backend() -> str:
    """Async tests run on asyncio (the anyio pytest plugin asks for this)."""
    return "asyncio"


# ---------------------------------------------------------------------------------------
# The loopback server
# ---------------------------------------------------------------------------------------


# `server`, a fresh loopback server for one test, comes from tests/conftest.py.


@pytest.fixture
def other_server() -> Iterator[LoopbackServer]:
    """A second server: another origin, for redirect tests."""
    started = LoopbackServer()
    with serving(started):
        yield started


@pytest.fixture
def closed_port() -> int:
    """A loopback port nobody listens on, so connecting to it is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


ClientFactory = Callable[..., Any]


@pytest.fixture
def make_client(sdk: ModuleType, server: LoopbackServer) -> Iterator[ClientFactory]:
    """Build `Rt` clients aimed at the test's server (bearer token set); closed afterwards."""
    made: list[Any] = []

    def factory(**kwargs: Any) -> Any:
        kwargs.setdefault("base_url", server.url)
        kwargs.setdefault("access_token", TOKEN)
        client = sdk.Rt(**kwargs)
        made.append(client)
        return client

    yield factory
    for client in made:
        client.close()


@pytest.fixture
def client(make_client: ClientFactory) -> Any:
    """A client with default settings except that failed requests are not retried."""
    return make_client(max_retries=0)
