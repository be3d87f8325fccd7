"""A change report as text (terminals, `sdkgen check`), Markdown (changelogs) or JSON."""

from __future__ import annotations

import json

from .. import naming
from .compare import Change, ChangeReport

_SIGNS = {"added": "+", "removed": "-", "changed": "~", "deprecated": "!"}
_SECTIONS = (
    ("added", "Added"),
    ("changed", "Changed"),
    ("deprecated", "Deprecated"),
    ("removed", "Removed"),
)


def headline(report: ChangeReport) -> str:
    if not report.changes:
        return "no changes to the SDK's API"
    return (
        f"{_count(len(report.breaking), 'breaking change')}, "
        f"{_count(len(report.compatible), 'compatible change')}; "
        f"suggested version bump: {report.bump}"
    )


def to_text(report: ChangeReport) -> str:
    lines = [headline(report)]
    for title, changes in (("Breaking", report.breaking), ("Compatible", report.compatible)):
        if changes:
            lines += ["", f"{title} changes:"]
            lines += [f"  {_SIGNS[c.kind]} {_line(c)}" for c in changes]
    return "\n".join(lines) + "\n"


def to_markdown(report: ChangeReport, title: str = "API changes") -> str:
    """A changelog section: breaking changes first, then Keep a Changelog's groups."""
    out = [f"## {naming.md_inline(title)}", ""]
    if not report.changes:
        return "\n".join([*out, "No changes to the SDK's API.", ""])
    out += [
        f"Suggested version bump: **{report.bump}** "
        f"({_count(len(report.breaking), 'breaking change')}, "
        f"{_count(len(report.compatible), 'compatible change')}).",
        "",
    ]
    groups = [("Breaking changes", report.breaking)]
    groups += [(t, tuple(c for c in report.compatible if c.kind == k)) for k, t in _SECTIONS]
    for heading, changes in groups:
        if changes:
            out += [f"### {heading}", "", *(_markdown_item(c) for c in changes), ""]
    return "\n".join(out)


def to_json(report: ChangeReport) -> str:
    data = {
        "bump": report.bump,
        "breaking": len(report.breaking),
        "compatible": len(report.compatible),
        "changes": [
            {
                "kind": c.kind,
                "subject": c.subject,
                "name": c.name,
                "detail": c.detail_text,
                "breaking": c.breaking,
                "bump": c.bump,
            }
            for c in report.changes
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _markdown_item(change: Change) -> str:
    detail = "".join(
        naming.md_code(part) if index % 2 else _md_text(part)
        for index, part in enumerate(change.detail)
        if part
    )
    label = f"{change.kind.capitalize()} {change.subject}" if change.breaking else change.subject
    item = f"- {label[0].upper()}{label[1:]} {naming.md_code(change.name)}"
    return f"{item}: {detail}" if detail else item


def _md_text(text: str) -> str:
    """Markdown-safe text that keeps the spaces around it (they separate code spans)."""
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() else ""
    return lead + naming.md_inline(text) + trail


def _line(change: Change) -> str:
    text = f"{change.kind} {change.subject} {change.name}"
    return f"{text}: {change.detail_text}" if change.detail else text


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
