"""Models of the Idioms: pydantic classes for every schema, enums, aliases.

Each model lives in its own module and is imported on first use, so importing the SDK
stays fast however large the API is; `from idioms.models import X`
works for every name listed in `__all__`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .circle import Circle, CircleParam
    from .geometry import Geometry
    from .list_response import ListResponse
    from .shape_base import ShapeBase
    from .shape_base_color import ShapeBaseColor, ShapeBaseColorValue
    from .shape_in import ShapeIn, ShapeInParam
    from .shape_out import ShapeOut
    from .square import Square, SquareParam
    from .status import Status, StatusValue
    from .tree_node import TreeNode

_MODULES: dict[str, str] = {
    "Circle": "circle",
    "CircleParam": "circle",
    "Geometry": "geometry",
    "ListResponse": "list_response",
    "ShapeBase": "shape_base",
    "ShapeBaseColor": "shape_base_color",
    "ShapeBaseColorValue": "shape_base_color",
    "ShapeIn": "shape_in",
    "ShapeInParam": "shape_in",
    "ShapeOut": "shape_out",
    "Square": "square",
    "SquareParam": "square",
    "Status": "status",
    "StatusValue": "status",
    "TreeNode": "tree_node",
}

__all__: list[str] = [
    "Circle",
    "CircleParam",
    "Geometry",
    "ListResponse",
    "ShapeBase",
    "ShapeBaseColor",
    "ShapeBaseColorValue",
    "ShapeIn",
    "ShapeInParam",
    "ShapeOut",
    "Square",
    "SquareParam",
    "Status",
    "StatusValue",
    "TreeNode",
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
