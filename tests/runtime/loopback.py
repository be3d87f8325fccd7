"""A scriptable loopback HTTP server: canned replies per path, every request recorded.

It is a real `ThreadingHTTPServer` speaking HTTP/1.1 with keep-alive, so the SDK under
test goes through its whole stack (httpx, sockets, connection pool) as it would against
a real API, and tests can stall, drop or refuse connections at will.
"""

from __future__ import annotations

import functools
import json
import socket
import threading
import time
from collections import defaultdict, deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import (
    BaseHTTPRequestHandler,
    HTTPServer,
    SimpleHTTPRequestHandler,
    ThreadingHTTPServer,
)
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx

_pause = time.sleep  # bound now: retry tests replace time.sleep with a recorder


@dataclass
class Reply:
    """One canned answer: a status, headers and a body, optionally late or missing.

    `body` may be JSON-able data (sent as application/json), `str` (text/plain) or
    `bytes` (application/octet-stream); `delay` stalls before answering; `body_delay`
    sends the headers and half the body, then stalls before the rest (a slow body);
    `drop` closes the connection without answering at all.
    """

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    body_delay: float = 0.0
    drop: bool = False

    def encoded(self) -> tuple[bytes, str | None]:
        if self.body is None:
            return b"", None
        if isinstance(self.body, bytes):
            return self.body, "application/octet-stream"
        if isinstance(self.body, str):
            return self.body.encode("utf-8"), "text/plain; charset=utf-8"
        return json.dumps(self.body).encode("utf-8"), "application/json"


@dataclass(frozen=True)
class Recorded:
    """A request as the server received it."""

    method: str
    path: str  # as sent on the wire: still percent-encoded, without the query string
    query: list[tuple[str, str]]
    raw_query: str  # the query string exactly as sent (still percent-encoded)
    headers: httpx.Headers
    body: bytes
    at: float  # time.monotonic() when the request was fully read

    def json(self) -> Any:
        return json.loads(self.body)

    def params(self, name: str) -> list[str]:
        return [v for k, v in self.query if k == name]


class LoopbackServer(ThreadingHTTPServer):
    """An HTTP/1.1 server whose replies are scripted per path and whose requests are kept."""

    daemon_threads = True
    request_queue_size = 256  # load tests open a hundred connections at once

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.url = f"http://127.0.0.1:{self.server_address[1]}"
        self.requests: list[Recorded] = []
        self.fallback = Reply(200, {})
        self.release = threading.Event()  # ends every stall when the test is over
        self.open_connections = 0
        self.peak_connections = 0  # the most connections open at once
        self.accepted = 0  # TCP connections accepted so far
        self._replies: dict[str, deque[Reply]] = defaultdict(deque)
        self._lock = threading.Lock()

    def shutdown(self) -> None:
        """End every stall first, so no handler sits out its delay after the test."""
        self.release.set()
        super().shutdown()

    def get_request(self) -> tuple[socket.socket, Any]:
        """Accept a connection with Nagle off, so small replies are not held back 40 ms."""
        conn, address = super().get_request()
        with self._lock:
            self.accepted += 1
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return conn, address

    def script(self, path: str, *replies: Reply) -> None:
        """Queue replies for requests to `path`; once used up, `fallback` answers."""
        with self._lock:
            self._replies[path].extend(replies)

    def to(self, path: str) -> list[Recorded]:
        """The requests received for one path, in order."""
        return [r for r in self.requests if r.path == path]

    @property
    def last(self) -> Recorded:
        return self.requests[-1]

    def wait_idle(self, timeout: float = 3.0) -> bool:
        """Wait until no client connection is open (pooled ones included)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.open_connections == 0:
                return True
            _pause(0.01)
        return False

    def _record(self, request: Recorded) -> Reply:
        with self._lock:
            self.requests.append(request)
            queue = self._replies.get(request.path)
            return queue.popleft() if queue else self.fallback

    def _connection(self, delta: int) -> None:
        with self._lock:
            self.open_connections += delta
            self.peak_connections = max(self.peak_connections, self.open_connections)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real APIs do
    server: LoopbackServer

    def setup(self) -> None:
        super().setup()
        self.server._connection(+1)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server._connection(-1)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the recorded requests are what tests look at."""

    def _handle(self) -> None:
        body = self._read_body()
        parts = urlsplit(self.path)
        recorded = Recorded(
            method=self.command,
            path=parts.path,
            query=parse_qsl(parts.query, keep_blank_values=True),
            raw_query=parts.query,
            headers=httpx.Headers(list(self.headers.items())),
            body=body,
            at=time.monotonic(),
        )
        reply = self.server._record(recorded)
        if reply.delay:
            self.server.release.wait(reply.delay)
        if reply.drop:
            self.close_connection = True
            return
        content, content_type = reply.encoded()
        try:
            self.send_response(reply.status)
            headers = {k.lower(): v for k, v in reply.headers.items()}
            if content_type and "content-type" not in headers:
                self.send_header("Content-Type", content_type)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.status not in (204, 304):
                self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            if reply.status not in (204, 304):
                self._write_body(content, reply.body_delay)
        except OSError:  # the client gave up (a timeout test): nothing to answer
            self.close_connection = True

    def _write_body(self, content: bytes, body_delay: float) -> None:
        if body_delay:
            half = len(content) // 2
            self.wfile.write(content[:half])
            self.wfile.flush()
            self.server.release.wait(body_delay)
            content = content[half:]
        self.wfile.write(content)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";")[0], 16)
                if size == 0:
                    self.rfile.readline()
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""


@contextmanager
def serving(server: HTTPServer) -> Iterator[str]:
    """`server` answering from a background thread for the block; yields its base URL.

    Every test that runs an HTTP server on loopback goes through here, so each one
    stops the same way: serving ends, the listening socket closes and the thread is
    joined before the test moves on (a `LoopbackServer` first ends its stalls).
    """
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


class _QuietFiles(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: a test reads what it fetched, not the access log."""


@contextmanager
def serving_folder(root: Path) -> Iterator[str]:
    """The files under `root` over HTTP on loopback for the block; yields the base URL."""
    handler = functools.partial(_QuietFiles, directory=str(root))
    with serving(ThreadingHTTPServer(("127.0.0.1", 0), handler)) as url:
        yield url
