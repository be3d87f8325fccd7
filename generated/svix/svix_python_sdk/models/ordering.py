"""The `Ordering` model."""

from __future__ import annotations

from .._models import OpenStrEnum


class Ordering(OpenStrEnum):
    """Defines the ordering in a listing of results."""

    ASCENDING = "ascending"
    DESCENDING = "descending"
