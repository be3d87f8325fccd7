"""An SDK repository's life: scaffold, generate, check, a new spec arrives, regenerate.

Runs the scaffolded repository's own Makefile (with this checkout's `sdkgen`) on the
real pair of Svix server specs, old then new.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

from .support.paths import SPECS, require_shared

pytestmark = [pytest.mark.e2e, pytest.mark.real_specs, pytest.mark.xdist_group("init_repo")]

SDKGEN = Path(sys.executable).with_name("sdkgen")


class Repo:
    """A scaffolded SDK repository in a temporary folder, driven through `make`."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def make(self, target: str) -> subprocess.CompletedProcess[str]:
        command = ["make", "-s", target, f"SDKGEN={SDKGEN}", f"PYTHON={sys.executable}"]
        return subprocess.run(command, cwd=self.root, capture_output=True, text=True)

    def git(self, *args: str) -> str:
        command = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args]
        done = subprocess.run(command, cwd=self.root, capture_output=True, text=True, check=True)
        return done.stdout


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
    repo.git("init", "-q")
    ok(repo.make("generate"))
    ok(repo.make("check"))
    ok(repo.make("test"))  # the generated SDK's own smoke tests
    repo.git("add", "-A")
    repo.git("commit", "-q", "-m", "SDK for the old spec")

    shutil.copy(new, repo.root / "spec" / "openapi.json")
    stale = repo.make("check")
    assert stale.returncode != 0
    assert "API changes since sdk was generated: 25 breaking changes" in stale.stdout
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
