"""The `EndpointTransformationOut` model."""

from __future__ import annotations

from .._models import SdkModel


class EndpointTransformationOut(SdkModel):
    code: str | None = None
    enabled: bool = False
