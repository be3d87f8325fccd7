"""Figure: SDK import time in a fresh interpreter, bytecode precompiled, against bare
`import httpx, pydantic` measured in the same run.

Each fresh interpreter times `import httpx, pydantic` first, then the SDK statement, so
"above bare" is measured within one process (interpreter start-up varies by tens of
milliseconds from one process to the next); ours and the peer take turns.

Ours: `from <pkg> import <Client>; <Client>(...)`. The peer (openapi-python-client):
its client plus one endpoint module, which is what a first call needs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

from .common import SVIX_CONFIG, Row, emit, scratch
from .peers import peer_venv
from .sdks import Sdk, generate_ours, generate_peer, peer_endpoint_module
from .specs import github_spec, svix_spec, synthetic_spec

BARE = "import httpx, pydantic"


PROBE = """\
import time
start = time.perf_counter()
import httpx, pydantic
bare = time.perf_counter()
{statement}
print(bare - start, time.perf_counter() - bare)
"""


def probe(python: Path, statement: str, path: Path | None) -> tuple[float, float]:
    """(seconds for `import httpx, pydantic`, seconds for the statement after it)."""
    env = {**os.environ, "PYTHONPATH": str(path)} if path else None
    done = subprocess.run(
        [str(python), "-c", PROBE.format(statement=statement)],
        check=True, env=env, capture_output=True, text=True,
    )  # fmt: skip
    bare, above = done.stdout.split()
    return float(bare), float(above)


def timed(
    python: Path, statements: dict[str, tuple[str, Path]], runs: int
) -> dict[str, tuple[float, float]]:
    """Median (bare, above bare) seconds per statement; one warm-up round first."""
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in statements}
    for index in range(runs + 1):
        for name, (statement, path) in statements.items():
            result = probe(python, statement, path)
            if index:
                samples[name].append(result)
    return {
        name: (statistics.median(b for b, _ in s), statistics.median(a for _, a in s))
        for name, s in samples.items()
    }


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
        statements = {"ours": (ours_statement(ours, credential), ours.root)}
        if peer is not None:
            statements["peer"] = (peer_statement(peer), peer.root)
        times = timed(python, statements, runs)
    ms = 1000.0
    who = "openapi-python-client" if with_peer else ""
    bare, ours_above = times["ours"]
    peer_above = times["peer"][1] if "peer" in times else None
    return [
        Row("import time", f"{case}: bare `{BARE}`", bare * ms, "ms"),
        Row(
            "import time",
            f"{case}: SDK, total",
            (bare + ours_above) * ms,
            "ms",
            peer_above and (times["peer"][0] + peer_above) * ms,
            who,
        ),
        Row(
            "import time",
            f"{case}: SDK above bare",
            ours_above * ms,
            "ms",
            peer_above and peer_above * ms,
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
