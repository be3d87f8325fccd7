"""The `Pet` model."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import Field

from .._models import SdkModel
from .new_pet_owner import NewPetOwner
from .pet_kind import PetKind


class Pet(SdkModel):
    name: str
    kind: PetKind
    tag: str | None = None
    birthday: date | None = None
    owner: NewPetOwner | None = None
    id: str
    created_at: datetime = Field(alias="createdAt")
