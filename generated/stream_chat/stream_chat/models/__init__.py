"""Models of the Stream Chat Events API: pydantic classes for every schema, enums, aliases.

Each model lives in its own module and is imported on first use, so importing the SDK
stays fast however large the API is; `from stream_chat.models import X`
works for every name listed in `__all__`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_error import APIError
    from .event_request import EventRequest, EventRequestParam
    from .event_response import EventResponse
    from .response import Response
    from .send_event_request import SendEventRequest, SendEventRequestParam
    from .send_user_custom_event_request import (
        SendUserCustomEventRequest,
        SendUserCustomEventRequestParam,
    )
    from .sync_request import SyncRequest, SyncRequestParam
    from .sync_response import SyncResponse
    from .user_custom_event_request import (
        UserCustomEventRequest,
        UserCustomEventRequestParam,
    )
    from .user_request import UserRequest, UserRequestParam
    from .ws_event import WSEvent

_MODULES: dict[str, str] = {
    "APIError": "api_error",
    "EventRequest": "event_request",
    "EventRequestParam": "event_request",
    "EventResponse": "event_response",
    "Response": "response",
    "SendEventRequest": "send_event_request",
    "SendEventRequestParam": "send_event_request",
    "SendUserCustomEventRequest": "send_user_custom_event_request",
    "SendUserCustomEventRequestParam": "send_user_custom_event_request",
    "SyncRequest": "sync_request",
    "SyncRequestParam": "sync_request",
    "SyncResponse": "sync_response",
    "UserCustomEventRequest": "user_custom_event_request",
    "UserCustomEventRequestParam": "user_custom_event_request",
    "UserRequest": "user_request",
    "UserRequestParam": "user_request",
    "WSEvent": "ws_event",
}

__all__: list[str] = [
    "APIError",
    "EventRequest",
    "EventRequestParam",
    "EventResponse",
    "Response",
    "SendEventRequest",
    "SendEventRequestParam",
    "SendUserCustomEventRequest",
    "SendUserCustomEventRequestParam",
    "SyncRequest",
    "SyncRequestParam",
    "SyncResponse",
    "UserCustomEventRequest",
    "UserCustomEventRequestParam",
    "UserRequest",
    "UserRequestParam",
    "WSEvent",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
