"""The `MessageEndpointOut` model."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field
from typing_extensions import deprecated

from .._models import SdkModel
from .message_status import MessageStatus


class MessageEndpointOut(SdkModel):
    id: str
    """The ep's ID"""

    description: str
    rate_limit: int | None = Field(default=None, alias="rateLimit")

    uid: str | None = None
    """Optional unique identifier for the endpoint"""

    url: str

    deprecated_version: int = Field(alias="version")
    """Deprecated."""

    disabled: bool = False
    filter_types: list[str] | None = Field(default=None, alias="filterTypes")

    channels: list[str] | None = None
    """List of message channels this endpoint listens to (omit for all)"""

    created_at: datetime = Field(alias="createdAt")
    updated_at: datetime = Field(alias="updatedAt")

    status: MessageStatus
    """The sending status of the message:
    - Success = 0
    - Pending = 1
    - Fail = 2
    - Sending = 3
    """

    next_attempt: datetime | None = Field(default=None, alias="nextAttempt")

    @property
    @deprecated("MessageEndpointOut.version is deprecated by the API.")
    def version(self) -> int:
        """Deprecated."""
        return self.deprecated_version
