"""Golden snapshots of generated output, and proof that the snapshots are good code.

The snapshots leave out the runtime modules (copies of `generator/runtime/`); the tools
run on a copy of each snapshot with the runtime put back, as users get it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.output.writer import drift
from generator.runtime import runtime_sources

from .golden_specs import GOLDEN, generated, golden_specs, is_runtime_copy, snapshot

SPECS = golden_specs()


@pytest.fixture(scope="module")
def outputs() -> dict[str, dict[str, str]]:
    """Each golden spec's stem -> its generated files (runtime copies included)."""
    return {spec.stem: generated(spec) for spec in SPECS}


@pytest.fixture(scope="module")
def restored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of copies of the snapshots, the runtime modules put back in each package."""
    root = tmp_path_factory.mktemp("golden")
    for spec in SPECS:
        project = root / spec.stem
        shutil.copytree(GOLDEN / spec.stem, project)
        for package in _packages(project):
            for name, text in runtime_sources().items():
                (package / name).write_bytes(text.encode("utf-8"))
    return root


def _packages(project: Path) -> list[Path]:
    return [p for p in project.iterdir() if (p / "py.typed").exists()]


@pytest.mark.parametrize("spec", SPECS, ids=[s.stem for s in SPECS])
def test_output_matches_the_golden_snapshot(spec: Path, outputs: dict[str, dict[str, str]]) -> None:
    found = drift(GOLDEN / spec.stem, snapshot(outputs[spec.stem]))
    details = "\n".join(line for lines in found.diffs.values() for line in lines[:40])
    assert found.clean, (
        f"generated output for {spec.name} differs from tests/golden/{spec.stem}: "
        f"added {found.added}, removed {found.removed}, changed {found.changed}\n{details}\n"
        "If the change is intended, run `make golden` and review the diff."
    )


@pytest.mark.parametrize("spec", SPECS, ids=[s.stem for s in SPECS])
def test_runtime_modules_are_exact_copies_of_generator_runtime(
    spec: Path, outputs: dict[str, dict[str, str]]
) -> None:
    files = outputs[spec.stem]
    copies = {path.split("/")[1]: text for path, text in files.items() if is_runtime_copy(path)}
    assert copies == runtime_sources()
    assert not any(path.endswith("/_sdk.py") and is_runtime_copy(path) for path in files)


def _tool(cwd: Path, name: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", name, *args], capture_output=True, text=True, cwd=cwd
    )


def test_golden_outputs_pass_mypy_strict(restored: Path) -> None:
    packages = [str(p) for s in SPECS for p in _packages(restored / s.stem)]
    result = _tool(restored, "mypy", "--strict", "--no-incremental", *packages)
    assert result.returncode == 0, result.stdout + result.stderr


def test_golden_outputs_pass_ruff_and_black(restored: Path) -> None:
    for spec in SPECS:
        project = restored / spec.stem
        ruff = _tool(
            restored, "ruff", "check", "--config", str(project / "pyproject.toml"), str(project)
        )
        assert ruff.returncode == 0, ruff.stdout + ruff.stderr
    black = _tool(restored, "black", "--check", "--quiet", *(s.stem for s in SPECS))
    assert black.returncode == 0, black.stdout + black.stderr


SMOKE = """
import functools, importlib, pkgutil, sys
pkg = importlib.import_module(sys.argv[1])
for module in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
    importlib.import_module(module.name)
models = importlib.import_module(sys.argv[1] + ".models")
for name in models.__all__:
    getattr(models, name)
client_class = getattr(pkg, sys.argv[2])
client = client_class(base_url="http://127.0.0.1:9")
for name in dir(client_class):
    if isinstance(getattr(client_class, name), functools.cached_property):
        getattr(client, name).raw  # every namespace has its raw twin
print("ok")
"""


@pytest.mark.parametrize("spec", SPECS, ids=[s.stem for s in SPECS])
def test_golden_packages_import_and_build_a_client(spec: Path, restored: Path) -> None:
    project = restored / spec.stem
    (package,) = _packages(project)
    init = (package / "__init__.py").read_text(encoding="utf-8")
    client = init.split("from ._client import ")[1].split("\n")[0].split(", ")[-1]
    result = subprocess.run(
        [sys.executable, "-c", SMOKE, package.name, client],
        capture_output=True,
        text=True,
        cwd=project,
    )
    assert result.stdout.strip() == "ok", result.stderr
