"""The `Geometry` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Discriminator, Tag

from .._models import UNKNOWN_VARIANT, UnknownVariant, discriminate
from .circle import Circle
from .square import Square

Geometry = Annotated[
    Annotated[Circle, Tag("Circle")]
    | Annotated[Square, Tag("Square")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_VARIANT)],
    Discriminator(
        discriminate(
            "kind",
            {
                "Circle": "Circle",
                "Square": "Square",
                "circle": "Circle",
                "square": "Square",
            },
        )
    ),
]
