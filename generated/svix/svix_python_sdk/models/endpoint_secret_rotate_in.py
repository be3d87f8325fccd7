"""The `EndpointSecretRotateIn` model."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import SdkModel


class EndpointSecretRotateIn(SdkModel):
    key: str | None = None
    """The endpoint's verification secret. If `null` is passed, a secret is automatically generated. Format: `base64` encoded random bytes optionally prefixed with `whsec_`. Recommended size: 24."""


class EndpointSecretRotateInParam(TypedDict, total=False):
    """`EndpointSecretRotateIn` as a plain dict, with the same snake_case keys as its attributes."""

    key: str | None
