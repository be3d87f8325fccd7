"""Where one `sdkgen` command's time goes, function by function (a profiling aid, not a figure).

    python -m bench.profile [--top 25] [--cache DIR] [--prepare] -- generate SPEC --output OUT ...

Runs the command in this process under cProfile with `SDKGEN_JOBS=1` (nothing forks, so
every stage is seen; a real run overlaps some of them on a second core) and prints the
top entries by cumulative and by own time. The cache is off unless `--cache DIR` is given
(`--prepare` runs the command once, unprofiled, first: a warm cache, an existing output
for `check`).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--cache", default="", help="SDKGEN_CACHE_DIR (default: cache off)")
    parser.add_argument("--prepare", nargs="*", help="an sdkgen command to run first, unprofiled")
    parser.add_argument("--save", help="also write the raw profile here (pstats format)")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = [c for c in args.command if c != "--"]
    os.environ["SDKGEN_JOBS"] = "1"
    os.environ["SDKGEN_CACHE_DIR"] = args.cache
    from generator.cli import main as sdkgen

    if args.prepare:
        _run(sdkgen, args.prepare)
    profile = cProfile.Profile()
    profile.enable()
    code = _run(sdkgen, command)
    profile.disable()
    if args.save:
        profile.dump_stats(args.save)
    for order in ("cumulative", "tottime"):
        out = io.StringIO()
        stats = pstats.Stats(profile, stream=out).strip_dirs().sort_stats(order)
        stats.print_stats(args.top)
        body = out.getvalue()
        print(f"=== by {order} (exit {code}) ===")
        print(body[body.find("   ncalls") :])


def _run(sdkgen: object, argv: list[str]) -> int:
    sys.argv = ["sdkgen", *argv]
    try:
        sdkgen()  # type: ignore[operator]
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else 1
    return 0


if __name__ == "__main__":
    main()
