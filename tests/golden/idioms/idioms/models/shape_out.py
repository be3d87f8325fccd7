"""The `ShapeOut` model."""

from __future__ import annotations

from pydantic import Field

from .._models import SdkModel
from .geometry import Geometry
from .shape_base_color import ShapeBaseColor
from .status import Status


class ShapeOut(SdkModel):
    name: str
    """A name; may contain "quotes" and {{ braces }}."""

    from_: str | None = Field(default=None, alias="from")
    """A Python keyword as a field name."""

    color: ShapeBaseColor | None = None
    geometry: Geometry
    metadata: dict[str, str] | None = None
    status: Status = Status.ACTIVE
    id: str
    archived: bool = False
