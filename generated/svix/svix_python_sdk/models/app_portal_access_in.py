"""The `AppPortalAccessIn` model."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import Field
from typing_extensions import TypedDict

from .._models import SdkModel


class AppPortalAccessIn(SdkModel):
    feature_flags: list[str] | None = Field(default=None, alias="featureFlags")
    """The set of feature flags the created token will have access to."""

    expiry: int | None = 604800
    """How long the token will be valid for, in seconds. Valid values are between 1 hour and 7 days. The default is 7 days."""


class AppPortalAccessInParam(TypedDict, total=False):
    """`AppPortalAccessIn` as a plain dict, with the same snake_case keys as its attributes."""

    feature_flags: Sequence[str]
    expiry: int | None
