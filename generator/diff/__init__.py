"""`sdkgen diff`: what changed in an API between two specs, for the people using its SDK.

Both specs go through the whole front end (load, normalize, build the IR); the IRs are
reduced to summaries of the SDK surface (`summary`), compared rule by rule (`compare`)
and reported as text, Markdown or JSON (`report`).
"""

from __future__ import annotations

import json
from pathlib import Path

from .. import ir
from .compare import BUMPS, Bump, Change, ChangeReport, compare
from .report import headline, to_json, to_markdown, to_text
from .summary import SUMMARY_FILE, Summary, summarize, summary_text

EXIT_CODES: dict[Bump, int] = {"none": 0, "patch": 3, "minor": 3, "major": 4}
"""`sdkgen diff` exit codes: 0 no API change, 3 compatible changes only, 4 breaking."""

__all__ = [
    "BUMPS",
    "EXIT_CODES",
    "SUMMARY_FILE",
    "Change",
    "ChangeReport",
    "compare",
    "headline",
    "render",
    "stored_summary",
    "summarize",
    "summary_text",
    "to_json",
    "to_markdown",
    "to_text",
]


def render(report: ChangeReport, fmt: str) -> str:
    """The report in one of the `--format` choices: text, markdown, json."""
    if fmt == "markdown":
        return to_markdown(report)
    if fmt == "json":
        return to_json(report)
    return to_text(report)


def stored_summary(outdir: Path) -> Summary | None:
    """The summary `generate` left in `outdir` last time, if there is a readable one."""
    try:
        data = json.loads((outdir / SUMMARY_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("operations"), dict) else None


def drift_report(outdir: Path, api: ir.Api) -> ChangeReport | None:
    """API changes between the SDK in `outdir` and `api`, when the old surface is known."""
    old = stored_summary(outdir)
    return None if old is None else compare(old, summarize(api))
