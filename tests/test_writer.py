"""Writing output: staged, manifest-tracked, never touching files sdkgen did not create."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.output import writer
from generator.output.edits import PRISTINE
from generator.output.writer import MANIFEST, WriteError, drift, write_tree


def tree(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != PRISTINE  # the pristine record is gzip'd
    }


def test_writes_files_and_a_manifest(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    write_tree(out, {"a.py": "x = 1\n", "pkg/b.py": "y = 2\n"})
    files = tree(out)
    assert files["a.py"] == "x = 1\n" and files["pkg/b.py"] == "y = 2\n"
    assert set(json.loads(files[MANIFEST])["files"]) == {"a.py", "pkg/b.py"}
    assert not [p for p in tmp_path.iterdir() if p.name != "sdk"]  # no staging left behind


def test_regeneration_removes_only_files_it_created(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    write_tree(out, {"pkg/old.py": "old\n", "keep.py": "k\n"})
    (out / "pkg" / "mine.py").write_text("user code\n", encoding="utf-8")
    (out / "NOTES.md").write_text("notes\n", encoding="utf-8")
    write_tree(out, {"keep.py": "k2\n"})
    files = tree(out)
    assert "pkg/old.py" not in files
    assert files["pkg/mine.py"] == "user code\n"
    assert files["NOTES.md"] == "notes\n"
    assert files["keep.py"] == "k2\n"


def test_refuses_to_overwrite_a_file_it_did_not_create(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    out.mkdir()
    (out / "README.md").write_text("hand-written\n", encoding="utf-8")
    with pytest.raises(WriteError, match=r"did not create: README\.md"):
        write_tree(out, {"README.md": "generated\n"})
    assert (out / "README.md").read_text(encoding="utf-8") == "hand-written\n"
    assert not (out / MANIFEST).exists()
    write_tree(out, {"README.md": "generated\n"}, force=True)
    assert (out / "README.md").read_text(encoding="utf-8") == "generated\n"


def test_paths_outside_the_output_folder_are_refused(tmp_path: Path) -> None:
    for bad in ("../escape.py", "/etc/passwd"):
        with pytest.raises(WriteError, match="outside"):
            write_tree(tmp_path / "sdk", {bad: "x"})
    assert not (tmp_path / "escape.py").exists()


def test_a_tampered_manifest_cannot_delete_outside_files(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    write_tree(out, {"a.py": "1\n"})
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    manifest = {
        "generator": "sdkgen",
        "files": {"../victim.txt": "0", "/etc/hosts": "0", "a.py": "0"},
    }
    (out / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    write_tree(out, {"b.py": "2\n"})
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert not (out / "a.py").exists()


def test_drift_lists_added_removed_and_changed_files(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    write_tree(out, {"same.py": "s\n", "gone.py": "g\n", "edit.py": "a\nb\n"})
    assert drift(out, {"same.py": "s\n", "gone.py": "g\n", "edit.py": "a\nb\n"}).clean
    found = drift(out, {"same.py": "s\n", "edit.py": "a\nc\n", "new.py": "n\n"})
    assert found.added == ["new.py"]
    assert found.removed == ["gone.py"]
    assert "edit.py" in found.changed and MANIFEST in found.changed
    assert "+c" in found.diffs["edit.py"] and "-b" in found.diffs["edit.py"]
    assert not drift(tmp_path / "missing", {"a.py": "1\n"}).clean


def test_drift_reads_each_file_once_and_as_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`check` compares, merges edits and looks for conflict markers from one read of each
    file (it used to read every file three times and decompress the pristine record three
    times). What it finds is what it found then: a file saved with CRLF is an edit
    regeneration keeps, and still drift; bytes that are not UTF-8 count as deleted."""
    from generator.output import edits

    out = tmp_path / "sdk"
    files = {"a.py": "x = 1\ny = 2\n", "b.py": "b\n", "c.py": "c\n"}
    write_tree(out, files)
    (out / "a.py").write_bytes(b"x = 1\r\ny = 2\r\n")
    (out / "c.py").write_bytes(b"\xff\n")
    reads: list[str] = []
    real_read, real_pristine = edits._read, edits.read_pristine
    monkeypatch.setattr(edits, "_read", lambda path: reads.append(path.name) or real_read(path))
    monkeypatch.setattr(
        edits, "read_pristine", lambda folder: reads.append(PRISTINE) or real_pristine(folder)
    )
    found = drift(out, files)
    assert found.changed == found.kept == ["a.py"] and not found.added and not found.unresolved
    assert sorted(reads) == sorted([PRISTINE, MANIFEST, "a.py", "b.py", "c.py"])


@settings(max_examples=500)
@given(st.text(alphabet="ab._-/\\:~ ", max_size=12))
def test_the_fast_path_check_agrees_with_pathlib(path: str) -> None:
    """`_safe_relative` answers plain paths without pathlib: it must say what pathlib says."""
    from pathlib import PurePath

    parts = PurePath(path).parts
    expected = bool(parts) and not PurePath(path).is_absolute() and ".." not in parts
    assert writer._safe_relative(path) == expected
