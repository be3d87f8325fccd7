"""Models of the Petstore: pydantic classes for every schema, enums, aliases.

Each model lives in its own module and is imported on first use, so importing the SDK
stays fast however large the API is; `from petstore_sdk.models import X`
works for every name listed in `__all__`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error import Error
    from .new_pet import NewPet, NewPetParam
    from .new_pet_owner import NewPetOwner, NewPetOwnerParam
    from .pet import Pet
    from .pet_kind import PetKind, PetKindValue
    from .pet_list import PetList

_MODULES: dict[str, str] = {
    "Error": "error",
    "NewPet": "new_pet",
    "NewPetParam": "new_pet",
    "NewPetOwner": "new_pet_owner",
    "NewPetOwnerParam": "new_pet_owner",
    "Pet": "pet",
    "PetKind": "pet_kind",
    "PetKindValue": "pet_kind",
    "PetList": "pet_list",
}

__all__: list[str] = [
    "Error",
    "NewPet",
    "NewPetParam",
    "NewPetOwner",
    "NewPetOwnerParam",
    "Pet",
    "PetKind",
    "PetKindValue",
    "PetList",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
