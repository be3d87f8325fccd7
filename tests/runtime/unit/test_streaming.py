"""`_streaming.EventDecoder`: the HTML standard's event-stream parsing, however the
bytes are cut into chunks."""

from __future__ import annotations

import pytest

from generator.runtime._streaming import EventDecoder, ServerSentEvent

STREAM = (
    "\ufeff: a comment\r\n"
    "\r\n"  # a blank line with no data: no event
    "event: update\nid: 41\nretry: 2500\ndata: first line\ndata:second line\n\n"
    "data\n\n"  # a field without a colon: data is the empty string
    "id: 42\nunknown: ignored\ndata:  two spaces keep one\r\r"
    "data: crlf\r\n\r\n"
    "id: bad\x00id\ndata: the NUL id is ignored\n\n"
    "data: never finished"
)
EXPECTED = [
    ServerSentEvent("first line\nsecond line", "update", "41", 2500),
    ServerSentEvent("", "message", "41"),
    ServerSentEvent(" two spaces keep one", "message", "42"),
    ServerSentEvent("crlf", "message", "42"),
    ServerSentEvent("the NUL id is ignored", "message", "42"),
]


def decode(chunks: list[str]) -> tuple[list[ServerSentEvent], str | None]:
    decoder = EventDecoder()
    events = [event for chunk in chunks for event in decoder.feed(chunk)]
    return events, decoder.last_event_id


@pytest.mark.parametrize("size", [1, 2, 3, 5, 8, 13, len(STREAM)])
def test_events_do_not_depend_on_chunk_boundaries(size: int) -> None:
    chunks = [STREAM[i : i + size] for i in range(0, len(STREAM), size)]
    assert decode(chunks) == (EXPECTED, "42")


def test_every_single_cut_gives_the_same_events() -> None:
    for cut in range(len(STREAM) + 1):
        assert decode([STREAM[:cut], STREAM[cut:]])[0] == EXPECTED, cut


def test_only_cr_lf_and_crlf_end_lines() -> None:
    events, _ = decode(["data: a\u2028b\x0cc\x85d\n\n"])
    assert events == [ServerSentEvent("a\u2028b\x0cc\x85d")]
