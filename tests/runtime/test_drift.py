"""A server that has moved on from its spec, over loopback, sync and async: by default
the SDK returns the model with everything the server sent; `strict_response_validation`
(on the client or per call) raises `ApiResponseValidationError` instead."""

from __future__ import annotations

import datetime as dt
import warnings
from types import ModuleType
from typing import Any

import pytest

from .conftest import ClientFactory
from .loopback import LoopbackServer, Reply
from .scenarios import call

WIDGET = {"id": "w1", "displayName": "One", "createdAt": "2024-05-01T10:00:00Z"}


def _get(mode: str, client: Any, **options: Any) -> Any:
    extra = {"request_options": options} if options else {}
    return call(mode, client, "widgets.get", widget_id="w1", **extra)


def test_a_missing_required_field_still_returns_the_model(
    mode: str, client: Any, server: LoopbackServer, models: ModuleType
) -> None:
    server.script("/widgets/w1", Reply(200, {"id": "w1", "createdAt": WIDGET["createdAt"]}))
    widget = _get(mode, client)
    assert isinstance(widget, models.Widget)
    assert widget.id == "w1" and widget.display_name is None
    assert widget.created_at == dt.datetime(2024, 5, 1, 10, tzinfo=dt.timezone.utc)
    assert widget.to_dict() == {"id": "w1", "createdAt": "2024-05-01T10:00:00Z"}


def test_a_changed_type_and_an_unexpected_null_keep_the_values_sent(
    mode: str, client: Any, server: LoopbackServer
) -> None:
    drifted = {**WIDGET, "id": 42, "displayName": None, "settings": {"maxSpeed": "fast"}}
    server.script("/widgets/w1", Reply(200, drifted))
    widget = _get(mode, client)
    assert widget.id == 42 and widget.display_name is None
    assert widget.settings.max_speed == "fast"
    assert widget.created_at.year == 2024  # the fields that fit are still validated
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no pydantic serializer warnings either
        assert widget.to_dict() == drifted


def test_new_keys_in_a_drifted_object_land_in_model_extra(
    mode: str, client: Any, server: LoopbackServer
) -> None:
    server.script("/widgets/w1", Reply(200, {"id": "w1", "colour": "red", "version": 2}))
    widget = _get(mode, client)
    assert widget.model_extra == {"colour": "red", "version": 2}
    assert widget.to_dict() == {"id": "w1", "colour": "red", "version": 2}


def test_drifted_items_of_a_page_keep_the_page_working(
    mode: str, client: Any, server: LoopbackServer, models: ModuleType
) -> None:
    items = [{"id": "w1"}, {"id": "w2", "displayName": "Two"}, {"id": 3, "displayName": "x"}]
    server.script("/widgets", Reply(200, {"data": items, "done": True}))
    page = call(mode, client, "widgets.list")
    assert [w.id for w in page.data] == ["w1", "w2", 3]
    assert all(isinstance(w, models.Widget) for w in page.data)
    assert page.data[1].display_name == "Two" and not page.has_next_page()


def test_a_union_member_without_its_tag_is_kept_as_the_closest_member(
    mode: str, client: Any, server: LoopbackServer, models: ModuleType
) -> None:
    server.script("/widgets/w1", Reply(200, {**WIDGET, "shape": {"radius": 1.5}}))
    shape = _get(mode, client).shape
    assert isinstance(shape, models.Circle) and shape.radius == 1.5


def test_strict_on_the_client_raises(
    mode: str, make_client: ClientFactory, server: LoopbackServer, sdk: ModuleType
) -> None:
    server.script("/widgets/w1", Reply(200, {"id": "w1"}))
    client = make_client(max_retries=0, strict_response_validation=True)
    with pytest.raises(sdk.ApiResponseValidationError) as caught:
        _get(mode, client)
    assert caught.value.body == {"id": "w1"}


def test_strict_per_call_raises_and_can_be_turned_off_per_call(
    mode: str, make_client: ClientFactory, server: LoopbackServer, sdk: ModuleType
) -> None:
    server.script("/widgets/w1", Reply(200, {"id": "w1"}), Reply(200, {"id": "w1"}))
    with pytest.raises(sdk.ApiResponseValidationError):
        _get(mode, make_client(max_retries=0), strict_response_validation=True)
    strict = make_client(max_retries=0, strict_response_validation=True)
    assert _get(mode, strict, strict_response_validation=False).id == "w1"


def test_a_body_that_is_not_the_api_s_answer_still_raises(
    mode: str, client: Any, server: LoopbackServer, sdk: ModuleType
) -> None:
    server.script("/widgets/w1", Reply(200, "<html>maintenance</html>"))
    with pytest.raises(sdk.ApiResponseValidationError):
        _get(mode, client)


def test_raw_parse_is_tolerant_too(client: Any, server: LoopbackServer) -> None:
    server.script("/widgets/w1", Reply(200, {"id": "w1"}))
    raw = client.widgets.raw.get(widget_id="w1")
    assert raw.body == {"id": "w1"} and raw.parse().id == "w1"
