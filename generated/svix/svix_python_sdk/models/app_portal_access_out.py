"""The `AppPortalAccessOut` model."""

from __future__ import annotations

from .._models import SdkModel


class AppPortalAccessOut(SdkModel):
    url: str
    token: str
