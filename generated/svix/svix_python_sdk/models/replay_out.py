"""The `ReplayOut` model."""

from __future__ import annotations

from .._models import SdkModel
from .background_task_status import BackgroundTaskStatus
from .background_task_type import BackgroundTaskType


class ReplayOut(SdkModel):
    id: str
    """The background task's ID"""

    status: BackgroundTaskStatus
    task: BackgroundTaskType
