"""The `EventTypeImportOpenApiOut` model."""

from __future__ import annotations

from .._models import SdkModel
from .event_type_import_open_api_out_data import EventTypeImportOpenApiOutData


class EventTypeImportOpenApiOut(SdkModel):
    data: EventTypeImportOpenApiOutData
