"""The `PetKind` model."""

from __future__ import annotations

from .._models import OpenStrEnum


class PetKind(OpenStrEnum):
    DOG = "dog"
    CAT = "cat"
    BIRD_OF_PREY = "bird-of-prey"
