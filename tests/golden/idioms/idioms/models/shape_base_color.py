"""The `ShapeBaseColor` model."""

from __future__ import annotations

from .._models import OpenStrEnum


class ShapeBaseColor(OpenStrEnum):
    RED = "red"
    GREEN = "green"
