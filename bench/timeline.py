"""When each stage of one `sdkgen` command runs, in which process (a profiling aid, not a
figure).

    python -m bench.timeline [--out DIR] -- generate SPEC [--config FILE] ...

Runs the command in this process, as `sdkgen` would (forking where it forks), and prints
each stage's start and end, in seconds since this process started, for the main process
and the forked ones (validation beside the build, the docs beside the code). A stage of
the main process that waits (`wait`) shows the other process is the longer one there:
that is where work saved shortens the run. The output goes to a temporary folder in
memory unless `--out` names one.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any

START = time.perf_counter()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", help="the output folder (default: a fresh one in memory)")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = [c for c in args.command if c != "--"]
    if command[:1] == ["generate"] and "--output" not in command:
        memory = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None
        out = args.out or os.path.join(tempfile.mkdtemp(dir=memory), "sdk")
        command += ["--output", out]
    import generator.cli as cli  # timed: the imports are part of every run
    from generator import parallel, pipeline, render
    from generator.model.builder import Builder

    print(f"{_at()} main: imports done", file=sys.stderr)
    parent = os.getpid()
    spans: list[tuple[str, Any, str]] = [
        ("load", pipeline, "load_spec"),
        ("build", Builder, "build"),
        ("validate", pipeline, "_validate"),
        ("render code", render, "_render_code"),
        ("format", pipeline, "format_files"),
        ("provenance", pipeline, "provenance_text"),
        ("pristine part", pipeline, "pristine_part"),
        ("wait", parallel.Beside, "result"),
        ("write", cli, "write_generation"),
    ]
    for label, owner, name in spans:
        setattr(owner, name, _timed(label, getattr(owner, name), parent))
    import generator.docs as docs

    docs.render_docs = _timed("render docs", docs.render_docs, parent)
    sys.argv = ["sdkgen", *command]
    with contextlib.suppress(SystemExit):
        cli.main()
    print(f"{_at()} main: done", file=sys.stderr)


def _timed(label: str, work: Callable[..., Any], parent: int) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        begun = _at()
        try:
            return work(*args, **kwargs)
        finally:
            where = "main" if os.getpid() == parent else "fork"
            took = time.perf_counter() - START - float(begun)
            print(f"{begun} {where}: {label} ({took:.3f} s)", file=sys.stderr)

    return timed


def _at() -> str:
    return f"{time.perf_counter() - START:7.3f}"


if __name__ == "__main__":
    main()
