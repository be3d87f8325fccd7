"""The `EventTypeImportOpenApiOutData` model."""

from __future__ import annotations

from .._models import SdkModel


class EventTypeImportOpenApiOutData(SdkModel):
    modified: list[str]
