"""Figure: generation time and peak memory, ours vs openapi-python-client, same run.

Each run writes into an empty folder. The cases (ours with a cold cache, ours with a warm
one, the peer) run in turns, `--runs` rounds, and each row is the median of its runs: a
change in the machine's load during the measurement then weighs on every case alike, so
the ratios stay fair. Ours generates every operation of each spec (Svix's internal ones
included, as the peer does).

    python -m bench.generation [--runs 5] [--spec svix-full] [--spec github] [--no-peer]
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from .common import (
    SDKGEN,
    SVIX_CONFIG,
    Case,
    Row,
    alternating,
    byte_compiled,
    emit,
    emptied,
    load_average,
    run_once,
    scratch,
)
from .peers import peer_generator
from .specs import github_spec, svix_spec, synthetic_spec


def ours_case(spec: Path, config: Path | None, out: Path, warm: bool = False) -> Case:
    """Cold: sdkgen's cache (compiled templates, black's results) starts empty on every
    run; warm: it holds what one earlier run left, as on a second `generate` or a CI
    `check` of the same spec."""
    cmd: list[str | Path] = [SDKGEN, "generate", spec, "--output", out, "--quiet"]
    if config is not None:
        cmd += ["--config", config]
    cache = out.parent / f"{out.name}-cache"
    env = {"SDKGEN_CACHE_DIR": str(cache)}
    reset_out = emptied(out)
    if warm:
        shutil.rmtree(cache, ignore_errors=True)
        run_once(cmd, env)
        return Case(cmd, env, reset_out)

    def before() -> None:
        reset_out()
        shutil.rmtree(cache, ignore_errors=True)

    return Case(cmd, env, before)


def ours(
    spec: Path, config: Path | None, out: Path, runs: int, warm: bool = False
) -> tuple[float, float]:
    """Median (seconds, MiB) of ours alone (the scaling figure)."""
    run = alternating({"ours": ours_case(spec, config, out, warm)}, runs)["ours"]
    return run.seconds, run.peak_mib


def peer_case(spec: Path, out: Path) -> Case:
    cmd: list[str | Path] = [
        peer_generator(),
        "generate",
        "--path",
        spec,
        "--output-path",
        out,
        "--overwrite",
    ]
    return Case(cmd, None, emptied(out))


def measure(name: str, spec: Path, config: Path | None, runs: int, with_peer: bool) -> list[Row]:
    load = load_average()
    with scratch("generation", in_memory=True) as folder:
        cases = {
            "cold": ours_case(spec, config, folder / "ours"),
            "warm": ours_case(spec, config, folder / "ours-warm", warm=True),
        }
        if with_peer:
            cases["peer"] = peer_case(spec, folder / "peer")
        found = alternating(cases, runs)
    peer = found.get("peer")
    who = "openapi-python-client" if with_peer else ""
    note = f"alternating, load {load} -> {load_average()}"

    def cpu(case: str) -> str:
        theirs = f" vs {peer.cpu_seconds:.2f} s" if peer is not None else ""
        return f"{note}; CPU {found[case].cpu_seconds:.2f} s{theirs}"

    peer_seconds = peer.seconds if peer is not None else None
    peer_mib = peer.peak_mib if peer is not None else None
    return [
        Row(
            "generation time",
            f"{name}, cold cache",
            found["cold"].seconds,
            "s",
            peer_seconds,
            who,
            cpu("cold"),
        ),
        Row(
            "generation time",
            f"{name}, warm cache",
            found["warm"].seconds,
            "s",
            peer_seconds,
            who,
            cpu("warm"),
        ),
        Row("generation peak memory", name, found["cold"].peak_mib, "MiB", peer_mib, who),
    ]


SPECS = ("svix-full", "github")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--smoke", action="store_true", help="tiny spec, one run, no peer")
    parser.add_argument(
        "--spec", action="append", choices=SPECS, help="only these specs (default: both)"
    )
    parser.add_argument("--no-peer", action="store_true", help="ours only")
    args = parser.parse_args()
    byte_compiled()
    if args.smoke:
        emit(measure("synthetic 10 operations", synthetic_spec(10), None, 1, False))
        return
    wanted = args.spec or list(SPECS)
    rows: list[Row] = []
    if "svix-full" in wanted:
        svix = svix_spec()
        if svix is None:
            raise SystemExit("the full Svix spec (../shared/specs/svix.openapi.json) is missing")
        rows += measure(
            "Svix (full, 252 operations)", svix, SVIX_CONFIG, args.runs, not args.no_peer
        )
    if "github" in wanted:
        rows += measure("GitHub REST", github_spec(), None, args.runs, not args.no_peer)
    emit(rows)


if __name__ == "__main__":
    main()
