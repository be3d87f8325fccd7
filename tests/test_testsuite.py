"""The generated test suite: its files, its skips, and what it says without a mock."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.config import parse_config
from generator.output.writer import write_tree
from generator.pipeline import generate
from generator.problems import SpecError

PETSTORE = Path(__file__).parent / "specs" / "golden" / "petstore.yaml"


def test_each_resource_gets_a_module_with_three_tests_per_operation() -> None:
    generation = generate(PETSTORE)
    files = generation.files
    assert {"tests/conftest.py", "tests/test_smoke.py", "scripts/mock"} <= set(files)
    for resource in generation.api.resources:
        module = files[f"tests/test_{resource.module}.py"]
        for op in resource.operations:
            for suffix in ("", "__async", "__raw"):
                assert f"def test_{op.name}{suffix}(" in module
            assert f"await client.{resource.name}.{op.async_name}(" in module
            assert f"response = client.{resource.name}.raw.{op.name}(" in module
        compile(module, resource.module, "exec")


def test_the_config_skips_an_operation_with_its_reason() -> None:
    config = parse_config({"tests": {"skip": {"listPets": 'the mock "cannot" page'}}})
    generation = generate(PETSTORE, config=config)
    module = next(t for p, t in generation.files.items() if p.startswith("tests/test_pet"))
    reason = "@pytest.mark.skip(reason='listPets: the mock \"cannot\" page')"
    assert module.count(reason) == 3 and "import pytest\n" in module
    with pytest.raises(SpecError, match="must map names to strings"):
        parse_config({"tests": {"skip": ["listPets"]}})


def test_an_unknown_operation_to_skip_is_a_warning() -> None:
    generation = generate(PETSTORE, config=parse_config({"tests": {"skip": {"nope": "x"}}}))
    assert any("tests.skip names 'nope'" in p.message for p in generation.warnings)


def test_without_a_mock_the_operation_tests_skip_and_say_how_to_start_one(
    tmp_path: Path,
) -> None:
    out = tmp_path / "sdk"
    write_tree(out, generate(PETSTORE).files)
    env = {**os.environ, "PYTHONPATH": str(out), "TEST_API_BASE_URL": "http://127.0.0.1:9"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "tests", "-q", "-rs", "-p", "no:cacheprovider",
         "-p", "no:xdist", "-p", "no:randomly"],
        cwd=out, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 passed, 15 skipped" in done.stdout  # the smoke tests run; 5 operations skip
    assert "no mock server at http://127.0.0.1:9: start one with `scripts/mock SPEC`" in done.stdout
