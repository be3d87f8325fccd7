"""Webhooks: the events an API sends to its users, read from the spec into the IR.

OpenAPI 3.1 lists them under `webhooks` (3.0 specs by convention under `x-webhooks`),
each a path item whose operation's request body is the delivery's payload. The SDK
verifies a delivery's signature and parses its body into the payload's type, choosing
the webhook by the payload's `type` property where each webhook fixes its value.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

from .. import ir, naming
from ..problems import join_pointer
from .schemas import SchemaConverter

EVENT_TYPE_PROPERTY = "type"  # Standard Webhooks and Svix name the event this way
_METHODS = ("post", "put", "patch", "get", "delete")
_JSON = re.compile(r"^application/(?:[\w.+-]+\+)?json\b")


def read_webhooks(
    root: dict[str, Any], converter: SchemaConverter, warn: Callable[[str, str], None]
) -> tuple[ir.Webhook, ...]:
    """Every webhook of the spec, sorted by name; their payload types join the models."""
    section = "webhooks" if isinstance(root.get("webhooks"), dict) else "x-webhooks"
    items = root.get(section)
    if not isinstance(items, dict):
        return ()
    found: list[ir.Webhook] = []
    pages: set[str] = set()
    for name in sorted(items, key=str):
        pointer = join_pointer(f"/{section}", str(name))
        item, item_pointer = converter.resolve(items[name], pointer)
        webhook = _webhook(str(name), item, item_pointer, converter, warn)
        if webhook is not None:
            page = _unique(naming.snake_case(webhook.name).replace("_", "-") or "event", pages)
            found.append(dataclasses.replace(webhook, page=page))
    return tuple(found)


def _unique(stem: str, taken: set[str]) -> str:
    name, number = stem, 2
    while name in taken:
        name, number = f"{stem}-{number}", number + 1
    taken.add(name)
    return name


def _webhook(
    name: str,
    item: Any,
    pointer: str,
    converter: SchemaConverter,
    warn: Callable[[str, str], None],
) -> ir.Webhook | None:
    if not isinstance(item, dict):
        return None
    method = next((m for m in _METHODS if isinstance(item.get(m), dict)), None)
    if method is None:
        warn(pointer, f"webhook {name!r} has no operation: it is left out")
        return None
    op, op_pointer = item[method], join_pointer(pointer, method)
    body, body_pointer = converter.resolve(
        op.get("requestBody"), join_pointer(op_pointer, "requestBody")
    )
    content = body.get("content") if isinstance(body, dict) else None
    media_type = _json_media_type(content)
    if media_type is None or not isinstance(content, dict):
        warn(op_pointer, f"webhook {name!r} has no JSON request body: its payload is a dict")
        payload: ir.TypeRef = ir.DictOf(ir.ANY)
        schema: Any = {}
    else:
        media = content[media_type] if isinstance(content[media_type], dict) else {}
        schema = media.get("schema")
        schema_pointer = join_pointer(body_pointer, "content", media_type, "schema")
        hint = naming.class_name(name) + "Event"
        payload = converter.type_of(schema, schema_pointer, hint)
    return ir.Webhook(
        name=name,
        payload=payload,
        event_type=_event_type(schema, converter),
        summary=naming.clean_text(op.get("summary")),
        description=naming.clean_text(op.get("description")),
    )


def _json_media_type(content: Any) -> str | None:
    if not isinstance(content, dict):
        return None
    return next((t for t in sorted(content) if _JSON.match(str(t))), None)


def _event_type(schema: Any, converter: SchemaConverter) -> str | None:
    """The one value the payload's `type` property may have (`enum: [x]` or `const: x`)."""
    resolved, _ = converter.resolve(schema, "")
    properties = resolved.get("properties") if isinstance(resolved, dict) else None
    if not isinstance(properties, dict):
        return None
    prop, _ = converter.resolve(properties.get(EVENT_TYPE_PROPERTY), "")
    if not isinstance(prop, dict):
        return None
    if isinstance(prop.get("const"), str):
        return str(prop["const"])
    enum = prop.get("enum")
    if isinstance(enum, list) and len(enum) == 1 and isinstance(enum[0], str):
        return enum[0]
    return None
