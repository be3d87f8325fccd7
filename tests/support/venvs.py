"""Throwaway virtualenvs: create one, pip install into it, run commands in it.

Each end-to-end session installs generated SDKs the way users do, into a fresh venv made
with `python -m venv`, so nothing from the development environment leaks in. pip keeps
its cache, which makes repeated installs of httpx, pydantic, mypy and ruff quick.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .paths import REPO

# Variables that would let the development environment (or the caller's credentials)
# change what runs inside a test venv.
_SCRUBBED = ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP")


@dataclass(frozen=True, slots=True)
class Venv:
    """A virtualenv at `root`; commands run with its interpreter, in a neutral directory."""

    root: Path

    @property
    def python(self) -> Path:
        return self.root / "bin" / "python"

    def run(
        self,
        *args: str | Path,
        cwd: Path | None = None,
        env: Mapping[str, str | None] | None = None,
        timeout: float = 600.0,
    ) -> subprocess.CompletedProcess[str]:
        """`python *args` in this venv; `env` adds variables, or removes those set to None."""
        environment = {k: v for k, v in os.environ.items() if k not in _SCRUBBED}
        environment["PATH"] = f"{self.root / 'bin'}{os.pathsep}{environment.get('PATH', '')}"
        for key, value in (env or {}).items():
            if value is None:
                environment.pop(key, None)
            else:
                environment[key] = value
        return subprocess.run(
            [str(self.python), *map(str, args)],
            cwd=cwd or self.root,
            env=environment,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def module(
        self, name: str, *args: str | Path, cwd: Path | None = None
    ) -> subprocess.CompletedProcess[str]:
        """`python -m name *args` in this venv (mypy, ruff, pip)."""
        return self.run("-m", name, *args, cwd=cwd)

    def pip_install(self, *requirements: str | Path) -> None:
        """Install requirement specifiers or project folders; raise with pip's output.

        Versions are held to the development lock (build environments included), so a new
        release of httpx, pydantic, mypy or setuptools cannot change a test's outcome;
        `make test-latest` sets SDKGEN_UNLOCKED=1 to test against the newest releases.
        """
        constraints = locked_constraints()
        env = {"PIP_CONSTRAINT": str(constraints)} if constraints else None
        args = ("-m", "pip", "install", "--quiet", "--disable-pip-version-check", *requirements)
        done = self.run(*args, env=env)
        if done.returncode != 0:
            raise RuntimeError(f"pip install {requirements} failed:\n{done.stdout}{done.stderr}")


@functools.cache
def locked_constraints() -> Path | None:
    """requirements/dev.lock as a pip constraints file (pins only: pip refuses hashes there)."""
    if os.environ.get("SDKGEN_UNLOCKED"):
        return None
    lock = REPO / "requirements" / "dev.lock"
    pins = [
        line.rstrip(" \\")
        for line in lock.read_text(encoding="utf-8").splitlines()
        if line[:1].isalnum()
    ]
    folder = Path(tempfile.mkdtemp(prefix="sdkgen-constraints-"))
    target = folder / "constraints.txt"
    target.write_text("\n".join(pins) + "\n", encoding="utf-8")
    return target


def create_venv(root: Path) -> Venv:
    """A fresh virtualenv (with pip) at `root`, made from the interpreter running pytest."""
    subprocess.run([sys.executable, "-m", "venv", str(root)], check=True, capture_output=True)
    return Venv(root)


def staged_copy(project: Path, scratch: Path) -> Path:
    """Copy `project` into `scratch` for pip to build from.

    pip builds a project folder in place, leaving `build/` and `*.egg-info` next to its
    sources; installing from a copy keeps them out of the repository and the output.
    """
    target = scratch / project.name
    ignore = shutil.ignore_patterns("build", "*.egg-info", "__pycache__")
    shutil.copytree(project, target, ignore=ignore)
    return target
