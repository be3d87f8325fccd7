"""The `RecoverIn` model."""

from __future__ import annotations

from datetime import datetime

from typing_extensions import Required, TypedDict

from .._models import SdkModel


class RecoverIn(SdkModel):
    since: datetime
    until: datetime | None = None


class RecoverInParam(TypedDict, total=False):
    """`RecoverIn` as a plain dict, with the same snake_case keys as its attributes."""

    since: Required[datetime | str]
    until: datetime | str | None
