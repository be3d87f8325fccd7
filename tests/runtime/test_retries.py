"""When the SDK sends a request again, how long it waits, and when it must not."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from .conftest import ClientFactory
from .loopback import LoopbackServer, Reply

WIDGET = {"id": "w1", "displayName": "One"}


def test_503_then_200_succeeds_after_two_requests(
    make_client: ClientFactory, server: LoopbackServer, sleeps: list[float]
) -> None:
    server.script("/widgets/w1", Reply(503), Reply(200, WIDGET))
    widget = make_client().widgets.get(widget_id="w1")
    assert widget.id == "w1"
    assert len(server.to("/widgets/w1")) == 2
    assert len(sleeps) == 1 and 0.25 <= sleeps[0] <= 0.5  # first backoff, jittered


def test_backoff_grows_between_attempts(
    make_client: ClientFactory, server: LoopbackServer, sleeps: list[float], sdk: ModuleType
) -> None:
    server.script("/widgets/w1", *[Reply(500)] * 4)
    with pytest.raises(sdk.InternalServerError):
        make_client(max_retries=3).widgets.get(widget_id="w1")
    assert len(server.to("/widgets/w1")) == 4
    assert 0.25 <= sleeps[0] <= 0.5 and 0.5 <= sleeps[1] <= 1.0 and 1.0 <= sleeps[2] <= 2.0


def test_retry_after_seconds_is_honoured_in_real_time(
    make_client: ClientFactory, server: LoopbackServer
) -> None:
    server.script("/widgets/w1", Reply(429, headers={"Retry-After": "1"}), Reply(200, WIDGET))
    make_client().widgets.get(widget_id="w1")
    first, second = server.to("/widgets/w1")
    assert 0.95 <= second.at - first.at < 1.6


def test_retry_after_ms_is_honoured_in_real_time(
    make_client: ClientFactory, server: LoopbackServer
) -> None:
    server.script("/widgets/w1", Reply(503, headers={"retry-after-ms": "300"}), Reply(200, WIDGET))
    make_client().widgets.get(widget_id="w1")
    first, second = server.to("/widgets/w1")
    assert 0.28 <= second.at - first.at < 0.8


def test_a_retry_after_above_the_cap_ends_the_call_without_waiting(
    make_client: ClientFactory, server: LoopbackServer, sleeps: list[float], sdk: ModuleType
) -> None:
    server.script("/widgets/w1", Reply(503, headers={"Retry-After": "3600"}), Reply(200, WIDGET))
    with pytest.raises(sdk.InternalServerError):
        make_client().widgets.get(widget_id="w1")
    assert sleeps == [] and len(server.to("/widgets/w1")) == 1


def test_max_retries_on_the_client(
    make_client: ClientFactory, server: LoopbackServer, sleeps: list[float], sdk: ModuleType
) -> None:
    server.script("/widgets/w1", *[Reply(503)] * 5)
    with pytest.raises(sdk.InternalServerError):
        make_client(max_retries=1).widgets.get(widget_id="w1")
    assert len(server.to("/widgets/w1")) == 2
    assert len(sleeps) == 1  # no sleep after the last attempt


def test_max_retries_per_call(
    make_client: ClientFactory, server: LoopbackServer, sleeps: list[float], sdk: ModuleType
) -> None:
    server.script("/widgets/w1", *[Reply(503)] * 5)
    client = make_client(max_retries=3)
    with pytest.raises(sdk.InternalServerError):
        client.widgets.get(widget_id="w1", request_options={"max_retries": 0})
    assert len(server.to("/widgets/w1")) == 1
    assert sleeps == []


def test_no_sleep_when_no_retry_follows(
    make_client: ClientFactory, server: LoopbackServer, sleeps: list[float], sdk: ModuleType
) -> None:
    server.script("/widgets/w1", Reply(404, {"code": "missing"}), Reply(200, WIDGET))
    client = make_client()
    with pytest.raises(sdk.NotFoundError):
        client.widgets.get(widget_id="w1")
    client.widgets.get(widget_id="w1")
    assert sleeps == []
    assert len(server.to("/widgets/w1")) == 2


def test_negative_max_retries_is_refused(sdk: ModuleType) -> None:
    with pytest.raises(ValueError, match="max_retries"):
        sdk.Rt(max_retries=-1)


@pytest.mark.usefixtures("sleeps")
def test_post_with_idempotency_key_is_retried_with_the_same_generated_key(
    make_client: ClientFactory, server: LoopbackServer
) -> None:
    server.script("/widgets", Reply(500), Reply(503), Reply(201, WIDGET))
    make_client().widgets.create(display_name="x")
    sent = server.to("/widgets")
    keys = [r.headers.get_list("idempotency-key") for r in sent]
    assert len(sent) == 3
    assert keys[0] == keys[1] == keys[2] and len(keys[0]) == 1
    assert len(keys[0][0]) >= 16  # generated: unique enough to identify the operation
    assert [r.json() for r in sent] == [{"displayName": "x"}] * 3


def test_each_call_gets_its_own_generated_idempotency_key(
    make_client: ClientFactory, server: LoopbackServer
) -> None:
    server.script("/widgets", Reply(201, WIDGET), Reply(201, WIDGET))
    client = make_client()
    client.widgets.create(display_name="x")
    client.widgets.create(display_name="x")
    first, second = (r.headers["idempotency-key"] for r in server.to("/widgets"))
    assert first != second


@pytest.mark.usefixtures("sleeps")
def test_caller_idempotency_key_is_used_on_every_retry(
    make_client: ClientFactory, server: LoopbackServer
) -> None:
    server.script("/widgets", Reply(503), Reply(201, WIDGET))
    make_client().widgets.create(display_name="x", idempotency_key="mine-1")
    assert [r.headers["idempotency-key"] for r in server.to("/widgets")] == ["mine-1"] * 2


def test_idempotency_key_in_request_options_and_extra_headers_is_not_duplicated(
    make_client: ClientFactory, server: LoopbackServer
) -> None:
    server.script("/widgets", Reply(201, WIDGET), Reply(201, WIDGET))
    client = make_client()
    client.widgets.create(display_name="x", request_options={"idempotency_key": "opt-1"})
    assert server.last.headers.get_list("idempotency-key") == ["opt-1"]
    client.widgets.create(
        display_name="x", request_options={"extra_headers": {"Idempotency-Key": "hdr-1"}}
    )
    assert server.last.headers.get_list("idempotency-key") == ["hdr-1"]


def test_post_without_idempotency_key_is_not_retried_on_500(
    make_client: ClientFactory, server: LoopbackServer, sleeps: list[float], sdk: ModuleType
) -> None:
    server.script("/widgets/w1/rename", Reply(500), Reply(200, WIDGET))
    with pytest.raises(sdk.InternalServerError):
        make_client().widgets.rename(widget_id="w1", display_name="y")
    assert len(server.to("/widgets/w1/rename")) == 1
    assert "idempotency-key" not in server.last.headers
    assert sleeps == []


@pytest.mark.usefixtures("sleeps")
def test_post_without_idempotency_key_is_retried_on_429(
    make_client: ClientFactory, server: LoopbackServer
) -> None:
    server.script("/widgets/w1/rename", Reply(429), Reply(200, WIDGET))
    make_client().widgets.rename(widget_id="w1", display_name="y")
    assert len(server.to("/widgets/w1/rename")) == 2


@pytest.mark.usefixtures("sleeps")
def test_server_can_veto_or_request_a_retry(
    make_client: ClientFactory, server: LoopbackServer, sdk: ModuleType
) -> None:
    server.script(
        "/widgets/w1",
        Reply(503, headers={"x-should-retry": "false"}),
        Reply(409, {"code": "locked"}, headers={"x-should-retry": "true"}),
        Reply(200, WIDGET, headers={"x-should-retry": "true"}),  # a success is final
    )
    client = make_client()
    with pytest.raises(sdk.InternalServerError):
        client.widgets.get(widget_id="w1")
    assert client.widgets.get(widget_id="w1").id == "w1"
    assert len(server.to("/widgets/w1")) == 3


@pytest.mark.usefixtures("sleeps")
def test_get_is_retried_when_the_connection_is_dropped(
    make_client: ClientFactory, server: LoopbackServer
) -> None:
    server.script("/widgets/w1", Reply(drop=True), Reply(200, WIDGET))
    assert make_client().widgets.get(widget_id="w1").id == "w1"
    assert len(server.to("/widgets/w1")) == 2


@pytest.mark.usefixtures("sleeps")
def test_post_without_idempotency_key_is_not_retried_when_the_connection_is_dropped(
    make_client: ClientFactory, server: LoopbackServer, sdk: ModuleType
) -> None:
    server.script("/widgets/w1/rename", Reply(drop=True), Reply(200, WIDGET))
    with pytest.raises(sdk.ApiConnectionError) as caught:
        make_client().widgets.rename(widget_id="w1", display_name="y")
    assert not isinstance(caught.value, sdk.ApiTimeoutError)
    assert len(server.to("/widgets/w1/rename")) == 1


def test_dropped_connection_without_retries_left_is_a_connection_error(
    make_client: ClientFactory, server: LoopbackServer, sdk: ModuleType
) -> None:
    server.script("/widgets/w1", Reply(drop=True))
    with pytest.raises(sdk.ApiConnectionError, match="GET"):
        make_client(max_retries=0).widgets.get(widget_id="w1")


def test_connection_refused_is_retried_then_raises(
    sdk: ModuleType, closed_port: int, sleeps: list[float]
) -> None:
    client = sdk.Rt(base_url=f"http://127.0.0.1:{closed_port}", max_retries=2)
    with client, pytest.raises(sdk.ApiConnectionError):
        client.widgets.rename(widget_id="w", display_name="y")  # nothing was sent: safe
    assert len(sleeps) == 2


@pytest.mark.usefixtures("sleeps")
def test_retried_multipart_upload_sends_the_whole_file_again(
    make_client: ClientFactory, server: LoopbackServer, tmp_path: Any
) -> None:
    path = tmp_path / "upload.bin"
    path.write_bytes(b"0123456789")
    server.script("/files", Reply(429), Reply(200, {"id": "f", "size": 10}))
    with path.open("rb") as handle:
        make_client().files.upload(file=handle, purpose="p")
    first, second = server.to("/files")
    assert b"0123456789" in first.body and b"0123456789" in second.body


@pytest.mark.anyio
async def test_async_retries_keep_the_idempotency_key(
    make_client: ClientFactory, server: LoopbackServer, sleeps: list[float]
) -> None:
    server.script("/widgets", Reply(503), Reply(drop=True), Reply(201, WIDGET))
    async with make_client(max_retries=2) as client:
        widget = await client.widgets.acreate(display_name="x")
    assert widget.id == "w1"
    keys = {r.headers["idempotency-key"] for r in server.to("/widgets")}
    assert len(server.to("/widgets")) == 3 and len(keys) == 1
    assert len(sleeps) == 2


@pytest.mark.anyio
async def test_async_retry_after_is_honoured_in_real_time(
    make_client: ClientFactory, server: LoopbackServer
) -> None:
    server.script("/widgets/w1", Reply(503, headers={"retry-after-ms": "250"}), Reply(200, WIDGET))
    async with make_client() as client:
        await client.widgets.aget(widget_id="w1")
    first, second = server.to("/widgets/w1")
    assert 0.23 <= second.at - first.at < 0.8
