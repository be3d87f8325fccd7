"""The generated `webhooks` module: Standard Webhooks verification and typed events.

The SDK comes from `tests/specs/webhooks.yaml` (and, when `../shared/specs` has it, the
full public Svix spec with its 14 webhooks). Signatures are checked against the Standard
Webhooks specification's published test vector, then against deliveries we sign: valid,
tampered, stale, early, rotated secrets, both header families, and over loopback HTTP
to a receiver that verifies what it is sent.
"""

from __future__ import annotations

import importlib
import json
import re
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.output.writer import write_tree
from generator.pipeline import Generation, generate
from tests.docs.linkcheck import check
from tests.support.imports import generate_into, generated_package, imported_package
from tests.support.paths import SPECS, require_shared

from .loopback import serving

SPEC = Path(__file__).resolve().parents[1] / "specs" / "webhooks.yaml"

# The test vector published with the Standard Webhooks specification.
VECTOR_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
VECTOR_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek"
VECTOR_TIMESTAMP = 1614265330
VECTOR_PAYLOAD = '{"test": 2432232314}'
VECTOR_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="

SECRET = "whsec_" + "c2VjcmV0LWtleS1vZi10aGUtdGVzdC1lbmRwb2ludA=="
OLD_SECRET = "whsec_" + "b2xkLXNlY3JldC1iZWZvcmUtdGhlLXJvdGF0aW9u"
PAID = json.dumps({"type": "invoice.paid", "data": {"id": "in_1", "amountCents": 250}})


@pytest.fixture(scope="module")
def generation() -> Generation:
    return generate(SPEC)


