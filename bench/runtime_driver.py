"""Runs one runtime scenario against one SDK, in the runtime venv; prints one JSON line.

Usage: runtime_driver.py SDK SCENARIO URL [BODY_FILE]
SDK is `sdkgen` (generated/svix, on PYTHONPATH), `openai` or `svix` (from PyPI), or
`json` (plain `json.loads` of BODY_FILE: the memory baseline). The server
(`runtime_server.py`) is already set up for the scenario by the caller.

Result: {"ok": bool, "detail": str, "seconds": float, ...}: `ok` is what the table
calls pass; `detail` says what happened (the value kept, the error raised, ...).
"""

from __future__ import annotations

import asyncio
import gc
import json
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx

APP, ENDPOINT, FILE = "app_1", "ep_1", "file-1"


class Sdk:
    """How the scenarios call one SDK: a get and a list, sync and async, and closing."""

    api = "svix"
    error: tuple[type[BaseException], ...] = ()

    def client(self, url: str) -> Any: ...
    def aclient(self, url: str) -> Any: ...
    def get(self, client: Any) -> Any: ...
    async def aget(self, client: Any) -> Any: ...
    def list(self, client: Any) -> Any: ...
    async def aclose(self, client: Any) -> bool:
        """Close an async client; False when the SDK offers no way to."""
        return False


class Ours(Sdk):
    def __init__(self) -> None:
        import svix_python_sdk as sdk

        self.sdk = sdk
        self.error = (sdk.SvixError,)

    def client(self, url: str) -> Any:
        return self.sdk.Svix(access_token="testsk_x", base_url=url)

    aclient = client

    def get(self, client: Any) -> Any:
        return client.endpoint.get_endpoint(app_id=APP, endpoint_id=ENDPOINT)

    async def aget(self, client: Any) -> Any:
        return await client.endpoint.aget_endpoint(app_id=APP, endpoint_id=ENDPOINT)

    def list(self, client: Any) -> Any:
        return client.endpoint.list_endpoints(app_id=APP)

    async def aclose(self, client: Any) -> bool:
        await client.aclose()
        return True


class OpenAi(Sdk):
    api = "openai"

    def __init__(self) -> None:
        import openai

        self.sdk = openai
        self.error = (openai.OpenAIError,)

    def client(self, url: str) -> Any:
        return self.sdk.OpenAI(api_key="sk-x", base_url=url)

    def aclient(self, url: str) -> Any:
        return self.sdk.AsyncOpenAI(api_key="sk-x", base_url=url)

    def get(self, client: Any) -> Any:
        return client.files.retrieve(FILE)

    async def aget(self, client: Any) -> Any:
        return await client.files.retrieve(FILE)

    def list(self, client: Any) -> Any:
        return client.files.list()

    async def aclose(self, client: Any) -> bool:
        await client.close()
        return True


class SvixPackage(Sdk):
    def __init__(self) -> None:
        import svix

        self.sdk = svix
        from svix.exceptions import HttpError

        self.error = (HttpError,)

    def client(self, url: str) -> Any:
        return self.sdk.Svix("testsk_x", self.sdk.SvixOptions(server_url=url))

    def aclient(self, url: str) -> Any:
        return self.sdk.SvixAsync("testsk_x", self.sdk.SvixOptions(server_url=url))

    def get(self, client: Any) -> Any:
        return client.endpoint.get(APP, ENDPOINT)

    async def aget(self, client: Any) -> Any:
        return await client.endpoint.get(APP, ENDPOINT)

    def list(self, client: Any) -> Any:
        return client.endpoint.list(APP)


SDKS = {"sdkgen": Ours, "openai": OpenAi, "svix": SvixPackage}

# What each drift scenario sent, as (attribute of each SDK, value sent).
SENT = {
    "types": {
        "svix": [("rate_limit", "throttle_rate", "fast"), ("url", "url", None)],
        "openai": [("bytes", "bytes", "big"), ("filename", "filename", None)],
    },
}


def failure(sdk: Sdk, exc: BaseException) -> str:
    import pydantic

    if isinstance(exc, pydantic.ValidationError):
        return f"raw pydantic error ({exc.error_count()} errors)"
    kind = "SDK error" if isinstance(exc, sdk.error) else "error"
    return f"{kind}: {type(exc).__name__}"


