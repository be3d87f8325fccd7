"""The `EndpointIn` model."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pydantic import Field
from typing_extensions import Required, TypedDict, deprecated

from .._models import SdkModel


class EndpointIn(SdkModel):
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

    secret: str | None = None
    """The endpoint's verification secret. If `null` is passed, a secret is automatically generated. Format: `base64` encoded random bytes optionally prefixed with `whsec_`. Recommended size: 24."""

    metadata: dict[str, str] = {}

    @property
    @deprecated("EndpointIn.version is deprecated by the API.")
    def version(self) -> int | None:
        """Deprecated."""
        return self.deprecated_version


class EndpointInParam(TypedDict, total=False):
    """`EndpointIn` as a plain dict, with the same snake_case keys as its attributes."""

    url: Required[str]
    description: str
    version: int | None
    rate_limit: int | None
    uid: str | None
    disabled: bool
    filter_types: Sequence[str] | None
    channels: Sequence[str] | None
    secret: str | None
    metadata: Mapping[str, str]
