"""The `UserCustomEventRequest` model."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from typing_extensions import Required, TypedDict

from .._models import SdkModel


class UserCustomEventRequest(SdkModel):
    type: str
    """Custom event type"""

    custom: dict[str, Any] | None = None


class UserCustomEventRequestParam(TypedDict, total=False):
    """`UserCustomEventRequest` as a plain dict, with the same snake_case keys as its attributes."""

    type: Required[str]
    custom: Mapping[str, Any]
