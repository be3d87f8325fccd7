"""The `BackgroundTaskStatus` model."""

from __future__ import annotations

from typing import Literal

from .._models import OpenStrEnum


class BackgroundTaskStatus(OpenStrEnum):
    RUNNING = "running"
    FINISHED = "finished"
    FAILED = "failed"


BackgroundTaskStatusValue = Literal["running", "finished", "failed"]
"""The raw values of `BackgroundTaskStatus`: wherever the SDK takes a `BackgroundTaskStatus`, it takes these too."""
