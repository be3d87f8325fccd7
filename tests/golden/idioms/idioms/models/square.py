"""The `Square` model."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import SdkModel


class Square(SdkModel):
    kind: Literal["square"]
    side: float


class SquareParam(TypedDict, total=False):
    """`Square` as a plain dict, with the same snake_case keys as its attributes."""

    kind: Required[Literal["square"]]
    side: Required[float]
