"""What calls return: parsed models, None, bytes, text, raw responses, async twins."""

from __future__ import annotations

import datetime as dt
from types import ModuleType
from typing import Any

import pytest

from .loopback import LoopbackServer, Reply
from .scenarios import call

FULL_WIDGET = {
    "id": "w1",
    "displayName": "One",
    "nickname": None,
    "kind": "gadget",
    "priority": 2,
    "settings": {"maxSpeed": 7, "labels": {"a": "b"}},
    "shape": {"type": "square", "sideLength": 4},
    "createdAt": "2024-01-02T03:04:05Z",
    "addedLater": {"x": 1},
}


def test_model_parsed_with_aliases_extras_enums_and_union(
    client: Any, server: LoopbackServer, models: ModuleType
) -> None:
    server.script("/widgets/w1", Reply(200, FULL_WIDGET))
    widget = client.widgets.get(widget_id="w1")
    assert isinstance(widget, models.Widget)
    assert widget.display_name == "One"
    assert widget.nickname is None
    assert widget.kind is models.Kind.GADGET
    assert widget.priority is models.Priority.MEDIUM
    assert widget.settings.max_speed == 7 and widget.settings.labels == {"a": "b"}
    assert isinstance(widget.shape, models.Square) and widget.shape.side_length == 4
    assert widget.created_at == dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
    assert widget.model_extra == {"addedLater": {"x": 1}}
    assert widget.to_dict()["addedLater"] == {"x": 1}


def test_unknown_enum_values_are_accepted_for_string_and_integer_enums(
    client: Any, server: LoopbackServer, models: ModuleType
) -> None:
    server.script("/widgets/w1", Reply(200, {**FULL_WIDGET, "kind": "doohickey", "priority": 9}))
    widget = client.widgets.get(widget_id="w1")
    assert isinstance(widget.kind, models.Kind) and widget.kind.value == "doohickey"
    assert widget.kind.name == "UNKNOWN" and str(widget.kind) == "doohickey"
    assert isinstance(widget.priority, models.Priority) and widget.priority == 9
    assert widget.priority.name == "UNKNOWN"
    assert widget.to_dict()["kind"] == "doohickey" and widget.to_dict()["priority"] == 9
    assert models.Kind.GADGET.name == "GADGET"  # known members are untouched


def test_a_json_array_is_parsed_into_a_list_of_models(
    client: Any, server: LoopbackServer, models: ModuleType
) -> None:
    server.script("/widgets/search", Reply(200, [FULL_WIDGET, {"id": "w2", "displayName": "2"}]))
    found = client.widgets.search()
    assert [type(w) for w in found] == [models.Widget, models.Widget]
    assert found[1].id == "w2"


def test_204_returns_none(client: Any, server: LoopbackServer) -> None:
    server.script("/widgets/w1", Reply(204))
    assert client.widgets.delete(widget_id="w1") is None


def test_binary_download_returns_the_exact_bytes(client: Any, server: LoopbackServer) -> None:
    payload = bytes(range(256)) * 40
    server.script("/files/f1/content", Reply(200, payload))
    assert client.files.download(file_id="f1") == payload


def test_binary_download_returns_bytes_whatever_the_content_type(
    client: Any, server: LoopbackServer
) -> None:
    server.script("/files/f1/content", Reply(200, '{"a": 1}', {"Content-Type": "application/json"}))
    assert client.files.download(file_id="f1") == b'{"a": 1}'


def test_text_response_returns_str(client: Any, server: LoopbackServer) -> None:
    server.script("/files/f1/text", Reply(200, "héllo\nworld"))
    assert client.files.text(file_id="f1") == "héllo\nworld"


def test_text_response_returns_str_even_when_labelled_json(
    client: Any, server: LoopbackServer
) -> None:
    server.script("/files/f1/text", Reply(200, '{"a": 1}', {"Content-Type": "application/json"}))
    assert client.files.text(file_id="f1") == '{"a": 1}'


def test_raw_response(client: Any, server: LoopbackServer, models: ModuleType) -> None:
    server.script("/widgets/w1", Reply(200, FULL_WIDGET, {"X-Request-Id": "req-1"}))
    raw = client.widgets.raw.get(widget_id="w1")
    assert raw.status == 200 and raw.status_code == 200
    assert raw.headers["x-request-id"] == "req-1"
    assert raw.body["displayName"] == "One"
    assert raw.round_trip_time > 0
    widget = raw.parse()
    assert isinstance(widget, models.Widget) and widget.id == "w1"
    assert "200" in repr(raw)


