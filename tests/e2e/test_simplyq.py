"""SimplyQ (seed 002's webhook API), generated without a config and called against Prism.

The spec is inconsistent the way real specs are: some list pages end with `done`, others
with `has_more`, two with neither; one path ends in `/`. Every list operation is called,
sync and async, its pages are walked with `auto_paging_iter()` (Prism answering from the
schemas) and the next page is requested as the auto-pager would; a few other
operations (create, get, the trailing-slash path) are called too. Prism validates each
request against the spec, so a wrong parameter, path or credential fails the test.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.paths import SPECS, require_shared
from tests.support.prism import MockServer, prism_mock
from tests.support.venvs import Venv, create_venv

from .conftest import Script, Sdk, build_sdk, failures, install, run_scripts

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("simplyq")]

APP, ENDPOINT, EVENT = "app_x", "ep_x", "evt_x"

# (namespace, method, arguments, what it returns: a page of <Item>, or a model name).
# List calls pass `request_options=DYNAMIC` so that Prism answers from the schemas (random
# items, `done`/`has_more` either way) rather than from the spec's examples, some of which
# are not pages at all; not for endpoint lists, whose `headers` Prism fakes beyond the
# schema's maxProperties (and then rejects its own response).
_LISTS = (
    ("application", "get_applications", "limit=2, request_options=DYNAMIC", "page of Application"),
    ("endpoint", "get_endpoints", f"app_id={APP!r}, limit=2", "page of Endpoint"),
    ("endpoint", "get_event_endpoints", f"app_id={APP!r}, event_id={EVENT!r}", "page"),
    ("event", "get_attempted_endpoints",
     f"app_id={APP!r}, endpoint_id={ENDPOINT!r}, request_options=DYNAMIC", "page of Event"),
    ("delivery_attempt", "get_endpoint_delivery_attempts",
     f"app_id={APP!r}, endpoint_id={ENDPOINT!r}, limit=5, request_options=DYNAMIC",
     "page of DeliveryAttempt"),
    ("delivery_attempt", "get_event_delivery_attempts",
     f"app_id={APP!r}, event_id={EVENT!r}, request_options=DYNAMIC", "page of DeliveryAttempt"),
)  # fmt: skip
_OTHERS = (
    ("event", "get_events", f"app_id={APP!r}, limit=2", "EventGetEventsResponse"),
    ("application", "post_application", 'uid="the-pizza-club", name="The Pizza Club"',
     "Application"),
    ("application", "get_application", f"app_id={APP!r}", "Application"),
    ("event", "post_event", f"app_id={APP!r}, event_type='order.created', payload={{'id': 1}}",
     "Event"),
    ("delivery_attempt", "get_delivery_attempt",
     f"app_id={APP!r}, event_id={EVENT!r}, delivery_attempt_id='atmpt_x'", "DeliveryAttempt"),
)  # fmt: skip

# A script's namespace gets these helpers. `walk` reads up to 5 items through the page's
# auto-pager, after checking that the method returned a page whose class paginates.
_HELPERS = """\
from {package} import PaginationError, models

DYNAMIC = {{"extra_headers": {{"Prefer": "dynamic=true"}}}}

def walk(page, item, static=False):
    assert hasattr(page, "auto_paging_iter"), f"{{type(page).__name__}} does not paginate"
    items = []
    try:
        for value in page.auto_paging_iter():
            items.append(value)
            if len(items) == 5:
                break
    except PaginationError:
        # Prism answers every page of an example-based list with the same example: the
        # repeated cursor must stop the walk (with an error) after the items it did get.
        assert static and items, "PaginationError on a page with fresh cursors"
    check_items(items, item)
    return items

async def awalk(page, item, static=False):
    items = []
    try:
        async for value in page.auto_paging_aiter():
            items.append(value)
            if len(items) == 5:
                break
    except PaginationError:
        assert static and items, "PaginationError on a page with fresh cursors"
    check_items(items, item)
    return items

def check_items(items, item):
    if item:
        expected = getattr(models, item)
        assert all(isinstance(i, expected) for i in items), [type(i) for i in items]
