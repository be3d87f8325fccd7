"""The `EventRequest` model."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from typing_extensions import Required, TypedDict

from .._models import SdkModel
from .user_request import UserRequest, UserRequestParam


class EventRequest(SdkModel):
    type: str
    """Event type"""

    parent_id: str | None = None
    user_id: str | None = None
    user: UserRequest | None = None
    custom: dict[str, Any] | None = None


class EventRequestParam(TypedDict, total=False):
    """`EventRequest` as a plain dict, with the same snake_case keys as its attributes."""

    type: Required[str]
    parent_id: str
    user_id: str
    user: UserRequest | UserRequestParam
    custom: Mapping[str, Any]
