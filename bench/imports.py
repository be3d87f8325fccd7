"""Figure: SDK import time in a fresh interpreter, bytecode precompiled, against bare
`import httpx, pydantic` measured in the same run.

Ours: `from <pkg> import <Client>; <Client>(...)`. The peer (openapi-python-client):
its client plus one endpoint module, which is what a first call needs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from .common import SVIX_CONFIG, Row, emit, scratch
from .peers import peer_venv
from .sdks import Sdk, generate_ours, generate_peer, peer_endpoint_module
from .specs import github_spec, svix_spec, synthetic_spec

BARE = "import httpx, pydantic"


def timed(python: Path, statement: str, path: Path | None, runs: int) -> float:
    """Median wall seconds of `python -c statement` (one warm-up run first)."""
    env = {**os.environ, "PYTHONPATH": str(path)} if path else None
    samples = []
    for index in range(runs + 1):
        start = time.perf_counter()
        subprocess.run([str(python), "-c", statement], check=True, env=env)
        if index:
            samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def ours_statement(sdk: Sdk, credential: str) -> str:
    return f"from {sdk.package} import {sdk.client}; {sdk.client}({credential})"


def peer_statement(sdk: Sdk) -> str:
    return (
        f"from {sdk.package} import {sdk.client}; import {peer_endpoint_module(sdk)}; "
        f"{sdk.client}(base_url='http://localhost', token='x')"
    )


def measure(
    case: str, spec: Path, config: Path | None, credential: str, runs: int, with_peer: bool
) -> list[Row]:
    python = peer_venv() if with_peer else Path(sys.executable)
    with scratch("imports") as folder:
        ours = generate_ours(spec, config, folder / "ours")
        peer = generate_peer(spec, folder / "peer") if with_peer else None
        bare = timed(python, BARE, None, runs)
        ours_s = timed(python, ours_statement(ours, credential), ours.root, runs)
        peer_s = timed(python, peer_statement(peer), peer.root, runs) if peer else None
    ms = 1000.0
    who = "openapi-python-client" if with_peer else ""
    return [
        Row("import time", f"bare `{BARE}`", bare * ms, "ms"),
        Row("import time", f"{case}: SDK", ours_s * ms, "ms", peer_s and peer_s * ms, who),
        Row(
            "import time",
            f"{case}: SDK above bare",
            (ours_s - bare) * ms,
            "ms",
            peer_s and (peer_s - bare) * ms,
            who,
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--smoke", action="store_true", help="tiny spec, one run, no peer")
    args = parser.parse_args()
    if args.smoke:
        emit(measure("synthetic 10 operations", synthetic_spec(10), None, "", 1, False))
        return
    rows: list[Row] = []
    svix = svix_spec()
    if svix is not None:
        rows += measure("Svix", svix, SVIX_CONFIG, "access_token='x'", args.runs, True)
    rows += measure("GitHub", github_spec(), None, "", args.runs, True)
    emit(rows)


if __name__ == "__main__":
    main()
