"""A small checker for the links of generated Markdown: relative files and #anchors.

Anchors are computed the way GitHub and MkDocs (Python-Markdown's `toc`) compute them,
duplicates included (`-1` on GitHub, `_1` in MkDocs); a link must resolve under both,
because the README is read on GitHub and the docs folder is also built by MkDocs.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from generator.docs.markdown import github_slug, mkdocs_slug

_FENCE = re.compile(r"^```.*?^```[^\n]*$", re.M | re.S)
_CODE_SPAN = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)", re.S)
_LINK = re.compile(r"(?<!\\)\]\(([^)\s]+)\)")
_HEADING = re.compile(r"^(#{1,6}) +(.+?) *#*$", re.M)
_HTML_ID = re.compile(r"""\bid=["']([^"']+)["']""")


@dataclass
class Report:
    """What the checker looked at, and every link that did not resolve."""

    files: int = 0
    links: int = 0
    anchors: int = 0
    broken: list[str] = field(default_factory=list)


def without_code(text: str) -> str:
    """The text with fenced blocks and code spans blanked (links there are not links)."""
    text = _FENCE.sub("", text)
    return _CODE_SPAN.sub("code", text)


def heading_text(raw: str) -> str:
    """What a heading renders to: code spans keep their content, links their text."""
    text = re.sub(r"(?<!\\)\[([^\]]*)\]\([^)]*\)", r"\1", raw)
    text = re.sub(r"\\(.)", r"\1", text)
    return text.replace("`", "")


def anchors(text: str) -> tuple[set[str], set[str]]:
    """(GitHub anchors, MkDocs anchors) of a Markdown page."""
    github: dict[str, int] = {}
    mkdocs: dict[str, int] = {}
    found_github: set[str] = set()
    found_mkdocs: set[str] = set()
    for _, raw in _HEADING.findall(_FENCE.sub("", text)):
        title = heading_text(raw)
        found_github.add(_unique(github_slug(title), github, "-"))
        found_mkdocs.add(_unique(mkdocs_slug(title), mkdocs, "_"))
    ids = set(_HTML_ID.findall(_FENCE.sub("", text)))
    return found_github | ids, found_mkdocs | ids


def _unique(slug: str, seen: dict[str, int], sep: str) -> str:
    count = seen.get(slug, 0)
    seen[slug] = count + 1
    return slug if count == 0 else f"{slug}{sep}{count}"


def check(files: Mapping[str, str]) -> Report:
    """Check every link of every `.md` file in `files` (relative path -> text)."""
    report = Report()
    pages = {path: anchors(text) for path, text in files.items() if path.endswith(".md")}
    for path, text in files.items():
        if not path.endswith(".md"):
            continue
        report.files += 1
        for target in _LINK.findall(without_code(text)):
            if re.match(r"^[a-z][a-z0-9+.-]*:", target):
                continue  # http:, https:, mailto: ...
            report.links += 1
            problem = _problem(path, target, files, pages, report)
            if problem:
                report.broken.append(f"{path}: ({target}) {problem}")
    return report


def _problem(
    path: str,
    target: str,
    files: Mapping[str, str],
    pages: Mapping[str, tuple[set[str], set[str]]],
    report: Report,
) -> str:
    file_part, _, fragment = target.partition("#")
    if file_part:
        resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), file_part))
        if resolved not in files:
            return "no such file"
    else:
        resolved = path
    if not fragment:
        return ""
    report.anchors += 1
    if resolved not in pages:
        return "anchor into a file that is not Markdown"
    github, mkdocs = pages[resolved]
    renderers = (("GitHub", github), ("MkDocs", mkdocs))
    missing = [name for name, found in renderers if fragment not in found]
    return f"no such anchor on {', '.join(missing)}" if missing else ""
