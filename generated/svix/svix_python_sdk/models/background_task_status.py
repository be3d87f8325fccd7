"""The `BackgroundTaskStatus` model."""

from __future__ import annotations

from .._models import OpenStrEnum


class BackgroundTaskStatus(OpenStrEnum):
    RUNNING = "running"
    FINISHED = "finished"
    FAILED = "failed"
