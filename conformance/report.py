"""The conformance table: steps passed per group, snippets by owner, failures by class."""

from __future__ import annotations

import argparse
import dataclasses
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from . import excuses
from .classify import excuse, rejudge
from .harness import SpecResult
from .specs import CORPUS_EXCUSES, peer_specs

_OWNERS = (
    ("generator", "generator's"),
    ("excused", "excused (listed with evidence)"),
    ("prism", "Prism's (cannot serve)"),
    ("spec", "the spec's (invalid, or no 2xx)"),
    ("harness", "the harness's own errors"),
)


def summarize(results: Sequence[SpecResult], title: str) -> str:
    """The table for one group of specs (peer or corpus)."""
    if not results:
        return f"{title}: no specs\n"
    total = len(results)
    lines = [f"{title}: {total} specs", ""]
    for label, key, passing in (
        ("generates", "generate", "ok"),
        ("imports", "imports", "yes"),
        ("mypy --strict clean", "mypy", "yes"),
        ("ruff clean", "ruff", "yes"),
    ):
        good = sum(1 for r in results if getattr(r, key) == passing)
        lines.append(f"{label:<34}{_ratio(good, total):>20}")
    verdicts = [(r, v) for r in results for v in r.verdicts]
    snippets = len(verdicts)
    ok = sum(1 for _, v in verdicts if v.ok)
    owners = Counter(v.owner for _, v in verdicts if not v.ok)
    servable = snippets - sum(owners[o] for o in ("prism", "excused", "spec", "harness"))
    lines.append(f"{'snippets run':<34}{_ratio(ok, snippets):>20}")
    lines.append(f"{'snippets run, of those Prism serves':<34}{_ratio(ok, servable):>20}")
    for owner, text in _OWNERS:
        lines.append(f"  failures, {text:<30}{owners[owner]:>12}")
    lines += ["", *_classes(results)]
    return "\n".join(lines) + "\n"


def _ratio(good: int, total: int) -> str:
    return f"{good}/{total} = {100.0 * good / total:.1f}%" if total else "0/0"


def _classes(results: Sequence[SpecResult]) -> list[str]:
    """Failure classes, most frequent first, with one example each."""
    counts: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], str] = {}
    for result in results:
        for step, passing in (
            ("generate", "ok"),
            ("imports", "yes"),
            ("mypy", "yes"),
            ("ruff", "yes"),
        ):
            value = getattr(result, step)
            if value and value != passing:
                key = ("step", f"{step}: {value}")
                counts[key] += 1
                examples.setdefault(key, f"{result.name}: {result.detail[:160]}")
        for verdict in result.verdicts:
            if not verdict.ok:
                key = (verdict.owner, verdict.klass)
                counts[key] += 1
                examples.setdefault(key, f"{result.name} {verdict.label}: {verdict.detail[:160]}")
    if not counts:
        return ["no failures"]
    lines = ["failures by class (count, owner, class, one example)"]
    for key, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        lines.append(f"{count:>6}  {key[0]:<9} {key[1]}")
        lines.append(f"          e.g. {examples[key]}")
    return lines


def load(paths: Sequence[Path], listed: excuses.Excuses | None = None) -> dict[str, SpecResult]:
    """Results by spec from results.jsonl files (a later file wins), verdicts re-judged
    and the generator's excused by today's excuse files (or `listed`), as a run today
    would: an excuse added since the run counts when its class and violations match."""
    listed = current_excuses() if listed is None else listed
    found: dict[str, SpecResult] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                result = SpecResult.from_json(json.loads(line))
                spec_excuses = listed.get(result.name, {})
                verdicts = [
                    excuse(rejudge(v), spec_excuses.get(v.label), result.invalid)
                    for v in result.verdicts
                ]
                found[result.name] = dataclasses.replace(result, verdicts=verdicts)
    return found


def current_excuses() -> excuses.Excuses:
    """Every excuse the harness would apply today: the peer specs' and the corpus's."""
    listed = {spec.name: dict(spec.excused) for spec in peer_specs()}
    listed.update(excuses.load(CORPUS_EXCUSES))
    return listed


def main() -> None:
    """`python -m conformance.report RESULTS.jsonl...`: the tables of saved runs."""
    parser = argparse.ArgumentParser(prog="python -m conformance.report", description=main.__doc__)
    parser.add_argument("results", type=Path, nargs="+")
    parser.add_argument(
        "--common-with", type=Path, nargs="*", default=[],
        help="only the specs these results.jsonl files also hold (to compare two runs)",
    )  # fmt: skip
    args = parser.parse_args()
    results = load(args.results)
    if args.common_with:
        common = load(args.common_with)
        results = {name: r for name, r in results.items() if name in common}
    for group, title in (("peer", "peer specs"), ("corpus", "corpus sample")):
        print(summarize([r for r in results.values() if r.group == group], title))


if __name__ == "__main__":
    main()
