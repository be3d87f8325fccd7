"""Deprecations reach users, in their type checker and at run time.

PEP 702's `@deprecated` marks a deprecated operation, its raw twin, and each deprecated
property (a read-only property over the stored field); a deprecated parameter gets an
overload of its own, so only calls that pass it are reported. `mypy --strict
--enable-error-code deprecated`, run on a user's file against the SDK installed with pip
in a fresh venv, reports exactly those uses. At run time each use warns with a
`DeprecationWarning` pointing at the user's line, once per call site under Python's
default filters.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.config import Config
from tests.support.imports import generate_into, imported_package
from tests.support.venvs import Venv, create_venv, staged_copy

from .loopback import LoopbackServer, Reply

PACKAGE = "dep_sdk"
SPEC = """\
openapi: 3.0.3
info: {title: Deprecations, version: "1"}
paths:
  /old:
    get:
      operationId: old_listing
      tags: [things]
      deprecated: true
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
  /things:
    get:
      operationId: list_things
      tags: [things]
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
        - {name: legacy_filter, in: query, deprecated: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
  /pages:
    get:
      operationId: list_pages
      tags: [things]
      parameters:
        - {name: starting_after, in: query, schema: {type: string}}
        - {name: old_sort, in: query, deprecated: true, schema: {type: string}}
        - {name: old_order, in: query, deprecated: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/ThingList"}
  /must:
    post:
      operationId: must_pass
      tags: [things]
      parameters:
        - {name: token, in: header, required: true, deprecated: true, schema: {type: string}}
      responses:
        "204": {description: ok}
components:
  schemas:
    Thing:
      type: object
      required: [id]
      properties:
        id: {type: string}
        legacy: {type: string, deprecated: true}
        oldName: {type: integer, deprecated: true}
    ThingList:
      type: object
      properties:
        data: {type: array, items: {$ref: "#/components/schemas/Thing"}}
        has_more: {type: boolean, deprecated: true}
"""

# What a user writes. mypy must report the lines marked `# reported`, and nothing else.
USAGE = """\
import asyncio

from dep_sdk import Dep
from dep_sdk.models import Thing

client = Dep(base_url="http://127.0.0.1:9")
fine = client.things.list_things(limit=1)
raw_fine = client.things.raw.list_things(limit=1)
pages = client.things.list_pages(starting_after="a")
old = client.things.old_listing()  # reported: operation
raw_old = client.things.raw.old_listing()  # reported: raw twin
legacy = client.things.list_things(legacy_filter="x")  # reported: parameter
raw_legacy = client.things.raw.list_things(legacy_filter="x")  # reported: raw parameter
sorted_pages = client.things.list_pages(old_order="asc")  # reported: parameter
client.things.must_pass(token="t")  # reported: required parameter
print(fine.id)
print(fine.legacy)  # reported: property
thing = Thing(id="a", legacy="x", oldName=2)
print(thing.old_name)  # reported: property
print(thing.to_dict(), raw_fine.status_code, pages.data)


async def main() -> None:
    await client.things.alist_things(limit=1)
    await client.things.alist_things(legacy_filter="y")  # reported: async parameter
    await client.things.raw.aold_listing()  # reported: async raw twin


asyncio.run(main())
"""
CHECK = ["-m", "mypy", "--strict", "--enable-error-code", "deprecated"]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("deprecations")
    spec = work / "deprecations.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    out = work / "sdk"
    generate_into(out, spec, Config(package_name=PACKAGE, client_class="Dep"))
    return out


@pytest.fixture(scope="module")
def venv(project: Path, tmp_path_factory: pytest.TempPathFactory) -> Venv:
    """The SDK installed with pip, as users get it, with mypy beside it."""
    made = create_venv(tmp_path_factory.mktemp("deprecations-venv") / "venv")
    made.pip_install(staged_copy(project, tmp_path_factory.mktemp("build")), "mypy")
    return made


@pytest.fixture(scope="module")
def sdk(project: Path) -> Iterator[ModuleType]:
    with imported_package(project, PACKAGE) as package:
        yield package


@pytest.fixture
def client(sdk: ModuleType, server: LoopbackServer) -> Iterator[Any]:
    made = sdk.Dep(base_url=server.url, max_retries=0)
    yield made
    made.close()


@pytest.mark.e2e
def test_mypy_reports_exactly_the_deprecated_uses(venv: Venv, tmp_path: Path) -> None:
    (tmp_path / "usage.py").write_text(USAGE, encoding="utf-8")
    done = venv.run(*CHECK, "--cache-dir", venv.root / "mypy", "usage.py", cwd=tmp_path)
    reported = {
        int(m.group(1)): m.group(2)
        for m in re.finditer(r"^usage\.py:(\d+): error: (.*)$", done.stdout, re.M)
    }
    marked = [n for n, line in enumerate(USAGE.splitlines(), 1) if "# reported" in line]
    assert sorted(reported) == marked, done.stdout
    assert all(text.endswith("[deprecated]") for text in reported.values()), done.stdout
    # each names what is deprecated, in the SDK's own words
    assert "ThingsApiRaw.old_listing is deprecated" in reported[11]
    assert "the parameter legacy_filter is deprecated" in reported[13]
    assert "the parameters old_sort and old_order are deprecated" in reported[14]
    assert "Thing.old_name is deprecated" in reported[19]


@pytest.mark.e2e
def test_the_sdk_itself_makes_no_deprecated_use(venv: Venv, project: Path) -> None:
    """Its next-page calls and raw twins are its own business, not the user's."""
    done = venv.run(*CHECK, "--cache-dir", venv.root / "mypy", PACKAGE, cwd=project)
    assert done.returncode == 0, done.stdout + done.stderr


def _calls_warn(call: Any, times: int) -> list[warnings.WarningMessage]:
    """Deprecation warnings of `times` calls made from one line, Python's default filter."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        for _ in range(times):
            call()  # the one call site
    return [w for w in caught if issubclass(w.category, DeprecationWarning)]


def test_a_deprecated_operation_warns_once_per_call_site(
    client: Any, server: LoopbackServer
) -> None:
    server.script("/old", *[Reply(200, {"id": "t"})] * 3)
    seen = _calls_warn(lambda: client.things.old_listing(), 3)
    assert len(seen) == 1, [str(w.message) for w in seen]
    assert "old_listing is deprecated" in str(seen[0].message)
    assert seen[0].filename == __file__  # the user's line, not the SDK's
    assert len(server.to("/old")) == 3  # still works


@pytest.mark.anyio
async def test_the_async_twin_warns_too(sdk: ModuleType, server: LoopbackServer) -> None:
    server.script("/old", Reply(200, {"id": "t"}))
    async with sdk.Dep(base_url=server.url, max_retries=0) as client:
        with pytest.warns(DeprecationWarning, match="old_listing is deprecated") as seen:
            await client.things.aold_listing()
    # Only ours: the first async call may import modules that warn on their own (seen in CI:
    # a DeprecationWarning raised inside importlib, recorded ahead of the SDK's).
    ours = [w for w in seen if "old_listing is deprecated" in str(w.message)]
    assert len(ours) == 1
    assert ours[0].filename == __file__  # the user's line, not the SDK's


def test_a_deprecated_parameter_warns_only_when_passed(client: Any, server: LoopbackServer) -> None:
    server.script("/things", *[Reply(200, {"id": "t"})] * 2)
    assert _calls_warn(lambda: client.things.list_things(limit=1), 1) == []
    seen = _calls_warn(lambda: client.things.list_things(legacy_filter="x"), 1)
    assert len(seen) == 1 and "legacy_filter is deprecated" in str(seen[0].message)
    assert seen[0].filename == __file__
    assert server.last.params("legacy_filter") == ["x"]


def test_reading_a_deprecated_property_warns(client: Any, server: LoopbackServer) -> None:
    server.script("/things", Reply(200, {"id": "t", "legacy": "old"}))
    thing = client.things.list_things()
    assert _calls_warn(lambda: thing.id, 1) == []
    seen = _calls_warn(lambda: thing.legacy, 1)
    assert len(seen) == 1 and "Thing.legacy is deprecated" in str(seen[0].message)
    assert thing.to_dict() == {"id": "t", "legacy": "old"}  # serialising does not warn


def test_the_raw_twin_of_a_deprecated_operation_warns_at_the_users_line(
    client: Any, server: LoopbackServer
) -> None:
    server.script("/old", *[Reply(200, {"id": "t"})] * 2)
    seen = _calls_warn(lambda: client.things.raw.old_listing(), 2)
    assert len(seen) == 1 and "old_listing is deprecated" in str(seen[0].message)
    assert seen[0].filename == __file__
    assert len(server.to("/old")) == 2


def test_a_required_deprecated_parameter_warns_once_per_call(
    client: Any, server: LoopbackServer
) -> None:
    server.script("/must", Reply(204))
    seen = _calls_warn(lambda: client.things.must_pass(token="t"), 1)
    assert [str(w.message) for w in seen] == [
        "must_pass: the parameter token is deprecated by the API."
    ]
    assert seen[0].filename == __file__
    assert server.last.headers["token"] == "t"


def test_a_deprecated_property_is_set_and_sent_by_its_wire_name(sdk: ModuleType) -> None:
    thing = sdk.models.Thing(id="a", legacy="x", oldName=2)
    assert thing.to_dict() == {"id": "a", "legacy": "x", "oldName": 2}
    parsed = sdk.models.Thing.model_validate({"id": "b", "oldName": 3})
    by_name = sdk.models.Thing.model_validate({"id": "c", "old_name": 4})  # Param dict keys
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        assert (parsed.old_name, by_name.old_name, thing.legacy) == (3, 4, "x")
    assert "old_name" not in (by_name.model_extra or {})


def test_paging_reads_a_deprecated_field_without_warning(
    client: Any, server: LoopbackServer
) -> None:
    """`has_more` is deprecated: users reading it are warned, the SDK's own paging is not."""
    first = {"data": [{"id": "a"}], "has_more": True}
    server.script("/pages", Reply(200, first), Reply(200, {"data": [{"id": "b"}]}))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        page = client.things.list_pages()
        ids = [thing.id for thing in page.auto_paging_iter()]
    assert ids == ["a", "b"]
    assert [w for w in caught if issubclass(w.category, DeprecationWarning)] == []
    assert server.last.params("starting_after") == ["a"]
    assert len(_calls_warn(lambda: page.has_more, 1)) == 1
