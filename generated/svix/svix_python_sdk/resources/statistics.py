"""Statistics about your Svix usage, computed by background tasks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cached_property
from typing import Any, cast

from .._base_client import Request
from .._encoding import encode_body
from .._resource import BaseResource, to_raw, to_raw_async
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..models.aggregate_event_types_out import AggregateEventTypesOut
from ..models.app_usage_stats_in import AppUsageStatsIn
from ..models.app_usage_stats_out import AppUsageStatsOut


def _calculate_event_types_for_all_apps_request() -> Request:
    return Request(
        method="PUT",
        path="/api/v1/stats/usage/event-types",
        security=(("HTTPBearer",),),
    )


def _calculate_message_destinations_request(
    *,
    since: Any,
    until: Any,
    app_ids: Any,
    idempotency_key: Any,
) -> Request:
    return Request(
        method="POST",
        path="/api/v1/stats/usage/app",
        headers=[("idempotency-key", idempotency_key)],
        json=encode_body(
            AppUsageStatsIn, {"since": since, "until": until, "app_ids": app_ids}
        ),
        content_type="application/json",
        security=(("HTTPBearer",),),
        idempotency_header="idempotency-key",
    )


class StatisticsApi(BaseResource):
    """Statistics about your Svix usage, computed by background tasks."""

    @cached_property
    def raw(self) -> StatisticsApiRaw:
        """The same methods, returning the raw HTTP response (status, headers, body)."""
        return StatisticsApiRaw(self._raw_twin())

    def calculate_event_types_for_all_apps(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> AggregateEventTypesOut:
        """Aggregate Event Types

        Creates a background task to calculate the listed event types for all apps in the organization.

        Note that this endpoint is asynchronous. You will need to poll the `Get Background Task` endpoint to
        retrieve the results of the operation.

        Args:
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            AggregateEventTypesOut
        """
        return cast(
            AggregateEventTypesOut,
            self._client._request(
                _calculate_event_types_for_all_apps_request(),
                AggregateEventTypesOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def acalculate_event_types_for_all_apps(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> AggregateEventTypesOut:
        """Aggregate Event Types

        Creates a background task to calculate the listed event types for all apps in the organization.

        Note that this endpoint is asynchronous. You will need to poll the `Get Background Task` endpoint to
        retrieve the results of the operation.

        Args:
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            AggregateEventTypesOut
        """
        return cast(
            AggregateEventTypesOut,
            await self._client._arequest(
                _calculate_event_types_for_all_apps_request(),
                AggregateEventTypesOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    def calculate_message_destinations(
        self,
        *,
        since: datetime | str,
        until: datetime | str,
        app_ids: Sequence[str] | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AppUsageStatsOut:
        """Aggregate App Stats

        Creates a background task to calculate the message destinations for all applications in the environment.

        Note that this endpoint is asynchronous. You will need to poll the `Get Background Task` endpoint to
        retrieve the results of the operation.

        Args:
            app_ids: Specific app IDs or UIDs to aggregate stats for. Note that if none of the given IDs or UIDs are resolved, a 422 response will be given.
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            AppUsageStatsOut
        """
        return cast(
            AppUsageStatsOut,
            self._client._request(
                _calculate_message_destinations_request(
                    since=since,
                    until=until,
                    app_ids=app_ids,
                    idempotency_key=idempotency_key,
                ),
                AppUsageStatsOut,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def acalculate_message_destinations(
        self,
        *,
        since: datetime | str,
        until: datetime | str,
        app_ids: Sequence[str] | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AppUsageStatsOut:
        """Aggregate App Stats

        Creates a background task to calculate the message destinations for all applications in the environment.

        Note that this endpoint is asynchronous. You will need to poll the `Get Background Task` endpoint to
        retrieve the results of the operation.

        Args:
            app_ids: Specific app IDs or UIDs to aggregate stats for. Note that if none of the given IDs or UIDs are resolved, a 422 response will be given.
            idempotency_key: The request's idempotency key
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            AppUsageStatsOut
        """
        return cast(
            AppUsageStatsOut,
            await self._client._arequest(
                _calculate_message_destinations_request(
                    since=since,
                    until=until,
                    app_ids=app_ids,
                    idempotency_key=idempotency_key,
                ),
                AppUsageStatsOut,
                raw=self._raw,
                options=request_options,
            ),
        )


class StatisticsApiRaw:
    """`StatisticsApi` methods that return `RawResponse` objects."""

    def __init__(self, api: StatisticsApi) -> None:
        self.calculate_event_types_for_all_apps = to_raw(
            api.calculate_event_types_for_all_apps
        )
        self.acalculate_event_types_for_all_apps = to_raw_async(
            api.acalculate_event_types_for_all_apps
        )
        self.calculate_message_destinations = to_raw(api.calculate_message_destinations)
        self.acalculate_message_destinations = to_raw_async(
            api.acalculate_message_destinations
        )
