"""`make conformance`: the peer specs and a corpus sample through generated SDKs and Prism.

    python -m conformance.run --seed 1 --size 300 --jobs 2

Writes `results.jsonl` (one line per spec, every snippet's verdict) and `summary.txt`
to the output folder and prints the summary tables. To check a fix on the specs it
concerns, re-run only those into a copy of a full run's folder:

    cp DIR/results.jsonl COPY/ && python -m conformance.run --resume --out COPY \
        --only adobe.com/aem.json just-eat.co.uk.json
    python -m conformance.report COPY/results.jsonl
"""

from __future__ import annotations

import argparse
import json
import queue
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .harness import SpecResult, check_spec
from .report import summarize
from .specs import CORPUS, Spec, corpus_named, corpus_sample, peer_specs
from .venv import ensure_venv

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    args = _arguments()
    specs = [] if args.no_peer else peer_specs()
    specs += corpus_sample(args.seed, args.size)
    if args.only:
        specs = chosen(specs, args.only)
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    rerun = {spec.name for spec in specs} if args.only else set()
    results = run_all(specs, out, args.jobs, args.resume, rerun)
    text = "\n".join(
        summarize([r for r in results if r.group == group], title)
        for group, title in (
            ("peer", "peer specs"),
            ("corpus", f"corpus sample (seed {args.seed})"),
        )
    )
    (out / "summary.txt").write_text(text, encoding="utf-8")
    print(text)


def chosen(specs: list[Spec], names: list[str], root: Path = CORPUS) -> list[Spec]:
    """The specs named: peer manifest names, or corpus names (the path under the
    directory's api/) whether the sample drew them or not. An unknown name is an error."""
    by_name = {spec.name: spec for spec in specs}
    unknown = [n for n in names if n not in by_name and not (root / n).is_file()]
    if unknown:
        raise SystemExit(
            f"--only: no peer spec or corpus spec named {', '.join(unknown)} "
            f"(corpus names are paths under {root}, e.g. adobe.com/aem.json)"
        )
    missing = [n for n in dict.fromkeys(names) if n not in by_name]
    found = {spec.name: spec for spec in corpus_named(missing, root)}
    return [by_name.get(name) or found[name] for name in dict.fromkeys(names)]


def run_all(
    specs: list[Spec], out: Path, jobs: int, resume: bool = False, rerun: set[str] | None = None
) -> list[SpecResult]:
    """Every spec, `jobs` at a time, each worker with its own venv; results in spec order.

    With `resume`, specs already in the folder's results.jsonl are not run again, except
    those in `rerun`, whose earlier lines are replaced."""
    slots: queue.Queue[int] = queue.Queue()
    for slot in range(jobs):
        ensure_venv(out / f"venv-{slot}")
        slots.put(slot)
    lock = threading.Lock()
    done = _earlier(out / "results.jsonl", rerun or set()) if resume else {}
    todo = [spec for spec in specs if spec.name not in done]
    with (out / "results.jsonl").open("a" if resume else "w", encoding="utf-8") as log:

        def one(spec: Spec) -> None:
            slot = slots.get()
            try:
                python = out / f"venv-{slot}" / "bin" / "python"
                result = check_spec(spec, python, out / f"work-{slot}")
            finally:
                slots.put(slot)
            with lock:
                done[spec.name] = result
                log.write(json.dumps(result.to_json()) + "\n")
                log.flush()
                failed = sum(1 for v in result.verdicts if v.owner == "generator")
                finished = sum(1 for s in specs if s.name in done)  # not the file's others
                print(
                    f"[{finished}/{len(specs)}] {result.generate:<7} {result.mypy or '-':<3} "
                    f"{len(result.verdicts) - failed}/{len(result.verdicts)} {spec.name}",
                    flush=True,
                )

        with ThreadPoolExecutor(jobs) as pool:
            list(pool.map(one, todo))
    return [done[spec.name] for spec in specs]


def _earlier(path: Path, rerun: set[str]) -> dict[str, SpecResult]:
    """The results already in `path`, minus those of `rerun` (dropped from the file too)."""
    if not path.exists():
        return {}
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    kept = [line for line in lines if json.loads(line)["name"] not in rerun]
    if len(kept) != len(lines):
        path.write_text("".join(line + "\n" for line in kept), encoding="utf-8")
    results = [SpecResult.from_json(json.loads(line)) for line in kept]
    return {result.name: result for result in results}


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m conformance.run", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--size", type=int, default=300, help="corpus specs (0: none)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--out", type=Path, default=REPO / ".cache" / "conformance")
    parser.add_argument("--no-peer", action="store_true", help="skip ../shared/peer-specs")
    parser.add_argument(
        "--only",
        nargs="*",
        metavar="NAME",
        help="only these specs: peer manifest names or corpus paths under api/ (drawn or "
        "not); with --resume they are run again and replace their earlier results",
    )
    parser.add_argument(
        "--resume", action="store_true", help="keep results.jsonl's specs, run the others"
    )
    return parser.parse_args()


if __name__ == "__main__":
    main()
