"""`$ref`s may leave the spec's folder only into folders the user allows explicitly."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli import main

SPEC = """\
openapi: 3.1.0
info: {{title: Roots, version: "1"}}
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {{$ref: "{ref}"}}
"""
SHARED = "Pet: {type: object, properties: {name: {type: string}}}\n"


def _cli(*args: object) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture()
def layout(tmp_path: Path) -> tuple[Path, Path]:
    """(api folder, shared folder): siblings, as in a monorepo."""
    api, shared = tmp_path / "api", tmp_path / "shared"
    api.mkdir()
    shared.mkdir()
    (shared / "pet.yaml").write_text(SHARED, encoding="utf-8")
    return api, shared


@pytest.mark.parametrize("style", ["relative", "absolute", "file-url"])
def test_refs_into_an_allowed_root_are_followed(layout: tuple[Path, Path], style: str) -> None:
    api, shared = layout
    ref = {
        "relative": "../shared/pet.yaml#/Pet",
        "absolute": f"{shared}/pet.yaml#/Pet",
        "file-url": f"file://{shared}/pet.yaml#/Pet",
    }[style]
    (api / "openapi.yaml").write_text(SPEC.format(ref=ref), encoding="utf-8")
    refused = _cli("validate", api / "openapi.yaml")
    assert refused.exit_code == 1
    assert "(hint: copy the file next to the spec and refer to it by a relative path, " in (
        refused.output
    )
    assert "or allow its folder with --allow-ref-root)" in refused.output
    out = api.parent / "out"
    allowed = _cli("generate", api / "openapi.yaml", "-o", out, "--allow-ref-root", shared)
    assert allowed.exit_code == 0, allowed.output
    model = next(out.glob("*/models/pet.py")).read_text(encoding="utf-8")
    assert "name: str | None = None" in model


def test_allowing_a_root_does_not_open_anything_else(layout: tuple[Path, Path]) -> None:
    api, shared = layout
    for ref, message in [
        ("/etc/passwd#/x", "reference to the absolute path /etc/passwd is refused"),
        ("file:///etc/passwd#/x", "reference file:///etc/passwd is not a relative file path"),
        ("../../../../etc/passwd#/x", "reference ../../../../etc/passwd leaves the spec's folder"),
        ("https://example.com/pet.yaml#/Pet", "remote reference https://example.com/pet.yaml"),
    ]:
        (api / "openapi.yaml").write_text(SPEC.format(ref=ref), encoding="utf-8")
        result = _cli("validate", api / "openapi.yaml", "--allow-ref-root", shared)
        assert result.exit_code == 1 and message in result.output, result.output
