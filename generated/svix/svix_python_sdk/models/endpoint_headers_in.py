"""The `EndpointHeadersIn` model."""

from __future__ import annotations

from collections.abc import Mapping

from typing_extensions import Required, TypedDict

from .._models import SdkModel


class EndpointHeadersIn(SdkModel):
    headers: dict[str, str]


class EndpointHeadersInParam(TypedDict, total=False):
    """`EndpointHeadersIn` as a plain dict, with the same snake_case keys as its attributes."""

    headers: Required[Mapping[str, str]]
