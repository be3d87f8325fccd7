"""The `Ordering` model."""

from __future__ import annotations

from typing import Literal

from .._models import OpenStrEnum


class Ordering(OpenStrEnum):
    """Defines the ordering in a listing of results."""

    ASCENDING = "ascending"
    DESCENDING = "descending"


OrderingValue = Literal["ascending", "descending"]
"""The raw values of `Ordering`: wherever the SDK takes a `Ordering`, it takes these too."""
