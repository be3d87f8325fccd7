"""The `EventExampleIn` model."""

from __future__ import annotations

from pydantic import Field
from typing_extensions import Required, TypedDict

from .._models import SdkModel


class EventExampleIn(SdkModel):
    event_type: str = Field(alias="eventType")
    """The event type's name"""


class EventExampleInParam(TypedDict, total=False):
    """`EventExampleIn` as a plain dict, with the same snake_case keys as its attributes."""

    event_type: Required[str]
