"""The `EndpointStats` model."""

from __future__ import annotations

from .._models import SdkModel


class EndpointStats(SdkModel):
    success: int
    pending: int
    sending: int
    fail: int
