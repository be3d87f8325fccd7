"""Figure: per-call cost over loopback, sync and async: a create with a nested body and a
list of 50 applications, ours vs openapi-python-client vs bare httpx, same run.

The server runs in its own process (keep-alive, Nagle off); the clients run in the peer
venv so every SDK uses the same httpx and pydantic.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from .common import SVIX_CONFIG, Row, emit, scratch
from .peers import peer_venv
from .sdks import generate_ours, generate_peer
from .specs import svix_spec

HERE = Path(__file__).resolve().parent


def measure(spec: Path, calls: int, repeats: int, with_peer: bool) -> list[Row]:
    python = peer_venv() if with_peer else Path(sys.executable)
    with scratch("calls") as folder:
        ours = generate_ours(spec, SVIX_CONFIG, folder / "ours")
        peer = generate_peer(spec, folder / "peer") if with_peer else None
        server = subprocess.Popen(
            [str(python), str(HERE / "server.py"), "50"], stdout=subprocess.PIPE, text=True
        )
        try:
            assert server.stdout is not None
            url = server.stdout.readline().strip()
            path = ":".join(str(p) for p in (ours.root, peer.root if peer else None) if p)
            done = subprocess.run(
                [str(python), str(HERE / "call_driver.py"), url, str(calls), str(repeats),
                 ours.package, peer.package if peer else "-"],
                env={**os.environ, "PYTHONPATH": path}, capture_output=True, text=True,
            )  # fmt: skip
            if done.returncode != 0:
                raise SystemExit(f"call_driver.py failed:\n{done.stderr[-3000:]}")
        finally:
            server.kill()
            server.wait()
    times = json.loads(done.stdout)
    rows = []
    for case in ("list", "create", "list async", "create async"):
        peer_time = times.get(f"peer {case}")
        rows.append(
            Row(
                "per call",
                f"{case} (50 apps)" if case.startswith("list") else f"{case} (nested body)",
                times[f"ours {case}"] * 1e3,
                "ms",
                peer_time and peer_time * 1e3,
                "openapi-python-client" if with_peer else "",
                note=(
                    f"bare httpx {times[f'httpx {case}'] * 1e3:.3f} ms"
                    if f"httpx {case}" in times
                    else ""
                ),
            )
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--smoke", action="store_true", help="a few calls, no peer")
    args = parser.parse_args()
    spec = svix_spec()
    if spec is None:
        raise SystemExit("the full Svix spec (../shared/specs/svix.openapi.json) is missing")
    if args.smoke:
        emit(measure(spec, 5, 1, False))
        return
    emit(measure(spec, args.calls, args.runs, True))


if __name__ == "__main__":
    main()
