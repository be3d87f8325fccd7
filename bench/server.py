"""A loopback HTTP/1.1 server for the per-call figure: Svix-shaped application JSON.

Keep-alive, Nagle disabled (otherwise delayed ACKs add ~40 ms to every exchange), and the
responses built once so the server's own cost stays small and equal for every client.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def application(n: int) -> dict[str, object]:
    return {
        "id": f"app_{n:024d}",
        "uid": f"unique-{n}",
        "name": f"Application {n}",
        "throttleRate": 100,
        "metadata": {"plan": "pro", "region": "eu"},
        "createdAt": "2024-01-01T00:00:00Z",
        "updatedAt": "2024-01-02T00:00:00Z",
    }


def application_list(count: int) -> bytes:
    page = {"data": [application(n) for n in range(count)], "iterator": "it_1", "done": True}
    return json.dumps(page).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    list_body = application_list(50)
    one_body = json.dumps(application(1)).encode()

    def do_GET(self) -> None:
        self._send(200, self.list_body)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        self.rfile.read(length)
        self._send(201, self.one_body)

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(list_size: int = 50) -> tuple[ThreadingHTTPServer, str]:
    """Start the server on a free port in a daemon thread; (server, base URL)."""
    handler = type("Handler", (_Handler,), {"list_body": application_list(list_size)})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


if __name__ == "__main__":  # `python server.py SIZE`: serve until killed; prints the URL
    import sys

    _, url = serve(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
    print(url, flush=True)
    threading.Event().wait()
