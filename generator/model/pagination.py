"""Detects paginated list operations and how their pages link to each other.

A list operation returns a page model with a list field (`data`, `items`, ...). How the
next page is requested is one of five styles (`ir.PaginationStyle`):

- **iterator** (Svix): the request takes `iterator`, the page returns the next `iterator`
  and `done`;
- **cursor**: the request takes `cursor`/`page_token`/`after`, the page names the next one
  (`next_cursor`, `next_page_token`, ...);
- **after_last_item** (Stripe-like, SimplyQ): the request takes `starting_after`, the page
  may return `has_more` or `done`, and the next cursor is the `id` of the page's last item
  (without either flag, an empty page ends the list);
- **page**: an integer `page` parameter, incremented until a page is empty (or says it is
  the last one);
- **offset**: an integer `offset`/`skip` parameter, advanced by the number of items received;
- **link** (GitHub): the result is a JSON array and the response declares a `Link` header,
  whose `rel="next"` URL is the next page (the runtime follows it; no model involved).

The first three are detected when their names appear; page and offset only when nothing
else paginates the operation; link when the success response documents a `Link` header.

The page controls may also live in a JSON (or form) request body whose fields are the
method's keyword arguments: the common `POST .../search` and `.../filter` shape. Those are
detected when the last literal segment of the path says the operation looks things up
(search, filter, query, find, list, lookup), since calling any other POST again for the
next page could repeat a side effect; a config override may name any operation.
A config can switch detection off, turn it off for one operation, or name the style and
the parameter and fields for an operation (`config.PaginationOverride`); a style that
does not fit the operation is reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from .. import ir
from ..config import PaginationOverride

_ITEM_FIELDS = ("data", "items", "results", "entries", "records", "values")
# Words in a POST path's last literal segment that say it reads (body pagination).
_LOOKUP_WORDS = ("search", "filter", "query", "find", "list", "lookup")
_BODY_ENCODINGS = ("json", "form")
_ITEM_IDS = ("id", "uid")
# style -> (cursor parameter, the page fields that may hold the next cursor)
_NAMED_CURSORS: tuple[tuple[ir.PaginationStyle, str, tuple[str, ...]], ...] = (
    ("iterator", "iterator", ("iterator", "next_iterator")),
    ("cursor", "cursor", ("next_cursor", "cursor", "next")),
    ("cursor", "page_token", ("next_page_token",)),
    ("cursor", "after", ("next_cursor", "after", "next")),
)
_STEP_PARAMS: tuple[tuple[ir.PaginationStyle, str, int], ...] = (
    ("page", "page", 1),
    ("page", "page_number", 1),
    ("offset", "offset", 0),
    ("offset", "skip", 0),
)


@dataclass(frozen=True, slots=True)
class Detected:
    """An operation's pagination, and the page model's shape that goes with it."""

    pagination: ir.Pagination
    model: str  # "" for link pagination, which has no page model
    shape: ir.PageShape | None


@dataclass(frozen=True, slots=True)
class Misfit:
    """A style the config asked for that the operation cannot use, and why."""

    message: str


@dataclass(frozen=True, slots=True)
class _Page:
    """What the detector looks at: the page model, its items, the query parameters."""

    model: ir.Model
    result: ir.Named
    fields: dict[str, ir.Field]
    items: ir.Field
    query: dict[str, ir.Param]  # the page controls: query parameters, maybe body fields
    item_fields: tuple[str, ...]  # Python names of the item model's fields, if it is one


def detect(
    op: ir.Operation,
    definitions: dict[str, ir.Definition],
    override: PaginationOverride | None = None,
    auto: bool = True,
) -> Detected | Misfit | None:
    """The pagination of an operation, None when it has none, Misfit when forced wrongly."""
    if override is not None and override.style == "none":
        return None
    if override is None and not auto:
        return None
    if override is None or override.style == "link":
        linked = _link(op, forced=override is not None)
        if linked is not None:
            return linked
        if override is not None:
            return Misfit("the 'link' pagination style does not fit: its result is not an array")
    in_body = _body_controls(op, forced=override is not None)
    page = _page(op, definitions, override.items if override else None, in_body)
    if page is None:
        if override is None:
            return None
        return Misfit(
            f"the {override.style!r} pagination style does not fit: its result has no list"
            " of items (name the field with 'items')"
        )
    if override is None:
        return _detect_named(page) or _detect_step(page)
    found = _forced(page, override)
    if found is None:
        return Misfit(
            f"the {override.style!r} pagination style does not fit: no query parameter"
            " (or body field) and page field match it (name them with 'param' and 'next')"
        )
    return found


def _link(op: ir.Operation, forced: bool) -> Detected | None:
    """Link-header pagination: an array result, with a `Link` header documented (or not
    needed, when the config asks for this style)."""
    result = op.result
    if result is None or result.kind != "json" or not isinstance(result.type, ir.ListOf):
        return None
    if not forced and not any(h.name.lower() == "link" for h in result.headers):
        return None
    return Detected(ir.Pagination("", result.type.item, "link"), "", None)


def _body_controls(op: ir.Operation, forced: bool) -> bool:
    """Whether page controls may be fields of the request body (see the module doc)."""
    body = op.body
    if body is None or body.model is None or body.encoding not in _BODY_ENCODINGS:
        return False
    if forced:
        return True
    literal = [part for part in op.path.lower().split("/") if part and "{" not in part]
    last = literal[-1] if literal else ""
    return op.http_method in ("POST", "QUERY") and any(w in last for w in _LOOKUP_WORDS)


def _page(
    op: ir.Operation,
    definitions: dict[str, ir.Definition],
    items_name: str | None,
    in_body: bool = False,
) -> _Page | None:
    result = op.result.type if op.result is not None else None
    if not isinstance(result, ir.Named):
        return None
    model = definitions.get(result.name)
    if not isinstance(model, ir.Model):
        return None
    fields = {f.name: f for f in model.fields}
    fields.update({f.wire_name: f for f in model.fields if f.wire_name not in fields})
    names = (items_name,) if items_name else _ITEM_FIELDS
    items = next((fields[n] for n in names if n in fields), None)
    if items is None or not isinstance(_strip(items.type), ir.ListOf):
        return None
    query = {p.name: p for p in op.params if p.location == "query"}
    query.update({p.wire_name: p for p in op.params if p.location == "query"})
    fields_in_body = [p for p in op.params if in_body and p.location == "body"]
    for p in fields_in_body:  # a query parameter wins over a body field of the same name
        query.setdefault(p.name, p)
        query.setdefault(p.wire_name, p)
    item = _item_type(items.type, result)
    item_model = definitions.get(item.name) if isinstance(item, ir.Named) else None
    item_fields = (
        tuple(f.name for f in item_model.fields) if isinstance(item_model, ir.Model) else ()
    )
    return _Page(model, result, fields, items, query, item_fields)


def _detect_named(page: _Page) -> Detected | None:
    """The styles recognised by their parameter and field names."""
    for style, param, candidates in _NAMED_CURSORS:
        found = _cursor(page, style, param, candidates)
        if found is not None:
            return found
    return _after_last_item(page, "starting_after", _item_id(page))


def _item_id(page: _Page) -> str:
    """The item field a `starting_after` cursor names: `id`, else `uid` (SimplyQ)."""
    return next((n for n in _ITEM_IDS if n in page.item_fields), "id")


def _detect_step(page: _Page) -> Detected | None:
    for style, param, start in _STEP_PARAMS:
        found = _step(page, style, param, start)
        if found is not None:
            return found
    return None


def _forced(page: _Page, override: PaginationOverride) -> Detected | None:
    """The style the config names, with its parameter and fields when given."""
    style = cast(ir.PaginationStyle, override.style)
    if style in ("iterator", "cursor"):
        params = (override.param,) if override.param else _params_of(style)
        for param in params:
            candidates = (override.next,) if override.next else _next_fields(param)
            found = _cursor(page, style, param, candidates)
            if found is not None:
                return found
        return None
    if style == "after_last_item":
        param = override.param or "starting_after"
        return _after_last_item(page, param, override.next or _item_id(page))
    for step_style, param, start in _STEP_PARAMS:
        if step_style == style and (override.param in (None, param)):
            found = _step(page, style, param, start)
            if found is not None:
                return found
    if override.param is not None and style in ("page", "offset"):
        return _step(page, style, override.param, 1 if style == "page" else 0)
    return None


def _params_of(style: str) -> tuple[str, ...]:
    return tuple(param for s, param, _ in _NAMED_CURSORS if s == style)


def _next_fields(param: str) -> tuple[str, ...]:
    known = tuple(n for _, p, names in _NAMED_CURSORS if p == param for n in names)
    return known or (f"next_{param}", param, "next")


def _cursor(
    page: _Page, style: ir.PaginationStyle, param: str, candidates: tuple[str, ...]
) -> Detected | None:
    """The page names the next cursor in a field; the request passes it in `param`."""
    next_field = next((page.fields[n] for n in candidates if n in page.fields), None)
    if not _takes_text(page, param) or next_field is None or next_field is page.items:
        return None
    shape = ir.PageShape(
        page.items.name, next_field.name, _flag(page, "done"), _flag(page, "has_more")
    )
    return _detected(page, style, page.query[param], shape)


def _after_last_item(page: _Page, param: str, id_field: str) -> Detected | None:
    """The next cursor is the last item's id; `done` or `has_more` (else an empty page)
    says when to stop."""
    done, has_more = _flag(page, "done"), _flag(page, "has_more")
    if not _takes_text(page, param):
        return None
    shape = ir.PageShape(page.items.name, id_field, done, has_more, cursor_from_last_item=True)
    return _detected(page, "after_last_item", page.query[param], shape)


def _step(page: _Page, style: ir.PaginationStyle, param: str, start: int) -> Detected | None:
    """Page numbers or offsets: an integer parameter, advanced after each page."""
    found = page.query.get(param)
    if found is None or _strip(found.type) != ir.Primitive("int"):
        return None
    step: ir.PageStep = "page" if style == "page" else "items"
    shape = ir.PageShape(
        page.items.name, "", _flag(page, "done"), _flag(page, "has_more"), step=step
    )
    return _detected(page, style, found, shape, start)


def _detected(
    page: _Page, style: ir.PaginationStyle, param: ir.Param, shape: ir.PageShape, start: int = 0
) -> Detected:
    item_type = _item_type(page.items.type, page.result)
    return Detected(ir.Pagination(param.name, item_type, style, start), page.model.name, shape)


def _takes_text(page: _Page, param: str) -> bool:
    """Whether the operation has a string query parameter `param` (cursors are text)."""
    found = page.query.get(param)
    return found is not None and _strip(found.type) == ir.Primitive("str")


def _flag(page: _Page, name: str) -> str | None:
    """The Python name of a boolean page field (`done`, `has_more`), if the page has one."""
    field = page.fields.get(name)
    if field is not None and _strip(field.type) == ir.Primitive("bool"):
        return field.name
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
