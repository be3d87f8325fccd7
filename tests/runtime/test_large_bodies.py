"""Large JSON bodies (over 1 MiB) take the memory-saving path: decoded, parsed, and
validated an item at a time. Over loopback, sync and async: the same result as the
ordinary path, drift tolerated item by item, strictness and broken bodies as usual, and
(in a fresh process, by its peak RSS) memory near that of `json.loads` alone, on the
Svix SDK's endpoints as the issue measured it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.support.imports import generate_into
from tests.support.paths import REPO

from .loopback import LoopbackServer, Reply
from .scenarios import call


def _widgets(count: int) -> list[dict[str, Any]]:
    return [
        {
            "id": f"w{n:08d}",
            "displayName": f"Widget number {n}",
            "nickname": None if n % 2 else f"nick-{n}",
            "settings": {"maxSpeed": n % 100, "labels": {"team": "blue", "env": "prod"}},
            "createdAt": "2024-05-01T10:00:00.123Z",
        }
        for n in range(count)
    ]


def _page(count: int) -> dict[str, Any]:
    return {"data": _widgets(count), "done": True, "iterator": None}


SVIX_SPEC = REPO / "spec" / "svix.yaml"
SVIX_CONFIG = REPO / "spec" / "svix.sdkgen.yaml"
LARGE = 12_000  # about 2 MiB of JSON


def test_a_large_page_equals_the_same_page_parsed_the_ordinary_way(
    mode: str, client: Any, server: LoopbackServer, models: ModuleType
) -> None:
    body = _page(LARGE)
    assert len(json.dumps(body)) > 1 << 20
    server.script("/widgets", Reply(200, body))
    page = call(mode, client, "widgets.list")
    ordinary = type(page).model_validate_json(json.dumps(body))
    assert page.model_dump() == ordinary.model_dump()  # (private page links differ)
    assert page.data[0].model_fields_set == ordinary.data[0].model_fields_set
    assert page.data[3].settings.labels == {"team": "blue", "env": "prod"}
    assert page.data[0].created_at.microsecond == 123_000


def test_drifted_items_of_a_large_page_are_kept(
    mode: str, client: Any, server: LoopbackServer, models: ModuleType
) -> None:
    body = _page(LARGE)
    del body["data"][5]["displayName"]
    body["data"][7]["settings"]["maxSpeed"] = "fast"
    body["data"][9] = None
    server.script("/widgets", Reply(200, body))
    page = call(mode, client, "widgets.list")
    assert page.data[9] is None  # kept as sent, as in a small page
    assert page.data[5].display_name is None and page.data[5].id == "w00000005"
    assert page.data[7].settings.max_speed == "fast"
    assert all(isinstance(w, models.Widget) for w in page.data if w is not None)


def test_strict_validation_of_a_large_page_raises(
    mode: str, make_client: Any, server: LoopbackServer, sdk: ModuleType
) -> None:
    body = _page(LARGE)
    del body["data"][5]["displayName"]
    server.script("/widgets", Reply(200, body))
    client = make_client(max_retries=0, strict_response_validation=True)
    with pytest.raises(sdk.ApiResponseValidationError):
        call(mode, client, "widgets.list")


def test_a_large_body_that_is_not_json_raises(
    client: Any, server: LoopbackServer, sdk: ModuleType
) -> None:
    broken = json.dumps(_page(LARGE))[:-10]
    server.script("/widgets", Reply(200, broken, {"Content-Type": "application/json"}))
    with pytest.raises(sdk.ApiResponseValidationError) as caught:
        client.widgets.list()
    assert caught.value.body == broken


def test_a_raw_large_response_keeps_its_body(client: Any, server: LoopbackServer) -> None:
    body = _page(LARGE)
    server.script("/widgets", Reply(200, body))
    raw = client.widgets.raw.list()
    assert raw.body == body and raw.http_response.content
    assert len(raw.parse().data) == LARGE


PEAK = """
import gc, json, sys
sys.path.insert(0, sys.argv[1])
import svix_python_sdk

def rss(key):
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith(key))

client = svix_python_sdk.Svix(base_url=sys.argv[2], access_token="t", max_retries=0)
body = open(sys.argv[4], "rb").read() if sys.argv[3] == "loads" else None
client.endpoint.list_endpoints(app_id="warm")
gc.collect()
before = rss("VmRSS")
with open("/proc/self/clear_refs", "w") as refs:
    refs.write("5")  # resets VmHWM, the peak
result = json.loads(body) if body is not None else client.endpoint.list_endpoints(app_id="a")
print(rss("VmHWM") - before)
"""


def _endpoint(n: int) -> dict[str, Any]:
    """An endpoint as the Svix API sends it (`EndpointOut`)."""
    return {
        "id": f"ep_{n:027d}",
        "description": f"Endpoint number {n} for order events",
        "rateLimit": 1000 if n % 3 else None,
        "uid": f"endpoint-{n}",
        "url": f"https://hooks.example.com/svix/{n}/receive",
        "version": 1,
        "disabled": n % 7 == 0,
        "filterTypes": ["order.created", "order.updated"],
        "channels": [f"project_{n % 10}"],
        "createdAt": "2024-01-01T00:00:00.123Z",
        "updatedAt": "2024-03-04T05:06:07.890Z",
        "metadata": {"team": "payments", "env": "prod"},
    }


@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="needs Linux /proc")
def test_peak_memory_of_a_large_svix_page_is_near_that_of_json_loads(
    server: LoopbackServer, tmp_path: Path
) -> None:
    """The issue's measure: peak RSS of a list call returning 8 MiB of Svix endpoints,
    at most 1.3 times that of `json.loads` on the same body (each in a fresh process)."""
    generate_into(tmp_path / "sdk", SVIX_SPEC, SVIX_CONFIG)
    items = [_endpoint(n) for n in range(20_000)]
    body = json.dumps({"data": items, "iterator": None, "done": True}).encode()
    (tmp_path / "body.json").write_bytes(body)
    server.fallback = Reply(200, {"data": [], "done": True, "iterator": None})
    server.script("/api/v1/app/a/endpoint", Reply(200, json.loads(body)))

    def peak(mode: str) -> int:
        done = subprocess.run(
            [sys.executable, "-c", PEAK, str(tmp_path / "sdk"), server.url, mode,
             str(tmp_path / "body.json")],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return int(done.stdout)

    loads, ours = peak("loads"), peak("sdk")
    assert ours <= 1.3 * loads, f"peak RSS {ours} KiB vs {loads} KiB for json.loads"
