"""Runs inside the peer venv (both SDKs importable): times per-call cost of each client.

Usage: call_driver.py URL CALLS REPEATS OURS_PACKAGE PEER_PACKAGE|-
Prints one JSON object: {case: median seconds per call}.

The clients take turns: each repeat times a batch of every client's calls before the
next repeat starts, so a slow spell of the machine falls on all of them alike instead
of on whichever happened to be measured then.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

BODY = {"name": "My app", "uid": "my-app", "metadata": {"plan": "pro", "region": "eu"}}

Sync = Callable[[], Any]
Async = Callable[[], Awaitable[Any]]


def interleaved(cases: dict[str, Sync], calls: int, repeats: int) -> dict[str, float]:
    """Median seconds per call of each case, the cases timed in turn in every repeat."""
    for call in cases.values():
        for _ in range(max(calls // 10, 3)):
            call()
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(repeats):
        for name, call in cases.items():
            start = time.perf_counter()
            for _ in range(calls):
                call()
            samples[name].append((time.perf_counter() - start) / calls)
    return {name: statistics.median(times) for name, times in samples.items()}


async def ainterleaved(cases: dict[str, Async], calls: int, repeats: int) -> dict[str, float]:
    for call in cases.values():
        for _ in range(max(calls // 10, 3)):
            await call()
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(repeats):
        for name, call in cases.items():
            start = time.perf_counter()
            for _ in range(calls):
                await call()
            samples[name].append((time.perf_counter() - start) / calls)
    return {name: statistics.median(times) for name, times in samples.items()}


def main() -> None:
    url, calls, repeats, ours_pkg, peer_pkg = sys.argv[1:6]
    n, r = int(calls), int(repeats)
    import httpx

    bare = httpx.Client(base_url=url)
    svix = importlib.import_module(ours_pkg).Svix(access_token="x", base_url=url)
    sync_cases: dict[str, Sync] = {
        "httpx list": lambda: bare.get("/api/v1/app/", params={"limit": 50}).json(),
        "httpx create": lambda: bare.post("/api/v1/app/", json=BODY).json(),
        "ours list": lambda: svix.application.list(limit=50),
        "ours create": lambda: svix.application.create(**BODY),
    }
    peer = _peer(peer_pkg, url) if peer_pkg != "-" else None
    if peer is not None:
        sync_cases.update(peer[0])
    results = interleaved(sync_cases, n, r)
    bare.close()

    async def run_async() -> dict[str, float]:
        async with httpx.AsyncClient(base_url=url) as client:

            async def bare_list() -> Any:
                return (await client.get("/api/v1/app/", params={"limit": 50})).json()

            async def bare_create() -> Any:
                return (await client.post("/api/v1/app/", json=BODY)).json()

            cases: dict[str, Async] = {
                "httpx list async": bare_list,
                "httpx create async": bare_create,
                "ours list async": lambda: svix.application.alist(limit=50),
                "ours create async": lambda: svix.application.acreate(**BODY),
            }
            if peer is not None:
                cases.update(peer[1]())  # its async client belongs to this event loop
            return await ainterleaved(cases, n, r)

    results.update(asyncio.run(run_async()))
    print(json.dumps(results))


def _peer(package: str, url: str) -> tuple[dict[str, Sync], Callable[[], dict[str, Async]]]:
    """openapi-python-client's list and create, sync cases now, async cases on demand."""
    client_mod = importlib.import_module(package)
    lst = importlib.import_module(f"{package}.api.application.v1_application_list")
    create = importlib.import_module(f"{package}.api.application.v1_application_create")
    models = importlib.import_module(f"{package}.models")

    def fresh() -> Any:  # its async client is bound to the event loop that made it
        return client_mod.AuthenticatedClient(base_url=url, token="x")

    def body() -> Any:  # the typed body a caller builds, as with ours
        return models.ApplicationIn.from_dict(BODY)

    client = fresh()
    sync_cases: dict[str, Sync] = {
        "peer list": lambda: lst.sync(client=client, limit=50),
        "peer create": lambda: create.sync(client=client, body=body()),
    }

    def async_cases() -> dict[str, Async]:
        c1, c2 = fresh(), fresh()
        return {
            "peer list async": lambda: lst.asyncio(client=c1, limit=50),
            "peer create async": lambda: create.asyncio(client=c2, body=body()),
        }

    return sync_cases, async_cases


if __name__ == "__main__":
    main()