def threads(sdk: Sdk, url: str) -> dict[str, Any]:
    """16 threads, 2,000 gets, every 20th answered 503, one client."""
    client = sdk.client(url)
    errors: list[BaseException] = []

    def work() -> None:
        for _ in range(125):
            try:
                sdk.get(client)
            except BaseException as exc:  # counted, the thread goes on
                errors.append(exc)

    started = time.perf_counter()
    workers = [threading.Thread(target=work) for _ in range(16)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    seconds = time.perf_counter() - started
    detail = f"{len(errors)} of 2000 failed" + (f" ({failure(sdk, errors[0])})" if errors else "")
    return {"ok": not errors, "detail": detail, "seconds": seconds}


def gather(sdk: Sdk, url: str) -> dict[str, Any]:
    """1,000 concurrent async gets on one client (the server answers in 50 ms), then one
    more get: the client must still work."""
    client = sdk.aclient(url)

    async def main() -> tuple[list[Any], Any]:
        calls = [sdk.aget(client) for _ in range(1000)]
        gathered = asyncio.gather(*calls, return_exceptions=True)
        results = await asyncio.wait_for(gathered, 60)
        try:
            after = await asyncio.wait_for(sdk.aget(client), 30)
        except BaseException as exc:
            after = exc
        await sdk.aclose(client)
        return results, after

    started = time.perf_counter()
    try:
        results, after = asyncio.run(main())
    except BaseException as exc:
        return {"ok": False, "detail": failure(sdk, exc), "seconds": time.perf_counter() - started}
    seconds = time.perf_counter() - started
    errors = [r for r in results if isinstance(r, BaseException)]
    peak = httpx.get(url + "/__stats").json()["peak"]
    usable = not isinstance(after, BaseException)
    detail = f"{len(errors)} of 1000 failed" + (f" ({failure(sdk, errors[0])})" if errors else "")
    detail += f"; {peak} sockets at most" + ("" if usable else "; client broken after")
    return {"ok": not errors and usable, "detail": detail, "seconds": seconds, "peak": peak}


def loops(sdk: Sdk, url: str) -> dict[str, Any]:
    """One async client used in two `asyncio.run()`s, then closed: nothing left open."""
    client = sdk.aclient(url)

    async def calls() -> None:
        await asyncio.gather(sdk.aget(client), sdk.aget(client))

    try:
        asyncio.run(calls())
        asyncio.run(calls())
    except BaseException as exc:
        return {"ok": False, "detail": f"second loop: {failure(sdk, exc)}", "seconds": 0.0}
    closed = asyncio.run(sdk.aclose(client))
    gc.collect()
    deadline = time.monotonic() + 2
    while (open_now := httpx.get(url + "/__stats").json()["open"] - 1) > 0:
        if time.monotonic() > deadline:
            break
        time.sleep(0.05)
    detail = f"{max(open_now, 0)} sockets open after" + ("" if closed else " (no aclose())")
    return {"ok": closed and open_now <= 0, "detail": detail, "seconds": 0.0}


def drift(sdk: Sdk, url: str, scenario: str) -> dict[str, Any]:
    """One get of an endpoint (a file) that drifted from the spec."""
    client = sdk.client(url)
    try:
        found = sdk.get(client)
    except BaseException as exc:
        return {"ok": False, "detail": failure(sdk, exc), "seconds": 0.0}
    if scenario == "missing":
        return {"ok": True, "detail": "returns the object", "seconds": 0.0}
    if scenario == "extra":
        extra = getattr(found, "model_extra", None) or {}
        kept = "routing" in extra
        return {
            "ok": kept,
            "detail": "keeps the new keys" if kept else "drops them",
            "seconds": 0.0,
        }
    sent = SENT["types"][sdk.api]
    ours = isinstance(sdk, Ours)
    kept = all(getattr(found, a if ours else b, "?") == value for a, b, value in sent)
    return {"ok": kept, "detail": "keeps the values" if kept else "values lost", "seconds": 0.0}


def memory(sdk: Sdk | None, url: str, body_file: str) -> dict[str, Any]:
    """Peak RSS growth (MiB) of the list call returning 20 MiB (or of json.loads)."""

    def rss(key: str) -> int:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith(key))

    body = Path(body_file).read_bytes() if sdk is None else None
    client = sdk.client(url) if sdk is not None else None
    if sdk is not None:
        sdk.get(client)  # imports and the connection, before measuring
    gc.collect()
    before = rss("VmRSS")
    with open("/proc/self/clear_refs", "w") as refs:
        refs.write("5")  # resets the peak (VmHWM)
    started = time.perf_counter()
    result = json.loads(body) if sdk is None else sdk.list(client)
    seconds = time.perf_counter() - started
    peak = (rss("VmHWM") - before) / 1024
    count = len(result["data"] if isinstance(result, dict) else result.data)
    return {"ok": True, "detail": f"{count} items", "seconds": seconds, "peak_mib": peak}


def main() -> None:
    name, scenario, url = sys.argv[1:4]
    body_file = sys.argv[4] if len(sys.argv) > 4 else ""
    if name == "json":
        print(json.dumps(memory(None, url, body_file)))
        return
    sdk = SDKS[name]()
    if scenario == "memory":
        result = memory(sdk, url, body_file)
    elif scenario in ("missing", "types", "extra"):
        result = drift(sdk, url, scenario)
    else:
        result = {"threads": threads, "gather": gather, "loops": loops}[scenario](sdk, url)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
