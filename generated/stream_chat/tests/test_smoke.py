"""Smoke tests written by sdkgen: every module imports and the client builds.

They need no server and no credentials, so an SDK repository's CI has something to run
from its first commit; add your own tests beside this file.
"""

from __future__ import annotations

import importlib
import pkgutil

import stream_chat
from stream_chat import StreamChat

RESOURCES: list[str] = [
    "channels",
    "events",
]


def test_every_module_imports() -> None:
    prefix = stream_chat.__name__ + "."
    names = [m.name for m in pkgutil.walk_packages(stream_chat.__path__, prefix)]
    for name in names:
        importlib.import_module(name)
    assert prefix + "_client" in names


def test_client_builds_with_every_namespace() -> None:
    client = StreamChat(
        base_url="http://127.0.0.1:9",
        token="test-credential",
        api_key="test-credential",
        auth_type="test-credential",
    )
    try:
        for name in RESOURCES:
            assert getattr(client, name) is not None, name
    finally:
        client.close()
