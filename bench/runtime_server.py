"""A loopback HTTP/1.1 server for the runtime figure: Svix endpoints and OpenAI files.

Runs as its own process (`python runtime_server.py`, prints its URL). Every SDK under
test gets the same bodies for the same scenario, set with `POST /__config`:

- `shape`: `ok`, `missing` (a required field left out), `types` (a string where an
  integer is documented, a null where none is allowed), `extra` (new keys, a new nested
  object) or `big` (a 20 MiB list);
- `delay`: seconds before each answer; `fail_every`: every n-th request gets a 503.

`GET /__stats` reports connections open now, the most open at once, and requests seen.
"""

from __future__ import annotations

import json
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

BIG = 20 * 2**20


def endpoint(n: int) -> dict[str, Any]:
    """A Svix endpoint as the API sends it."""
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


def file_object(n: int) -> dict[str, Any]:
    """An OpenAI file as the API sends it."""
    return {
        "id": f"file-{n:024d}",
        "object": "file",
        "bytes": 120_000 + n,
        "created_at": 1_700_000_000 + n,
        "expires_at": None,
        "filename": f"training-data-{n}.jsonl",
        "purpose": "fine-tune",
        "status": "processed",
        "status_details": None,
    }


DRIFT = {
    # a required field left out
    "missing": {"svix": {"drop": ["description"]}, "openai": {"drop": ["bytes"]}},
    # a string where an integer is documented, a null where none is allowed (our spec
    # calls the rate `rateLimit`, the official SDK's `throttleRate`: both are sent)
    "types": {
        "svix": {"set": {"rateLimit": "fast", "throttleRate": "fast", "url": None}},
        "openai": {"set": {"bytes": "big", "filename": None}},
    },
    # keys the SDK does not know, one a new nested object
    "extra": {
        "svix": {"set": {"ownerTeam": "payments", "routing": {"region": "eu", "tier": 2}}},
        "openai": {"set": {"owner_team": "ml", "routing": {"region": "eu", "tier": 2}}},
    },
}


def one(api: str, shape: str) -> dict[str, Any]:
    item = endpoint(1) if api == "svix" else file_object(1)
    change = DRIFT.get(shape, {}).get(api, {})
    for key in change.get("drop", []):
        item.pop(key)
    item.update(change.get("set", {}))
    return item


def big_list(api: str) -> bytes:
    make = endpoint if api == "svix" else file_object
    items, size = [], 0
    while size < BIG:
        item = make(len(items))
        items.append(item)
        size += len(json.dumps(item)) + 2
    if api == "svix":
        return json.dumps({"data": items, "iterator": "it_x", "done": True}).encode()
    return json.dumps({"object": "list", "data": items, "has_more": False}).encode()


def page(api: str, shape: str) -> bytes:
    if shape == "big":
        return BIG_BODIES[api]
    items = [one(api, shape)]
    if api == "svix":
        return json.dumps({"data": items, "iterator": None, "done": True}).encode()
    return json.dumps({"object": "list", "data": items, "has_more": False}).encode()


BIG_BODIES: dict[str, bytes] = {}


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 2048

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.config: dict[str, Any] = {"shape": "ok", "delay": 0.0, "fail_every": 0}
        self.open = self.peak = self.requests = 0
        self.lock = threading.Lock()

    def get_request(self) -> tuple[socket.socket, Any]:
        conn, address = super().get_request()
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return conn, address

    def count(self, delta: int) -> None:
        with self.lock:
            self.open += delta
            self.peak = max(self.peak, self.open)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: Server

    def setup(self) -> None:
        super().setup()
        self.server.count(+1)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.count(-1)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        if self.path == "/__config":
            with self.server.lock:
                self.server.config = {**self.server.config, **json.loads(body)}
                self.server.peak = self.server.open
                self.server.requests = 0
            self._send(200, b"{}")
        else:
            self._send(404, b"{}")

    def do_GET(self) -> None:
        server = self.server
        if self.path == "/__stats":
            stats = {"open": server.open, "peak": server.peak, "requests": server.requests}
            self._send(200, json.dumps(stats).encode())
            return
        with server.lock:
            server.requests += 1
            number = server.requests
            config = dict(server.config)
        if config["delay"]:
            time.sleep(config["delay"])
        if config["fail_every"] and number % config["fail_every"] == 0:
            self._send(503, b'{"detail": "try again"}')
            return
        path = self.path.split("?")[0].rstrip("/")
        api = "svix" if path.startswith("/api/v1/") else "openai"
        listing = path.endswith(("/endpoint", "/files"))
        shape = config["shape"]
        body = page(api, shape) if listing else json.dumps(one(api, shape)).encode()
        self._send(200, body)

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def main() -> None:
    """`runtime_server.py [FOLDER]`: with a folder, the 20 MiB bodies are built and
    written there too (for the `json.loads` baseline); without, there are none."""
    if len(sys.argv) > 1:
        for api in ("svix", "openai"):
            BIG_BODIES[api] = big_list(api)
        for api, body in BIG_BODIES.items():
            with open(f"{sys.argv[1]}/{api}.json", "wb") as out:
                out.write(body)
    server = Server()
    print(f"http://127.0.0.1:{server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
