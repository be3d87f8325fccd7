"""Golden Markdown change reports: `tests/specs/diff/reports/<name>.md`.

`make golden` rewrites them (`python -m tests.diff_reports`); `tests/test_diff.py`
compares. A pair whose specs live in ../shared/specs is skipped when they are absent.
"""

from __future__ import annotations

from pathlib import Path

from generator.diff import compare, summarize, to_markdown
from generator.pipeline import generate

from .support.paths import SPECS

DIFF_SPECS = Path(__file__).resolve().parent / "specs" / "diff"
REPORTS = DIFF_SPECS / "reports"

PAIRS: dict[str, tuple[Path, Path]] = {
    "combined": (DIFF_SPECS / "base.yaml", DIFF_SPECS / "combined.yaml"),
    "svix-server": (SPECS / "svix-server.old.openapi.json", SPECS / "svix-server.openapi.json"),
}


def markdown_report(old: Path, new: Path) -> str:
    return to_markdown(compare(summarize(generate(old).api), summarize(generate(new).api)))


def main() -> None:
    REPORTS.mkdir(exist_ok=True)
    for name, (old, new) in PAIRS.items():
        if old.exists() and new.exists():
            (REPORTS / f"{name}.md").write_text(markdown_report(old, new), encoding="utf-8")
            print(f"updated {(REPORTS / name).relative_to(DIFF_SPECS.parents[2])}.md")


if __name__ == "__main__":
    main()
