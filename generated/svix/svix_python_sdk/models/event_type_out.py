"""The `EventTypeOut` model."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import Field

from .._models import SdkModel


class EventTypeOut(SdkModel):
    name: str
    """The event type's name"""

    description: str
    archived: bool = False

    schemas: dict[str, dict[str, Any]] | None = None
    """The schema for the event type for a specific version as a JSON schema."""

    feature_flag: str | None = Field(default=None, alias="featureFlag")
    created_at: datetime = Field(alias="createdAt")
    updated_at: datetime = Field(alias="updatedAt")
