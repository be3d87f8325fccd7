"""The docs site: built by MkDocs with --strict from freshly generated Svix docs, served
on loopback and loaded in headless Chromium (Debian's `chromium`, installed by
`scripts/install-chromium.sh`). Screenshots are left in build/docs-test/."""

from __future__ import annotations

import base64
import functools
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from generator.pipeline import Generation
from generator.writer import write_tree
from tests.support.paths import REPO

from .cdp import Browser

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("docs-site")]

BUILD = REPO / "build" / "docs-test"
OPERATION = ("ApplicationApi", "create_new_application")


def _mkdocs_available() -> bool:
    probe = [sys.executable, "-c", "import mkdocs, material"]
    return subprocess.run(probe, capture_output=True).returncode == 0


@pytest.fixture(scope="module")
def site(svix_generation: Generation, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site of the Svix docs, built with `mkdocs build --strict`."""
    if not _mkdocs_available():  # what `make docs` does too: install the docs extra
        install = [sys.executable, "-m", "pip", "install", "--quiet", "mkdocs", "mkdocs-material"]
        subprocess.run(install, check=True, capture_output=True)
    project = tmp_path_factory.mktemp("svix-docs") / "svix"
    write_tree(project, svix_generation.files)
    out = tmp_path_factory.mktemp("svix-site")  # not under build/: concurrent runs collide
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(command, cwd=project, capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "WARNING" not in done.stderr, done.stderr
    return out


@pytest.fixture(scope="module")
def server(site: Path) -> Iterator[str]:
    """The built site served over HTTP on loopback."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def chromium() -> str:
    script = REPO / "scripts" / "install-chromium.sh"
    done = subprocess.run([str(script)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"Chromium could not be installed: {done.stderr.strip()[-500:]}")
    return done.stdout.strip().splitlines()[-1]


@pytest.fixture
def browser(chromium: str, tmp_path: Path) -> Iterator[Browser]:
    browser = Browser(chromium, tmp_path / "profile")
    try:
        yield browser
    finally:
        browser.close()


def _screenshot(browser: Browser, name: str) -> None:
    BUILD.mkdir(parents=True, exist_ok=True)
    shot = BUILD / f"{name}.png"
    shot.unlink(missing_ok=True)
    shot.write_bytes(base64.b64decode(browser.page("Page.captureScreenshot")["data"]))
    assert shot.stat().st_size > 10_000, f"{shot} looks empty"


def test_home_and_operation_pages_load_in_chromium(browser: Browser, server: str) -> None:
    browser.goto(f"{server}/index.html")
    assert browser.evaluate("document.title") == "Svix API Python SDK"
    assert browser.evaluate("document.querySelector('h1').textContent").startswith("Svix API")
    _screenshot(browser, "home")
    page, method = OPERATION
    browser.goto(f"{server}/{page}.html#{method}")
    assert browser.evaluate("document.title") == "Application - Svix API Python SDK"
    heading = browser.evaluate(f"document.getElementById('{method}').textContent")
    assert heading.startswith(method)
    code = browser.evaluate("document.querySelector('pre code').textContent")
    assert f"def {method}(" in code
    _screenshot(browser, "operation")


def test_search_finds_an_operation(browser: Browser, server: str, site: Path) -> None:
    """The search index has the operation's section, and typing its name in the search
    box (`?q=` fills it in) lists a result that links there."""
    page, method = OPERATION
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"] for doc in index["docs"]}
    assert f"{page}.html#{method}" in locations
    browser.goto(f"{server}/index.html?q={method}")
    links = browser.wait_for(
        "Array.from(document.querySelectorAll('.md-search-result__link'))"
        ".map(a => a.getAttribute('href')).filter(h => h.endsWith('#" + method + "'))"
        ".join(' ')"
    )
    assert links and f"/{page}.html" in links, "search listed no link to the operation"
    _screenshot(browser, "search")
