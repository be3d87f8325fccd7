"""Pagination styles: detected from tests/specs/pagination/styles.yaml or set in the config,
then walked over real HTTP by the generated SDK (sync and async)."""

from __future__ import annotations

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

SPEC = Path(__file__).parent / "specs" / "pagination" / "styles.yaml"
PACKAGE = "pages_sdk"
CONFIG = {
    "package_name": PACKAGE,
    "pagination": {
        "operations": {
            "custom.list": {"style": "cursor", "param": "after", "next": "continuation",
                            "items": "rows"},
            "tokens.list": "none",
        }
    },
}  # fmt: skip


def _operations(config: dict[str, Any]) -> dict[str, ir.Operation]:
    api = generate(SPEC, config=parse_config(config)).api
    return {op.operation_id: op for r in api.resources for op in r.operations}


def test_styles_are_detected_from_parameter_and_field_names() -> None:
    ops = _operations({})
    styles = {op_id: op.pagination.style if op.pagination else None for op_id, op in ops.items()}
    assert styles == {
        "numbered.list": "page",
        "shifted.list": "offset",
        "tokens.list": "cursor",
        "windows.list": "after_last_item",
        "custom.list": None,  # `after` + `continuation`: no name says it is a cursor
        "linked.list": "link",  # before `page`: the documented Link header decides
        "plain.list": None,
    }
    assert ops["linked.list"].pagination == ir.Pagination("", ir.Named("Thing"), "link")
    assert ops["numbered.list"].pagination == ir.Pagination("page", ir.Named("Thing"), "page", 1)
    assert ops["tokens.list"].pagination == ir.Pagination("page_token", ir.Named("Thing"), "cursor")


def test_config_sets_a_style_or_switches_pagination_off() -> None:
    ops = _operations(CONFIG)
    assert ops["tokens.list"].pagination is None
    custom = ops["custom.list"].pagination
    assert custom == ir.Pagination("after", ir.Named("Thing"), "cursor")
    assert _operations({"pagination": {"default": "none"}})["numbered.list"].pagination is None
    forced = _operations({"pagination": {"operations": {"plain.list": "link"}}})
    assert forced["plain.list"].pagination == ir.Pagination("", ir.Named("Thing"), "link")


def test_a_style_that_does_not_fit_is_a_warning_with_the_operation() -> None:
    generation = generate(SPEC, config=parse_config({"pagination": {"operations": {
        "custom.list": "page"}}}))  # fmt: skip
    (warning,) = [w for w in generation.warnings if "config" in w.message]
    assert warning.pointer == "/paths/~1custom/get"
    assert "'page' pagination style" in warning.message
    generation = generate(SPEC, config=parse_config({"pagination": {"operations": {
        "numbered.list": "link"}}}))  # fmt: skip
    (warning,) = [w for w in generation.warnings if "config" in w.message]
    assert "'link' pagination style does not fit" in warning.message


@pytest.mark.parametrize(
    "bad",
    [{"default": "sometimes"}, {"operations": {"a": "pages"}}, {"operations": {"a": {"x": 1}}}],
)
def test_malformed_pagination_settings_are_config_problems(bad: dict[str, Any]) -> None:
    with pytest.raises(Exception, match="pagination"):
        parse_config({"pagination": bad})


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("pages_sdk")
    with generated_package(SPEC, out, PACKAGE, parse_config(CONFIG)) as package:
        yield package


@pytest.fixture
def client(sdk: ModuleType, server: LoopbackServer) -> Iterator[Any]:
    made = sdk.Pages(base_url=server.url, max_retries=0)
    yield made
    made.close()


def _things(*ids: str) -> list[dict[str, str]]:
    return [{"id": i} for i in ids]


def test_page_numbers_count_up_from_the_callers_page(client: Any, server: LoopbackServer) -> None:
    server.script(
        "/numbered",
        Reply(200, {"items": _things("a", "b"), "has_more": True}),
        Reply(200, {"items": _things("c", "d"), "has_more": True}),  # same size: not a loop
        Reply(200, {"items": _things("e"), "has_more": False}),
    )
    page = client.numbered.list(page=3, per_page=2)
    assert [t.id for t in page.auto_paging_iter()] == ["a", "b", "c", "d", "e"]
    sent = server.to("/numbered")
    assert [r.params("page") for r in sent] == [["3"], ["4"], ["5"]]
    assert all(r.params("per_page") == ["2"] for r in sent)


def test_offsets_advance_by_the_items_received_until_an_empty_page(
    client: Any, server: LoopbackServer
) -> None:
    server.script(
        "/shifted",
        Reply(200, {"results": _things("a", "b", "c")}),
        Reply(200, {"results": _things("d")}),
        Reply(200, {"results": []}),
    )
    page = client.shifted.list(limit=3)
    assert [t.id for t in page.auto_paging_iter()] == ["a", "b", "c", "d"]
    assert [r.params("offset") for r in server.to("/shifted")] == [[], ["3"], ["4"]]


def test_a_configured_cursor_style_follows_the_named_field(
    client: Any, server: LoopbackServer
) -> None:
    server.script(
        "/custom",
        Reply(200, {"rows": _things("a"), "continuation": "k1"}),
        Reply(200, {"rows": _things("b"), "continuation": None}),
    )
    assert [t.id for t in client.custom.list().auto_paging_iter()] == ["a", "b"]
    assert [r.params("after") for r in server.to("/custom")] == [[], ["k1"]]


@pytest.mark.anyio
async def test_async_page_numbers(client: Any, server: LoopbackServer) -> None:
    server.script(
        "/numbered",
        Reply(200, {"items": _things("a"), "has_more": True}),
        Reply(200, {"items": _things("b"), "has_more": False}),
    )
    page = await client.numbered.alist()
    assert [t.id async for t in page.auto_paging_aiter()] == ["a", "b"]
    assert [r.params("page") for r in server.to("/numbered")] == [[], ["2"]]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
