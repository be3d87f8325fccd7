"""`sdkgen check` answers from the user cache when nothing that shapes the output changed,
and falls back to a full generation on any doubt."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from generator import cli
from generator.output.edits import PRISTINE

PETSTORE = Path(__file__).parent / "specs" / "golden" / "petstore.yaml"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(folder))
    return folder


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli.main, list(args))
    return result.exit_code, result.stdout, result.stderr


def _no_generation(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make any generation fail loudly; returns the list of specs it was asked for."""
    asked: list[str] = []

    def refuse(spec: Path, *args: Any, **kwargs: Any) -> Any:
        asked.append(str(spec))
        raise RuntimeError("generation was not expected")

    monkeypatch.setattr(cli, "generate", refuse)
    return asked


def test_check_after_generate_does_not_generate_again(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "sdk"
    assert _run("generate", str(PETSTORE), "-o", str(out), "-q")[0] == 0
    asked = _no_generation(monkeypatch)
    code, _, err = _run("check", str(PETSTORE), "-o", str(out))
    assert (code, asked) == (0, [])
    assert "is up to date" in err


def test_an_edited_or_removed_file_means_a_full_check(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "sdk"
    assert _run("generate", str(PETSTORE), "-o", str(out), "-q")[0] == 0
    (out / "petstore_sdk" / "_client.py").write_text("# edited\n", encoding="utf-8")
    (out / PRISTINE).unlink()  # no base to merge with: the edit is drift
    code, stdout, _ = _run("check", str(PETSTORE), "-o", str(out))
    assert code == 1 and "files: 1 changed (petstore_sdk/_client.py)" in stdout
    assert _run("generate", str(PETSTORE), "-o", str(out), "-q")[0] == 0
    (out / "petstore_sdk" / "models" / "pet.py").unlink()
    (out / PRISTINE).unlink()
    code, stdout, _ = _run("check", str(PETSTORE), "-o", str(out))
    assert code == 1 and "files: 1 added (petstore_sdk/models/pet.py)" in stdout


def test_a_changed_spec_or_config_means_a_full_check(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out, spec = tmp_path / "sdk", tmp_path / "spec.yaml"
    spec.write_text(PETSTORE.read_text(encoding="utf-8"), encoding="utf-8")
    assert _run("generate", str(spec), "-o", str(out), "-q")[0] == 0
    config = tmp_path / "sdkgen.yaml"
    config.write_text("client_class: Pets\n", encoding="utf-8")
    asked = _no_generation(monkeypatch)
    assert _run("check", str(spec), "-c", str(config), "-o", str(out))[0] == 1
    # a comment changes no model, but the provenance records the file's hash
    spec.write_text(spec.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    assert _run("check", str(spec), "-o", str(out))[0] == 1
    assert asked == [str(spec), str(spec)]


def test_without_a_cache_every_check_generates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SDKGEN_CACHE_DIR", "")
    out = tmp_path / "sdk"
    assert _run("generate", str(PETSTORE), "-o", str(out), "-q")[0] == 0
    asked = _no_generation(monkeypatch)
    assert _run("check", str(PETSTORE), "-o", str(out))[0] == 1  # generation refused
    assert asked == [str(PETSTORE)]
