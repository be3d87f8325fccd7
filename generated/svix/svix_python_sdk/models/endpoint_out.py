"""The `EndpointOut` model."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field
from typing_extensions import deprecated

from .._models import SdkModel


class EndpointOut(SdkModel):
    id: str
    """The ep's ID"""

    description: str
    rate_limit: int | None = Field(default=None, alias="rateLimit")

    uid: str | None = None
    """Optional unique identifier for the endpoint"""

    url: str

    deprecated_version: int = Field(alias="version")
    """Deprecated."""

    disabled: bool = False
    filter_types: list[str] | None = Field(default=None, alias="filterTypes")

    channels: list[str] | None = None
    """List of message channels this endpoint listens to (omit for all)"""

    created_at: datetime = Field(alias="createdAt")
    updated_at: datetime = Field(alias="updatedAt")
    metadata: dict[str, str]

    @property
    @deprecated("EndpointOut.version is deprecated by the API.")
    def version(self) -> int:
        """Deprecated."""
        return self.deprecated_version
