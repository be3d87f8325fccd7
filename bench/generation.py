"""Figure: generation time and peak memory, ours vs openapi-python-client, same run.

Each run writes into an empty folder; medians of `--runs` runs. Ours generates every
operation of each spec (Svix's internal ones included, as the peer does).
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from .common import SDKGEN, SVIX_CONFIG, Row, emit, emptied, median_run, run_once, scratch
from .peers import peer_generator
from .specs import github_spec, svix_spec, synthetic_spec


def ours(
    spec: Path, config: Path | None, out: Path, runs: int, warm: bool = False
) -> tuple[float, float]:
    """Median (seconds, MiB). Cold: sdkgen's cache (compiled templates, black's results)
    starts empty on every run; warm: it holds what one earlier run left, as on a second
    `generate` or a CI `check` of the same spec."""
    cmd: list[str | Path] = [SDKGEN, "generate", spec, "--output", out, "--quiet"]
    if config is not None:
        cmd += ["--config", config]
    cache = out.parent / f"{out.name}-cache"
    env = {"SDKGEN_CACHE_DIR": str(cache)}
    reset_out = emptied(out)
    if warm:
        run_once(cmd, env)
        before = reset_out
    else:

        def before() -> None:
            reset_out()
            shutil.rmtree(cache, ignore_errors=True)

    run = median_run(cmd, runs, env=env, before=before)
    return run.seconds, run.peak_mib


def peer(spec: Path, out: Path, runs: int) -> tuple[float, float]:
    cmd: list[str | Path] = [
        peer_generator(),
        "generate",
        "--path",
        spec,
        "--output-path",
        out,
        "--overwrite",
    ]
    run = median_run(cmd, runs, before=emptied(out))
    return run.seconds, run.peak_mib


def measure(name: str, spec: Path, config: Path | None, runs: int, with_peer: bool) -> list[Row]:
    with scratch("generation") as folder:
        cold, mib = ours(spec, config, folder / "ours", runs)
        warm, _ = ours(spec, config, folder / "ours-warm", runs, warm=True)
        peer_seconds = peer_mib = None
        if with_peer:
            peer_seconds, peer_mib = peer(spec, folder / "peer", runs)
    who = "openapi-python-client" if with_peer else ""
    return [
        Row("generation time", f"{name}, cold cache", cold, "s", peer_seconds, who),
        Row("generation time", f"{name}, warm cache", warm, "s", peer_seconds, who),
        Row("generation peak memory", name, mib, "MiB", peer_mib, who),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--smoke", action="store_true", help="tiny spec, one run, no peer")
    args = parser.parse_args()
    if args.smoke:
        emit(measure("synthetic 10 operations", synthetic_spec(10), None, 1, False))
        return
    rows: list[Row] = []
    svix = svix_spec()
    if svix is not None:
        rows += measure("Svix (full, 252 operations)", svix, SVIX_CONFIG, args.runs, True)
    rows += measure("GitHub REST", github_spec(), None, args.runs, True)
    emit(rows)


if __name__ == "__main__":
    main()
