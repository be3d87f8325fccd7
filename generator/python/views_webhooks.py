"""What the `webhooks` module template prints: imports, the event union, the event table.

The verification code itself is fixed text in `templates/sdk/webhooks.py.jinja`; only the
payload types differ between APIs.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import ir, naming
from .pyview import Imports, TypeWriter
from .views import definitions_by_name

_STDLIB_MODULES = ("base64", "hashlib", "hmac", "json", "time")
_STDLIB_NAMES = (
    ("collections.abc", "Mapping"),
    ("datetime", "datetime"),
    ("functools", "cache"),
    ("typing", "Any"),
    ("typing", "cast"),
    ("pydantic", "TypeAdapter"),
    ("pydantic", "ValidationError"),
)


@dataclass(frozen=True, slots=True)
class WebhooksView:
    title: str
    imports: str
    union: str  # `WebhookEvent = ...` right-hand side
    events: list[tuple[str, str]]  # (event type as a Python literal, payload annotation)
    only: str  # the payload annotation when the API has one webhook and no event types


def webhooks_view(api: ir.Api) -> WebhooksView:
    imports = Imports()
    for module in _STDLIB_MODULES:
        imports.add_module(module)
    for module, name in _STDLIB_NAMES:
        imports.add(module, name)
    writer = TypeWriter(definitions_by_name(api), imports, "", ".models.", ".")
    annotations = [writer.annotation(w.payload) for w in api.webhooks]
    members = [*dict.fromkeys(annotations), "dict[str, Any]"]
    events = [
        (naming.py_str(w.event_type), annotation)
        for w, annotation in zip(api.webhooks, annotations, strict=True)
        if w.event_type is not None
    ]
    only = annotations[0] if len(api.webhooks) == 1 and not events else ""
    return WebhooksView(
        title=naming.docstring_body(api.title),
        imports=imports.text(),
        union=" | ".join(dict.fromkeys(members)),
        events=events,
        only=only,
    )
