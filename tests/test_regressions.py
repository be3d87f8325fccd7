"""Minimal specs of constructs that once broke generation (tests/specs/regressions/).

Each file says in a comment what went wrong. Every one must generate, and the SDK must
compile, import, and pass `ruff check` and `black --check` (fast, every run) and
`mypy --strict` (e2e).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.output.writer import write_tree
from generator.pipeline import generate

REGRESSIONS = Path(__file__).parent / "specs" / "regressions"
SPECS = sorted(p for p in REGRESSIONS.iterdir() if p.suffix in (".yaml", ".json"))

IMPORT_ALL = """\
import importlib, pkgutil, sys
package = importlib.import_module(sys.argv[1])
for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
    importlib.import_module(module.name)
"""


def _generated(spec: Path, out: Path) -> str:
    """Generate `spec` into `out`; the package name."""
    generation = generate(spec)
    write_tree(out, generation.files)
    return generation.api.package.package_name


def _run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *map(str, args)], cwd=cwd, capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize("spec", SPECS, ids=[p.stem for p in SPECS])
def test_regression_spec_generates_an_sdk_that_imports_and_passes_ruff_and_black(
    spec: Path, tmp_path: Path
) -> None:
    package = _generated(spec, tmp_path)
    for source in sorted((tmp_path / package).rglob("*.py")):
        compile(source.read_text(encoding="utf-8"), str(source), "exec")
    imported = _run("-c", IMPORT_ALL, package, cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    ruff = _run("-m", "ruff", "check", "--no-cache", package, cwd=tmp_path)
    assert ruff.returncode == 0, ruff.stdout
    black = _run("-m", "black", "--check", "--diff", "--quiet", package, cwd=tmp_path)
    assert black.returncode == 0, black.stdout


@pytest.mark.e2e
@pytest.mark.xdist_group("regressions")
def test_regression_sdks_pass_mypy_strict(tmp_path: Path) -> None:
    packages = [_generated(spec, tmp_path / spec.stem) for spec in SPECS]
    assert len(set(packages)) == len(packages), "one mypy run needs distinct package names"
    paths = [tmp_path / spec.stem / package for spec, package in zip(SPECS, packages, strict=True)]
    done = _run("-m", "mypy", "--strict", "--cache-dir", tmp_path / ".mypy", *paths, cwd=tmp_path)
    assert done.returncode == 0, done.stdout