@pytest.fixture(scope="module")
def hooks(generation: Generation, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """`hooks_sdk.webhooks`, generated from tests/specs/webhooks.yaml and imported."""
    out = tmp_path_factory.mktemp("webhooks_sdk")
    write_tree(out, generation.files)
    with imported_package(out, "hooks_sdk"):
        yield importlib.import_module("hooks_sdk.webhooks")


def headers(webhook: Any, payload: str, *, at: float | None = None, prefix: str = "webhook-",
            msg_id: str = "msg_1", signature: str | None = None) -> dict[str, str]:  # fmt: skip
    timestamp = int(time.time() if at is None else at)
    return {
        f"{prefix}id": msg_id,
        f"{prefix}timestamp": str(timestamp),
        f"{prefix}signature": signature or webhook.sign(msg_id, timestamp, payload),
    }


def test_sign_reproduces_the_standard_webhooks_test_vector(hooks: ModuleType) -> None:
    for secret in (VECTOR_SECRET, VECTOR_SECRET.removeprefix("whsec_")):
        webhook = hooks.Webhook(secret)
        assert webhook.sign(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_PAYLOAD) == VECTOR_SIGNATURE


def test_verify_accepts_the_test_vector_at_its_time(
    hooks: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent = {"webhook-id": VECTOR_ID, "webhook-timestamp": str(VECTOR_TIMESTAMP),
            "webhook-signature": VECTOR_SIGNATURE}  # fmt: skip
    webhook = hooks.Webhook(VECTOR_SECRET)
    with pytest.raises(hooks.WebhookVerificationError, match="too old"):
        webhook.verify(VECTOR_PAYLOAD, sent)  # signed in 2021
    monkeypatch.setattr(hooks.time, "time", lambda: VECTOR_TIMESTAMP + 10.0)
    assert webhook.verify(VECTOR_PAYLOAD.encode(), sent) == {"test": 2432232314}
    with pytest.raises(hooks.WebhookVerificationError, match="no signature"):
        webhook.verify(VECTOR_PAYLOAD.replace("2432232314", "2432232315"), sent)


def test_a_signed_event_is_parsed_into_its_model(hooks: ModuleType) -> None:
    models = importlib.import_module("hooks_sdk.models")
    webhook = hooks.Webhook(SECRET)
    event = webhook.verify(PAID, headers(webhook, PAID))
    assert isinstance(event, models.InvoicePaid)
    assert event.data.amount_cents == 250
    voided = PAID.replace("invoice.paid", "invoice.voided")
    assert isinstance(webhook.verify(voided, headers(webhook, voided)), models.InvoiceVoided)


@pytest.mark.parametrize("body", [
    '{"type": "invoice.refunded", "data": {}}',  # an event type the spec does not have
    '{"type": "invoice.paid", "data": {"id": 5}}',  # does not fit its model
    '{"note": "no type at all"}',
])  # fmt: skip
def test_other_events_are_returned_as_dicts(hooks: ModuleType, body: str) -> None:
    webhook = hooks.Webhook(SECRET)
    assert webhook.verify(body, headers(webhook, body)) == json.loads(body)


@pytest.mark.parametrize("prefix", ["webhook-", "svix-", "Webhook-", "SVIX-"])
def test_both_header_families_in_any_case(hooks: ModuleType, prefix: str) -> None:
    webhook = hooks.Webhook(SECRET)
    assert webhook.verify(PAID, headers(webhook, PAID, prefix=prefix)).type == "invoice.paid"


def test_tampering_is_refused(hooks: ModuleType) -> None:
    webhook = hooks.Webhook(SECRET)
    sent = headers(webhook, PAID)
    Error = hooks.WebhookVerificationError
    with pytest.raises(Error, match="no signature"):
        webhook.verify(PAID.replace("250", "25000"), sent)
    with pytest.raises(Error, match="no signature"):
        webhook.verify(PAID, {**sent, "webhook-id": "msg_2"})
    with pytest.raises(Error, match="no signature"):
        webhook.verify(PAID, {**sent, "webhook-timestamp": str(int(time.time()) - 1)})
    with pytest.raises(Error, match="no signature"):
        hooks.Webhook(OLD_SECRET).verify(PAID, sent)
    signature = sent["webhook-signature"]
    with pytest.raises(Error, match="no signature"):
        webhook.verify(PAID, {**sent, "webhook-signature": signature.replace("v1,", "v2,")})
    with pytest.raises(Error, match="no signature"):
        webhook.verify(PAID, {**sent, "webhook-signature": signature[:-4]})


def test_stale_and_early_deliveries_are_refused(hooks: ModuleType) -> None:
    webhook = hooks.Webhook(SECRET)
    now = time.time()
    with pytest.raises(hooks.WebhookVerificationError, match="too old"):
        webhook.verify(PAID, headers(webhook, PAID, at=now - 6 * 60))
    with pytest.raises(hooks.WebhookVerificationError, match="too new"):
        webhook.verify(PAID, headers(webhook, PAID, at=now + 6 * 60))
    assert webhook.verify(PAID, headers(webhook, PAID, at=now - 4 * 60)).type == "invoice.paid"
    with pytest.raises(hooks.WebhookVerificationError, match="not a number"):
        webhook.verify(PAID, {**headers(webhook, PAID), "webhook-timestamp": "yesterday"})


def test_a_rotated_secret_signs_twice_and_either_secret_verifies(hooks: ModuleType) -> None:
    new, old = hooks.Webhook(SECRET), hooks.Webhook(OLD_SECRET)
    stamp = int(time.time())
    both = f"{old.sign('msg_1', stamp, PAID)} {new.sign('msg_1', stamp, PAID)}"
    for webhook in (new, old):
        event = webhook.verify(PAID, headers(webhook, PAID, at=stamp, signature=both))
        assert event.type == "invoice.paid"
    other = hooks.Webhook(b"a-third-secret")
    with pytest.raises(hooks.WebhookVerificationError):
        other.verify(PAID, headers(other, PAID, at=stamp, signature=both))


def test_missing_headers_and_bad_secrets(hooks: ModuleType) -> None:
    webhook = hooks.Webhook(SECRET)
    sent = headers(webhook, PAID)
    for name in sent:
        with pytest.raises(hooks.WebhookVerificationError, match="missing header"):
            webhook.verify(PAID, {k: v for k, v in sent.items() if k != name})
    with pytest.raises(ValueError, match="not base64"):
        hooks.Webhook("whsec_not base64!")
    assert "c2VjcmV0" not in repr(webhook) and "hidden" in repr(webhook)


def test_each_event_has_a_docs_page_whose_example_runs(
    hooks: ModuleType, generation: Generation, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = generation.files
    assert check({p: t for p, t in files.items() if p.endswith(".md")}).broken == []
    assert "webhooks/index.md" in files["docs/index.md"]
    assert "webhooks/invoice-paid.md" in files["mkdocs.yml"]
    monkeypatch.setenv("WEBHOOK_SECRET", SECRET)
    webhook = hooks.Webhook(SECRET)
    for name in ("customer-note", "invoice-paid", "invoice-voided"):
        page = files[f"docs/webhooks/{name}.md"]
        (example,) = re.findall(r"```python\n(.*?)```", page, re.DOTALL)
        namespace: dict[str, Any] = {}
        exec(compile(example, name, "exec"), namespace)  # the page's own code
        body = PAID.encode()
        assert namespace["receive"](body, headers(webhook, PAID)) == 204
        assert namespace["receive"](body + b" ", headers(webhook, PAID)) == 400


# ---- over loopback: a receiver that verifies what it is sent ---------------------------


class _Receiver(BaseHTTPRequestHandler):
    webhook: Any
    error: type[Exception]
    received: list[Any]

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        try:
            self.received.append(self.webhook.verify(body, self.headers))
            status = 204
        except self.error:
            status = 400
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_deliveries_over_loopback(hooks: ModuleType) -> None:
    webhook = hooks.Webhook(SECRET)
    handler = type("Receiver", (_Receiver,), {"webhook": webhook, "received": [],
                                              "error": hooks.WebhookVerificationError})  # fmt: skip
    deliveries = [
        (PAID, headers(webhook, PAID)),
        (PAID.replace("250", "1"), headers(webhook, PAID)),  # tampered
        (PAID, headers(webhook, PAID, at=time.time() - 900)),  # stale
    ]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    with serving(server) as url, httpx.Client(base_url=url, timeout=5) as client:
        statuses = [client.post("/hooks", content=c, headers=h).status_code for c, h in deliveries]
    assert statuses == [204, 400, 400]
    (event,) = handler.received
    assert type(event).__name__ == "InvoicePaid" and event.data.id == "in_1"


# ---- the full Svix spec ----------------------------------------------------------------


def test_the_svix_sdk_verifies_every_webhook_of_the_spec_into_its_model(
    tmp_path: Path,
) -> None:
    spec_path = require_shared(SPECS / "svix.openapi.json", "the public Svix spec")
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    with generated_package(spec_path, tmp_path, "svix_sdk"):
        hooks = importlib.import_module("svix_sdk.webhooks")
        models = importlib.import_module("svix_sdk.models")
        assert len(spec["webhooks"]) == len(hooks.EVENT_TYPES) == 14
        webhook = hooks.Webhook(SECRET)
        for name, item in spec["webhooks"].items():
            media = item["post"]["requestBody"]["content"]["application/json"]
            model = media["schema"]["$ref"].rsplit("/", 1)[-1]
            body = json.dumps(media["example"])
            event = webhook.verify(body, headers(webhook, body, msg_id=f"msg_{name}"))
            if name in EXAMPLES_NOT_FITTING_THEIR_SCHEMA:
                assert event == media["example"], name
                continue
            assert isinstance(event, getattr(models, model)), name
            assert event.type == name


# The spec's own example of this event writes `appStats` where its schema (Data) requires
# `app_stats`: the SDK returns such a delivery as a dict rather than fail the receiver.
EXAMPLES_NOT_FITTING_THEIR_SCHEMA = {"background_task.finished"}


def test_x_webhooks_of_a_3_0_spec_with_one_untyped_event(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: Pings, version: '1'}\npaths: {}\n"
        "x-webhooks:\n  ping:\n    post:\n      requestBody:\n        content:\n"
        "          application/json:\n            schema:\n              type: object\n"
        "              properties: {seq: {type: integer}}\n"
        "      responses: {'200': {description: ok}}\n",
        encoding="utf-8",
    )
    generation = generate_into(tmp_path / "sdk", spec)
    (webhook,) = generation.api.webhooks
    assert (webhook.name, webhook.event_type, webhook.page) == ("ping", None, "ping")
    with imported_package(tmp_path / "sdk", "pings_sdk"):
        hooks = importlib.import_module("pings_sdk.webhooks")
        sender = hooks.Webhook(SECRET)
        event = sender.verify('{"seq": 3}', headers(sender, '{"seq": 3}'))
        assert type(event).__name__ == "PingEvent" and event.seq == 3
