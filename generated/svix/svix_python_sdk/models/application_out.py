"""The `ApplicationOut` model."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from .._models import SdkModel


class ApplicationOut(SdkModel):
    name: str

    id: str
    """The app's ID"""

    created_at: datetime = Field(alias="createdAt")
    updated_at: datetime = Field(alias="updatedAt")
    metadata: dict[str, str]

    uid: str | None = None
    """Optional unique identifier for the application"""

    rate_limit: int | None = Field(default=None, alias="rateLimit")
