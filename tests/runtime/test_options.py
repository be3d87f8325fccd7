"""Per-call request options, injected httpx clients, and closing pooled connections."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import httpx
import pytest

from .conftest import TOKEN, ClientFactory
from .loopback import LoopbackServer, Reply

WIDGET = {"id": "w1", "displayName": "One"}


def test_extra_headers_add_and_override(client: Any, server: LoopbackServer) -> None:
    server.script("/widgets/search", Reply(200, []))
    client.widgets.search(
        x_trace_id="from-arg",
        request_options={"extra_headers": {"X-Custom": "1", "x-trace-id": "from-options"}},
    )
    assert server.last.headers["x-custom"] == "1"
    assert server.last.headers.get_list("x-trace-id") == ["from-options"]


def test_extra_query_adds_and_overrides(client: Any, server: LoopbackServer) -> None:
    server.script("/widgets", Reply(200, {"data": [], "done": True}))
    client.widgets.list(limit=5, request_options={"extra_query": {"limit": 9, "beta": True}})
    assert server.last.params("limit") == ["9"]
    assert server.last.params("beta") == ["true"]


def test_extra_body_merges_into_a_json_body(client: Any, server: LoopbackServer) -> None:
    server.script("/widgets", Reply(201, WIDGET))
    client.widgets.create(
        display_name="x", request_options={"extra_body": {"experimental": {"on": True}}}
    )
    assert server.last.json() == {"displayName": "x", "experimental": {"on": True}}


def test_extra_body_merges_into_a_form_body(client: Any, server: LoopbackServer) -> None:
    client.forms.submit(name="n", request_options={"extra_body": {"extra": "yes"}})
    assert server.last.headers["content-type"] == "application/x-www-form-urlencoded"
    assert server.last.body == b"name=n&extra=yes"


def test_extra_body_merges_into_a_multipart_body(client: Any, server: LoopbackServer) -> None:
    server.script("/files", Reply(200, {"id": "f", "size": 1}))
    client.files.upload(file=b"z", purpose="p", request_options={"extra_body": {"note": "hi"}})
    body = server.last.body
    assert server.last.headers["content-type"].startswith("multipart/form-data")
    assert b'name="file"' in body and b'name="note"\r\n\r\nhi' in body


def test_extra_body_on_a_bodyless_operation_sends_json(client: Any, server: LoopbackServer) -> None:
    client.auth.bearer(request_options={"extra_body": {"a": 1}})
    assert server.last.json() == {"a": 1}
    assert server.last.headers["content-type"] == "application/json"


def test_extra_body_cannot_be_merged_into_a_binary_body(
    client: Any, server: LoopbackServer
) -> None:
    with pytest.raises(ValueError, match="extra_body"):
        client.files.put_raw(file_id="f", body=b"x", request_options={"extra_body": {"a": 1}})
    assert server.requests == []


def test_request_options_do_not_leak_into_the_next_call(
    client: Any, server: LoopbackServer
) -> None:
    client.auth.bearer(request_options={"extra_headers": {"X-Once": "1"}, "timeout": 5})
    client.auth.bearer()
    assert "x-once" not in server.last.headers


def test_injected_http_client_is_used_and_not_closed(
    sdk: ModuleType, server: LoopbackServer
) -> None:
    seen: list[str] = []
    http = httpx.Client(
        headers={"X-Injected": "sync"},
        event_hooks={"request": [lambda request: seen.append(str(request.url))]},
    )
    with sdk.Rt(base_url=server.url, access_token=TOKEN, http_client=http) as client:
        client.auth.bearer()
    assert seen == [f"{server.url}/auth/bearer"]
    assert server.last.headers["x-injected"] == "sync"
    assert server.last.headers["authorization"] == f"Bearer {TOKEN}"
    assert not http.is_closed
    http.get(server.url + "/still-usable")
    http.close()


@pytest.mark.anyio
async def test_injected_async_http_client_is_used_and_not_closed(
    sdk: ModuleType, server: LoopbackServer
) -> None:
    seen: list[str] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(request.url.path)

    http = httpx.AsyncClient(headers={"X-Injected": "async"}, event_hooks={"request": [hook]})
    async with sdk.Rt(base_url=server.url, async_http_client=http) as client:
        await client.auth.aanonymous()
    assert seen == ["/auth/anonymous"]
    assert server.last.headers["x-injected"] == "async"
    assert not http.is_closed
    await http.aclose()


def test_context_manager_closes_pooled_connections(
    make_client: ClientFactory, server: LoopbackServer
) -> None:
    with make_client() as client:
        client.auth.bearer()
        client.auth.bearer()
        assert server.open_connections == 1  # kept alive and reused
    assert server.wait_idle(), "the pooled connection is still open"


@pytest.mark.anyio
async def test_async_context_manager_closes_pooled_connections(
    make_client: ClientFactory, server: LoopbackServer
) -> None:
    async with make_client() as client:
        await client.auth.abearer()
        client.auth.bearer()
        assert server.open_connections == 2  # one pool each for sync and async calls
    assert server.wait_idle(), "a pooled connection is still open"


def test_close_is_idempotent_and_the_client_still_works_after_it(
    make_client: ClientFactory, server: LoopbackServer
) -> None:
    client = make_client()
    client.auth.bearer()
    client.close()
    client.close()
    assert server.wait_idle()
    client.auth.bearer()
    assert len(server.requests) == 2


def test_one_client_used_from_many_threads(
    make_client: ClientFactory, server: LoopbackServer
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    client = make_client()
    server.script("/widgets/w1", *[Reply(200, WIDGET)] * 40)
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda _: client.widgets.get(widget_id="w1").id, range(40)))
    assert results == ["w1"] * 40
    client.close()
    assert server.wait_idle(), "a connection from a racing pool was never closed"
