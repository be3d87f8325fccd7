"""Body pagination: page controls in the JSON request body (`POST .../search`, `.../filter`),
detected from the spec, forced or switched off in the config, walked over real HTTP by the
generated SDK (sync and async)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator import ir
from generator.config import parse_config
from generator.pipeline import generate
from tests.runtime.loopback import LoopbackServer, Reply
from tests.support.imports import generated_package

SPEC = Path(__file__).parent / "specs" / "pagination" / "body.yaml"
PACKAGE = "finder_sdk"


def _styles(config: dict[str, Any]) -> dict[str, ir.Pagination | None]:
    api = generate(SPEC, config=parse_config({"package_name": PACKAGE, **config})).api
    return {f"{r.name}.{op.name}": op.pagination for r in api.resources for op in r.operations}


def test_page_controls_in_a_lookup_body_are_detected() -> None:
    thing = ir.Named("Thing")
    assert _styles({}) == {
        "things.search": ir.Pagination("offset", thing, "offset", 0),
        "things.filter": ir.Pagination("page", thing, "page", 1),
        "things.post_find": ir.Pagination("cursor", thing, "cursor"),
        "things.create": None,  # a create is never called again on its own
    }


def test_config_forces_or_switches_off_body_pagination() -> None:
    config = {
        "pagination": {
            "operations": {"things.create": "offset", "POST /things/find": "none"},
        }
    }
    styles = _styles(config)
    assert styles["things.create"] == ir.Pagination("offset", ir.Named("Thing"), "offset", 0)
    assert styles["things.post_find"] is None
    assert _styles({"pagination": {"default": "none"}})["things.search"] is None


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp(PACKAGE)
    config = parse_config({"package_name": PACKAGE})
    with generated_package(SPEC, out, PACKAGE, config) as package:
        yield package


@pytest.fixture
def client(sdk: ModuleType, server: LoopbackServer) -> Iterator[Any]:
    made = sdk.Finder(base_url=server.url, max_retries=0)
    yield made
    made.close()


def _things(*ids: str) -> list[dict[str, str]]:
    return [{"id": i} for i in ids]


def _bodies(server: LoopbackServer, path: str) -> list[Any]:
    return [json.loads(r.body) for r in server.to(path)]


def test_offsets_in_the_body_advance_by_the_items_received(
    client: Any, server: LoopbackServer
) -> None:
    server.script(
        "/things/search",
        Reply(200, {"items": _things("a", "b"), "total": 3}),
        Reply(200, {"items": _things("c")}),
        Reply(200, {"items": []}),
    )
    page = client.things.search(query="gizmo", limit=2)
    assert [t.id for t in page.auto_paging_iter()] == ["a", "b", "c"]
    assert _bodies(server, "/things/search") == [
        {"query": "gizmo", "limit": 2},
        {"query": "gizmo", "offset": 2, "limit": 2},
        {"query": "gizmo", "offset": 3, "limit": 2},
    ]
    assert all(not r.params("offset") for r in server.to("/things/search"))


def test_a_cursor_in_the_body_follows_the_page(client: Any, server: LoopbackServer) -> None:
    server.script(
        "/things/find",
        Reply(200, {"data": _things("a"), "next_cursor": "c/1 €"}),
        Reply(200, {"data": _things("b"), "next_cursor": None}),
    )
    assert [t.id for t in client.things.post_find(kind="x").auto_paging_iter()] == ["a", "b"]
    assert _bodies(server, "/things/find") == [{"kind": "x"}, {"cursor": "c/1 €", "kind": "x"}]


@pytest.mark.anyio
async def test_async_page_numbers_in_the_body(client: Any, server: LoopbackServer) -> None:
    server.script(
        "/things/filter",
        Reply(200, {"results": _things("a"), "has_more": True}),
        Reply(200, {"results": _things("b"), "has_more": False}),
    )
    page = await client.things.afilter(name="n", page=4)
    assert [t.id async for t in page.auto_paging_aiter()] == ["a", "b"]
    assert _bodies(server, "/things/filter") == [
        {"name": "n", "page": 4},
        {"name": "n", "page": 5},
    ]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
