"""Deprecations reach users: a deprecated operation is marked with PEP 702's `@deprecated`
(mypy and pyright report its use), and at run time a deprecated operation, parameter or
property warns with a `DeprecationWarning` pointing at the user's line, once per call site
under Python's default filters.
"""

from __future__ import annotations

import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.config import Config
from generator.output.writer import write_tree
from generator.pipeline import generate
from tests.support.imports import imported_package

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
components:
  schemas:
    Thing:
      type: object
      required: [id]
      properties:
        id: {type: string}
        legacy: {type: string, deprecated: true}
"""

# What a user writes: mypy flags the deprecated operation, and only that line.
USAGE = """\
from dep_sdk import Dep

client = Dep(base_url="http://127.0.0.1:9")
fine = client.things.list_things(limit=1)
old = client.things.old_listing()
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("deprecations")
    spec = work / "deprecations.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    generation = generate(spec, config=Config(package_name=PACKAGE, client_class="Dep"))
    out = work / "sdk"
    write_tree(out, generation.files)
    return out


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
def test_mypy_reports_the_use_of_a_deprecated_operation(project: Path) -> None:
    (project / "usage.py").write_text(USAGE, encoding="utf-8")
    command = [sys.executable, "-m", "mypy", "--strict", "--enable-error-code", "deprecated"]
    command += ["--cache-dir", str(project / ".mypy"), "usage.py"]
    done = subprocess.run(command, cwd=project, capture_output=True, text=True, timeout=300)
    flagged = [line for line in done.stdout.splitlines() if "[deprecated]" in line]
    assert len(flagged) == 1, done.stdout
    assert flagged[0].startswith("usage.py:5:") and "old_listing" in flagged[0], done.stdout


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
    assert seen[0].filename == __file__


def test_a_deprecated_parameter_warns_only_when_passed(
    client: Any, server: LoopbackServer
) -> None:
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
