"""The `ApplicationIn` model."""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import Field
from typing_extensions import Required, TypedDict

from .._models import SdkModel


class ApplicationIn(SdkModel):
    name: str
    rate_limit: int | None = Field(default=None, alias="rateLimit")

    uid: str | None = None
    """Optional unique identifier for the application"""

    metadata: dict[str, str] = {}


class ApplicationInParam(TypedDict, total=False):
    """`ApplicationIn` as a plain dict, with the same snake_case keys as its attributes."""

    name: Required[str]
    rate_limit: int | None
    uid: str | None
    metadata: Mapping[str, str]
