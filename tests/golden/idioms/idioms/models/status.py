"""The `Status` model."""

from __future__ import annotations

from typing import Literal

from .._models import OpenIntEnum


class Status(OpenIntEnum):
    ACTIVE = 0
    """In use."""

    PAUSED = 1
    """Temporarily off."""

    DELETED = 2
    """Gone for good."""


StatusValue = Literal[0, 1, 2]
"""The raw values of `Status`: wherever the SDK takes a `Status`, it takes these too."""
