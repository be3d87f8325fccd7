"""The `EndpointHeadersOut` model."""

from __future__ import annotations

from .._models import SdkModel


class EndpointHeadersOut(SdkModel):
    """The value of the headers is returned in the `headers` field.

    Sensitive headers that have been redacted are returned in the sensitive field.
    """

    headers: dict[str, str]
    sensitive: list[str]
