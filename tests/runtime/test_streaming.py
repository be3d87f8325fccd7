"""Server-sent events over loopback: `Stream[T]` and `AsyncStream[T]`.

The SDK is generated from `tests/specs/streaming.yaml`. A small threaded HTTP server on
127.0.0.1 writes event streams event by event (multi-line data, ids, retry, comments,
keep-alives, CR/LF/CRLF line ends) and notices when the client hangs up, so tests can
check that stopping early closes the connection.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.config import Config
from tests.support.imports import generated_package

from .loopback import serving

SPEC = Path(__file__).resolve().parents[1] / "specs" / "streaming.yaml"
EVENTS = 1000


@dataclass
class Script:
    """What the server answers: a status, then these raw chunks, `pause` seconds apart."""

    status: int = 200
    chunks: list[bytes] = field(default_factory=list)
    pause: float = 0.0
    content_type: str = "text/event-stream"


class SseServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.url = f"http://127.0.0.1:{self.server_address[1]}"
        self.scripts: list[Script] = []
        self.requests: list[tuple[str, str, bytes]] = []
        self.hung_up = threading.Event()  # the client closed the connection mid-stream
        self.finished = threading.Event()  # the server wrote every chunk


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: SseServer

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self._answer()

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.requests.append((self.command, self.path, body))
        script = self.server.scripts.pop(0) if self.server.scripts else Script()
        self.send_response(script.status)
        self.send_header("Content-Type", script.content_type)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            for chunk in script.chunks:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                self.wfile.flush()
                if script.pause:
                    time.sleep(script.pause)
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
            self.server.finished.set()
        except (BrokenPipeError, ConnectionResetError):
            self.server.hung_up.set()
            self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def sse_server() -> Iterator[SseServer]:
    server = SseServer()
    with serving(server):
        yield server


@pytest.fixture(scope="module")
def streams_sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("streams_sdk")
    with generated_package(SPEC, out, "streams_sdk", assert_no_warnings=True) as package:
        yield package


@pytest.fixture
def client(streams_sdk: ModuleType, sse_server: SseServer) -> Any:
    return streams_sdk.Streams(base_url=sse_server.url, max_retries=1)


def chunk_events(count: int) -> list[bytes]:
    """`count` JSON events, each in its own chunk, then the `[DONE]` sentinel."""
    events = [f'data: {{"index": {i}, "text": "t{i}"}}\n\n'.encode() for i in range(count)]
    return [*events, b"data: [DONE]\n\n"]


def test_a_thousand_events_sync(client: Any, sse_server: SseServer, streams_sdk: Any) -> None:
    sse_server.scripts.append(Script(chunks=chunk_events(EVENTS)))
    chunks = list(client.streams.chat(prompt="hi"))
    Chunk = importlib.import_module("streams_sdk.models").Chunk
    assert [c.index for c in chunks] == list(range(EVENTS))
    assert all(isinstance(c, Chunk) for c in chunks) and chunks[-1].text == f"t{EVENTS - 1}"
    method, path, body = sse_server.requests[0]
    assert (method, path, json.loads(body)) == ("POST", "/chat", {"prompt": "hi"})


def test_a_thousand_events_async(client: Any, sse_server: SseServer) -> None:
    sse_server.scripts.append(Script(chunks=chunk_events(EVENTS)))

    async def main() -> list[int]:
        stream = await client.streams.achat(prompt="hi")
        indexes = [chunk.index async for chunk in stream]
        await client.aclose()
        return indexes

    assert asyncio.run(main()) == list(range(EVENTS))


def test_the_event_stream_format(client: Any, sse_server: SseServer) -> None:
    """Comments, keep-alives, multi-line data, event/id/retry fields, every line end,
    lines and events split across chunks, a BOM; an unfinished last event is dropped."""
    text = (
        "\ufeff: connected\r\n\r\n"
        'event: delta\nid: 7\nretry: 1500\ndata: {"index": 0,\ndata:  "text": "a\\nb"}\n\n'
        ":keep-alive\n\n"
        'data:{"index": 1, "text": "c"}\r\r'
        'data: {"index": 2, "text": "d"}\r\n\r\n'
        'data: {"index": 3, "text": "never finished"}'
    ).encode()
    pieces = [text[i : i + 7] for i in range(0, len(text), 7)]
    sse_server.scripts.append(Script(chunks=pieces))
    stream = client.streams.chat(prompt="x")
    assert [(c.index, c.text) for c in stream] == [(0, "a\nb"), (1, "c"), (2, "d")]
    assert stream.last_event_id == "7"
    sse_server.scripts.append(Script(chunks=pieces))
    events = list(client.streams.chat(prompt="x").events())
    assert [(e.event, e.id, e.retry) for e in events] == [
        ("delta", "7", 1500), ("message", "7", None), ("message", "7", None),
    ]  # fmt: skip
    assert events[0].data == '{"index": 0,\n "text": "a\\nb"}'


def test_text_events_and_no_sentinel_in_the_stream(client: Any, sse_server: SseServer) -> None:
    sse_server.scripts.append(Script(chunks=[b"data: line one\n\n", b"data: two\ndata: lines\n\n"]))
    assert list(client.streams.tail_logs(lines=2)) == ["line one", "two\nlines"]
    assert sse_server.requests[0][1] == "/logs?lines=2"


def test_breaking_out_early_closes_the_connection(client: Any, sse_server: SseServer) -> None:
    sse_server.scripts.append(Script(chunks=chunk_events(EVENTS), pause=0.002))
    for chunk in client.streams.chat(prompt="hi"):
        if chunk.index == 2:
            break
    assert sse_server.hung_up.wait(5), "the server kept streaming to a client that left"
    assert not sse_server.finished.is_set()


def test_the_context_manager_closes_the_connection(client: Any, sse_server: SseServer) -> None:
    sse_server.scripts.append(Script(chunks=chunk_events(EVENTS), pause=0.002))
    with client.streams.chat(prompt="hi") as stream:
        first = next(iter(stream))
    assert first.index == 0
    assert sse_server.hung_up.wait(5)


def test_async_early_exit_closes_the_connection(client: Any, sse_server: SseServer) -> None:
    sse_server.scripts.append(Script(chunks=chunk_events(EVENTS), pause=0.002))

    async def main() -> int:
        async with await client.streams.achat(prompt="hi") as stream:
            async for chunk in stream:
                if chunk.index == 3:
                    break
        await client.aclose()
        return int(chunk.index)

    assert asyncio.run(main()) == 3
    assert sse_server.hung_up.wait(5)
    assert not sse_server.finished.is_set()


def test_an_error_before_the_first_event_raises_the_usual_exception(
    client: Any, sse_server: SseServer, streams_sdk: Any
) -> None:
    refusal = json.dumps({"message": "prompt too long"}).encode()
    sse_server.scripts.append(Script(400, [refusal], content_type="application/json"))
    with pytest.raises(streams_sdk.ApiException) as raised:
        client.streams.chat(prompt="x" * 10)
    assert raised.value.status == 400 and raised.value.body == {"message": "prompt too long"}


def test_a_server_error_is_retried_before_streaming(client: Any, sse_server: SseServer) -> None:
    sse_server.scripts += [
        Script(503, [b"busy"], content_type="text/plain"),
        Script(chunks=[b"data: first\n\n", b"data: second\n\n"]),
    ]
    assert list(client.streams.tail_logs()) == ["first", "second"]  # a GET: safe to retry
    assert len(sse_server.requests) == 2


def test_the_end_sentinel_is_configurable(sse_server: SseServer, tmp_path: Path) -> None:
    config = Config(package_name="ends_sdk", stream_end="END")
    with generated_package(SPEC, tmp_path, "ends_sdk", config) as package:
        client = package.Streams(base_url=sse_server.url)
        chunks = [b"data: [DONE]\n\n", b"data: END\n\n", b"data: after the end\n\n"]
        sse_server.scripts.append(Script(chunks=chunks))
        assert list(client.streams.tail_logs()) == ["[DONE]"]
