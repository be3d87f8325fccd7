"""The `MessageIn` model."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import Field
from typing_extensions import Required, TypedDict

from .._models import SdkModel
from .application_in import ApplicationIn, ApplicationInParam


class MessageIn(SdkModel):
    event_type: str = Field(alias="eventType")
    """The event type's name"""

    payload: dict[str, Any]

    tags: list[str] | None = None
    """List of free-form tags that can be filtered by when listing messages"""

    event_id: str | None = Field(default=None, alias="eventId")
    """Optional unique identifier for the message"""

    channels: list[str] | None = None
    """List of free-form identifiers that endpoints can filter by"""

    payload_retention_period: int = Field(default=90, alias="payloadRetentionPeriod")

    application: ApplicationIn | None = None
    """Optionally creates a new application alongside the message. If the application id or uid that is used in the path already exists, this argument is ignored."""

    transformations_params: dict[str, Any] | None = Field(
        default=None, alias="transformationsParams"
    )
    """Extra parameters to pass to Transformations (for future use)"""


class MessageInParam(TypedDict, total=False):
    """`MessageIn` as a plain dict, with the same snake_case keys as its attributes."""

    event_type: Required[str]
    payload: Required[Mapping[str, Any]]
    tags: Sequence[str] | None
    event_id: str | None
    channels: Sequence[str] | None
    payload_retention_period: int
    application: ApplicationIn | ApplicationInParam | None
    transformations_params: Mapping[str, Any] | None
