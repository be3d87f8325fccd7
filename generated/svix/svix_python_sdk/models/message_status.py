"""The `MessageStatus` model."""

from __future__ import annotations

from typing import Literal

from .._models import OpenIntEnum


class MessageStatus(OpenIntEnum):
    """The sending status of the message:
    - Success = 0
    - Pending = 1
    - Fail = 2
    - Sending = 3
    """

    SUCCESS = 0
    PENDING = 1
    FAIL = 2
    SENDING = 3


MessageStatusValue = Literal[0, 1, 2, 3]
"""The raw values of `MessageStatus`: wherever the SDK takes a `MessageStatus`, it takes these too."""
