"""The `Response` model."""

from __future__ import annotations

from .._models import SdkModel


class Response(SdkModel):
    duration: str
