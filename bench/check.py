"""Figure: `sdkgen check` on an unchanged spec (the CI drift check): time, and proof that
it writes nothing (the output folder's files keep their modification times)."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import SDKGEN, SVIX_CONFIG, Row, byte_compiled, emit, median_run, run_once, scratch
from .specs import svix_spec, synthetic_spec


def snapshot(folder: Path) -> dict[str, int]:
    return {str(p): p.stat().st_mtime_ns for p in sorted(folder.rglob("*"))}


def measure(case: str, spec: Path, config: Path | None, runs: int) -> list[Row]:
    """Warm: the check after a `generate` on the same machine (the user cache knows the
    run: pre-commit hooks, CI with a cached ~/.cache); cold: no cache, a full generation
    compared file by file (a CI runner starting empty)."""
    extra: list[str | Path] = ["--config", config] if config is not None else []
    rows = []
    with scratch("check", in_memory=True) as folder:
        out = folder / "sdk"
        for label, cache in (("warm cache", str(folder / "cache")), ("no cache", "")):
            env = {"SDKGEN_CACHE_DIR": cache}
            run_once([SDKGEN, "generate", spec, "--output", out, "--quiet", *extra], env)
            before = snapshot(out)
            run = median_run([SDKGEN, "check", spec, "--output", out, *extra], runs, env=env)
            after = snapshot(out)
            written = sum(1 for path, mtime in after.items() if before.get(path) != mtime)
            written += len(set(before) - set(after))
            note = f"{written} files written, {run.cpu_seconds:.2f} s CPU"
            name = f"{case}, {label}"
            rows.append(Row("check, unchanged spec", name, run.seconds, "s", note=note))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--smoke", action="store_true", help="tiny spec, one run")
    args = parser.parse_args()
    byte_compiled()
    if args.smoke:
        emit(measure("synthetic 10 operations", synthetic_spec(10), None, 1))
        return
    svix = svix_spec()
    if svix is None:
        raise SystemExit("the full Svix spec (../shared/specs/svix.openapi.json) is missing")
    emit(measure("Svix (full, 252 operations)", svix, SVIX_CONFIG, args.runs))


if __name__ == "__main__":
    main()
