"""The `ShapeIn` model."""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import Field
from typing_extensions import Required, TypedDict

from .._models import SdkModel
from .circle import Circle, CircleParam
from .geometry import Geometry
from .shape_base_color import ShapeBaseColor, ShapeBaseColorValue
from .square import Square, SquareParam
from .status import Status, StatusValue


class ShapeIn(SdkModel):
    name: str
    """A name; may contain "quotes" and {{ braces }}."""

    from_: str | None = Field(default=None, alias="from")
    """A Python keyword as a field name."""

    color: ShapeBaseColor | None = None
    geometry: Geometry
    metadata: dict[str, str] | None = None
    status: Status = Status.ACTIVE


class ShapeInParam(TypedDict, total=False):
    """`ShapeIn` as a plain dict, with the same snake_case keys as its attributes."""

    name: Required[str]
    from_: str
    color: ShapeBaseColor | ShapeBaseColorValue | None
    geometry: Required[Circle | CircleParam | Square | SquareParam]
    metadata: Mapping[str, str]
    status: Status | StatusValue
