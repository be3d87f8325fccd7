"""The one-screen summary of a corpus run: both generators side by side, then failure classes."""

from __future__ import annotations

import csv
import re
import statistics
import sys
from collections import Counter

FIELDS = ["spec", "generator", "outcome", "detail", "seconds", "peak_mib",
          "imports", "mypy", "ruff", "check_detail"]  # fmt: skip


def summarize(rows: list[dict[str, str]], seed: int, size: int) -> str:
    """A table (generate %, import %, mypy %, ruff %, crashes, times, memory) and the top
    failure classes of each generator."""
    generators = sorted({r["generator"] for r in rows}, key=lambda g: g != "sdkgen")
    lines = [f"corpus sample: {size} specs (seed {seed})", ""]
    header = f"{'':<26}" + "".join(f"{g:>24}" for g in generators)
    lines.append(header)
    per = {g: [r for r in rows if r["generator"] == g] for g in generators}
    for label, value in _METRICS:
        lines.append(f"{label:<26}" + "".join(f"{value(per[g]):>24}" for g in generators))
    for g in generators:
        lines += ["", f"{g}: failure classes (count, class, one example)"]
        classes = Counter(_failure_class(r) for r in per[g] if _failure_class(r))
        examples: dict[str, str] = {}
        for r in per[g]:
            examples.setdefault(_failure_class(r), r["spec"])
        for name, count in classes.most_common(12):
            lines.append(f"  {count:>4}  {name[:90]}  (e.g. {examples[name]})")
    return "\n".join(lines) + "\n"


def _pct(rows: list[dict[str, str]], key: str, value: str) -> str:
    if not rows:
        return "-"
    hits = sum(r[key] == value for r in rows)
    return f"{hits}/{len(rows)} = {100 * hits / len(rows):.1f}%"


def _times(rows: list[dict[str, str]], q: float) -> str:
    values = sorted(float(r["seconds"]) for r in rows if r["outcome"] != "crash" or r["seconds"])
    if not values:
        return "-"
    index = min(len(values) - 1, round(q * (len(values) - 1)))
    return f"{values[index]:.2f}s"


def _memory(rows: list[dict[str, str]]) -> str:
    values = [float(r["peak_mib"]) for r in rows]
    return f"{statistics.median(values):.0f} / {max(values):.0f} MiB" if values else "-"


_METRICS = (
    ("generates", lambda rs: _pct(rs, "outcome", "ok")),
    ("clear refusals", lambda rs: str(sum(r["outcome"] == "refused" for r in rs))),
    ("crashes", lambda rs: str(sum(r["outcome"] == "crash" for r in rs))),
    ("imports", lambda rs: _pct(rs, "imports", "yes")),
    ("mypy --strict clean", lambda rs: _pct(rs, "mypy", "yes")),
    ("ruff clean", lambda rs: _pct(rs, "ruff", "yes")),
    ("generation time median", lambda rs: _times(rs, 0.5)),
    ("generation time p95", lambda rs: _times(rs, 0.95)),
    ("peak memory median / max", _memory),
)


def _failure_class(row: dict[str, str]) -> str:
    """A short, comparable name for why a row failed ('' when it did not)."""
    if row["outcome"] != "ok":
        detail = row["detail"].split(" | ")[-1] if row["outcome"] == "crash" else row["detail"]
        return f"{row['outcome']}: {_generalize(detail)}"
    if row["imports"] != "yes":
        return f"import: {_generalize(row['check_detail'])}"
    if row["mypy"] != "yes":
        code = re.search(r"\[([a-z-]+)\]\s*$", row["check_detail"])
        return f"mypy: [{code[1]}]" if code else f"mypy: {_generalize(row['check_detail'])}"
    return ""


def _generalize(text: str) -> str:
    """Drop the spec-specific parts (names, pointers, numbers) so failures group."""
    text = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", text)
    text = re.sub(r"/[^\s:]+", "/…", text)
    return re.sub(r"\d+", "N", text)[:160]


def main() -> None:
    """`python -m corpus.summary results.csv [seed]`: the summary of a (partial) run."""
    with open(sys.argv[1], encoding="utf-8", newline="") as handle:
        rows = list({(r["spec"], r["generator"]): r for r in csv.DictReader(handle)}.values())
    generators = {r["generator"] for r in rows}
    # a stopped run: compare only the specs every generator has finished
    done = {s for s in {r["spec"] for r in rows}
            if {r["generator"] for r in rows if r["spec"] == s} == generators}  # fmt: skip
    complete = [r for r in rows if r["spec"] in done]
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    print(summarize(complete, seed, len(done)), end="")


if __name__ == "__main__":
    main()
