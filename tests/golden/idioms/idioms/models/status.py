"""The `Status` model."""

from __future__ import annotations

from .._models import OpenIntEnum


class Status(OpenIntEnum):
    ACTIVE = 0
    """In use."""
    PAUSED = 1
    """Temporarily off."""
    DELETED = 2
    """Gone for good."""
