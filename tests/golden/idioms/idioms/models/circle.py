"""The `Circle` model."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import SdkModel


class Circle(SdkModel):
    kind: Literal["circle"]
    radius: float


class CircleParam(TypedDict, total=False):
    """`Circle` as a plain dict, with the same snake_case keys as its attributes."""

    kind: Required[Literal["circle"]]
    radius: Required[float]
