"""The `NewPet` model."""

from __future__ import annotations

from datetime import date

from typing_extensions import Required, TypedDict

from .._models import SdkModel
from .new_pet_owner import NewPetOwner, NewPetOwnerParam
from .pet_kind import PetKind, PetKindValue


class NewPet(SdkModel):
    name: str
    kind: PetKind
    tag: str | None = None
    birthday: date | None = None
    owner: NewPetOwner | None = None


class NewPetParam(TypedDict, total=False):
    """`NewPet` as a plain dict, with the same snake_case keys as its attributes."""

    name: Required[str]
    kind: Required[PetKind | PetKindValue]
    tag: str | None
    birthday: date | str
    owner: NewPetOwner | NewPetOwnerParam
