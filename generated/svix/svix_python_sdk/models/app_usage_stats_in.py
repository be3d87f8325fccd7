"""The `AppUsageStatsIn` model."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from pydantic import Field
from typing_extensions import Required, TypedDict

from .._models import SdkModel


class AppUsageStatsIn(SdkModel):
    since: datetime
    until: datetime

    app_ids: list[str] | None = Field(default=None, alias="appIds")
    """Specific app IDs or UIDs to aggregate stats for. Note that if none of the given IDs or UIDs are resolved, a 422 response will be given."""


class AppUsageStatsInParam(TypedDict, total=False):
    """`AppUsageStatsIn` as a plain dict, with the same snake_case keys as its attributes."""

    since: Required[datetime | str]
    until: Required[datetime | str]
    app_ids: Sequence[str] | None
