"""The `MessageOut` model."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import Field

from .._models import SdkModel


class MessageOut(SdkModel):
    id: str
    """The msg's ID"""

    event_type: str = Field(alias="eventType")
    """The event type's name"""

    payload: dict[str, Any]

    event_id: str | None = Field(default=None, alias="eventId")
    """Optional unique identifier for the message"""

    channels: list[str] | None = None
    """List of free-form identifiers that endpoints can filter by"""

    tags: list[str] | None = None
    timestamp: datetime
