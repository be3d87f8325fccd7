"""Prism (stoplight/prism-cli) as a mock server of a spec, for the end-to-end tests.

Prism answers every operation of the spec with its examples and, with request validation
on (its default), rejects requests the spec does not allow: 422 for a bad body or query,
401 for missing credentials. `--errors` turns such violations into errors rather than
warnings. Prism is installed into `.tools/` by `scripts/install-prism.sh` on first use.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .paths import REPO

PRISM = REPO / ".tools" / "node_modules" / ".bin" / "prism"
INSTALL_SCRIPT = REPO / "scripts" / "install-prism.sh"
# A large spec (AWS QuickSight: 161 operations, 1.3 MB) can take Prism minutes to read on a
# loaded machine; `make conformance` runs may raise the wait without touching the tests.
STARTUP_SECONDS = float(os.environ.get("SDKGEN_PRISM_STARTUP_SECONDS", "60"))
_RECEIVED = re.compile(r"\[HTTP SERVER\] (\S+ \S+)")  # "get /api/v1/app" in a log line


@dataclass(frozen=True, slots=True)
class MockServer:
    """A running Prism: where to send requests, and its log for failure messages."""

    url: str
    log_path: Path

    def log(self, last_lines: int = 60) -> str:
        """The end of Prism's log, without the routes it lists while starting."""
        return "\n".join(self._request_log()[-last_lines:])

    def violations(self, limit: int = 50) -> str:
        """Why Prism rejected requests: `<request> -> Violation: <rule>`, one per line."""
        found = []
        request = "?"
        for line in self._request_log():
            received = _RECEIVED.search(line)
            if received:
                request = received[1]
            elif "Violation:" in line:
                found.append(f"{request} -> {line.split('Violation:', 1)[1].strip()}")
        return "\n".join(found[:limit]) or "(none logged)"

    def _request_log(self) -> list[str]:
        lines = self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()
        listening = [n for n, line in enumerate(lines) if "Prism is listening" in line]
        return lines[listening[0] + 1 :] if listening else lines


def ensure_prism() -> Path:
    """The Prism executable, installed with `scripts/install-prism.sh` when missing."""
    # Parallel test workers may both find Prism missing; one installs, the other waits.
    lock_path = Path(tempfile.gettempdir()) / "sdkgen-install-prism.lock"
    with lock_path.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not PRISM.exists():
            done = subprocess.run(
                ["bash", str(INSTALL_SCRIPT)], capture_output=True, text=True, check=False
            )
            if done.returncode != 0 or not PRISM.exists():
                raise RuntimeError(
                    f"{INSTALL_SCRIPT.name} failed ({done.returncode}): {done.stderr}"
                )
    return PRISM


@contextmanager
def prism_mock(spec: Path, log_dir: Path) -> Iterator[MockServer]:
    """Run `prism mock` on `spec` on a free loopback port until the block ends."""
    prism = ensure_prism()
    port = _free_port()
    log_path = log_dir / f"prism-{spec.stem}-{port}.log"
    with log_path.open("w", encoding="utf-8") as log:
        process = subprocess.Popen(
            [str(prism), "mock", "--errors", "-h", "127.0.0.1", "-p", str(port), str(spec)],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, so node's children die with it
        )
    server = MockServer(f"http://127.0.0.1:{port}", log_path)
    try:
        _wait_until_listening(process, port, server)
        yield server
    finally:
        _terminate(process)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_until_listening(process: subprocess.Popen[bytes], port: int, server: MockServer) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"Prism exited with {process.returncode}:\n{server.log()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1.0):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"Prism did not listen within {STARTUP_SECONDS:.0f}s:\n{server.log()}")


def _terminate(process: subprocess.Popen[bytes]) -> None:
    """Stop Prism's whole process group: politely, then for sure."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=10.0)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)  # whatever outlived SIGTERM, children included
    process.wait()
