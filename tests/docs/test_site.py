"""The docs sites: built by MkDocs with --strict from freshly generated docs, served on
loopback and read in headless Chromium (Debian's `chromium`, installed by
`scripts/install-chromium.sh`) at 1280x900, as a new user would.

For Svix (our spec and the full public one) and Stream Chat: the home page, the largest
resource page and the largest model page scroll only vertically, code is highlighted, and
search finds an operation by its HTTP path, its Python name and its summary. GitHub's site
is checked the same way in tests/e2e/test_github_docs.py (minutes; `-m corpus`).
Screenshots are left in build/docs-test/<site>/.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import ir
from generator.diff.release import with_section
from generator.pipeline import Generation, generate
from tests.runtime.loopback import serving_folder
from tests.support.paths import REPO, SPECS, require_shared

from .cdp import Browser
from .sitecheck import (
    SiteUnderTest,
    build_site,
    find_chromium,
    largest_page,
    look_at_page,
    search_results,
)

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("docs-site")]

SITES = ("svix", "svix-full", "stream-chat")


def _generation(name: str, svix_generation: Generation) -> Generation:
    if name == "svix":
        return svix_generation
    if name == "svix-full":
        return generate(require_shared(SPECS / "svix.openapi.json", "the full Svix spec"))
    spec = REPO / "spec" / "stream-chat-events.yaml"
    return generate(spec, spec.with_suffix(".sdkgen.yaml"))


@pytest.fixture(scope="module", params=SITES)
def site(
    request: pytest.FixtureRequest,
    svix_generation: Generation,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[SiteUnderTest]:
    """One site, built with `mkdocs build --strict` and served on loopback."""
    name: str = request.param
    generation = _generation(name, svix_generation)
    changelog = _changelog() if name == "svix" else None
    built = build_site(generation, tmp_path_factory.mktemp(name), changelog)
    with serving_folder(built) as url:
        yield SiteUnderTest(name, generation, built, url)


def _changelog() -> str:
    """A CHANGELOG.md as `sdkgen release` writes it, from a committed `diff` report."""
    report = (REPO / "tests" / "specs" / "diff" / "reports" / "svix-server.md").read_text("utf-8")
    section = report.replace("## API changes", "## 2.0.0", 1)
    return with_section(None, "2.0.0", section)


@pytest.fixture(scope="module")
def chromium() -> str:
    found = find_chromium()
    if found.startswith("error: "):
        pytest.skip(found.removeprefix("error: "))
    return found


@pytest.fixture
def browser(chromium: str, tmp_path: Path) -> Iterator[Browser]:
    browser = Browser(chromium, tmp_path / "profile")
    try:
        yield browser
    finally:
        browser.close()


def _sample_operation(api: ir.Api) -> tuple[ir.Resource, ir.Operation]:
    """An operation with a summary and a path of its own (search must tell it apart)."""
    paths = [op.path for op in api.operations]
    for resource in api.resources:
        for op in resource.operations:
            plain = re.fullmatch(r"[A-Za-z][\w ,'-]{0,60}", op.summary) is not None
            unique = paths.count(op.path) == 1 and "{" in op.path
            if plain and unique and not op.deprecated:
                return resource, op
    return api.resources[0], api.resources[0].operations[0]


def test_pages_fit_at_1280_and_code_is_highlighted(site: SiteUnderTest, browser: Browser) -> None:
    resource_page = largest_page(site.root, "*Api.html")
    model_page = largest_page(site.root / "models", "*.html")
    pages = {
        "index": "index.html",
        "resource": resource_page,
        "model": f"models/{model_page}",
    }
    for label, page in pages.items():
        seen = look_at_page(browser, site, page, label)
        assert seen.page_width <= seen.viewport, f"{page} scrolls sideways: {seen}"
        assert seen.overflowing_tables == 0, f"{page}: a table is wider than its box: {seen}"
        assert seen.split_names == 0, f"{page}: a method name breaks mid-word: {seen}"
        if label != "index":
            assert seen.highlighted > 0, f"{page}: no highlighted code: {seen}"
            assert seen.copy_buttons > 0, f"{page}: code blocks have no copy button: {seen}"
    title = browser.evaluate("document.querySelector('h1').textContent")
    assert title, "the model page has no title"


def test_resource_page_shows_human_titles_tabs_and_wire_examples(
    site: SiteUnderTest, browser: Browser
) -> None:
    resource, op = _sample_operation(site.generation.api)
    page = f"{resource.class_name}.html"
    look_at_page(browser, site, f"{page}#{op.name}", "operation")
    heading = browser.evaluate(
        f"document.getElementById('{op.name}').closest('p').nextElementSibling.textContent"
    )
    assert heading.strip().rstrip("¶").strip() == " ".join(op.summary.split())
    tabs = browser.evaluate(
        "Array.from(document.querySelectorAll('.tabbed-labels label')).map(l => l.textContent)"
    )
    assert {"Sync", "Async", "Raw response"} <= set(tabs)
    toc = browser.evaluate(
        "Array.from(document.querySelectorAll('.md-sidebar--secondary .md-nav__link'))"
        ".map(a => a.textContent.trim()).filter(t => t)"
    )
    assert "Parameters" not in toc and "Example" not in toc, toc
    assert len(toc) == len(resource.operations), toc


@pytest.mark.parametrize("by", ["path", "python_name", "summary"])
def test_search_finds_an_operation(site: SiteUnderTest, browser: Browser, by: str) -> None:
    """Typing the operation's HTTP path, method name or summary in the search box (`?q=`
    fills it in) lists a result on the operation's section."""
    resource, op = _sample_operation(site.generation.api)
    query = {"path": op.path, "python_name": op.name, "summary": op.summary}[by]
    section = _section_id(site, browser, resource, op)
    target = f"{resource.class_name}.html#{section}"
    index = json.loads((site.root / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert target in {doc["location"] for doc in index["docs"]}
    links = search_results(browser, site, query)
    assert target in links[:10], f"{query!r} found {links[:10]}"
    if by == "path":
        browser.screenshot(REPO / "build" / "docs-test" / site.name / "search.png")


def _section_id(
    site: SiteUnderTest, browser: Browser, resource: ir.Resource, op: ir.Operation
) -> str:
    browser.goto(f"{site.url}/{resource.class_name}.html")
    found: str = browser.evaluate(
        f"document.getElementById('{op.name}').closest('p').nextElementSibling.id"
    )
    return found


def test_what_changed_page_shows_the_changelog(site: SiteUnderTest, browser: Browser) -> None:
    seen = look_at_page(browser, site, "changes.html", "what-changed")
    assert seen.page_width <= seen.viewport, f"changes.html scrolls sideways: {seen}"
    headings = browser.evaluate(
        "Array.from(document.querySelectorAll('.md-content h1, .md-content h2'))"
        ".map(h => h.textContent.replace('¶', '').trim())"
    )
    if site.name == "svix":  # the one built with a CHANGELOG.md beside it
        assert headings == ["What changed", "2.0.0"], headings
        text = browser.evaluate("document.querySelector('.md-content').textContent")
        assert "Removed operation authentication.dashboard_access" in text
    else:
        assert headings == ["What changed"], headings
