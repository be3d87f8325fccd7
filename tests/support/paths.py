"""Where the tests find the repository and the shared reference material."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
"""The root of the sdkgen repository."""

SHARED = REPO.parent / "shared"
"""Reference material kept beside the repository (seeds, public specs); may be absent."""

SEEDS = SHARED / "seeds"
SPECS = SHARED / "specs"


def require_shared(path: Path, what: str = "reference material") -> Path:
    """`path`, or skip the test with a clear reason when `../shared` does not have it."""
    if not path.exists():
        shown = f"../shared/{path.relative_to(SHARED)}" if path.is_relative_to(SHARED) else path
        pytest.skip(f"{shown} not available: {what}")
    return path
