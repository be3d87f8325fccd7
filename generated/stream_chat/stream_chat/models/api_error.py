"""The `APIError` model."""

from __future__ import annotations

from pydantic import Field

from .._models import SdkModel


class APIError(SdkModel):
    code: int
    """API error code"""

    message: str
    """Message describing an error"""

    status_code: int = Field(alias="StatusCode")
    """Response HTTP status code"""

    duration: str
    """Request duration"""

    more_info: str
    """URL with additional information"""

    details: list[int] | None = None
    """Additional error-specific information"""
