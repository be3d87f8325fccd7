"""The `UserRequest` model."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from typing_extensions import Required, TypedDict

from .._models import SdkModel


class UserRequest(SdkModel):
    id: str
    """User ID"""

    name: str | None = None
    image: str | None = None
    role: str | None = None
    custom: dict[str, Any] | None = None


class UserRequestParam(TypedDict, total=False):
    """`UserRequest` as a plain dict, with the same snake_case keys as its attributes."""

    id: Required[str]
    name: str
    image: str
    role: str
    custom: Mapping[str, Any]
