"""The conformance harness on a few peer generators' test specs (all of them: `make conformance`).

Each spec's SDK is generated, installed with pip, checked with mypy --strict and ruff, and
every README usage snippet runs against Prism mocking the spec with request validation on;
the harness records each request and judges whether the snippet called the operation its
section documents, without a Python repr on the wire. These specs must pass completely.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conformance.harness import check_spec
from conformance.specs import PEER_SPECS, peer_specs
from conformance.venv import ensure_venv
from tests.support.paths import require_shared

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("conformance")]

# Small specs that cover operations without operationId, path edge cases and unions.
CLEAN = ("orval/enums.yaml", "oapi-codegen/path-edge-cases.yaml", "opc/functional-merged.yaml")
# Small specs whose failures are all Prism's or the spec's, each excused with evidence in
# conformance/peer-excused.json pinned to its failure class (the bar: none is ours).
EXCUSED = ("opc/3.1_specific.openapi.yaml", "kiota/DiscriminatorSample.yaml")


@pytest.fixture(scope="module")
def python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ensure_venv(tmp_path_factory.mktemp("conformance") / "venv")


@pytest.mark.parametrize("name", CLEAN)
def test_peer_spec_conforms(name: str, python: Path, tmp_path: Path) -> None:
    require_shared(PEER_SPECS / "manifest.json", "the peer generators' test specs")
    spec = next(s for s in peer_specs() if s.name == name)
    result = check_spec(spec, python, tmp_path / "work")
    steps = (result.generate, result.imports, result.mypy, result.ruff)
    assert steps == ("ok", "yes", "yes", "yes"), result.detail
    assert result.verdicts, "no README snippet ran"
    failed = [f"{v.label}: {v.klass}: {v.detail}" for v in result.verdicts if not v.ok]
    assert not failed, "\n".join(failed)


@pytest.mark.parametrize("name", EXCUSED)
def test_peer_spec_fails_only_where_excused(name: str, python: Path, tmp_path: Path) -> None:
    require_shared(PEER_SPECS / "manifest.json", "the peer generators' test specs")
    spec = next(s for s in peer_specs() if s.name == name)
    result = check_spec(spec, python, tmp_path / "work")
    steps = (result.generate, result.imports, result.mypy, result.ruff)
    assert steps == ("ok", "yes", "yes", "yes"), result.detail
    ours = [f"{v.label}: {v.klass}: {v.detail}" for v in result.verdicts if v.owner == "generator"]
    assert not ours, "\n".join(ours)
    assert any(v.owner == "excused" for v in result.verdicts), "nothing excused: update EXCUSED"