def test_raw_response_of_204_binary_and_text(client: Any, server: LoopbackServer) -> None:
    server.script("/widgets/w1", Reply(204))
    server.script("/files/f/content", Reply(200, b"\x00\xff"))
    server.script("/files/f/text", Reply(200, "hi"))
    deleted = client.widgets.raw.delete(widget_id="w1")
    assert deleted.status == 204 and deleted.body is None and deleted.parse() is None
    assert client.files.raw.download(file_id="f").parse() == b"\x00\xff"
    assert client.files.raw.text(file_id="f").body == "hi"


@pytest.mark.anyio
async def test_async_twins(make_client: Any, server: LoopbackServer, models: ModuleType) -> None:
    server.script("/widgets/w1", Reply(200, FULL_WIDGET), Reply(200, FULL_WIDGET))
    server.script("/widgets/w2", Reply(204))
    server.script("/files/f/content", Reply(200, b"\x01\x02"))
    server.script("/files/f/text", Reply(200, "txt"))
    async with make_client(max_retries=0) as client:
        widget = await client.widgets.aget(widget_id="w1")
        assert isinstance(widget, models.Widget) and widget.shape.side_length == 4
        assert await client.widgets.adelete(widget_id="w2") is None
        assert await client.files.adownload(file_id="f") == b"\x01\x02"
        assert await client.files.atext(file_id="f") == "txt"
        raw = await client.widgets.raw.aget(widget_id="w1")
        assert raw.status == 200 and raw.round_trip_time > 0
        assert raw.parse().display_name == "One"
    assert [r.path for r in server.requests] == [
        "/widgets/w1",
        "/widgets/w2",
        "/files/f/content",
        "/files/f/text",
        "/widgets/w1",
    ]


def test_one_client_serves_successive_event_loops(make_client: Any, server: LoopbackServer) -> None:
    """`asyncio.run()` twice with one client: pooled connections of a closed loop are unusable."""
    import asyncio

    client = make_client(max_retries=0)
    server.script("/widgets/w1", Reply(200, FULL_WIDGET), Reply(200, FULL_WIDGET))
    assert asyncio.run(client.widgets.aget(widget_id="w1")).id == "w1"
    assert asyncio.run(client.widgets.aget(widget_id="w1")).id == "w1"


def test_unknown_union_variant_in_a_response_does_not_fail_the_call(
    mode: str, client: Any, server: LoopbackServer, sdk: ModuleType
) -> None:
    hexagon = {"type": "hexagon", "sides": 6, "sideLength": 2.5}
    server.script("/widgets/w1", Reply(200, {**FULL_WIDGET, "shape": hexagon}))
    widget = call(mode, client, "widgets.get", widget_id="w1")
    assert widget.id == "w1"
    assert isinstance(widget.shape, sdk.UnknownVariant)
    assert widget.shape.model_extra == hexagon  # every field the server sent is kept
    assert widget.to_dict()["shape"] == hexagon


def test_known_union_variants_still_parse_to_their_own_class(
    client: Any, server: LoopbackServer, models: ModuleType, sdk: ModuleType
) -> None:
    server.script(
        "/widgets/w1", Reply(200, {**FULL_WIDGET, "shape": {"type": "square", "sideLength": 3}})
    )
    shape = client.widgets.get(widget_id="w1").shape
    assert isinstance(shape, models.Square) and shape.side_length == 3


def test_a_union_value_without_its_tag_fails_strict_validation(
    make_client: Any, server: LoopbackServer, sdk: ModuleType
) -> None:
    server.script("/widgets/w1", Reply(200, {**FULL_WIDGET, "shape": {"radius": 1}}))
    client = make_client(max_retries=0, strict_response_validation=True)
    with pytest.raises(sdk.ApiResponseValidationError):
        client.widgets.get(widget_id="w1")


def test_an_unknown_variant_can_be_sent_back(
    client: Any, server: LoopbackServer, models: ModuleType, sdk: ModuleType
) -> None:
    hexagon = sdk.UnknownVariant.model_validate({"type": "hexagon", "sides": 6})
    server.script("/widgets", Reply(201, {**FULL_WIDGET, "shape": {"type": "hexagon", "sides": 6}}))
    client.widgets.create(display_name="x", shape=hexagon)
    assert server.last.json()["shape"] == {"type": "hexagon", "sides": 6}
