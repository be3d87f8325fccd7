"""Fixtures of the tests written by sdkgen: clients of a mock server of the API.

The operation tests call every method against a mock server that validates requests and
answers from the spec: start Prism with `scripts/mock SPEC` (127.0.0.1:4010, or set
TEST_API_BASE_URL to another server). Without one they are skipped, and say so.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Iterator
from urllib.parse import urlsplit

import pytest

from stream_chat import StreamChat

BASE_URL = os.environ.get("TEST_API_BASE_URL", "http://127.0.0.1:4010")


def _listening(url: str) -> bool:
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        with socket.create_connection(
            (parts.hostname or "127.0.0.1", port), timeout=2.0
        ):
            return True
    except OSError:
        return False


@pytest.fixture(scope="session")
def base_url() -> str:
    """The mock server's URL; the test is skipped when nothing listens there."""
    if not _listening(BASE_URL):
        pytest.skip(
            f"no mock server at {BASE_URL}: start one with `scripts/mock SPEC` "
            "(Prism), or set TEST_API_BASE_URL"
        )
    return BASE_URL


@pytest.fixture
def new_client(base_url: str) -> Callable[[], StreamChat]:
    """Makes clients of the mock server, with placeholder credentials (mocks only check
    that they are sent); the async tests open theirs in their own event loop."""

    def make() -> StreamChat:
        return StreamChat(
            base_url=base_url,
            max_retries=0,
            token="YOUR_TOKEN",
            api_key="YOUR_API_KEY",
            auth_type="YOUR_AUTH_TYPE",
        )

    return make


@pytest.fixture
def client(new_client: Callable[[], StreamChat]) -> Iterator[StreamChat]:
    with new_client() as made:
        yield made
