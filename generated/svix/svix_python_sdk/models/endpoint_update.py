"""The `EndpointUpdate` model."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pydantic import Field
from typing_extensions import Required, TypedDict, deprecated

from .._models import SdkModel


class EndpointUpdate(SdkModel):
    url: str
    description: str = ""

    deprecated_version: int | None = Field(default=1, alias="version")
    """Deprecated."""

    rate_limit: int | None = Field(default=None, alias="rateLimit")

    uid: str | None = None
    """Optional unique identifier for the endpoint"""

    disabled: bool = False
    filter_types: list[str] | None = Field(default=None, alias="filterTypes")

    channels: list[str] | None = None
    """List of message channels this endpoint listens to (omit for all)"""

    metadata: dict[str, str] = {}

    @property
    @deprecated("EndpointUpdate.version is deprecated by the API.")
    def version(self) -> int | None:
        """Deprecated."""
        return self.deprecated_version


class EndpointUpdateParam(TypedDict, total=False):
    """`EndpointUpdate` as a plain dict, with the same snake_case keys as its attributes."""

    url: Required[str]
    description: str
    version: int | None
    rate_limit: int | None
    uid: str | None
    disabled: bool
    filter_types: Sequence[str] | None
    channels: Sequence[str] | None
    metadata: Mapping[str, str]
