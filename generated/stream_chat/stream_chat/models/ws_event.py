"""The `WSEvent` model."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from .._models import SdkModel


class WSEvent(SdkModel):
    type: str
    created_at: datetime
    cid: str | None = None
    channel_id: str | None = None
    channel_type: str | None = None
    user_id: str | None = None
    custom: dict[str, Any] | None = None
