"""The `Error` model."""

from __future__ import annotations

from .._models import SdkModel


class Error(SdkModel):
    code: int
    message: str
