"""Persistent edits in an SDK repository, driven through its own Makefile.

`sdkgen init` on the old Svix server spec, `make generate`, edit a resource module and
the README, swap in the new spec, `make generate`: both edits survive beside the new
operations; an edit on a line the new spec changes leaves conflict markers (exit 5), and
`make check` fails until they are resolved.
"""

from __future__ import annotations

import py_compile
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

from .support.paths import SPECS, require_shared
from .test_init_e2e import SDKGEN, Repo, ok

pytestmark = [pytest.mark.e2e, pytest.mark.real_specs, pytest.mark.xdist_group("init_repo")]

HELPER = '''

def is_healthy(client: object) -> bool:
    """Our own helper, kept across regenerations."""
    return client is not None
'''
NOTE = "\nMaintained by the platform team: ask in #sdk before a release.\n"
OLD_PATH = '        path="/api/v1/health/",\n'
NEW_PATH = '        path="/api/v1/health",\n'


def test_edits_survive_a_new_spec_and_conflicts_stop_the_run(tmp_path: Path) -> None:
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
    ok(repo.make("generate"))
    sdk = repo.root / "sdk"
    health = next(sdk.glob("*/resources/health.py"))
    readme = sdk / "README.md"

    health.write_text(health.read_text("utf-8") + HELPER, encoding="utf-8")
    title, rest = readme.read_text("utf-8").split("\n", 1)
    readme.write_text(f"{title}\n{NOTE}{rest}", encoding="utf-8")
    assert "is up to date" in ok(repo.make("check"))  # kept edits are not drift
    shutil.copy(new, repo.root / "spec" / "openapi.json")
    regenerated = ok(repo.make("generate"))

    assert "kept your edits in 2 files: README.md, " in regenerated
    module = health.read_text("utf-8")
    assert module.endswith(HELPER) and NEW_PATH in module and OLD_PATH not in module
    assert NOTE in readme.read_text("utf-8")
    assert "logout_api_v1_auth_logout_post" in readme.read_text("utf-8")  # a new operation
    py_compile.compile(str(health), doraise=True)
    assert "is up to date" in ok(repo.make("check"))

    # An edit on a line the next spec changes: the old spec changes it back.
    health.write_text(module.replace(NEW_PATH, NEW_PATH.replace(",", ",  # ours"), 1), "utf-8")
    shutil.copy(old, repo.root / "spec" / "openapi.json")
    conflicted = repo.make("generate")
    assert conflicted.returncode != 0 and "Error 5" in conflicted.stderr
    assert "conflicting edits in 1 file in sdk: svix_sdk/resources/health.py" in conflicted.stderr
    assert "then run `make generate` again" in conflicted.stderr
    marked = health.read_text("utf-8")
    ours = '        path="/api/v1/health",  # ours\n'
    assert f"<<<<<<< your edits\n{ours}=======\n{OLD_PATH}>>>>>>> new generation\n" in marked
    assert marked.endswith(HELPER) and NOTE in readme.read_text("utf-8")

    stale = repo.make("check")
    assert stale.returncode != 0
    assert "conflict markers remain in 1 file in sdk: svix_sdk/resources/health.py" in stale.stderr
    assert repo.make("generate").returncode != 0  # still unresolved: still exit 5

    start, end = marked.index("<<<<<<< your edits\n"), marked.index(">>>>>>> new generation\n")
    resolved = marked[:start] + OLD_PATH + marked[end + len(">>>>>>> new generation\n") :]
    health.write_text(resolved, encoding="utf-8")
    assert "is up to date" in ok(repo.make("check"))
    assert "is up to date: no file was rewritten" in ok(repo.make("generate"))
    assert health.read_text("utf-8") == resolved
