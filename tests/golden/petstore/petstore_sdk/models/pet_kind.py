"""The `PetKind` model."""

from __future__ import annotations

from typing import Literal

from .._models import OpenStrEnum


class PetKind(OpenStrEnum):
    DOG = "dog"
    CAT = "cat"
    BIRD_OF_PREY = "bird-of-prey"


PetKindValue = Literal["dog", "cat", "bird-of-prey"]
"""The raw values of `PetKind`: wherever the SDK takes a `PetKind`, it takes these too."""
