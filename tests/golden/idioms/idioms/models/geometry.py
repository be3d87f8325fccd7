"""The `Geometry` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .circle import Circle
from .square import Square

Geometry = Annotated[Circle | Square, Field(discriminator="kind")]
