"""What the SDK puts on the wire: method, path, query, headers and every body encoding."""

from __future__ import annotations

import datetime as dt
import json
from types import ModuleType
from typing import Any

from .conftest import ClientFactory
from .loopback import LoopbackServer, Reply

WIDGET = {"id": "w1", "displayName": "One"}


def test_method_path_and_percent_encoded_path_parameter(
    client: Any, server: LoopbackServer
) -> None:
    server.script("/widgets/a%2Fb%20c", Reply(200, WIDGET))
    client.widgets.get(widget_id="a/b c")
    assert server.last.method == "GET"
    assert server.last.path == "/widgets/a%2Fb%20c"


def test_path_parameter_with_percent_and_unicode_is_encoded_once(
    client: Any, server: LoopbackServer
) -> None:
    client.widgets.delete(widget_id="100%/é?#")
    assert server.last.method == "DELETE"
    assert server.last.path == "/widgets/100%25%2F%C3%A9%3F%23"


def test_query_encoding_of_bools_datetimes_and_arrays(
    client: Any, server: LoopbackServer, models: ModuleType
) -> None:
    server.script("/widgets/search", Reply(200, []))
    since = dt.datetime(2024, 5, 1, 12, 30, 0, tzinfo=dt.timezone.utc)
    client.widgets.search(
        active=False, since=since, ids=["a", "b c"], tags=["x", "y"], priority=models.Priority(2)
    )
    request = server.last
    assert request.params("active") == ["false"]
    assert request.params("since") == ["2024-05-01T12:30:00Z"]
    assert request.params("ids") == ["a", "b c"]  # explode: repeated
    assert request.params("tags") == ["x,y"]  # explode: false: one comma-separated value
    assert request.params("priority") == ["2"]


def test_true_bool_and_non_utc_datetime_in_query(client: Any, server: LoopbackServer) -> None:
    server.script("/widgets/search", Reply(200, []))
    plus_two = dt.timezone(dt.timedelta(hours=2))
    client.widgets.search(active=True, since=dt.datetime(2024, 5, 1, 14, 0, tzinfo=plus_two))
    assert server.last.params("active") == ["true"]
    assert server.last.params("since") == ["2024-05-01T14:00:00+02:00"]


def test_unset_query_and_header_parameters_are_not_sent(
    client: Any, server: LoopbackServer
) -> None:
    server.script("/widgets/search", Reply(200, []))
    client.widgets.search()
    assert server.last.query == []
    assert "x-trace-id" not in server.last.headers


def test_header_parameter_is_sent(client: Any, server: LoopbackServer) -> None:
    server.script("/widgets/search", Reply(200, []))
    client.widgets.search(x_trace_id="trace-1")
    assert server.last.headers["X-Trace-Id"] == "trace-1"


def test_json_body_uses_wire_names_and_accepts_nested_dicts_and_models(
    client: Any, server: LoopbackServer, models: ModuleType
) -> None:
    server.script("/widgets", Reply(201, WIDGET))
    client.widgets.create(
        display_name="Big one",
        kind="gizmo",
        priority=models.Priority.HIGH,
        settings={"max_speed": 3, "labels": {"a": "b"}},
        shape=models.Circle(type="round", radius=1.5),
        created_at=dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc),
    )
    request = server.last
    assert request.method == "POST"
    assert request.headers["content-type"] == "application/json"
    assert request.json() == {
        "displayName": "Big one",
        "kind": "gizmo",
        "priority": 3,
        "settings": {"maxSpeed": 3, "labels": {"a": "b"}},
        "shape": {"type": "round", "radius": 1.5},
        "createdAt": "2024-01-02T03:04:05Z",
    }


def test_nested_model_instance_and_discriminated_dict(
    client: Any, server: LoopbackServer, models: ModuleType
) -> None:
    server.script("/widgets", Reply(201, WIDGET), Reply(201, WIDGET))
    client.widgets.create(display_name="x", settings=models.WidgetSettings(max_speed=9))
    assert server.last.json() == {"displayName": "x", "settings": {"maxSpeed": 9}}
    client.widgets.create(display_name="y", shape={"type": "square", "side_length": 2})
    assert server.last.json()["shape"] == {"type": "square", "sideLength": 2}


