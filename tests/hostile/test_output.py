"""Atomic, minimal and deterministic output: crashes change nothing, unchanged runs touch
nothing, user files survive, and the order of keys in the spec does not matter."""

from __future__ import annotations

import getpass
import gzip
import json
import os
import random
import socket
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result

from generator import pipeline
from generator.cli import main
from generator.output import writer
from generator.output.edits import PRISTINE
from generator.output.provenance import PROVENANCE
from generator.pipeline import generate
from tests.support.paths import REPO

PETSTORE = REPO / "tests/specs/golden/petstore.yaml"
IDIOMS = REPO / "tests/specs/golden/idioms.yaml"


def _cli(*args: object) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file with its bytes, modification time (ns) and inode."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            stat = path.stat()
            found[path.relative_to(folder).as_posix()] = (
                path.read_bytes(), stat.st_mtime_ns, stat.st_ino,
            )  # fmt: skip
    return found


@pytest.fixture()
def out(tmp_path: Path) -> Path:
    """An output folder generated once from the petstore spec, with a user file in it."""
    folder = tmp_path / "sdk"
    assert _cli("generate", PETSTORE, "-o", folder).exit_code == 0
    (folder / "NOTES.md").write_text("mine\n", encoding="utf-8")
    return folder


def test_unchanged_regeneration_rewrites_nothing_and_says_so(out: Path) -> None:
    before = _snapshot(out)
    result = _cli("generate", PETSTORE, "-o", out)
    assert result.exit_code == 0
    assert f"{out} is up to date: no file was rewritten" in result.output
    assert _snapshot(out) == before


