"""Models of the Svix API: pydantic classes for every schema, enums, aliases.

Each model lives in its own module and is imported on first use, so importing the SDK
stays fast however large the API is; `from svix_python_sdk.models import X`
works for every name listed in `__all__`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .aggregate_event_types_out import AggregateEventTypesOut
    from .app_portal_access_in import AppPortalAccessIn, AppPortalAccessInParam
    from .app_portal_access_out import AppPortalAccessOut
    from .app_usage_stats_in import AppUsageStatsIn, AppUsageStatsInParam
    from .app_usage_stats_out import AppUsageStatsOut
    from .application_in import ApplicationIn, ApplicationInParam
    from .application_out import ApplicationOut
    from .application_patch import ApplicationPatch, ApplicationPatchParam
    from .application_token_expire_in import (
        ApplicationTokenExpireIn,
        ApplicationTokenExpireInParam,
    )
    from .background_task_out import BackgroundTaskOut
    from .background_task_status import BackgroundTaskStatus, BackgroundTaskStatusValue
    from .background_task_type import BackgroundTaskType, BackgroundTaskTypeValue
    from .dashboard_access_out import DashboardAccessOut
    from .endpoint_headers_in import EndpointHeadersIn, EndpointHeadersInParam
    from .endpoint_headers_out import EndpointHeadersOut
    from .endpoint_headers_patch_in import (
        EndpointHeadersPatchIn,
        EndpointHeadersPatchInParam,
    )
    from .endpoint_in import EndpointIn, EndpointInParam
    from .endpoint_message_out import EndpointMessageOut
    from .endpoint_out import EndpointOut
    from .endpoint_patch import EndpointPatch, EndpointPatchParam
    from .endpoint_secret_out import EndpointSecretOut
    from .endpoint_secret_rotate_in import (
        EndpointSecretRotateIn,
        EndpointSecretRotateInParam,
    )
    from .endpoint_stats import EndpointStats
    from .endpoint_transformation_in import (
        EndpointTransformationIn,
        EndpointTransformationInParam,
    )
    from .endpoint_transformation_out import EndpointTransformationOut
    from .endpoint_update import EndpointUpdate, EndpointUpdateParam
    from .event_example_in import EventExampleIn, EventExampleInParam
    from .event_type_import_open_api_in import (
        EventTypeImportOpenApiIn,
        EventTypeImportOpenApiInParam,
    )
    from .event_type_import_open_api_out import EventTypeImportOpenApiOut
    from .event_type_import_open_api_out_data import EventTypeImportOpenApiOutData
    from .event_type_in import EventTypeIn, EventTypeInParam
    from .event_type_out import EventTypeOut
    from .event_type_patch import EventTypePatch, EventTypePatchParam
    from .event_type_update import EventTypeUpdate, EventTypeUpdateParam
    from .http_error_out import HttpErrorOut
    from .http_validation_error import HTTPValidationError
    from .integration_in import IntegrationIn, IntegrationInParam
    from .integration_key_out import IntegrationKeyOut
    from .integration_out import IntegrationOut
    from .integration_update import IntegrationUpdate, IntegrationUpdateParam
    from .list_response import ListResponse
    from .message_attempt_endpoint_out import MessageAttemptEndpointOut
    from .message_attempt_out import MessageAttemptOut
    from .message_attempt_trigger_type import (
        MessageAttemptTriggerType,
        MessageAttemptTriggerTypeValue,
    )
    from .message_endpoint_out import MessageEndpointOut
    from .message_in import MessageIn, MessageInParam
    from .message_out import MessageOut
    from .message_status import MessageStatus, MessageStatusValue
    from .ordering import Ordering, OrderingValue
    from .recover_in import RecoverIn, RecoverInParam
    from .recover_out import RecoverOut
    from .replay_in import ReplayIn, ReplayInParam
    from .replay_out import ReplayOut
    from .status_code_class import StatusCodeClass, StatusCodeClassValue
    from .validation_error import ValidationError

_MODULES: dict[str, str] = {
    "AggregateEventTypesOut": "aggregate_event_types_out",
    "AppPortalAccessIn": "app_portal_access_in",
    "AppPortalAccessInParam": "app_portal_access_in",
    "AppPortalAccessOut": "app_portal_access_out",
    "AppUsageStatsIn": "app_usage_stats_in",
    "AppUsageStatsInParam": "app_usage_stats_in",
    "AppUsageStatsOut": "app_usage_stats_out",
    "ApplicationIn": "application_in",
    "ApplicationInParam": "application_in",
    "ApplicationOut": "application_out",
    "ApplicationPatch": "application_patch",
    "ApplicationPatchParam": "application_patch",
    "ApplicationTokenExpireIn": "application_token_expire_in",
    "ApplicationTokenExpireInParam": "application_token_expire_in",
    "BackgroundTaskOut": "background_task_out",
    "BackgroundTaskStatus": "background_task_status",
    "BackgroundTaskStatusValue": "background_task_status",
    "BackgroundTaskType": "background_task_type",
    "BackgroundTaskTypeValue": "background_task_type",
    "DashboardAccessOut": "dashboard_access_out",
    "EndpointHeadersIn": "endpoint_headers_in",
    "EndpointHeadersInParam": "endpoint_headers_in",
    "EndpointHeadersOut": "endpoint_headers_out",
    "EndpointHeadersPatchIn": "endpoint_headers_patch_in",
    "EndpointHeadersPatchInParam": "endpoint_headers_patch_in",
    "EndpointIn": "endpoint_in",
    "EndpointInParam": "endpoint_in",
    "EndpointMessageOut": "endpoint_message_out",
    "EndpointOut": "endpoint_out",
    "EndpointPatch": "endpoint_patch",
    "EndpointPatchParam": "endpoint_patch",
    "EndpointSecretOut": "endpoint_secret_out",
    "EndpointSecretRotateIn": "endpoint_secret_rotate_in",
    "EndpointSecretRotateInParam": "endpoint_secret_rotate_in",
    "EndpointStats": "endpoint_stats",
    "EndpointTransformationIn": "endpoint_transformation_in",
    "EndpointTransformationInParam": "endpoint_transformation_in",
    "EndpointTransformationOut": "endpoint_transformation_out",
    "EndpointUpdate": "endpoint_update",
    "EndpointUpdateParam": "endpoint_update",
    "EventExampleIn": "event_example_in",
    "EventExampleInParam": "event_example_in",
    "EventTypeImportOpenApiIn": "event_type_import_open_api_in",
    "EventTypeImportOpenApiInParam": "event_type_import_open_api_in",
    "EventTypeImportOpenApiOut": "event_type_import_open_api_out",
    "EventTypeImportOpenApiOutData": "event_type_import_open_api_out_data",
    "EventTypeIn": "event_type_in",
    "EventTypeInParam": "event_type_in",
    "EventTypeOut": "event_type_out",
    "EventTypePatch": "event_type_patch",
    "EventTypePatchParam": "event_type_patch",
    "EventTypeUpdate": "event_type_update",
    "EventTypeUpdateParam": "event_type_update",
    "HttpErrorOut": "http_error_out",
    "HTTPValidationError": "http_validation_error",
    "IntegrationIn": "integration_in",
    "IntegrationInParam": "integration_in",
    "IntegrationKeyOut": "integration_key_out",
    "IntegrationOut": "integration_out",
    "IntegrationUpdate": "integration_update",
    "IntegrationUpdateParam": "integration_update",
    "ListResponse": "list_response",
    "MessageAttemptEndpointOut": "message_attempt_endpoint_out",
    "MessageAttemptOut": "message_attempt_out",
    "MessageAttemptTriggerType": "message_attempt_trigger_type",
    "MessageAttemptTriggerTypeValue": "message_attempt_trigger_type",
    "MessageEndpointOut": "message_endpoint_out",
    "MessageIn": "message_in",
    "MessageInParam": "message_in",
    "MessageOut": "message_out",
    "MessageStatus": "message_status",
    "MessageStatusValue": "message_status",
    "Ordering": "ordering",
    "OrderingValue": "ordering",
    "RecoverIn": "recover_in",
    "RecoverInParam": "recover_in",
    "RecoverOut": "recover_out",
    "ReplayIn": "replay_in",
    "ReplayInParam": "replay_in",
    "ReplayOut": "replay_out",
    "StatusCodeClass": "status_code_class",
    "StatusCodeClassValue": "status_code_class",
    "ValidationError": "validation_error",
}

__all__: list[str] = [
    "AggregateEventTypesOut",
    "AppPortalAccessIn",
    "AppPortalAccessInParam",
    "AppPortalAccessOut",
    "AppUsageStatsIn",
    "AppUsageStatsInParam",
    "AppUsageStatsOut",
    "ApplicationIn",
    "ApplicationInParam",
    "ApplicationOut",
    "ApplicationPatch",
    "ApplicationPatchParam",
    "ApplicationTokenExpireIn",
    "ApplicationTokenExpireInParam",
    "BackgroundTaskOut",
    "BackgroundTaskStatus",
    "BackgroundTaskStatusValue",
    "BackgroundTaskType",
    "BackgroundTaskTypeValue",
    "DashboardAccessOut",
    "EndpointHeadersIn",
    "EndpointHeadersInParam",
    "EndpointHeadersOut",
    "EndpointHeadersPatchIn",
    "EndpointHeadersPatchInParam",
    "EndpointIn",
    "EndpointInParam",
    "EndpointMessageOut",
    "EndpointOut",
    "EndpointPatch",
    "EndpointPatchParam",
    "EndpointSecretOut",
    "EndpointSecretRotateIn",
    "EndpointSecretRotateInParam",
    "EndpointStats",
    "EndpointTransformationIn",
    "EndpointTransformationInParam",
    "EndpointTransformationOut",
    "EndpointUpdate",
    "EndpointUpdateParam",
    "EventExampleIn",
    "EventExampleInParam",
    "EventTypeImportOpenApiIn",
    "EventTypeImportOpenApiInParam",
    "EventTypeImportOpenApiOut",
    "EventTypeImportOpenApiOutData",
    "EventTypeIn",
    "EventTypeInParam",
    "EventTypeOut",
    "EventTypePatch",
    "EventTypePatchParam",
    "EventTypeUpdate",
    "EventTypeUpdateParam",
    "HttpErrorOut",
    "HTTPValidationError",
    "IntegrationIn",
    "IntegrationInParam",
    "IntegrationKeyOut",
    "IntegrationOut",
    "IntegrationUpdate",
    "IntegrationUpdateParam",
    "ListResponse",
    "MessageAttemptEndpointOut",
    "MessageAttemptOut",
    "MessageAttemptTriggerType",
    "MessageAttemptTriggerTypeValue",
    "MessageEndpointOut",
    "MessageIn",
    "MessageInParam",
    "MessageOut",
    "MessageStatus",
    "MessageStatusValue",
    "Ordering",
    "OrderingValue",
    "RecoverIn",
    "RecoverInParam",
    "RecoverOut",
    "ReplayIn",
    "ReplayInParam",
    "ReplayOut",
    "StatusCodeClass",
    "StatusCodeClassValue",
    "ValidationError",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
