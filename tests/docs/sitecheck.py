"""Building, serving and looking at a generated docs site, for the site tests."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from generator.output.writer import write_tree
from generator.pipeline import Generation
from tests.support.paths import REPO

from .cdp import Browser

SHOTS = REPO / "build" / "docs-test"


@dataclass(frozen=True)
class SiteUnderTest:
    name: str
    generation: Generation
    root: Path  # the built site
    url: str  # where it is served


def build_site(generation: Generation, work: Path, changelog: str | None = None) -> Path:
    """`mkdocs build --strict` of the generated project (with `changelog` as the
    CHANGELOG.md of the repository it lives in); fails on any warning."""
    project = work / "project" / "sdk"
    write_tree(project, generation.files)
    if changelog is not None:
        (project.parent / "CHANGELOG.md").write_text(changelog, encoding="utf-8")
    out = work / "site"  # not under build/: concurrent runs collide
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(command, cwd=project, capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "WARNING" not in done.stderr, done.stderr
    return out


def find_chromium() -> str:
    """Chromium's path (installed by the project's script if need be), or "error: why"."""
    script = REPO / "scripts" / "install-chromium.sh"
    done = subprocess.run([str(script)], capture_output=True, text=True)
    if done.returncode != 0:
        return f"error: Chromium could not be installed: {done.stderr.strip()[-500:]}"
    return done.stdout.strip().splitlines()[-1]


def largest_page(folder: Path, pattern: str) -> str:
    """The name of the biggest built page matching `pattern` (ties: by name), other than
    a folder's index (the list of models of a large API)."""
    found = [p for p in folder.glob(pattern) if p.name != "index.html"]
    pages = sorted(found, key=lambda p: (-p.stat().st_size, p.name))
    assert pages, f"no {pattern} in {folder}"
    return pages[0].name


@dataclass(frozen=True)
class PageLook:
    page_width: int  # document.documentElement.scrollWidth
    viewport: int  # window.innerWidth
    overflowing_tables: int  # tables wider than the content column
    highlighted: int  # tokens Pygments coloured
    copy_buttons: int
    # words (letters and digits) of method names or paths broken across two lines: names
    # and paths may wrap at `_<wbr>`, `<wbr>/`, hyphens and punctuation, never mid-word
    split_names: int
    wrapped_names: int  # method names on more than one line (broken at an underscore)


_COPY = "button[data-md-type=copy], .md-clipboard"  # Material 9.7+, older
_LOOK = f"""[
  document.documentElement.scrollWidth,
  document.documentElement.clientWidth,
  Array.from(document.querySelectorAll('.md-typeset__table'))
    .filter(e => e.scrollWidth > e.clientWidth + 1).length,
  document.querySelectorAll('.highlight code span[class]:not(.w)').length,
  document.querySelectorAll('{_COPY}').length,
  Array.from(document.querySelectorAll(
      '.sdk-operations td:nth-child(2) code, .sdk-operations td:nth-child(3) code'))
    .flatMap(c => Array.from(c.childNodes)).filter(n => n.nodeType === Node.TEXT_NODE)
    .flatMap(n => Array.from(n.textContent.matchAll(/[A-Za-z0-9]+/g),
      m => [n, m.index, m.index + m[0].length]))
    .filter(([n, start, end]) => {{
      const range = document.createRange();
      range.setStart(n, start);
      range.setEnd(n, end);
      return new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top))).size > 1;
    }}).length,
  Array.from(document.querySelectorAll('.sdk-operations td:nth-child(2) code'))
    .filter(c => new Set(Array.from(c.getClientRects()).map(r => Math.round(r.top))).size > 1)
    .length,
]"""


def look_at_page(browser: Browser, site: SiteUnderTest, page: str, label: str) -> PageLook:
    """Load a page at 1280x900, measure it and save a screenshot named `label`."""
    browser.goto(f"{site.url}/{page}")
    browser.wait_for("document.querySelector('.md-content') !== null")
    browser.wait_for("document.fonts.status === 'loaded'")
    # Material's scripts add the copy buttons once the page is up
    browser.wait_for(f"!document.querySelector('pre') || document.querySelector('{_COPY}')")
    values: list[Any] = browser.evaluate(_LOOK)
    browser.screenshot(SHOTS / site.name / f"{label}.png")
    return PageLook(*values)


def search_results(browser: Browser, site: SiteUnderTest, query: str) -> list[str]:
    """The pages#sections the search box lists for `query`, best first (Material fills the
    box in from `?q=`; its links carry `?h=` to highlight the words, dropped here)."""
    browser.goto(f"{site.url}/index.html?q={quote(query)}")
    found = browser.wait_for(
        "Array.from(document.querySelectorAll('.md-search-result__link'))"
        ".map(a => a.getAttribute('href'))",
        timeout=60.0,
    )
    return [_page_and_section(link, site.url) for link in found or []]


def _page_and_section(link: str, base: str) -> str:
    parsed = urlsplit(link.removeprefix(base + "/"))
    return parsed.path + (f"#{parsed.fragment}" if parsed.fragment else "")
