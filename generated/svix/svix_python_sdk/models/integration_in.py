"""The `IntegrationIn` model."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import SdkModel


class IntegrationIn(SdkModel):
    name: str


class IntegrationInParam(TypedDict, total=False):
    """`IntegrationIn` as a plain dict, with the same snake_case keys as its attributes."""

    name: Required[str]
