"""Running one SDK call in either mode, so each scenario of issue 7 is proven sync and async.

`call(mode, client, "widgets.get", widget_id="w1")` calls `client.widgets.get(...)` in
sync mode, and `await client.widgets.aget(...)` in a fresh event loop in async mode,
closing the async connection pool before the loop ends (as `async with` would).
"""

from __future__ import annotations

import asyncio
import keyword
from typing import Any


def call(mode: str, client: Any, operation: str, **arguments: Any) -> Any:
    """Call `resource.method` of `client` in `mode` and return what it returned."""
    resource_name, method = operation.split(".")
    resource = getattr(client, resource_name)
    if mode == "sync":
        return getattr(resource, method)(**arguments)

    async def in_a_loop() -> Any:
        try:
            return await getattr(resource, async_twin(method))(**arguments)
        finally:
            await client.aclose()

    return asyncio.run(in_a_loop())


def async_twin(method: str) -> str:
    """The async method's name, as generated: `a` + name, `async_` for `sync`."""
    twin = "a" + method
    return twin + "_" if keyword.iskeyword(twin) else twin
