"""An SDK repository's life: scaffold, generate, check, a new spec arrives, regenerate.

Runs the scaffolded repository's own Makefile (with this checkout's `sdkgen`) on the
real pair of Svix server specs, old then new.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

from .support.paths import SPECS, require_shared
from .support.prism import ensure_prism

REPORTS = Path(__file__).parent / "specs" / "diff" / "reports"

pytestmark = [pytest.mark.e2e, pytest.mark.real_specs, pytest.mark.xdist_group("init_repo")]

SDKGEN = Path(sys.executable).with_name("sdkgen")
# What a maintainer of this SDK adds to sdkgen.yaml: Prism 5 reads a one-item `event_types`
# query array as a string, not the nullable array the spec declares, and answers 422.
PRISM_CANNOT_SERVE = "tests:\n  skip:\n" + "".join(
    f"    {op_id}: Prism reads a one-item event_types array as a string\n"
    for op_id in (
        "v1.message.list",
        "v1.message-attempt.list-by-endpoint",
        "v1.message-attempt.list-by-msg",
        "v1.message-attempt.list-attempted-messages",
        "v1.message-attempt.list-by-endpoint-deprecated",  # in the old spec only
        "v1.message-attempt.list-by-msg-deprecated",
    )
)


class Repo:
    """A scaffolded SDK repository in a temporary folder, driven through `make`."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def make(self, target: str) -> subprocess.CompletedProcess[str]:
        command = ["make", "-s", target, f"SDKGEN={SDKGEN}", f"PYTHON={sys.executable}"]
        if target == "test":  # the SDK's tests run against Prism: ours, on a free port
            port = _free_port()
            command += [f"PRISM={ensure_prism()}", f"PRISM_PORT={port}"]
            command += [f"TEST_API_BASE_URL=http://127.0.0.1:{port}"]
        return subprocess.run(command, cwd=self.root, capture_output=True, text=True)

    def git(self, *args: str) -> str:
        command = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args]
        done = subprocess.run(command, cwd=self.root, capture_output=True, text=True, check=True)
        return done.stdout


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


def test_a_new_spec_makes_check_fail_with_the_change_report(tmp_path: Path) -> None:
    old = require_shared(SPECS / "svix-server.old.openapi.json", "the old Svix server spec")
    new = require_shared(SPECS / "svix-server.openapi.json", "the Svix server spec")
    if shutil.which("make") is None or shutil.which("git") is None or not SDKGEN.exists():
        pytest.skip("needs make, git and the sdkgen command of this checkout")
    incoming = tmp_path / "incoming" / "openapi.json"
    incoming.parent.mkdir()
    shutil.copy(old, incoming)
    repo = Repo(tmp_path / "repo")
    result = CliRunner().invoke(main, ["init", str(repo.root), "--spec", str(incoming)])
    assert result.exit_code == 0, result.output
    with (repo.root / "sdkgen.yaml").open("a", encoding="utf-8") as config:
        config.write(PRISM_CANNOT_SERVE)
    repo.git("init", "-q")
    ok(repo.make("generate"))
    ok(repo.make("check"))
    ok(repo.make("test"))  # the generated SDK's own smoke tests
    repo.git("add", "-A")
    repo.git("commit", "-q", "-m", "SDK for the old spec")

    shutil.copy(new, repo.root / "spec" / "openapi.json")
    stale = repo.make("check")
    assert stale.returncode != 0
    # The same count as the committed `diff` report of these two specs (tests/specs/diff).
    report = (REPORTS / "svix-server.md").read_text(encoding="utf-8")
    breaking = re.search(r"\((\d+) breaking changes", report)
    assert breaking is not None
    expected = f"API changes since sdk was generated: {breaking[1]} breaking changes"
    assert expected in stale.stdout
    assert "suggested version bump: major" in stale.stdout
    assert "  - removed operation authentication.dashboard_access:" in stale.stdout
    assert "  + added field EndpointOut.throttle_rate:" in stale.stdout

    ok(repo.make("generate"))
    ok(repo.make("check"))
    ok(repo.make("test"))
    changed = repo.git("status", "--porcelain")
    assert " M spec/openapi.json" in changed and " M sdk/.sdkgen-api.json" in changed
    sources = "".join(p.read_text("utf-8") for p in (repo.root / "sdk").rglob("*.py"))
    assert "DashboardAccessOut" not in sources and "RecoverOut" in sources
