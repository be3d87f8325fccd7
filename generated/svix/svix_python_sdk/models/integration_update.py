"""The `IntegrationUpdate` model."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import SdkModel


class IntegrationUpdate(SdkModel):
    name: str


class IntegrationUpdateParam(TypedDict, total=False):
    """`IntegrationUpdate` as a plain dict, with the same snake_case keys as its attributes."""

    name: Required[str]
