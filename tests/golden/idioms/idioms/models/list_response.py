"""The `ListResponse` model."""

from __future__ import annotations

from typing import Generic, TypeVar

from .._models import BasePage

T = TypeVar("T")


class ListResponse(BasePage[T], Generic[T]):
    data: list[T]
    done: bool
    iterator: str | None = None

    def _page_items(self) -> list[T]:
        return self.data

    def _next_cursor(self) -> str | None:
        if self.done:
            return None
        return self.iterator
