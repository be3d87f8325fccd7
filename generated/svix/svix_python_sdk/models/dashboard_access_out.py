"""The `DashboardAccessOut` model."""

from __future__ import annotations

from .._models import SdkModel


class DashboardAccessOut(SdkModel):
    url: str
    token: str
