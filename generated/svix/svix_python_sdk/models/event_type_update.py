"""The `EventTypeUpdate` model."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import Field
from typing_extensions import Required, TypedDict

from .._models import SdkModel


class EventTypeUpdate(SdkModel):
    description: str
    archived: bool = False

    schemas: dict[str, dict[str, Any]] | None = None
    """The schema for the event type for a specific version as a JSON schema."""

    feature_flag: str | None = Field(default=None, alias="featureFlag")


class EventTypeUpdateParam(TypedDict, total=False):
    """`EventTypeUpdate` as a plain dict, with the same snake_case keys as its attributes."""

    description: Required[str]
    archived: bool
    schemas: Mapping[str, Mapping[str, Any]] | None
    feature_flag: str | None
