"""The `AppUsageStatsOut` model."""

from __future__ import annotations

from pydantic import Field

from .._models import SdkModel
from .background_task_status import BackgroundTaskStatus
from .background_task_type import BackgroundTaskType


class AppUsageStatsOut(SdkModel):
    id: str
    """The background task's ID"""

    status: BackgroundTaskStatus
    task: BackgroundTaskType

    unresolved_app_ids: list[str] = Field(alias="unresolvedAppIds")
    """Any app IDs or UIDs received in the request that weren't found. Stats will be produced for all the others."""
