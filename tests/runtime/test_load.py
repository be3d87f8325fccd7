"""Many calls at once on one client, and one client on several event loops, over
loopback: calls beyond the pool's size wait outside their timeout, open sockets stay
within the limit, and no event loop's connections outlive it."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest

from .conftest import ClientFactory
from .loopback import LoopbackServer, Reply

WIDGET = {"id": "w1", "displayName": "One"}


def _slow(server: LoopbackServer, delay: float) -> None:
    server.fallback = Reply(200, WIDGET, delay=delay)


def test_a_thousand_concurrent_async_calls_complete_within_the_pool_limit(
    make_client: ClientFactory, server: LoopbackServer
) -> None:
    _slow(server, 0.01)
    client = make_client(max_retries=0)

    async def main() -> list[Any]:
        calls = [client.widgets.aget(widget_id="w1") for _ in range(1000)]
        results = await asyncio.gather(*calls)
        results.append(await client.widgets.aget(widget_id="w1"))  # still usable
        await client.aclose()
        return results

    results = asyncio.run(main())
    assert len(results) == 1001 and all(r.id == "w1" for r in results)
    assert server.peak_connections <= 100
    assert server.wait_idle()


def test_async_calls_waiting_for_a_connection_are_not_timed_out(
    make_client: ClientFactory, server: LoopbackServer
) -> None:
    """40 calls of 0.1 s through 4 connections take 1 s: longer than each call's
    timeout, which must time only its own request."""
    _slow(server, 0.1)
    client = make_client(max_retries=0, max_connections=4, timeout=0.5)

    async def main() -> list[Any]:
        started = time.monotonic()
        results = await asyncio.gather(*(client.widgets.aget(widget_id="w1") for _ in range(40)))
        assert time.monotonic() - started >= 0.9
        await client.aclose()
        return results

    assert len(asyncio.run(main())) == 40
    assert server.peak_connections <= 4


def test_threads_waiting_for_a_connection_are_not_timed_out(
    make_client: ClientFactory, server: LoopbackServer
) -> None:
    _slow(server, 0.1)
    client = make_client(max_retries=0, max_connections=2, timeout=0.5)
    failures: list[BaseException] = []

    def worker() -> None:
        try:
            for _ in range(3):
                client.widgets.get(widget_id="w1")
        except BaseException as exc:  # reported below, with the others
            failures.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    assert not failures
    assert len(server.requests) == 24
    assert server.peak_connections <= 2


def test_sixteen_threads_share_one_client_through_503s(
    make_client: ClientFactory, server: LoopbackServer, sleeps: list[float]
) -> None:
    """400 calls from 16 threads, every 20th answered 503: each is retried, none lost.

    Which call meets which 503 depends on the threads' timing, and one call may meet
    several of them in a row; with as many retries as there are 503s, no call can run
    out of retries, so the test cannot fail by chance (CI once saw three in a row)."""
    unavailable = Reply(503, {"detail": "try again"})
    server.script(
        "/widgets/w1", *[r for _ in range(20) for r in [*[Reply(200, WIDGET)] * 19, unavailable]]
    )
    _slow(server, 0)
    client = make_client(max_retries=20)
    failures: list[BaseException] = []

    def worker() -> None:
        for _ in range(25):
            try:
                assert client.widgets.get(widget_id="w1").id == "w1"
            except BaseException as exc:  # reported below, with the others
                failures.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not failures
    assert len(sleeps) == 20  # one retry per 503
    assert len(server.requests) == 420


def test_a_client_used_on_successive_event_loops_leaves_no_connection_open(
    make_client: ClientFactory, server: LoopbackServer
) -> None:
    _slow(server, 0)
    client = make_client(max_retries=0)

    async def calls() -> None:
        await asyncio.gather(*(client.widgets.aget(widget_id="w1") for _ in range(5)))

    asyncio.run(calls())
    assert server.wait_idle(), "the first loop's connections outlived it"
    asyncio.run(calls())
    asyncio.run(client.aclose())
    assert server.wait_idle()
    assert len(server.requests) == 10


def test_aclose_closes_the_running_loop_pool_and_the_client_can_go_on(
    make_client: ClientFactory, server: LoopbackServer
) -> None:
    _slow(server, 0)
    client = make_client(max_retries=0)

    async def main() -> str:
        await client.widgets.aget(widget_id="w1")
        await client.aclose()
        assert server.wait_idle()
        widget = await client.widgets.aget(widget_id="w1")  # a fresh pool
        await client.aclose()
        return str(widget.id)

    assert asyncio.run(main()) == "w1"
    assert server.wait_idle()


def test_a_client_given_as_async_http_client_is_left_open(sdk: Any, server: LoopbackServer) -> None:
    _slow(server, 0)
    import httpx

    async def main() -> bool:
        async with httpx.AsyncClient() as given:
            client = sdk.Rt(base_url=server.url, async_http_client=given, max_retries=0)
            await client.widgets.aget(widget_id="w1")
            await client.aclose()
            await given.get(server.url + "/widgets/w1")  # still usable
            return given.is_closed

    assert asyncio.run(main()) is False


@pytest.mark.parametrize("value", [0, -1])
def test_max_connections_must_be_positive(make_client: ClientFactory, value: int) -> None:
    with pytest.raises(ValueError, match="max_connections"):
        make_client(max_connections=value)
