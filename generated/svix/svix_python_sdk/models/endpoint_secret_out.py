"""The `EndpointSecretOut` model."""

from __future__ import annotations

from .._models import SdkModel


class EndpointSecretOut(SdkModel):
    key: str
    """The endpoint's verification secret. Format: `base64` encoded random bytes optionally prefixed with `whsec_`. Recommended size: 24."""
