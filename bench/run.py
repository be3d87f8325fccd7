"""`make bench`: run every figure's script and print one table, ours vs peers, same run.

Each script is also runnable alone (`python -m bench.generation`) and prints its rows as
JSON lines. `--smoke` runs each one in a tiny mode (one run, tiny specs, no peer, no
network) that only checks the scripts work; the test suite runs it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

from .common import ROOT, Row, load_average

FIGURES = ("generation", "check", "scaling", "imports", "calls", "runtime")


def collect(figure: str, extra: list[str]) -> list[Row]:
    done = subprocess.run(
        [sys.executable, "-m", f"bench.{figure}", *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"bench.{figure} failed:\n{done.stderr[-4000:]}")
    return [Row(**json.loads(line)) for line in done.stdout.splitlines() if line.startswith("{")]


def table(rows: list[Row]) -> str:
    header = ("figure", "case", "sdkgen", "peer", "peer / sdkgen", "note")
    lines = [header]
    for row in rows:
        peer = f"{row.peer:.3f} {row.unit}" if row.peer is not None else "-"
        ratio = f"{row.ratio:.1f}x" if row.ratio is not None else "-"
        note = ", ".join(n for n in (row.peer_name, row.note) if n)
        lines.append((row.figure, row.case, f"{row.ours:.3f} {row.unit}", peer, ratio, note))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = [
        "| " + " | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) + " |"
        for line in lines
    ]
    out.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("figures", nargs="*", help=f"some of: {' '.join(FIGURES)} (default: all)")
    args = parser.parse_args()
    unknown = set(args.figures) - set(FIGURES)
    if unknown:
        parser.error(f"unknown figures: {' '.join(sorted(unknown))}")
    extra = ["--smoke"] if args.smoke else ["--runs", str(args.runs)]
    started, load_before = time.perf_counter(), load_average()
    rows: list[Row] = []
    for figure in args.figures or FIGURES:
        print(f"running bench.{figure} ...", file=sys.stderr, flush=True)
        found = collect(figure, extra)
        print(table(found), file=sys.stderr, flush=True)  # shown as soon as it is measured
        rows += found
    print(table(rows))
    cpus = os.cpu_count()
    print(
        f"\n{cpus} CPUs; load average {load_before} before, {load_average()} after; "
        f"medians of {1 if args.smoke else args.runs} runs; {time.perf_counter() - started:.0f} s"
    )


if __name__ == "__main__":
    main()