def test_a_change_rewrites_only_changed_files_and_keeps_the_users(
    out: Path, tmp_path: Path
) -> None:
    before = _snapshot(out)
    spec = tmp_path / "petstore.yaml"
    spec.write_text(PETSTORE.read_text(encoding="utf-8").replace("Petstore", "Pet shop", 1))
    assert _cli("generate", spec, "-o", out).exit_code == 0
    after = _snapshot(out)
    assert after["NOTES.md"] == before["NOTES.md"]  # same inode and mtime: untouched
    unchanged = [p for p in before if p in after and before[p][0] == after[p][0]]
    assert unchanged and all(after[p] == before[p] for p in unchanged)
    assert after[PROVENANCE][0] != before[PROVENANCE][0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["petstore.yaml", "sdk"]  # no leftovers


def test_only_files_in_the_previous_manifest_are_deleted(out: Path) -> None:
    manifest = json.loads((out / writer.MANIFEST).read_text(encoding="utf-8"))
    package = next(p.split("/")[0] for p in manifest["files"] if p.endswith("/__init__.py"))
    orphan = out / package / "handwritten.py"  # inside the package, never generated
    orphan.write_text("x = 1\n", encoding="utf-8")
    listed = out / package / "stale_module.py"
    listed.write_text("y = 2\n", encoding="utf-8")
    manifest["files"][f"{package}/stale_module.py"] = "0" * 64
    (out / writer.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert _cli("generate", PETSTORE, "-o", out).exit_code == 0
    assert orphan.read_text(encoding="utf-8") == "x = 1\n"
    assert not listed.exists()


def test_a_crash_while_rendering_leaves_the_previous_output(
    out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _snapshot(out)

    def crash(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("simulated crash while rendering")

    monkeypatch.setattr(pipeline, "rendering", crash)
    result = _cli("generate", PETSTORE, "-o", out, "--force")
    assert result.exit_code == 1
    assert "simulated crash" in result.output and "nothing was written" in result.output
    assert _snapshot(out) == before


@pytest.mark.parametrize("fail_at", ["staging", "swap"])
def test_a_crash_while_writing_leaves_the_previous_output(
    out: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_at: str
) -> None:
    before = _snapshot(out)
    files = dict(generate(PETSTORE).files)
    files["extra.txt"] = "new\n"
    calls = {"n": 0}
    real_write, real_replace = os.write, os.replace

    def flaky_write(fd: int, data: Any) -> int:  # the writer stages files with os.write
        calls["n"] += 1
        if calls["n"] == 5:
            raise OSError(28, "No space left on device (simulated)")
        return real_write(fd, data)

    def flaky_replace(src: Any, dst: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 2:  # the previous folder is aside; the staged one fails to move in
            raise OSError(16, "Device or resource busy (simulated)")
        real_replace(src, dst)

    if fail_at == "staging":
        monkeypatch.setattr(os, "write", flaky_write)
    else:
        monkeypatch.setattr(os, "replace", flaky_replace)
    with pytest.raises(OSError, match="simulated"):
        writer.write_tree(out, files)
    monkeypatch.undo()
    assert _snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sdk"], "staging left behind"


def test_output_names_no_machine_user_or_temporary_path(out: Path) -> None:
    text = "\n".join(
        (gzip.decompress(data) if path == PRISTINE else data).decode("utf-8")
        for path, (data, _, _) in _snapshot(out).items()
    )
    assert str(out.parent) not in text and "/tmp/" not in text
    assert socket.gethostname() not in text
    provenance = json.loads((out / PROVENANCE).read_text(encoding="utf-8"))
    assert getpass.getuser() not in json.dumps(provenance)
    assert set(provenance) == {"config_sha256", "counts", "formatter", "generator", "spec"}
    assert provenance["counts"]["operations"] == 5 and provenance["formatter"]["name"] == "black"


def test_check_explains_the_provenance_before_any_diff(out: Path, tmp_path: Path) -> None:
    spec = tmp_path / "petstore.yaml"
    spec.write_text(PETSTORE.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    result = _cli("check", spec, "-o", out)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("API changes since ") and "no changes to the SDK's API" in lines[0]
    assert lines[1] == "files: 2 changed (.sdkgen-provenance.json, .sdkgen-manifest.json)"
    assert lines[2].startswith("provenance: spec changed: ")  # no API change: say why
    assert "--- .sdkgen-provenance.json (on disk)" in lines[3:]  # the diff comes last


def _shuffled(spec: Path, seed: int, keys: tuple[str, ...]) -> str:
    """The spec with `paths`, `components.schemas` and/or schemas' `properties` reordered."""
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    rng = random.Random(seed)

    def shuffle(mapping: dict[str, Any]) -> dict[str, Any]:
        items = list(mapping.items())
        rng.shuffle(items)
        return dict(items)

    schemas = document.get("components", {}).get("schemas", {})
    if "paths" in keys:
        document["paths"] = shuffle(document["paths"])
    if "schemas" in keys:
        document["components"]["schemas"] = schemas = shuffle(schemas)
    for schema in schemas.values() if "properties" in keys else ():
        if isinstance(schema.get("properties"), dict):
            schema["properties"] = shuffle(schema["properties"])
    return json.dumps(document)


def _generate_shuffled(spec: Path, tmp_path: Path, keys: tuple[str, ...]) -> list[dict[str, str]]:
    config = spec.with_name(spec.stem + ".sdkgen.yaml")
    config_path = config if config.exists() else None
    runs = [dict(generate(spec, config_path).files)]
    for seed in (1, 2):
        shuffled = tmp_path / f"shuffled{seed}.json"
        shuffled.write_text(_shuffled(spec, seed, keys), encoding="utf-8")
        runs.append(dict(generate(shuffled, config_path).files))
    for files in runs:
        del files[PROVENANCE]  # it hashes the spec text, which did change
    return runs


def _lines(text: str) -> list[str]:
    """The non-blank lines in any order (blank lines follow fields that have docstrings)."""
    return sorted(line for line in text.splitlines() if line.strip())


@pytest.mark.parametrize("spec", [PETSTORE, IDIOMS], ids=["petstore", "idioms"])
def test_order_of_paths_and_schemas_does_not_change_the_output(spec: Path, tmp_path: Path) -> None:
    expected, *others = _generate_shuffled(spec, tmp_path, ("paths", "schemas"))
    for files in others:
        assert files == expected


def test_order_of_properties_only_reorders_fields(tmp_path: Path) -> None:
    """Fields keep the spec's declaration order (docs/ordering.md): same files, same lines."""
    expected, *others = _generate_shuffled(IDIOMS, tmp_path, ("paths", "schemas", "properties"))
    for files in others:
        assert sorted(files) == sorted(expected)
        for path, text in expected.items():
            assert _lines(files[path]) == _lines(text), path
    assert any(files != expected for files in others), "the shuffle changed nothing"
