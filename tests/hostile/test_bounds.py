"""Hostile sizes: deep nesting, a 50 MB spec, alias bombs. Bounded time, no RecursionError."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.pipeline import generate
from generator.problems import SpecError
from generator.spec.locate import MAX_DEPTH

HEAD = {
    "openapi": "3.1.0",
    "info": {"title": "Deep", "version": "1"},
    "paths": {"/a": {"get": {"operationId": "getA", "responses": {"200": {
        "description": "ok",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Deep"}}},
    }}}}},
}  # fmt: skip
TOO_DEEP = f"the document nests objects and arrays more than {MAX_DEPTH} levels deep"


def _nested_spec(levels: int) -> str:
    """A spec whose schema `Deep` nests `levels` objects (written as text: json.dumps recurses)."""
    deep = '{"type": "object", "properties": {"child": ' * levels
    deep += '{"type": "string"}' + "}}" * levels
    head = json.dumps({**HEAD, "components": {"schemas": {"Deep": "@"}}})
    return head.replace('"@"', deep)


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_3000_levels_of_nesting_are_refused_quickly_without_recursion_error(
    tmp_path: Path, suffix: str
) -> None:
    spec = tmp_path / f"deep{suffix}"
    spec.write_text(_nested_spec(3000), encoding="utf-8")  # JSON is YAML too
    started = time.perf_counter()
    with pytest.raises(SpecError) as caught:
        generate(spec)
    assert time.perf_counter() - started < 20
    (problem,) = caught.value.problems
    assert problem.message == TOO_DEEP
    assert (
        problem.hint == "give deep inline schemas names under components/schemas and refer to them"
    )
    if suffix == ".yaml":  # the JSON parser itself gives up first; YAML is walked to the spot
        assert problem.pointer.startswith("/components/schemas/Deep/properties/child/")
        assert problem.pointer.count("/") == MAX_DEPTH


def test_nesting_just_under_the_limit_still_generates(tmp_path: Path) -> None:
    spec = tmp_path / "deep.json"
    levels = (MAX_DEPTH - 3) // 2  # two JSON levels per schema level, `Deep` at level 3
    spec.write_text(_nested_spec(levels), encoding="utf-8")
    result = generate(spec)
    assert len(result.api.models) == levels


def test_one_level_over_the_limit_is_refused_with_a_pointer(tmp_path: Path) -> None:
    spec = tmp_path / "deep.json"
    spec.write_text(_nested_spec((MAX_DEPTH - 3) // 2 + 1), encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        generate(spec)
    (problem,) = caught.value.problems
    assert (problem.message, problem.line) == (TOO_DEEP, 1)
    assert problem.pointer.count("/") == MAX_DEPTH


BIG = """
import json, resource, sys, time
from pathlib import Path
from click.testing import CliRunner
from generator.cli import main
started = time.perf_counter()
result = CliRunner().invoke(main, ["generate", sys.argv[1], "-o", sys.argv[2], "-q"])
elapsed = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(json.dumps({"exit": result.exit_code, "seconds": elapsed, "peak_mb": peak}))
"""


@pytest.mark.e2e
@pytest.mark.xdist_group("hostile-big")
def test_a_50_mb_spec_generates_in_bounded_time_and_memory(tmp_path: Path) -> None:
    document = {
        **HEAD,
        "components": {"schemas": {"Deep": {"type": "object", "properties": {"x": {}}}}},
        "x-blob": [{"key": "v" * 90, "n": n} for n in range(470_000)],
    }
    spec = tmp_path / "big.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    assert spec.stat().st_size > 50_000_000
    del document
    result = subprocess.run(
        [sys.executable, "-c", BIG, str(spec), str(tmp_path / "out")],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    measured = json.loads(result.stdout)
    assert measured["exit"] == 0, result.stderr
    assert measured["seconds"] < 60  # about 10 s on the CI machine
    assert measured["peak_mb"] < 1500  # about 500 MB: the document and its parse, not more


def test_alias_bomb_is_refused_in_well_under_a_second() -> None:
    spec = Path(__file__).parent / "specs" / "alias_bomb.yaml"
    started = time.perf_counter()
    with pytest.raises(SpecError, match="YAML aliases expand too much"):
        generate(spec)
    assert time.perf_counter() - started < 5.0  # expanding it would take hours
