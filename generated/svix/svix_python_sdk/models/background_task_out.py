"""The `BackgroundTaskOut` model."""

from __future__ import annotations

from typing import Any

from .._models import SdkModel
from .background_task_status import BackgroundTaskStatus
from .background_task_type import BackgroundTaskType


class BackgroundTaskOut(SdkModel):
    id: str
    """The background task's ID"""

    status: BackgroundTaskStatus
    task: BackgroundTaskType

    data: dict[str, Any]
    """Task-specific data (the results, once the task has finished)."""
