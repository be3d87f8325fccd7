"""Async HTTP clients per event loop, each with a cap on the calls it has in flight.

Pooled connections belong to the event loop that opened them, so a client reused by
successive `asyncio.run()` calls (tests, notebooks, scripts) needs a pool per loop, and
the pool of a loop that ends must be closed while that loop still runs: each pool is
watched by an async generator parked on its loop, which `asyncio.run()` closes at the
end of its run (`loop.shutdown_asyncgens()`), closing the pool with it.

The cap on calls in flight (the pool's connection limit) keeps thousands of concurrent
calls from queueing inside httpx's pool, where the wait for a connection would count
against each request's timeout: calls beyond the cap wait here, untimed, and every
call that reaches httpx finds a connection.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncGenerator, Callable
from contextlib import AbstractAsyncContextManager
from typing import Any

import anyio
import httpx


class LoopPool:
    """The async HTTP client one event loop uses, and its slots for calls in flight."""

    def __init__(
        self, client: httpx.AsyncClient, slots: int, owned: bool, on_asyncio: bool
    ) -> None:
        import asyncio  # not at the top: slow to import, and async callers have it

        self.client = client
        # asyncio's own semaphore takes a free slot without a trip through the event
        # loop (anyio's checkpoints on every acquire): a few microseconds per call.
        self.slots: AbstractAsyncContextManager[Any] = (
            asyncio.Semaphore(slots) if on_asyncio else anyio.Semaphore(slots)
        )
        self.owned = owned
        self.closed = False
        self.watcher: AsyncGenerator[None, None] | None = None

    async def aclose(self) -> None:
        """Close the client if this SDK client made it (once)."""
        if self.owned and not self.closed:
            self.closed = True
            await self.client.aclose()


class LoopPools:
    """The `LoopPool` of each event loop a client has been used on."""

    def __init__(
        self,
        make_client: Callable[[], httpx.AsyncClient],
        given: httpx.AsyncClient | None,
        slots: int,
    ) -> None:
        self._make_client = make_client
        self._given = given  # the caller's client: shared by every loop, never closed
        self._slots = slots
        self._pools: dict[object, LoopPool] = {}
        self._lock = threading.Lock()

    async def current(self) -> LoopPool:
        """The pool of the running event loop, made (and watched) on first use."""
        loop = running_loop()
        with self._lock:
            pool = self._pools.get(loop)
            if pool is not None and not pool.closed:
                return pool
            for key in [k for k in self._pools if _has_ended(k)]:
                del self._pools[key]  # a loop ended without closing its generators
            client = self._given or self._make_client()
            owned, on_asyncio = not self._given, loop is not None
            pool = self._pools[loop] = LoopPool(client, self._slots, owned, on_asyncio)
        if loop is not None and pool.owned:
            pool.watcher = self._watch(pool)
            await pool.watcher.__anext__()  # parks it on the loop until the loop ends
        return pool

    async def _watch(self, pool: LoopPool) -> AsyncGenerator[None, None]:
        """Parked on the pool's loop; the loop closes it when it ends, and it closes the
        pool then, while the loop can still run the goodbyes of its connections."""
        try:
            yield
        finally:
            self._forget(pool)
            await pool.aclose()

    def _forget(self, pool: LoopPool) -> None:
        with self._lock:
            for key in [k for k, p in self._pools.items() if p is pool]:
                del self._pools[key]

    async def aclose(self) -> None:
        """Close the pool of the running loop, and forget the pools of other loops.

        Pools of loops that ended were closed when they ended (see `_watch`); a loop
        still running elsewhere closes its own pool when it ends.
        """
        loop = running_loop()
        with self._lock:
            pools, self._pools = self._pools, {}
        mine = pools.get(loop)
        if mine is not None and mine.watcher is not None:
            await mine.watcher.aclose()  # runs its `finally`: closes the pool
        elif mine is not None:
            await mine.aclose()


def running_loop() -> object:
    """The running asyncio loop; None under other async libraries (one pool per run)."""
    import asyncio  # not at the top: slow to import, and async callers have it already

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def _has_ended(loop: object) -> bool:
    is_closed = getattr(loop, "is_closed", None)
    return bool(is_closed()) if callable(is_closed) else False
