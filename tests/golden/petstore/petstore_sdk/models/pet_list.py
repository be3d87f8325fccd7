"""The `PetList` model."""

from __future__ import annotations

from .._models import BasePage
from .pet import Pet


class PetList(BasePage[Pet]):
    data: list[Pet]
    has_more: bool

    def _page_items(self) -> list[Pet]:
        return self.data

    def _next_cursor(self) -> str | None:
        if not self.has_more:
            return None
        if not self.data:
            return None
        last = self.data[-1]
        cursor = getattr(last, "id", None)
        return None if cursor is None else str(cursor)
