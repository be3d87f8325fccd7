"""Figure: `sdkgen check` on an unchanged spec (the CI drift check): time, and proof that
it writes nothing (the output folder's files keep their modification times)."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import SDKGEN, SVIX_CONFIG, Row, emit, median_run, run_once, scratch
from .specs import svix_spec, synthetic_spec


def snapshot(folder: Path) -> dict[str, int]:
    return {str(p): p.stat().st_mtime_ns for p in sorted(folder.rglob("*"))}


def measure(case: str, spec: Path, config: Path | None, runs: int) -> list[Row]:
    extra: list[str | Path] = ["--config", config] if config is not None else []
    with scratch("check") as folder:
        out = folder / "sdk"
        run_once([SDKGEN, "generate", spec, "--output", out, "--quiet", *extra])
        before = snapshot(out)
        run = median_run([SDKGEN, "check", spec, "--output", out, *extra], runs)
        written = sum(1 for path, mtime in snapshot(out).items() if before.get(path) != mtime)
        written += len(set(before) - set(snapshot(out)))
    note = f"{written} files written, {run.cpu_seconds:.2f} s CPU"
    return [Row("check, unchanged spec", case, run.seconds, "s", note=note)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--smoke", action="store_true", help="tiny spec, one run")
    args = parser.parse_args()
    if args.smoke:
        emit(measure("synthetic 10 operations", synthetic_spec(10), None, 1))
        return
    svix = svix_spec()
    if svix is None:
        raise SystemExit("the full Svix spec (../shared/specs/svix.openapi.json) is missing")
    emit(measure("Svix (full, 252 operations)", svix, SVIX_CONFIG, args.runs))


if __name__ == "__main__":
    main()
