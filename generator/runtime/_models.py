"""Base classes of the generated models: tolerant of what the server adds later.

Models keep unknown fields (`extra="allow"`), enums accept unknown values, and list
pages know how to fetch the pages that follow them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from enum import Enum
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, PrivateAttr

from ._exceptions import PaginationError

_T = TypeVar("_T")
_PageT = TypeVar("_PageT", bound="BasePage[Any]")


class SdkModel(BaseModel):
    """Base of every model: snake_case attributes, wire names as aliases, extras kept"""

    model_config = ConfigDict(
        populate_by_name=True,
        extra="allow",
        protected_namespaces=(),
        arbitrary_types_allowed=False,
    )

    # Without warnings: a response kept as the server sent it (see `_tolerant`) may
    # hold values of other types than the fields declare, and dumps them as they are.

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data with wire names, leaving out unset fields."""
        return self.model_dump(
            mode="json", by_alias=True, exclude_unset=True, warnings=False
        )

    def to_json(self) -> str:
        """The model as a JSON string with wire names, leaving out unset fields."""
        return self.model_dump_json(by_alias=True, exclude_unset=True, warnings=False)


class OpenStrEnum(str, Enum):
    """A string enum that accepts values added to the API after this SDK was generated.

    An unknown value becomes a member named `UNKNOWN` whose `.value` is what the server
    sent, so parsing a response never fails because of a new enum value.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)

    def __str__(self) -> str:
        return str(self.value)


class OpenIntEnum(int, Enum):
    """An integer enum that accepts values added to the API after the SDK was made."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)

    def __str__(self) -> str:
        return str(self.value)


UNKNOWN_VARIANT = "__unknown__"
"""The tag of the fallback member every discriminated union has (`UnknownVariant`)."""


class UnknownVariant(SdkModel):
    """A member of a tagged union that this SDK does not know: one the API added later.

    Parsing a response never fails because the server sent a new kind of object; every
    field it sent is kept (`model_extra`, `to_dict()`), so nothing is lost, and
    `isinstance(value, UnknownVariant)` tells such values apart.
    """


def discriminate(
    wire_name: str, mapping: dict[str, str], python_name: str | None = None
) -> Callable[[Any], str | None]:
    """A pydantic discriminator: which union member a value is, from its tag property.

    Works on raw JSON (dicts) and on model instances alike, so both parsing responses
    and validating request arguments pick the right member; a dict users give may name
    the tag by its wire name or by its Python name (`python_name`, the key of the
    members' TypedDicts). A tag value missing from the mapping picks `UnknownVariant`;
    a value without the tag property fails.
    """

    def tag(value: Any) -> str | None:
        if isinstance(value, dict):
            raw = value.get(wire_name)
            if raw is None and python_name is not None:
                raw = value.get(python_name)
        elif isinstance(value, BaseModel):
            raw = _wire_value(value, wire_name)
        else:
            return None
        if isinstance(raw, Enum):
            raw = raw.value
        return None if raw is None else mapping.get(str(raw), UNKNOWN_VARIANT)

    return tag


def _wire_value(model: BaseModel, wire_name: str) -> Any:
    for name, info in type(model).model_fields.items():
        if (info.alias or name) == wire_name:
            return getattr(model, name)
    return (model.model_extra or {}).get(wire_name)


class BasePage(SdkModel, Generic[_T]):
    """One page of a paginated list, able to fetch the pages after it.

    Pages returned by a sync method iterate with `auto_paging_iter()`; pages returned by
    an `a`-prefixed async method iterate with `auto_paging_aiter()`. Both yield every
    item from this page onward, requesting each following page with the same arguments.
    """

    _fetch_next: Callable[[str], Any] | None = PrivateAttr(default=None)
    _afetch_next: Callable[[str], Awaitable[Any]] | None = PrivateAttr(default=None)

    def _page_items(self) -> list[_T]:
        raise NotImplementedError

    def _next_cursor(self) -> str | None:
        raise NotImplementedError

    def _cursor_is_relative(self) -> bool:
        """Whether `_next_cursor()` is a step (one more page, so many items) rather than
        a position: equal steps on different pages are normal, not a loop."""
        return False

    def has_next_page(self) -> bool:
        """Whether the server says there are more items after this page."""
        return self._next_cursor() is not None

    def next_page(self: _PageT) -> _PageT | None:
        """Fetch the page after this one, or `None` when this is the last page."""
        cursor = self._next_cursor()
        if cursor is None:
            return None
        if self._fetch_next is None:
            raise TypeError(self._wrong_mode("next_page()", "anext_page()"))
        page: _PageT = self._fetch_next(cursor)
        return page

    async def anext_page(self: _PageT) -> _PageT | None:
        """Fetch the page after this one (async), or `None` on the last page."""
        cursor = self._next_cursor()
        if cursor is None:
            return None
        if self._afetch_next is None:
            raise TypeError(self._wrong_mode("anext_page()", "next_page()"))
        page: _PageT = await self._afetch_next(cursor)
        return page

    def auto_paging_iter(self) -> Iterator[_T]:
        """Yield every item of this page and of every page after it."""
        if self._fetch_next is None and self._afetch_next is not None:
            raise TypeError(
                self._wrong_mode("auto_paging_iter()", "auto_paging_aiter()")
            )
        return self._iterate()

    def auto_paging_aiter(self) -> AsyncIterator[_T]:
        """Yield every item of this page and of every page after it (async)."""
        if self._afetch_next is None and self._fetch_next is not None:
            raise TypeError(
                self._wrong_mode("auto_paging_aiter()", "auto_paging_iter()")
            )
        return self._aiterate()

    def _iterate(self) -> Iterator[_T]:
        page: BasePage[_T] | None = self
        requested: set[str] = set()
        while page is not None:
            yield from page._page_items()
            cursor = page._next_cursor()
            if cursor is None:
                return
            if not page._cursor_is_relative():
                _check_new(cursor, requested)
            page = page.next_page()

    async def _aiterate(self) -> AsyncIterator[_T]:
        page: BasePage[_T] | None = self
        requested: set[str] = set()
        while page is not None:
            for item in page._page_items():
                yield item
            cursor = page._next_cursor()
            if cursor is None:
                return
            if not page._cursor_is_relative():
                _check_new(cursor, requested)
            page = await page.anext_page()

    def _wrong_mode(self, called: str, instead: str) -> str:
        if self._fetch_next is None and self._afetch_next is None:
            return f"{called}: this page is not from a client call: it cannot fetch"
        mode = "an async" if self._afetch_next is not None else "a sync"
        return f"{called}: this page came from {mode} call; use {instead}"


class LinkPage(BasePage[_T]):
    """One page of a list whose response names the next page in a `Link` header
    (`<https://...?page=2>; rel="next"`, as GitHub's API does).

    It behaves as the list of this page's items (iterate it, index it, take its `len`);
    `auto_paging_iter()` / `auto_paging_aiter()` go on through every following page.
    A next-page link to another host than the client's is refused, so credentials are
    never sent elsewhere.
    """

    items: list[_T]
    _next_url: str | None = PrivateAttr(default=None)

    def _page_items(self) -> list[_T]:
        return self.items

    def _next_cursor(self) -> str | None:
        return self._next_url

    def __iter__(self) -> Iterator[_T]:  # type: ignore[override]
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: int) -> _T:
        return self.items[index]


def _check_new(cursor: str, requested: set[str]) -> None:
    """Remember a cursor about to be requested; a repeated one would loop forever."""
    if cursor in requested:
        raise PaginationError(cursor)
    requested.add(cursor)
