"""The `ShapeBase` model."""

from __future__ import annotations

from pydantic import Field

from .._models import SdkModel
from .shape_base_color import ShapeBaseColor


class ShapeBase(SdkModel):
    name: str
    """A name; may contain "quotes" and {{ braces }}."""

    from_: str | None = Field(default=None, alias="from")
    """A Python keyword as a field name."""

    color: ShapeBaseColor | None = None
