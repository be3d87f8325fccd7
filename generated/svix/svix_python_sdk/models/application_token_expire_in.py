"""The `ApplicationTokenExpireIn` model."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import SdkModel


class ApplicationTokenExpireIn(SdkModel):
    expiry: int | None = None
    """How many seconds until the old key is expired."""


class ApplicationTokenExpireInParam(TypedDict, total=False):
    """`ApplicationTokenExpireIn` as a plain dict, with the same snake_case keys as its attributes."""

    expiry: int | None
