"""The webhook pages: docs/webhooks/index.md (every event) and one page per event, with
its payload model and the code that verifies and reads a delivery."""

from __future__ import annotations

from dataclasses import dataclass

from .. import ir, naming
from . import markdown as md


@dataclass(frozen=True, slots=True)
class WebhookPage:
    name: str  # the event's name, as inline code
    summary: str
    description: str
    payload: str  # Markdown, linked to the model page
    event_type: str  # inline code, or "" when the payload has no fixed `type`
    model: str  # the payload's class, to import in the example ("" for other payloads)
    stem: str


@dataclass(frozen=True, slots=True)
class WebhookIndex:
    title: str
    rows: list[tuple[str, str, str]]  # (link to the event's page, payload, summary)


def webhook_pages(api: ir.Api, defs: dict[str, ir.Definition]) -> list[WebhookPage]:
    """One page per webhook (their payload links are relative to docs/webhooks/)."""
    speller = md.TypeSpeller(defs, "../models/")
    pages = []
    for webhook in api.webhooks:
        payload = webhook.payload
        model = payload.name if isinstance(payload, ir.Named) and not payload.args else ""
        pages.append(
            WebhookPage(
                name=md.code(webhook.name),
                summary=naming.md_inline(webhook.summary),
                description=naming.md_block(webhook.description),
                payload=speller.markdown(payload),
                event_type=md.code(webhook.event_type) if webhook.event_type else "",
                model=model,
                stem=webhook.page,
            )
        )
    return pages


def webhook_index(api: ir.Api, pages: list[WebhookPage]) -> WebhookIndex:
    rows = [(f"[{page.name}]({page.stem}.md)", page.payload, md.cell(page.summary))
            for page in pages]  # fmt: skip
    return WebhookIndex(title=naming.md_inline(api.title), rows=rows)
