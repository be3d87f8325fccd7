"""The `MessageAttemptOut` model."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from .._models import SdkModel
from .message_attempt_trigger_type import MessageAttemptTriggerType
from .message_out import MessageOut
from .message_status import MessageStatus


class MessageAttemptOut(SdkModel):
    id: str
    """The attempt's ID"""

    msg_id: str = Field(alias="msgId")
    """The msg's ID"""

    endpoint_id: str = Field(alias="endpointId")
    """The ep's ID"""

    url: str

    status: MessageStatus
    """The sending status of the message:
    - Success = 0
    - Pending = 1
    - Fail = 2
    - Sending = 3
    """

    response: str
    response_status_code: int = Field(alias="responseStatusCode")
    timestamp: datetime

    trigger_type: MessageAttemptTriggerType = Field(alias="triggerType")
    """The reason an attempt was made:
    - Scheduled = 0
    - Manual = 1
    """

    msg: MessageOut | None = None
