"""The `MessageAttemptTriggerType` model."""

from __future__ import annotations

from .._models import OpenIntEnum


class MessageAttemptTriggerType(OpenIntEnum):
    """The reason an attempt was made:
    - Scheduled = 0
    - Manual = 1"""

    SCHEDULED = 0
    MANUAL = 1
