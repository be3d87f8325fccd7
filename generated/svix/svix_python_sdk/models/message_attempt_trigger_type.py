"""The `MessageAttemptTriggerType` model."""

from __future__ import annotations

from typing import Literal

from .._models import OpenIntEnum


class MessageAttemptTriggerType(OpenIntEnum):
    """The reason an attempt was made:
    - Scheduled = 0
    - Manual = 1
    """

    SCHEDULED = 0
    MANUAL = 1


MessageAttemptTriggerTypeValue = Literal[0, 1]
"""The raw values of `MessageAttemptTriggerType`: wherever the SDK takes a `MessageAttemptTriggerType`, it takes these too."""
