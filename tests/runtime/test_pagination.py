"""Auto-pagination over real HTTP, in both page styles, sync and async."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from .conftest import TOKEN, ClientFactory
from .loopback import LoopbackServer, Reply


def _widgets(*ids: str) -> list[dict[str, str]]:
    return [{"id": i, "displayName": i.upper()} for i in ids]


def _svix_pages(server: LoopbackServer) -> None:
    server.script(
        "/widgets",
        Reply(200, {"data": _widgets("a", "b"), "done": False, "iterator": "it-1"}),
        Reply(200, {"data": _widgets("c", "d"), "done": False, "iterator": "it 2/€"}),
        Reply(200, {"data": _widgets("e"), "done": True, "iterator": "it-3"}),
    )


def _stripe_pages(server: LoopbackServer) -> None:
    server.script(
        "/charges",
        Reply(200, {"data": [{"id": "ch_1", "amount": 1}, {"id": "ch_2", "amount": 2}],
                    "has_more": True}),
        Reply(200, {"data": [{"id": "ch_3", "amount": 3}], "has_more": True}),
        Reply(200, {"data": [{"id": "ch_4", "amount": 4}], "has_more": False}),
    )  # fmt: skip


def _assert_svix_requests(server: LoopbackServer) -> None:
    sent = server.to("/widgets")
    assert len(sent) == 3
    assert [r.params("iterator") for r in sent] == [[], ["it-1"], ["it 2/€"]]
    for request in sent:
        assert request.params("limit") == ["2"] and request.params("kind") == ["gizmo"]
        assert request.headers["x-extra"] == "kept"  # request options follow every page


def test_svix_style_auto_paging_iter_walks_three_pages(
    client: Any, server: LoopbackServer, models: ModuleType
) -> None:
    _svix_pages(server)
    page = client.widgets.list(
        limit=2, kind="gizmo", request_options={"extra_headers": {"X-Extra": "kept"}}
    )
    assert isinstance(page, models.ListResponseWidget) and page.has_next_page()
    items = list(page.auto_paging_iter())
    assert [w.id for w in items] == ["a", "b", "c", "d", "e"]
    assert all(isinstance(w, models.Widget) for w in items)
    _assert_svix_requests(server)


def test_stripe_style_auto_paging_iter_sends_the_last_id(
    client: Any, server: LoopbackServer
) -> None:
    _stripe_pages(server)
    page = client.charges.list(limit=2, currency="eur")
    assert [c.amount for c in page.auto_paging_iter()] == [1, 2, 3, 4]
    sent = server.to("/charges")
    assert [r.params("starting_after") for r in sent] == [[], ["ch_2"], ["ch_3"]]
    assert all(r.params("limit") == ["2"] and r.params("currency") == ["eur"] for r in sent)


def test_next_page_by_hand(client: Any, server: LoopbackServer) -> None:
    _stripe_pages(server)
    first = client.charges.list()
    second = first.next_page()
    third = second.next_page()
    assert [c.id for c in third.data] == ["ch_4"]
    assert not third.has_next_page() and third.next_page() is None


@pytest.mark.anyio
async def test_svix_style_auto_paging_aiter(
    make_client: ClientFactory, server: LoopbackServer
) -> None:
    _svix_pages(server)
    async with make_client(max_retries=0) as client:
        page = await client.widgets.alist(
            limit=2, kind="gizmo", request_options={"extra_headers": {"X-Extra": "kept"}}
        )
        ids = [w.id async for w in page.auto_paging_aiter()]
    assert ids == ["a", "b", "c", "d", "e"]
    _assert_svix_requests(server)


@pytest.mark.anyio
async def test_stripe_style_auto_paging_aiter(
    make_client: ClientFactory, server: LoopbackServer
) -> None:
    _stripe_pages(server)
    async with make_client(max_retries=0) as client:
        page = await client.charges.alist(limit=2)
        ids = [c.id async for c in page.auto_paging_aiter()]
    assert ids == ["ch_1", "ch_2", "ch_3", "ch_4"]
    assert [r.params("starting_after") for r in server.to("/charges")] == [[], ["ch_2"], ["ch_3"]]


@pytest.mark.anyio
async def test_async_page_used_with_sync_iteration_raises_a_clear_type_error(
    make_client: ClientFactory, server: LoopbackServer
) -> None:
    _svix_pages(server)
    async with make_client(max_retries=0) as client:
        page = await client.widgets.alist()
    with pytest.raises(TypeError, match="auto_paging_aiter"):
        next(iter(page.auto_paging_iter()))
    with pytest.raises(TypeError, match="anext_page"):
        page.next_page()
    assert len(server.to("/widgets")) == 1


@pytest.mark.anyio
async def test_sync_page_used_with_async_iteration_raises_a_clear_type_error(
    client: Any, server: LoopbackServer
) -> None:
    _svix_pages(server)
    page = client.widgets.list()
    with pytest.raises(TypeError, match="auto_paging_iter"):
        await page.auto_paging_aiter().__anext__()
    assert len(server.to("/widgets")) == 1


def test_iteration_stops_on_a_repeated_cursor(
    client: Any, server: LoopbackServer, sdk: ModuleType
) -> None:
    server.script(
        "/widgets",
        Reply(200, {"data": _widgets("a"), "done": False, "iterator": "same"}),
        Reply(200, {"data": _widgets("b"), "done": False, "iterator": "same"}),
        Reply(200, {"data": _widgets("never"), "done": True}),
    )
    ids = []
    with pytest.raises(sdk.PaginationError, match="repeated the page cursor 'same'"):
        for widget in client.widgets.list().auto_paging_iter():
            ids.append(widget.id)
    assert ids == ["a", "b"]
    assert len(server.to("/widgets")) == 2


def test_stripe_style_stops_when_has_more_but_the_page_is_empty(
    client: Any, server: LoopbackServer
) -> None:
    server.script("/charges", Reply(200, {"data": [], "has_more": True}))
    assert list(client.charges.list().auto_paging_iter()) == []
    assert len(server.to("/charges")) == 1


def test_pages_from_raw_responses_still_paginate(client: Any, server: LoopbackServer) -> None:
    _svix_pages(server)
    raw = client.widgets.raw.list(limit=2)
    assert raw.status == 200
    ids = [w.id for w in raw.parse().auto_paging_iter()]
    assert ids == ["a", "b", "c", "d", "e"]


def test_an_error_on_a_later_page_surfaces(
    client: Any, server: LoopbackServer, sdk: ModuleType
) -> None:
    server.script(
        "/widgets",
        Reply(200, {"data": _widgets("a"), "done": False, "iterator": "x"}),
        Reply(404, {"code": "gone"}),
    )
    seen = []
    with pytest.raises(sdk.NotFoundError):
        for widget in client.widgets.list().auto_paging_iter():
            seen.append(widget.id)
    assert seen == ["a"]


def _github_pages(server: LoopbackServer, next_host: str | None = None) -> None:
    """Three pages of a JSON array; each `Link` header names the next page's whole URL."""
    base = next_host or server.url

    def link(page: int) -> dict[str, str]:
        return {
            "Link": f'<{base}/repos?per_page=2&page={page}>; rel="next", '
            f'<{base}/repos?per_page=2&page=3>; rel="last"'
        }

    server.script(
        "/repos",
        Reply(200, [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}], headers=link(2)),
        Reply(200, [{"id": 3, "name": "c"}, {"id": 4, "name": "d"}], headers=link(3)),
        Reply(200, [{"id": 5, "name": "e"}], headers={"Link": f'<{base}/repos>; rel="first"'}),
    )


