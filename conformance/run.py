"""`make conformance`: the peer specs and a corpus sample through generated SDKs and Prism.

    python -m conformance.run --seed 1 --size 300 --jobs 2

Writes `results.jsonl` (one line per spec, every snippet's verdict) and `summary.txt`
to the output folder and prints the summary tables.
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
from .specs import Spec, corpus_sample, peer_specs
from .venv import ensure_venv

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    args = _arguments()
    specs = [] if args.no_peer else peer_specs()
    if args.only:
        specs = [s for s in specs if s.name in args.only]
    specs += corpus_sample(args.seed, args.size)
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    results = run_all(specs, out, args.jobs, args.resume)
    text = "\n".join(
        summarize([r for r in results if r.group == group], title)
        for group, title in (
            ("peer", "peer specs"),
            ("corpus", f"corpus sample (seed {args.seed})"),
        )
    )
    (out / "summary.txt").write_text(text, encoding="utf-8")
    print(text)


def run_all(specs: list[Spec], out: Path, jobs: int, resume: bool = False) -> list[SpecResult]:
    """Every spec, `jobs` at a time, each worker with its own venv; results in spec order.

    With `resume`, specs already in the folder's results.jsonl are not run again."""
    slots: queue.Queue[int] = queue.Queue()
    for slot in range(jobs):
        ensure_venv(out / f"venv-{slot}")
        slots.put(slot)
    lock = threading.Lock()
    done = _earlier(out / "results.jsonl") if resume else {}
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
                print(
                    f"[{len(done)}/{len(specs)}] {result.generate:<7} {result.mypy or '-':<3} "
                    f"{len(result.verdicts) - failed}/{len(result.verdicts)} {spec.name}",
                    flush=True,
                )

        with ThreadPoolExecutor(jobs) as pool:
            list(pool.map(one, todo))
    return [done[spec.name] for spec in specs]


def _earlier(path: Path) -> dict[str, SpecResult]:
    if not path.exists():
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()
    results = [SpecResult.from_json(json.loads(line)) for line in lines if line.strip()]
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
    parser.add_argument("--only", nargs="*", help="peer specs to run (manifest names)")
    parser.add_argument("--resume", action="store_true", help="keep results.jsonl's specs")
    return parser.parse_args()


if __name__ == "__main__":
    main()
