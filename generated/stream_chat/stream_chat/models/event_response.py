"""The `EventResponse` model."""

from __future__ import annotations

from .._models import SdkModel
from .ws_event import WSEvent


class EventResponse(SdkModel):
    duration: str
    event: WSEvent | None = None
