"""The `HTTPValidationError` model."""

from __future__ import annotations

from .._models import SdkModel
from .validation_error import ValidationError


class HTTPValidationError(SdkModel):
    detail: list[ValidationError]
