"""Detects paginated list operations and how their pages link to each other.

Two styles are recognised from the spec alone, where the shape is unambiguous:

- **iterator** (Svix): the request takes `iterator`, the page returns `iterator` (the next
  cursor) and `done`;
- **cursor after the last item** (Stripe-like, SimplyQ): the request takes
  `starting_after`, the page returns `data` plus `has_more` or `done`, and the next cursor
  is the `id` of the page's last item.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import ir

_ITEM_FIELDS = ("data", "items", "results", "entries")
_NEXT_FIELDS = {
    "iterator": ("iterator", "next_iterator"),
    "cursor": ("next_cursor", "cursor", "next"),
    "page_token": ("next_page_token",),
}


@dataclass(frozen=True, slots=True)
class Detected:
    pagination: ir.Pagination
    model: str
    shape: ir.PageShape


def detect(op: ir.Operation, definitions: dict[str, ir.Definition]) -> Detected | None:
    """The pagination of an operation, or None when its result is not a page."""
    result = op.result.type if op.result is not None else None
    if not isinstance(result, ir.Named):
        return None
    model = definitions.get(result.name)
    if not isinstance(model, ir.Model):
        return None
    fields = {f.name: f for f in model.fields}
    items = next((fields[n] for n in _ITEM_FIELDS if n in fields), None)
    if items is None or not isinstance(_strip(items.type), ir.ListOf):
        return None
    item_type = _item_type(items.type, result)
    query = {p.name for p in op.params if p.location == "query"}
    done = _bool_field(fields, "done")
    has_more = _bool_field(fields, "has_more")
    for param, candidates in _NEXT_FIELDS.items():
        next_field = next((n for n in candidates if n in fields), None)
        if param in query and next_field is not None:
            shape = ir.PageShape(items.name, next_field, done, has_more)
            return Detected(ir.Pagination(param, item_type), model.name, shape)
    if "starting_after" in query and (done or has_more):
        shape = ir.PageShape(items.name, "id", done, has_more, cursor_from_last_item=True)
        return Detected(ir.Pagination("starting_after", item_type), model.name, shape)
    return None


def _bool_field(fields: dict[str, ir.Field], name: str) -> str | None:
    field = fields.get(name)
    if field is not None and _strip(field.type) == ir.Primitive("bool"):
        return name
    return None


def _strip(tp: ir.TypeRef) -> ir.TypeRef:
    return tp.inner if isinstance(tp, ir.Nullable) else tp


def _item_type(items: ir.TypeRef, page: ir.Named) -> ir.TypeRef:
    """The item type, with a generic page's type parameter replaced by its argument."""
    listed = _strip(items)
    assert isinstance(listed, ir.ListOf)
    item = listed.item
    if isinstance(item, ir.TypeParam) and page.args:
        return page.args[0]
    return item
