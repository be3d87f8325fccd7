"""The `NewPetOwner` model."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import SdkModel


class NewPetOwner(SdkModel):
    email: str | None = None


class NewPetOwnerParam(TypedDict, total=False):
    """`NewPetOwner` as a plain dict, with the same snake_case keys as its attributes."""

    email: str