def test_link_header_pages_follow_rel_next(
    client: Any, server: LoopbackServer, models: ModuleType
) -> None:
    _github_pages(server)
    page = client.repos.list(per_page=2)
    assert len(page) == 2 and page[0].name == "a" and [r.id for r in page] == [1, 2]
    assert isinstance(page[1], models.Repo) and page.has_next_page()
    assert [r.name for r in page.auto_paging_iter()] == ["a", "b", "c", "d", "e"]
    sent = server.to("/repos")
    assert [r.query for r in sent] == [
        [("per_page", "2")],
        [("per_page", "2"), ("page", "2")],
        [("per_page", "2"), ("page", "3")],
    ]
    assert all(r.headers["authorization"] == f"Bearer {TOKEN}" for r in sent)


def test_link_header_last_page_has_no_next(client: Any, server: LoopbackServer) -> None:
    _github_pages(server)
    third = client.repos.list().next_page().next_page()
    assert [r.id for r in third] == [5]
    assert not third.has_next_page() and third.next_page() is None


@pytest.mark.anyio
async def test_link_header_pages_async(make_client: ClientFactory, server: LoopbackServer) -> None:
    _github_pages(server)
    async with make_client(max_retries=0) as client:
        page = await client.repos.alist(per_page=2)
        ids = [r.id async for r in page.auto_paging_aiter()]
    assert ids == [1, 2, 3, 4, 5]
    assert [r.params("page") for r in server.to("/repos")] == [[], ["2"], ["3"]]


def test_a_link_to_another_host_is_not_followed(
    client: Any, server: LoopbackServer, sdk: ModuleType
) -> None:
    _github_pages(server, next_host="http://attacker.invalid")
    page = client.repos.list()
    received = []
    with pytest.raises(sdk.PaginationError, match="another host"):
        for repo in page.auto_paging_iter():
            received.append(repo.id)
    assert received == [1, 2]  # the items received are yielded first
    assert len(server.to("/repos")) == 1  # and nothing went anywhere else
