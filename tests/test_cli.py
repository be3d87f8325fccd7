"""The command line: exit codes, messages users can act on, nothing half-written."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.output.edits import PRISTINE

PETSTORE = Path(__file__).parent / "specs" / "golden" / "petstore.yaml"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_generate_then_check(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    code, _, err = run("generate", str(PETSTORE), "-o", str(out))
    assert code == 0, err
    assert "5 operations" in err
    assert (out / "pyproject.toml").is_file() and (out / "petstore_sdk" / "py.typed").is_file()
    assert run("check", str(PETSTORE), "-o", str(out))[0] == 0

    (out / "petstore_sdk" / "_client.py").write_text("# edited\n", encoding="utf-8")
    (out / "petstore_sdk" / "models" / "pet.py").unlink()
    assert run("check", str(PETSTORE), "-o", str(out))[0] == 0  # edits regeneration keeps
    (out / PRISTINE).unlink()  # as an older sdkgen left it: no base, so no edits to keep
    code, stdout, err = run("check", str(PETSTORE), "-o", str(out))
    assert code == 1
    listed = "files: 1 changed, 1 added (petstore_sdk/_client.py, petstore_sdk/models/pet.py)"
    assert listed + "\n" in stdout
    assert "-# edited" in stdout  # a short diff
    assert "is stale" in err


def test_validate_reports_file_line_pointer_and_exits_1(tmp_path: Path) -> None:
    spec = tmp_path / "broken.yaml"
    spec.write_text(
        "openapi: 3.1.0\n"
        "info: {title: T, version: '1'}\n"
        "paths:\n"
        "  /a/{id}:\n"
        "    get:\n"
        "      operationId: same\n"
        "      responses: {'200': {description: ok}}\n"
        "  /b:\n"
        "    get:\n"
        "      operationId: same\n"
        "      responses: {'200': {$ref: '#/components/responses/Missing'}}\n",
        encoding="utf-8",
    )
    code, _, err = run("validate", str(spec))
    assert code == 1
    assert f"{spec}:5: /paths/~1a~1{{id}}/get" in err or f"{spec}:4:" in err
    assert "duplicate operationId" in err
    assert "Missing" in err
    assert "Traceback" not in err


def test_a_broken_spec_writes_nothing_and_keeps_the_old_output(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    assert run("generate", str(PETSTORE), "-o", str(out))[0] == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.1.0\ninfo: [unclosed\n", encoding="utf-8")
    code, _, err = run("generate", str(broken), "-o", str(out))
    assert code == 1
    assert re.search(rf"{re.escape(str(broken))}:\d+:\d+: /: invalid YAML", err), err
    assert "nothing was written" in err
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.yaml", "sdk"]


def test_unsupported_versions_are_refused_with_a_hint(tmp_path: Path) -> None:
    spec = tmp_path / "swagger.json"
    spec.write_text('{"swagger": "1.2", "info": {}, "paths": {}}', encoding="utf-8")
    code, _, err = run("generate", str(spec), "-o", str(tmp_path / "out"))
    assert code == 1 and "Swagger" in err and "hint:" in err
    assert not (tmp_path / "out").exists()


def test_usage_errors_exit_2() -> None:
    assert run("generate")[0] == 2
    assert run("generate", "does-not-exist.yaml", "-o", "x")[0] == 2
    assert run("frobnicate")[0] == 2


def test_every_command_has_help() -> None:
    for command in ([], ["generate"], ["check"], ["validate"]):
        code, stdout, _ = run(*command, "--help")
        assert code == 0 and "Usage:" in stdout


def test_the_installed_command_runs_from_any_folder(tmp_path: Path) -> None:
    sdkgen = shutil.which("sdkgen", path=str(Path(sys.executable).parent))
    assert sdkgen is not None, "sdkgen is not installed in this environment"
    spec = tmp_path / "petstore.yaml"
    shutil.copy(PETSTORE, spec)
    result = subprocess.run(
        [sdkgen, "generate", "petstore.yaml", "-o", "out", "-q"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "README.md").is_file()


def test_check_validates_only_where_validation_decides(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`check` shows no warnings, and validation problems are only warnings unless
    --strict: so a plain check skips validation (0.1 s of CPU on the full Svix spec, more
    on GitHub's), and a strict one still fails on them."""
    from generator import parallel, pipeline

    monkeypatch.setattr(parallel, "forking_allowed", lambda: False)  # see every call here
    monkeypatch.setenv("SDKGEN_CACHE_DIR", "")  # no cached check: a full one each time
    spec = tmp_path / "warned.yaml"
    text = PETSTORE.read_text(encoding="utf-8")
    spec.write_text(text.replace("paths:", "x-note: [1]\ntags: 5\npaths:", 1), encoding="utf-8")
    out = tmp_path / "sdk"
    code, _, err = run("generate", str(spec), "-o", str(out))
    assert code == 0 and "warning" in err  # `tags: 5` breaks the meta-schema: a warning
    calls: list[int] = []
    real = pipeline._validate
    monkeypatch.setattr(pipeline, "_validate", lambda s: calls.append(1) or real(s))
    assert run("check", str(spec), "-o", str(out))[0] == 0 and calls == []
    code, _, err = run("check", "--strict", str(spec), "-o", str(out))
    assert code == 1 and "tags" in err and calls
