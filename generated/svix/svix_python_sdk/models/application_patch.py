"""The `ApplicationPatch` model."""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import Field
from typing_extensions import TypedDict

from .._models import SdkModel


class ApplicationPatch(SdkModel):
    name: str | None = None
    rate_limit: int | None = Field(default=None, alias="rateLimit")

    uid: str | None = None
    """The app's UID"""

    metadata: dict[str, str] | None = None


class ApplicationPatchParam(TypedDict, total=False):
    """`ApplicationPatch` as a plain dict, with the same snake_case keys as its attributes."""

    name: str
    rate_limit: int | None
    uid: str | None
    metadata: Mapping[str, str]
