"""The `EndpointMessageOut` model."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import Field

from .._models import SdkModel
from .message_status import MessageStatus


class EndpointMessageOut(SdkModel):
    """A message plus the delivery status of its latest attempt to a given endpoint."""

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

    status: MessageStatus
    """The sending status of the message:
    - Success = 0
    - Pending = 1
    - Fail = 2
    - Sending = 3
    """

    next_attempt: datetime | None = Field(default=None, alias="nextAttempt")
