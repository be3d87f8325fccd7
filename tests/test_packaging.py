"""What `pip install sdkgen` ships: every module and every template, and no warnings."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.support.paths import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """sdkgen's wheel, built from this checkout as `pip install .` builds it."""
    out = tmp_path_factory.mktemp("wheel")
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"]
    done = subprocess.run(
        [*command, "--wheel-dir", str(out), str(REPO)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (built,) = out.glob("sdkgen-*.whl")
    return built, done.stdout + done.stderr


def _tracked(folder: str) -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", folder], cwd=REPO, capture_output=True, text=True, check=True
    )
    return [line for line in listed.stdout.splitlines() if "__pycache__" not in line]


def test_the_wheel_holds_every_module_and_template(wheel: tuple[Path, str]) -> None:
    names = set(zipfile.ZipFile(wheel[0]).namelist())
    modules = [path for path in _tracked("generator") if path.endswith(".py")]
    templates = _tracked("templates")
    assert modules and templates
    assert {"generator/diff/__init__.py", "generator/docs/__init__.py"} <= set(modules)
    assert [m for m in modules if m not in names] == []
    assert [t for t in templates if "generator/" + t not in names] == []


def test_building_the_wheel_prints_no_packaging_warning(wheel: tuple[Path, str]) -> None:
    assert "warning" not in wheel[1].lower(), wheel[1]


def test_the_installed_command_finds_its_templates(wheel: tuple[Path, str], tmp_path: Path) -> None:
    """Installed from the wheel (not the checkout), `sdkgen generate` still renders."""
    target = tmp_path / "site"
    install = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target"]
    subprocess.run([*install, str(target), str(wheel[0])], check=True, capture_output=True)
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]); import generator.render as r; "
        "print(r.templates_dir())"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(target)],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    found = Path(done.stdout.strip())
    assert found.is_relative_to(target), found
    assert (found / "sdk" / "client.py.jinja").is_file()
