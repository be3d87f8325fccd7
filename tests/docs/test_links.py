"""Every relative link and #anchor of every generated Markdown file resolves."""

from __future__ import annotations

import pytest

from generator.pipeline import Generation

from .conftest import docs_of
from .linkcheck import anchors, check

NAMES = ("svix", "idioms", "petstore")


@pytest.mark.parametrize("name", NAMES)
def test_every_link_and_anchor_resolves(name: str, all_generations: dict[str, Generation]) -> None:
    report = check(docs_of(all_generations[name]))
    assert not report.broken, f"{len(report.broken)} broken links:\n" + "\n".join(report.broken)
    assert report.files >= 3 and report.links > report.files


def test_svix_docs_link_counts(svix_generation: Generation) -> None:
    """The Svix docs are densely linked: the numbers the closing note reports."""
    report = check(docs_of(svix_generation))
    api = svix_generation.api
    # README, index and What changed, then one page per resource and per definition
    pages = 3 + len(api.resources) + len(api.models) + len(api.enums) + len(api.aliases)
    assert report.files == pages
    assert report.anchors >= 2 * len(api.operations)  # the README's TOC, the method tables
    assert not report.broken


def test_checker_catches_missing_files_and_anchors() -> None:
    files = {
        "README.md": "# Title\n\n[ok](#title) [bad](#nope) [file](docs/a.md#a-b) [gone](x.md)\n",
        "docs/a.md": "## A b\n\n[up](../README.md#title) [dup](#a-b-1)\n\n## A b\n",
    }
    report = check(files)
    assert report.links == 6
    assert sorted(report.broken) == [
        "README.md: (#nope) no such anchor on GitHub, MkDocs",
        "README.md: (x.md) no such file",
        "docs/a.md: (#a-b-1) no such anchor on MkDocs",
    ]


def test_links_inside_code_are_not_checked() -> None:
    files = {"a.md": "```python\nx = d[k](#nope)\n```\n\n`[x](#nope)` [real](#nope2)\n"}
    assert check(files).broken == ["a.md: (#nope2) no such anchor on GitHub, MkDocs"]


def test_anchors_follow_both_renderers() -> None:
    github, mkdocs = anchors("# `svix.app.get_by_id`\n\n## Usage\n\n## Usage\n\n## Émoji ok\n")
    assert {"svixappget_by_id", "usage", "usage-1", "émoji-ok"} <= github
    assert {"svixappget_by_id", "usage", "usage_1", "emoji-ok"} <= mkdocs
