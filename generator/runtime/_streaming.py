"""Server-sent events: a `text/event-stream` response read event by event.

An operation whose success response is `text/event-stream` returns a `Stream[T]`, and
its async twin an `AsyncStream[T]`: iterate it to get each event's data parsed as `T`
(JSON into the item model; plain text when `T` is `str`). The event stream
format is the HTML standard's: `data:` lines (several join with newlines), `event:`,
`id:`, `retry:`, comments (`:`) and keep-alives, lines ended by CR, LF or CRLF, an event
ended by a blank line. An event whose data is the end sentinel (`[DONE]`, as OpenAI's
API sends) ends the stream.

The connection is closed when the events run out, when iteration stops early (`break`
out of the `for` loop), when the `with` block exits, or on `close()`.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Generic, TypeVar

import httpx

from ._encoding import parse_as
from ._exceptions import ApiConnectionError, ApiTimeoutError

_T = TypeVar("_T")

_LINE_BREAK = re.compile(
    r"\r\n|\r|\n"
)  # only these: not the others str.splitlines knows
END_SENTINEL = "[DONE]"
"""The data of the event that ends a stream, unless the client says otherwise."""


@dataclass(frozen=True)
class ServerSentEvent:
    """One event as the server sent it."""

    data: str
    event: str = "message"
    id: str | None = None
    retry: int | None = None


class EventDecoder:
    """Turns chunks of text into events, per the HTML standard's parsing rules."""

    def __init__(self) -> None:
        self._data: list[str] = []
        self._event = ""
        self._retry: int | None = None
        self.last_event_id: str | None = None
        self._partial = ""  # text after the last line break seen
        self._after_cr = (
            False  # the last chunk ended with CR: a LF next is the same break
        )
        self._started = False

    def feed(self, text: str) -> list[ServerSentEvent]:
        """The events completed by this chunk of the stream."""
        if not self._started and text:
            self._started = True
            text = text.removeprefix("\ufeff")
        if self._after_cr and text.startswith("\n"):
            text = text[1:]
        self._after_cr = text.endswith("\r")
        lines = _LINE_BREAK.split(self._partial + text)
        self._partial = lines.pop()  # not ended yet
        events = []
        for line in lines:
            event = self._line(line)
            if event is not None:
                events.append(event)
        return events

    def _line(self, line: str) -> ServerSentEvent | None:
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None  # a comment: servers send them to keep the connection alive
        field, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if field == "data":
            self._data.append(value)
        elif field == "event":
            self._event = value
        elif field == "id" and "\0" not in value:
            self.last_event_id = value
        elif field == "retry" and value.isascii() and value.isdigit():
            self._retry = int(value)
        return None

    def _dispatch(self) -> ServerSentEvent | None:
        data, event, retry = self._data, self._event, self._retry
        self._data, self._event, self._retry = [], "", None
        if not data:
            return None
        return ServerSentEvent(
            "\n".join(data), event or "message", self.last_event_id, retry
        )


@dataclass(frozen=True)
class StreamOf:
    """What a streaming call returns, before the response is there: the sync or async
    stream class, the type of one event's data, and the end sentinel."""

    stream_class: type[Stream[Any]] | type[AsyncStream[Any]]
    item_type: Any
    end: str | None = END_SENTINEL

    def open(self, response: httpx.Response) -> Stream[Any] | AsyncStream[Any]:
        return self.stream_class(response, self.item_type, self.end)


class _Items(Generic[_T]):
    """What the sync and async streams share: parsing each event's data."""

    def __init__(
        self, response: httpx.Response, item_type: Any, end: str | None = END_SENTINEL
    ) -> None:
        self.response = response
        self._item_type = item_type
        self._end = end
        self._decoder = EventDecoder()

    @property
    def last_event_id(self) -> str | None:
        """The `id` of the latest event, to resume from (`Last-Event-ID`)."""
        return self._decoder.last_event_id

    def _is_end(self, event: ServerSentEvent) -> bool:
        return self._end is not None and event.data == self._end

    def _parse(self, event: ServerSentEvent) -> _T:
        if self._item_type is str:
            return event.data  # type: ignore[return-value]
        try:
            data = json.loads(event.data)
        except ValueError:
            data = event.data
        result: _T = parse_as(self._item_type, data)
        return result

    def _error(self, exc: httpx.HTTPError) -> Exception:
        request = self.response.request
        url = str(request.url.copy_with(query=None))
        if isinstance(exc, httpx.TimeoutException):
            return ApiTimeoutError("stream timed out", method=request.method, url=url)
        message = f"the stream broke off: {type(exc).__name__}"
        return ApiConnectionError(message, method=request.method, url=url)


class Stream(_Items[_T]):
    """The events of a `text/event-stream` response, each parsed as `T`, in order."""

    def __iter__(self) -> Iterator[_T]:
        try:
            for event in self.events():
                yield self._parse(event)
        finally:
            self.close()

    def events(self) -> Iterator[ServerSentEvent]:
        """The events as sent (`event`, `data`, `id`, `retry`), data not parsed; the end
        sentinel still ends them. Iterate either this or the stream, not both."""
        try:
            for chunk in self._chunks():
                for event in self._decoder.feed(chunk):
                    if self._is_end(event):
                        return
                    yield event
        finally:
            self.close()

    def _chunks(self) -> Iterator[str]:
        try:
            yield from self.response.iter_text()
        except httpx.HTTPError as exc:
            raise self._error(exc) from exc

    def close(self) -> None:
        """Close the connection (also done when the events end or iteration stops)."""
        self.response.close()

    def __enter__(self) -> Stream[_T]:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncStream(_Items[_T]):
    """Async twin of `Stream`: `async for item in stream`."""

    async def __aiter__(self) -> AsyncIterator[_T]:
        try:
            async for event in self.events():
                yield self._parse(event)
        finally:
            await self.aclose()

    async def events(self) -> AsyncIterator[ServerSentEvent]:
        """The events as sent, data not parsed (see `Stream.events`)."""
        try:
            async for chunk in self._chunks():
                for event in self._decoder.feed(chunk):
                    if self._is_end(event):
                        return
                    yield event
        finally:
            await self.aclose()

    async def _chunks(self) -> AsyncIterator[str]:
        try:
            async for chunk in self.response.aiter_text():
                yield chunk
        except httpx.HTTPError as exc:
            raise self._error(exc) from exc

    async def aclose(self) -> None:
        """Close the connection (also done when the events end or iteration stops)."""
        await self.response.aclose()

    async def __aenter__(self) -> AsyncStream[_T]:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()
