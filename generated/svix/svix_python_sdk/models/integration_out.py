"""The `IntegrationOut` model."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from .._models import SdkModel


class IntegrationOut(SdkModel):
    id: str
    """The integ's ID"""

    name: str
    created_at: datetime = Field(alias="createdAt")
    updated_at: datetime = Field(alias="updatedAt")
