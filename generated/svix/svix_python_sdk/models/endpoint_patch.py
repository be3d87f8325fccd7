"""The `EndpointPatch` model."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pydantic import Field
from typing_extensions import TypedDict, deprecated

from .._models import SdkModel


class EndpointPatch(SdkModel):
    description: str | None = None

    deprecated_version: int | None = Field(default=None, alias="version")
    """Deprecated."""

    rate_limit: int | None = Field(default=None, alias="rateLimit")

    uid: str | None = None
    """The ep's UID"""

    url: str | None = None
    disabled: bool | None = None
    filter_types: list[str] | None = Field(default=None, alias="filterTypes")
    channels: list[str] | None = None

    secret: str | None = None
    """The endpoint's verification secret. If `null` is passed, a secret is automatically generated. Format: `base64` encoded random bytes optionally prefixed with `whsec_`. Recommended size: 24."""

    metadata: dict[str, str] | None = None

    @property
    @deprecated("EndpointPatch.version is deprecated by the API.")
    def version(self) -> int | None:
        """Deprecated."""
        return self.deprecated_version


class EndpointPatchParam(TypedDict, total=False):
    """`EndpointPatch` as a plain dict, with the same snake_case keys as its attributes."""

    description: str
    version: int
    rate_limit: int | None
    uid: str | None
    url: str
    disabled: bool
    filter_types: Sequence[str] | None
    channels: Sequence[str] | None
    secret: str | None
    metadata: Mapping[str, str]
