"""The `EventTypePatch` model."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import Field
from typing_extensions import TypedDict

from .._models import SdkModel


class EventTypePatch(SdkModel):
    description: str | None = None
    archived: bool | None = None

    schemas: dict[str, dict[str, Any]] | None = None
    """The schema for the event type for a specific version as a JSON schema."""

    feature_flag: str | None = Field(default=None, alias="featureFlag")


class EventTypePatchParam(TypedDict, total=False):
    """`EventTypePatch` as a plain dict, with the same snake_case keys as its attributes."""

    description: str
    archived: bool
    schemas: Mapping[str, Mapping[str, Any]] | None
    feature_flag: str | None
