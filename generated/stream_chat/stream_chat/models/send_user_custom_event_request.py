"""The `SendUserCustomEventRequest` model."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import SdkModel
from .user_custom_event_request import (
    UserCustomEventRequest,
    UserCustomEventRequestParam,
)


class SendUserCustomEventRequest(SdkModel):
    event: UserCustomEventRequest


class SendUserCustomEventRequestParam(TypedDict, total=False):
    """`SendUserCustomEventRequest` as a plain dict, with the same snake_case keys as its attributes."""

    event: Required[UserCustomEventRequest | UserCustomEventRequestParam]