"""


@pytest.fixture(scope="module")
def simplyq_spec() -> Path:
    return require_shared(SPECS / "simplyq.openapi.yaml", "the SimplyQ spec")


@pytest.fixture(scope="module")
def simplyq(simplyq_spec: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Sdk, Venv]:
    sdk = build_sdk(simplyq_spec, None, tmp_path_factory.mktemp("simplyq") / "simplyq")
    venv = create_venv(tmp_path_factory.mktemp("simplyq-venv") / "venv")
    install(venv, [sdk.project], tmp_path_factory.mktemp("simplyq-build"))
    return sdk, venv


@pytest.fixture(scope="module")
def prism(simplyq_spec: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServer]:
    with prism_mock(simplyq_spec, tmp_path_factory.mktemp("prism-simplyq")) as server:
        yield server


def _scripts(sdk: Sdk, url: str) -> list[Script]:
    setup = _HELPERS.format(package=sdk.package) + (
        f"from {sdk.package} import {sdk.client_class}\n"
        f"client = {sdk.client_class}(access_token='sk_test', base_url={url!r}, max_retries=0)\n"
    )
    scripts = []
    for namespace, method, arguments, returns in _LISTS + _OTHERS:
        item = returns.removeprefix("page").removeprefix(" of ").strip()
        call = f"client.{namespace}.{method}({arguments})"
        acall = f"client.{namespace}.a{method}({arguments})"
        if returns.startswith("page"):
            walk_args = f"{item!r}, static={'DYNAMIC' not in arguments}"
            sync = (
                f"{setup}first = {call}\nobserved = len(walk(first, {walk_args}))\n"
                "assert type(first._fetch_next('cursor_x')) is type(first)\n"
            )
            body = (
                f"    first = await {acall}\n    observed = len(await awalk(first, {walk_args}))\n"
                "    assert type(await first._afetch_next('cursor_x')) is type(first)\n"
            )
        else:
            check = f"assert type(result).__name__ == {returns!r}, type(result)\n"
            sync = f"{setup}result = {call}\n{check}"
            body = f"    result = await {acall}\n    {check}"
        scripts.append(Script(f"{call} (sync)", sync))
        main = f"async def main():\n    global observed, result\n{body}    await client.aclose()\n"
        scripts.append(
            Script(f"{call} (async)", f"import asyncio\n{setup}{main}asyncio.run(main())\n")
        )
    return scripts


def test_every_list_operation_paginates_and_others_work_against_prism(
    simplyq: tuple[Sdk, Venv], prism: MockServer, tmp_path: Path
) -> None:
    sdk, venv = simplyq
    outcomes = run_scripts(sdk, venv, _scripts(sdk, prism.url), tmp_path)
    problems = failures(outcomes, prism)
    assert not problems, problems
    walked = {o.label: o.observed for o in outcomes if o.label.endswith("(sync)")}
    # The example page (one endpoint, no `done`) is followed by a request for the page after
    # its last `uid`; Prism answers with the same page, and the repeated cursor stops the walk
    # with PaginationError after the 2 items it had.
    assert walked["client.endpoint.get_endpoints(app_id='app_x', limit=2) (sync)"] == 2


def test_the_trailing_slash_path_reaches_the_server_with_its_slash(
    simplyq: tuple[Sdk, Venv], prism: MockServer, tmp_path: Path
) -> None:
    sdk, venv = simplyq
    call = f"client.delivery_attempt.get_delivery_attempt(app_id={APP!r}, event_id={EVENT!r}, "
    code = (
        f"from {sdk.package} import {sdk.client_class}\n"
        f"client = {sdk.client_class}(access_token='sk_test', base_url={prism.url!r})\n"
        f"raw = client.delivery_attempt.raw.get_delivery_attempt(app_id={APP!r}, "
        f"event_id={EVENT!r}, delivery_attempt_id='atmpt_slash')\n"
        "observed = raw.status\n"
    )
    (outcome,) = run_scripts(sdk, venv, [Script(call, code)], tmp_path)
    assert outcome.ok, outcome.report()
    assert outcome.observed == 200
    assert f"/v1/application/{APP}/event/{EVENT}/delivery_attempt/atmpt_slash/" in prism.log(400)
