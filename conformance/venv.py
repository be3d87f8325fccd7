"""The virtualenv each worker installs SDKs into: the locked httpx, pydantic, mypy, ruff."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LOCK = REPO / "requirements" / "dev.lock"
PACKAGES = ("httpx", "pydantic", "mypy", "ruff", "setuptools")
# Variables that would let this machine's environment change what runs in the venv.
_SCRUBBED = ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP")


def clean_env(venv: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for commands in `venv`: its bin first, nothing that leaks in."""
    environment = {k: v for k, v in os.environ.items() if k not in _SCRUBBED}
    environment = {k: v for k, v in environment.items() if not k.endswith("_BASE_URL")}
    environment["PATH"] = f"{venv / 'bin'}{os.pathsep}{environment.get('PATH', '')}"
    environment.update(extra or {})
    return environment


def ensure_venv(venv: Path) -> Path:
    """`venv` with the locked tools, made anew when the lock changed; its python."""
    python = venv / "bin" / "python"
    stamp = venv / ".conformance-lock"
    digest = hashlib.sha256(LOCK.read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text(encoding="utf-8") == digest and python.exists():
        return python
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
    with tempfile.TemporaryDirectory() as scratch:
        constraints = Path(scratch) / "constraints.txt"
        constraints.write_text(_pins(), encoding="utf-8")
        pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        subprocess.run(
            [*pip, "-c", str(constraints), *PACKAGES],
            check=True,
            env=clean_env(venv),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    stamp.write_text(digest, encoding="utf-8")
    return python


def _pins() -> str:
    """requirements/dev.lock as constraints (pins only: pip refuses hashes there)."""
    lines = LOCK.read_text(encoding="utf-8").splitlines()
    return "\n".join(line.rstrip(" \\") for line in lines if line[:1].isalnum()) + "\n"
