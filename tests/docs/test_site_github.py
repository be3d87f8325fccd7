"""The docs site of GitHub's REST API (1,000+ operations, 6,000+ models): generated, built
with `mkdocs build --strict`, every link checked, and read in headless Chromium at
1280x900 like the smaller sites (tests/docs/test_site.py), including its largest page.

Generating and building take minutes, so this runs with `pytest -m corpus`
(`make test-corpus`). The spec comes from npm through `scripts/fetch-github-spec.sh`.
Screenshots are left in build/docs-test/github/.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.pipeline import Generation, generate
from tests.runtime.loopback import serving_folder
from tests.support.paths import REPO

from .cdp import Browser
from .conftest import docs_of
from .linkcheck import check
from .sitecheck import (
    SiteUnderTest,
    build_site,
    find_chromium,
    largest_page,
    look_at_page,
    search_results,
)

pytestmark = [pytest.mark.e2e, pytest.mark.corpus, pytest.mark.xdist_group("github")]

FETCH = REPO / "scripts" / "fetch-github-spec.sh"


@pytest.fixture(scope="module")
def generation() -> Generation:
    if shutil.which("npm") is None:
        pytest.skip("npm is not installed: scripts/fetch-github-spec.sh needs it")
    done = subprocess.run(["bash", str(FETCH)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return generate(Path(done.stdout.strip().splitlines()[-1]))


@pytest.fixture(scope="module")
def site(
    generation: Generation, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SiteUnderTest]:
    built = build_site(generation, tmp_path_factory.mktemp("github"))
    with serving_folder(built) as url:
        yield SiteUnderTest("github", generation, built, url)


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Browser]:
    found = find_chromium()
    if found.startswith("error: "):
        pytest.skip(found.removeprefix("error: "))
    browser = Browser(found, tmp_path / "profile")
    try:
        yield browser
    finally:
        browser.close()


def test_every_link_resolves(generation: Generation) -> None:
    report = check(docs_of(generation))
    assert not report.broken, f"{len(report.broken)} broken links:\n" + "\n".join(
        report.broken[:20]
    )
    assert report.links > len(generation.api.operations)


def test_pages_fit_at_1280_and_code_is_highlighted(site: SiteUnderTest, browser: Browser) -> None:
    pages = {
        "index": "index.html",
        "largest": largest_page(site.root, "*.html"),  # the Repos resource page
        "model": f"models/{largest_page(site.root / 'models', '*.html')}",
        "models": "models/index.html",
    }
    for label, page in pages.items():
        seen = look_at_page(browser, site, page, label)
        assert seen.page_width <= seen.viewport, f"{page} scrolls sideways: {seen}"
        assert seen.overflowing_tables == 0, f"{page}: a table is wider than its box: {seen}"
        assert seen.split_names == 0, f"{page}: a method name breaks mid-word: {seen}"
        if label == "largest":  # long names do wrap, at their underscores
            assert seen.wrapped_names > 0, f"{page}: {seen}"
        if label in ("largest", "model"):
            assert seen.highlighted > 0 and seen.copy_buttons > 0, f"{page}: {seen}"


def test_search_finds_an_operation_by_its_path_and_a_model_by_its_name(
    site: SiteUnderTest, browser: Browser
) -> None:
    """Among 6,400 model pages named like the operations they serve (`ReposRepos...`),
    the path finds the operation and the model's name still finds the model."""
    resource = next(r for r in site.generation.api.resources if r.name == "repos")
    path = "/repos/{owner}/{repo}/topics"
    op = next(op for op in resource.operations if op.path == path and op.http_method == "GET")
    browser.goto(f"{site.url}/{resource.class_name}.html")
    section = browser.evaluate(
        f"document.getElementById('{op.name}').closest('p').nextElementSibling.id"
    )
    links = search_results(browser, site, op.path)
    assert f"{resource.class_name}.html#{section}" in links[:10], links[:10]
    browser.screenshot(REPO / "build" / "docs-test" / "github" / "search.png")
    replace = next(op for op in resource.operations if op.path == path and op.body is not None)
    assert replace.body is not None and replace.body.model is not None
    links = search_results(browser, site, replace.body.model)
    assert f"models/{replace.body.model}.html" in links[:10], links[:10]
