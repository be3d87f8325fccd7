"""The `SendEventRequest` model."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import SdkModel
from .event_request import EventRequest, EventRequestParam


class SendEventRequest(SdkModel):
    event: EventRequest


class SendEventRequestParam(TypedDict, total=False):
    """`SendEventRequest` as a plain dict, with the same snake_case keys as its attributes."""

    event: Required[EventRequest | EventRequestParam]
