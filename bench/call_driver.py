"""Runs inside the peer venv (both SDKs importable): times per-call cost of each client.

Usage: call_driver.py URL CALLS REPEATS OURS_PACKAGE PEER_PACKAGE|-
Prints one JSON object: {case: median seconds per call}.
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


def per_call(call: Callable[[], Any], calls: int, repeats: int) -> float:
    for _ in range(max(calls // 10, 3)):
        call()
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(calls):
            call()
        samples.append((time.perf_counter() - start) / calls)
    return statistics.median(samples)


def aper_call(call: Callable[[], Awaitable[Any]], calls: int, repeats: int) -> float:
    return asyncio.run(_atimed(call, calls, repeats))


def main() -> None:
    url, calls, repeats, ours_pkg, peer_pkg = sys.argv[1:6]
    n, r = int(calls), int(repeats)
    results: dict[str, float] = {}
    import httpx

    with httpx.Client(base_url=url) as bare:
        results["httpx list"] = per_call(
            lambda: bare.get("/api/v1/app/", params={"limit": 50}).json(), n, r
        )
        results["httpx create"] = per_call(
            lambda: bare.post("/api/v1/app/", json=BODY).json(), n, r
        )

    async def bare_async() -> None:
        async with httpx.AsyncClient(base_url=url) as client:

            async def listed() -> Any:
                return (await client.get("/api/v1/app/", params={"limit": 50})).json()

            results["httpx list async"] = await _atimed(listed, n, r)

    asyncio.run(bare_async())

    ours = importlib.import_module(ours_pkg)
    svix = ours.Svix(access_token="x", base_url=url)
    results["ours list"] = per_call(lambda: svix.application.list(limit=50), n, r)
    results["ours create"] = per_call(lambda: svix.application.create(**BODY), n, r)
    results["ours list async"] = aper_call(lambda: svix.application.alist(limit=50), n, r)
    results["ours create async"] = aper_call(lambda: svix.application.acreate(**BODY), n, r)

    if peer_pkg != "-":
        client_mod = importlib.import_module(peer_pkg)
        lst = importlib.import_module(f"{peer_pkg}.api.application.v1_application_list")
        create = importlib.import_module(f"{peer_pkg}.api.application.v1_application_create")
        models = importlib.import_module(f"{peer_pkg}.models")

        def fresh() -> Any:  # its async client is bound to the event loop that made it
            return client_mod.AuthenticatedClient(base_url=url, token="x")

        def body() -> Any:  # the typed body a caller builds, as with ours
            return models.ApplicationIn.from_dict(BODY)

        client = fresh()
        results["peer list"] = per_call(lambda: lst.sync(client=client, limit=50), n, r)
        results["peer create"] = per_call(lambda: create.sync(client=client, body=body()), n, r)
        c1, c2 = fresh(), fresh()
        results["peer list async"] = aper_call(lambda: lst.asyncio(client=c1, limit=50), n, r)
        results["peer create async"] = aper_call(
            lambda: create.asyncio(client=c2, body=body()), n, r
        )
    print(json.dumps(results))


async def _atimed(call: Callable[[], Awaitable[Any]], calls: int, repeats: int) -> float:
    for _ in range(max(calls // 10, 3)):
        await call()
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(calls):
            await call()
        samples.append((time.perf_counter() - start) / calls)
    return statistics.median(samples)


if __name__ == "__main__":
    main()
