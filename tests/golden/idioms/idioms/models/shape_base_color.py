"""The `ShapeBaseColor` model."""

from __future__ import annotations

from typing import Literal

from .._models import OpenStrEnum


class ShapeBaseColor(OpenStrEnum):
    RED = "red"
    GREEN = "green"


ShapeBaseColorValue = Literal["red", "green"]
"""The raw values of `ShapeBaseColor`: wherever the SDK takes a `ShapeBaseColor`, it takes these too."""
