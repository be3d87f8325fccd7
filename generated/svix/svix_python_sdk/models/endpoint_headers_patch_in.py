"""The `EndpointHeadersPatchIn` model."""

from __future__ import annotations

from collections.abc import Mapping

from typing_extensions import Required, TypedDict

from .._models import SdkModel


class EndpointHeadersPatchIn(SdkModel):
    headers: dict[str, str | None]
    """Headers to set; a `null` value removes the header."""


class EndpointHeadersPatchInParam(TypedDict, total=False):
    """`EndpointHeadersPatchIn` as a plain dict, with the same snake_case keys as its attributes."""

    headers: Required[Mapping[str, str | None]]