def test_unset_optional_fields_are_left_out_and_none_is_sent_as_null(
    client: Any, server: LoopbackServer
) -> None:
    server.script("/widgets", Reply(201, WIDGET), Reply(201, WIDGET))
    client.widgets.create(display_name="x")
    assert server.last.json() == {"displayName": "x"}
    client.widgets.create(display_name="x", nickname=None)
    assert server.last.json() == {"displayName": "x", "nickname": None}


def test_form_body(client: Any, server: LoopbackServer) -> None:
    client.forms.submit(name="Ada & Bob", count=3, agree=True)
    request = server.last
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert request.body == b"name=Ada+%26+Bob&count=3&agree=true"


def test_multipart_upload_with_bytes_file_object_and_fields(
    client: Any, server: LoopbackServer, tmp_path: Any
) -> None:
    server.script(
        "/files", Reply(200, {"id": "f1", "size": 5}), Reply(200, {"id": "f2", "size": 5})
    )
    info = client.files.upload(file=("hello.txt", b"hello"), purpose="test", labels={"k": "v"})
    assert info.id == "f1"
    request = server.last
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    parts = _multipart(request.body, content_type.split("boundary=")[1])
    assert parts["file"] == ('form-data; name="file"; filename="hello.txt"', b"hello")
    assert parts["purpose"] == ('form-data; name="purpose"', b"test")
    assert json.loads(parts["labels"][1]) == {"k": "v"}

    path = tmp_path / "data.bin"
    path.write_bytes(b"\x00\x01binary")
    with path.open("rb") as handle:
        client.files.upload(file=handle, purpose="disk")
    parts = _multipart(server.last.body, server.last.headers["content-type"].split("=")[1])
    assert parts["file"] == ('form-data; name="file"; filename="data.bin"', b"\x00\x01binary")


def test_binary_request_body_is_sent_as_is(client: Any, server: LoopbackServer) -> None:
    payload = bytes(range(256))
    server.script("/files/f1/raw", Reply(204))
    assert client.files.put_raw(file_id="f1", body=payload) is None
    assert server.last.method == "PUT"
    assert server.last.headers["content-type"] == "application/octet-stream"
    assert server.last.body == payload


def test_user_agent_names_the_sdk_and_version_and_accept_is_json(
    client: Any, server: LoopbackServer, sdk: ModuleType
) -> None:
    server.script("/widgets/w", Reply(200, WIDGET))
    client.widgets.get(widget_id="w")
    agent = server.last.headers["user-agent"]
    assert agent.startswith(f"rt-sdk/{sdk.__version__} ")
    assert sdk.__version__ == "1.2.3"
    assert server.last.headers.get_list("accept") == ["application/json"]


def test_accept_for_binary_and_text_responses_is_not_json_only(
    client: Any, server: LoopbackServer
) -> None:
    server.script("/files/f/content", Reply(200, b"bytes"))
    server.script("/files/f/text", Reply(200, "text"))
    client.files.download(file_id="f")
    assert server.last.headers["accept"] != "application/json"
    client.files.text(file_id="f")
    assert server.last.headers["accept"] != "application/json"


def test_default_headers_replace_sdk_headers_whatever_their_case(
    make_client: ClientFactory, server: LoopbackServer
) -> None:
    client = make_client(default_headers={"user-agent": "mine/1", "X-Team": "blue"})
    client.auth.bearer()
    assert server.last.headers.get_list("user-agent") == ["mine/1"]
    assert server.last.headers["x-team"] == "blue"


def _multipart(body: bytes, boundary: str) -> dict[str, tuple[str, bytes]]:
    """name -> (Content-Disposition, content) of every part of a multipart body."""
    parts: dict[str, tuple[str, bytes]] = {}
    for chunk in body.split(b"--" + boundary.encode())[1:-1]:
        head, _, content = chunk.strip(b"\r\n").partition(b"\r\n\r\n")
        lines = head.decode().split("\r\n")
        disposition = next(
            line.split(":", 1)[1].strip()
            for line in lines
            if line.lower().startswith("content-disposition")
        )
        name = disposition.split('name="')[1].split('"')[0]
        parts[name] = (disposition, content)
    return parts
