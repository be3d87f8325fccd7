"""The `HttpErrorOut` model."""

from __future__ import annotations

from .._models import SdkModel


class HttpErrorOut(SdkModel):
    """HttpError"""

    code: str
    detail: str
