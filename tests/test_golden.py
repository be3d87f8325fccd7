"""Golden snapshots of generated output, and proof that the snapshots are good code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.writer import drift

from .golden_specs import GOLDEN, generated, golden_specs

SPECS = golden_specs()


@pytest.mark.parametrize("spec", SPECS, ids=[s.stem for s in SPECS])
def test_output_matches_the_golden_snapshot(spec: Path) -> None:
    found = drift(GOLDEN / spec.stem, generated(spec))
    details = "\n".join(line for lines in found.diffs.values() for line in lines[:40])
    assert found.clean, (
        f"generated output for {spec.name} differs from tests/golden/{spec.stem}: "
        f"added {found.added}, removed {found.removed}, changed {found.changed}\n{details}\n"
        "If the change is intended, run `make golden` and review the diff."
    )


def _tool(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", name, *args], capture_output=True, text=True, cwd=GOLDEN
    )


def test_golden_outputs_pass_mypy_strict() -> None:
    packages = [
        str(p) for s in SPECS for p in (GOLDEN / s.stem).iterdir() if (p / "py.typed").exists()
    ]
    result = _tool("mypy", "--strict", "--no-incremental", *packages)
    assert result.returncode == 0, result.stdout + result.stderr


def test_golden_outputs_pass_ruff_and_black() -> None:
    for spec in SPECS:
        project = GOLDEN / spec.stem
        ruff = _tool("ruff", "check", "--config", str(project / "pyproject.toml"), str(project))
        assert ruff.returncode == 0, ruff.stdout + ruff.stderr
    black = _tool("black", "--check", "--quiet", *(s.stem for s in SPECS))
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
def test_golden_packages_import_and_build_a_client(spec: Path) -> None:
    project = GOLDEN / spec.stem
    (package,) = [p for p in project.iterdir() if (p / "py.typed").exists()]
    init = (package / "__init__.py").read_text(encoding="utf-8")
    client = init.split("from ._client import ")[1].split("\n")[0].split(", ")[-1]
    result = subprocess.run(
        [sys.executable, "-c", SMOKE, package.name, client],
        capture_output=True,
        text=True,
        cwd=project,
    )
    assert result.stdout.strip() == "ok", result.stderr
