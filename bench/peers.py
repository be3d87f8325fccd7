"""A throwaway virtualenv under .cache/bench with the peer generator and the SDKs' runtime.

The same venv runs both generated SDKs in the import and per-call figures, so both use
the same httpx and pydantic.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .common import CACHE

PEER_GENERATOR = "openapi-python-client==0.29.1"
RUNTIME = ["httpx", "pydantic>=2.6", "attrs>=22.2", "python-dateutil>=2.8"]
VENV = CACHE / "peer-venv"
STAMP = VENV / ".bench-installed"


def peer_venv() -> Path:
    """The venv's python, installing it on first use."""
    python = VENV / "bin" / "python"
    wanted = " ".join([PEER_GENERATOR, *RUNTIME])
    if STAMP.is_file() and STAMP.read_text(encoding="utf-8") == wanted and python.exists():
        return python
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(VENV)], check=True)
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, PEER_GENERATOR, *RUNTIME], check=True)
    STAMP.write_text(wanted, encoding="utf-8")
    return python


def peer_generator() -> Path:
    return peer_venv().parent / "openapi-python-client"
