"""The `BackgroundTaskType` model."""

from __future__ import annotations

from typing import Literal

from .._models import OpenStrEnum


class BackgroundTaskType(OpenStrEnum):
    ENDPOINT_REPLAY = "endpoint.replay"
    ENDPOINT_RECOVER = "endpoint.recover"
    APPLICATION_STATS = "application.stats"
    MESSAGE_BROADCAST = "message.broadcast"
    SDK_GENERATE = "sdk.generate"
    EVENT_TYPE_AGGREGATE = "event-type.aggregate"
    APPLICATION_PURGE_CONTENT = "application.purge_content"


BackgroundTaskTypeValue = Literal[
    "endpoint.replay",
    "endpoint.recover",
    "application.stats",
    "message.broadcast",
    "sdk.generate",
    "event-type.aggregate",
    "application.purge_content",
]
"""The raw values of `BackgroundTaskType`: wherever the SDK takes a `BackgroundTaskType`, it takes these too."""
