"""Where one generation's time goes, stage by stage (a profiling aid, not a figure).

    python -m bench.stages SPEC [CONFIG] [--serial]

Prints the interpreter's import of the pipeline, each stage's wall time as the pipeline
records it (with `--serial`, `SDKGEN_JOBS=1`: nothing runs in a forked process), and the
time to write the files into a fresh folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("spec", type=Path)
    parser.add_argument("config", type=Path, nargs="?")
    parser.add_argument("--serial", action="store_true", help="no forked stages")
    args = parser.parse_args()
    if args.serial:
        os.environ["SDKGEN_JOBS"] = "1"
    start = time.perf_counter()
    from generator.output.writer import write_tree
    from generator.pipeline import generate

    imported = time.perf_counter()
    result = generate(args.spec, args.config)
    generated = time.perf_counter()
    folder = Path(tempfile.mkdtemp(prefix="sdkgen-stages-"))
    try:
        write_tree(folder / "out", result.files)
        written = time.perf_counter()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"import pipeline  {imported - start:7.3f} s")
    for stage, seconds in result.timings.items():
        print(f"  {stage:<14} {seconds:7.3f} s")
    print(f"generate         {generated - imported:7.3f} s")
    print(f"write {len(result.files):>5} files {written - generated:7.3f} s")


if __name__ == "__main__":
    sys.exit(main())
