"""The `ReplayIn` model."""

from __future__ import annotations

from datetime import datetime

from typing_extensions import Required, TypedDict

from .._models import SdkModel


class ReplayIn(SdkModel):
    since: datetime
    until: datetime | None = None


class ReplayInParam(TypedDict, total=False):
    """`ReplayIn` as a plain dict, with the same snake_case keys as its attributes."""

    since: Required[datetime | str]
    until: datetime | str | None
