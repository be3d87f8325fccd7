"""The `EndpointTransformationIn` model."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import SdkModel


class EndpointTransformationIn(SdkModel):
    code: str | None = None
    enabled: bool | None = None


class EndpointTransformationInParam(TypedDict, total=False):
    """`EndpointTransformationIn` as a plain dict, with the same snake_case keys as its attributes."""

    code: str | None
    enabled: bool
