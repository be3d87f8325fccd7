"""The `IntegrationKeyOut` model."""

from __future__ import annotations

from .._models import SdkModel


class IntegrationKeyOut(SdkModel):
    key: str
