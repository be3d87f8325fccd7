"""The `SyncRequest` model."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from typing_extensions import Required, TypedDict

from .._models import SdkModel
from .user_request import UserRequest, UserRequestParam


class SyncRequest(SdkModel):
    channel_cids: list[str]
    """List of channel CIDs to sync"""

    last_sync_at: datetime
    """Date from which synchronization should happen"""

    user_id: str | None = None
    user: UserRequest | None = None


class SyncRequestParam(TypedDict, total=False):
    """`SyncRequest` as a plain dict, with the same snake_case keys as its attributes."""

    channel_cids: Required[Sequence[str]]
    last_sync_at: Required[datetime | str]
    user_id: str
    user: UserRequest | UserRequestParam
