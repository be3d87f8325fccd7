"""Figure: generation time and peak memory on synthetic specs of 100, 1,000 and 10,000
operations, to show both grow linearly (time per operation stays flat)."""

from __future__ import annotations

import argparse

from .common import Row, byte_compiled, emit, scratch
from .generation import ours
from .specs import synthetic_spec

SIZES = (100, 1_000, 10_000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--smoke", action="store_true", help="10 and 20 operations, one run")
    args = parser.parse_args()
    byte_compiled()
    sizes, runs = ((10, 20), 1) if args.smoke else (SIZES, args.runs)
    rows: list[Row] = []
    with scratch("scaling", in_memory=True) as folder:
        for size in sizes:
            seconds, mib = ours(synthetic_spec(size), None, folder / str(size), runs)  # cold
            case = f"synthetic {size:,} operations"
            per_op = f"{1000 * seconds / size:.2f} ms/operation"
            rows.append(Row("scaling: generation time", case, seconds, "s", note=per_op))
            rows.append(Row("scaling: peak memory", case, mib, "MiB"))
    emit(rows)


if __name__ == "__main__":
    main()
