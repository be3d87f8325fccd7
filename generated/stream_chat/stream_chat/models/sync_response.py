"""The `SyncResponse` model."""

from __future__ import annotations

from .._models import SdkModel
from .ws_event import WSEvent


class SyncResponse(SdkModel):
    duration: str
    events: list[WSEvent]
    inaccessible_cids: list[str] | None = None
