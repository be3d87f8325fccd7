"""Every Swagger 2.0 spec in `../shared/swagger2-specs` becomes a working SDK.

The specs (Kubernetes, Docker Engine, Harbor, Gitea, 12 Azure services with `x-ms-paths`,
the classic petstores, ...) are listed in that folder's `SOURCES.md`. Generating each one
is quick and runs with the end-to-end tests; installing each SDK with pip, importing every
module and running `mypy --strict` on it takes minutes, so that part is a corpus run
(`pytest -m corpus tests/e2e/test_swagger2_specs.py`).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.pipeline import generate
from tests.support.paths import SHARED
from tests.support.venvs import Venv, create_venv

from .conftest import build_sdk, install
from .test_real_specs import IMPORT_EVERYTHING

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("swagger2")]

FOLDER = SHARED / "swagger2-specs"
# a row of the specs table: | path | json or yaml | ...
_ROW = re.compile(r"^\| ([^ |]+\.(?:json|ya?ml)) \| (?:json|yaml) \|", re.MULTILINE)


def _spec_names() -> list[str]:
    sources = FOLDER / "SOURCES.md"
    if not sources.is_file():
        return ["(../shared/swagger2-specs is absent)"]
    return _ROW.findall(sources.read_text(encoding="utf-8"))


SPECS = _spec_names()


def _spec(name: str) -> Path:
    path = FOLDER / name
    if not path.is_file():
        pytest.skip(f"../shared/swagger2-specs/{name} not available: Swagger 2.0 specs")
    return path


def _roots(name: str) -> list[Path]:
    """Specs refer to sibling folders (Azure's common-types): allow their top folder."""
    return [FOLDER / name.split("/")[0]]


@pytest.mark.parametrize("name", SPECS)
def test_swagger2_spec_generates_without_errors(name: str) -> None:
    generation = generate(_spec(name), ref_roots=_roots(name))
    assert generation.api.operations or generation.api.models
    extensions = {w.pointer for w in generation.warnings if w.pointer.startswith("/x-ms-")}
    assert extensions <= {"/x-ms-parameterized-host"}  # x-ms-* are ignored, at most this note


@pytest.fixture(scope="module")
def checker_venv(tmp_path_factory: pytest.TempPathFactory) -> Venv:
    """One venv with the SDKs' dependencies and mypy; each SDK is installed into it in turn."""
    venv = create_venv(tmp_path_factory.mktemp("swagger2-venv") / "venv")
    venv.pip_install("httpx", "pydantic", "typing-extensions", "mypy")
    return venv


@pytest.mark.corpus
@pytest.mark.parametrize("name", SPECS)
def test_swagger2_sdk_installs_imports_and_passes_mypy_strict(
    name: str, checker_venv: Venv, tmp_path: Path
) -> None:
    spec = _spec(name)
    sdk = build_sdk(spec, None, tmp_path / "sdk", ref_roots=_roots(name))
    install(checker_venv, [sdk.project], tmp_path / "build", "--no-deps", "--force-reinstall")
    done = checker_venv.run("-c", IMPORT_EVERYTHING, sdk.package)
    assert done.returncode == 0, done.stdout + done.stderr[-5000:]
    cache = tmp_path / "mypy-cache"
    done = checker_venv.module("mypy", "--strict", "--cache-dir", cache, "-p", sdk.package)
    assert done.returncode == 0, done.stdout[-20000:] + done.stderr
