"""The `EventTypeImportOpenApiIn` model."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import Field
from typing_extensions import TypedDict

from .._models import SdkModel


class EventTypeImportOpenApiIn(SdkModel):
    """Import a list of event types from webhooks defined in an OpenAPI spec.  The OpenAPI spec can be specified as either `spec` given the spec as a JSON object, or as `specRaw` (a `string`) which will be parsed as YAML or JSON by the server. Sending neither or both is invalid, resulting in a `400` **Bad Request**."""

    spec: dict[str, Any] | None = None
    """A pre-parsed JSON spec."""

    spec_raw: str | None = Field(default=None, alias="specRaw")
    """A string, parsed by the server as YAML or JSON."""


class EventTypeImportOpenApiInParam(TypedDict, total=False):
    """`EventTypeImportOpenApiIn` as a plain dict, with the same snake_case keys as its attributes."""

    spec: Mapping[str, Any] | None
    spec_raw: str | None
