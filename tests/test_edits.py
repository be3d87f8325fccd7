"""Persistent edits: the three-way merge, and the writer keeping what people changed."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.output.edits import PRISTINE, pristine_part, read_pristine
from generator.output.merge import conflict_markers, merge3
from generator.output.writer import MANIFEST, drift, write_generation, write_tree

BASE = "".join(f"line {i}\n" for i in range(10))


def edit(text: str, number: int, new: str) -> str:
    lines = text.splitlines(keepends=True)
    lines[number] = new
    return "".join(lines)


def test_edits_on_different_lines_merge() -> None:
    ours = edit(BASE, 2, "mine\n")
    theirs = edit(BASE, 7, "theirs\n")
    merged = merge3(BASE, ours, theirs)
    assert merged.conflicts == 0
    assert merged.text == edit(ours, 7, "theirs\n")


def test_added_lines_on_both_sides_merge() -> None:
    ours = "import os\n" + BASE
    theirs = BASE + "def new() -> None: ...\n"
    assert merge3(BASE, ours, theirs).text == "import os\n" + BASE + "def new() -> None: ...\n"


def test_overlapping_edits_leave_conflict_markers() -> None:
    merged = merge3(BASE, edit(BASE, 4, "mine\n"), edit(BASE, 4, "theirs\n"))
    assert merged.conflicts == 1
    expected = "<<<<<<< your edits\nmine\n=======\ntheirs\n>>>>>>> new generation\n"
    assert merged.text == edit(BASE, 4, expected)
    assert conflict_markers(merged.text) == 2


def test_the_same_edit_on_both_sides_is_taken_once() -> None:
    both = edit(BASE, 4, "same\n")
    assert merge3(BASE, both, both).text == both


def test_a_last_line_without_newline_still_gets_its_marker_on_a_line_of_its_own() -> None:
    merged = merge3("a\nb\n", "a\nmine", "a\ntheirs\n")
    assert merged.text == "a\n<<<<<<< your edits\nmine\n=======\ntheirs\n>>>>>>> new generation\n"


LINES = st.lists(st.sampled_from(["a\n", "b\n", "c\n", "\n", ")\n", "x = 1\n"]), max_size=12)


@given(LINES, LINES, LINES)
def test_one_sided_changes_always_win_and_nothing_is_lost(
    base: list[str], ours: list[str], theirs: list[str]
) -> None:
    base_text, ours_text, theirs_text = "".join(base), "".join(ours), "".join(theirs)
    assert merge3(base_text, ours_text, base_text).text == ours_text
    assert merge3(base_text, base_text, theirs_text).text == theirs_text
    merged = merge3(base_text, ours_text, theirs_text)
    if merged.conflicts == 0:
        assert conflict_markers(merged.text) == 0


def generation(module: str, readme: str = "# SDK\n") -> dict[str, str]:
    return {"pkg/api.py": module, "README.md": readme, ".sdkgen-provenance.json": "{}\n"}


def test_regeneration_keeps_edits_and_lists_them(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    write_tree(out, generation(BASE))
    (out / "pkg/api.py").write_text(edit(BASE, 1, "# my helper\n"), encoding="utf-8")
    (out / "README.md").write_text("# SDK\n\nOur notes.\n", encoding="utf-8")
    new = generation(edit(BASE, 8, "new operation\n"), "# SDK\n")

    assert drift(out, generation(BASE)).clean  # kept edits are not drift
    assert drift(out, new).kept == ["README.md", "pkg/api.py"]
    written = write_generation(out, new)

    assert written.edits.kept == ["README.md", "pkg/api.py"] and not written.unresolved
    api = (out / "pkg/api.py").read_text(encoding="utf-8")
    assert api == edit(edit(BASE, 1, "# my helper\n"), 8, "new operation\n")
    assert (out / "README.md").read_text(encoding="utf-8") == "# SDK\n\nOur notes.\n"
    assert read_pristine(out) == {"pkg/api.py": new["pkg/api.py"], "README.md": "# SDK\n"}
    assert drift(out, new).clean
    assert write_tree(out, new) == []  # nothing left to do: nothing rewritten


def test_conflicts_are_marked_until_resolved(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    write_tree(out, generation(BASE))
    (out / "pkg/api.py").write_text(edit(BASE, 3, "mine\n"), encoding="utf-8")
    new = generation(edit(BASE, 3, "theirs\n"))
    assert drift(out, new).conflicts == ["pkg/api.py"]

    written = write_generation(out, new)
    assert written.edits.conflicts == written.unresolved == ["pkg/api.py"]
    assert "<<<<<<< your edits\nmine\n=======\ntheirs\n" in (out / "pkg/api.py").read_text("utf-8")
    assert write_generation(out, new).unresolved == ["pkg/api.py"]  # still there
    found = drift(out, new)
    assert found.unresolved == ["pkg/api.py"] and not found.clean

    (out / "pkg/api.py").write_text(edit(BASE, 3, "resolved\n"), encoding="utf-8")
    assert drift(out, new).clean
    assert write_generation(out, new).unresolved == []


def test_an_unresolved_file_is_not_merged_again_until_resolved(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    write_tree(out, generation(BASE))
    (out / "pkg/api.py").write_text(edit(BASE, 3, "mine\n"), encoding="utf-8")
    write_generation(out, generation(edit(BASE, 3, "theirs\n")))
    marked = (out / "pkg/api.py").read_text(encoding="utf-8")
    newer = generation(edit(edit(BASE, 3, "theirs\n"), 8, "newer\n"))

    written = write_generation(out, newer)  # not resolved yet: no markers within markers
    assert written.unresolved == ["pkg/api.py"] and "pkg/api.py" in written.edits.held
    assert (out / "pkg/api.py").read_text(encoding="utf-8") == marked
    assert drift(out, newer).unresolved == ["pkg/api.py"]

    region = "<<<<<<< your edits\nmine\n=======\ntheirs\n>>>>>>> new generation\n"
    resolved = marked.replace(region, "both\n")
    (out / "pkg/api.py").write_text(resolved, encoding="utf-8")
    assert not drift(out, newer).clean  # resolved, not yet merged with the newer spec
    assert write_generation(out, newer).unresolved == []
    assert (out / "pkg/api.py").read_text(encoding="utf-8") == edit(resolved, 8, "newer\n")
    assert drift(out, newer).clean


def test_a_deleted_generated_file_stays_deleted(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    write_tree(out, generation(BASE))
    (out / "README.md").unlink()
    written = write_generation(out, generation(BASE + "more\n", "# SDK v2\n"))
    assert written.edits.deleted == ["README.md"] and not (out / "README.md").exists()
    assert drift(out, generation(BASE + "more\n", "# SDK v2\n")).clean


def test_discard_edits_restores_the_pristine_generation(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    write_tree(out, generation(BASE))
    (out / "README.md").unlink()
    (out / "pkg/api.py").write_text("mine\n", encoding="utf-8")
    (out / "pkg/mine.py").write_text("user file\n", encoding="utf-8")
    write_tree(out, generation(BASE), discard_edits=True)
    assert (out / "README.md").read_text(encoding="utf-8") == "# SDK\n"
    assert (out / "pkg/api.py").read_text(encoding="utf-8") == BASE
    assert (out / "pkg/mine.py").read_text(encoding="utf-8") == "user file\n"


def test_an_edited_file_no_longer_generated_is_kept(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    write_tree(out, {**generation(BASE), "pkg/old.py": "old\n", "pkg/gone.py": "gone\n"})
    (out / "pkg/old.py").write_text("old, with my fix\n", encoding="utf-8")
    written = write_generation(out, generation(BASE))
    assert written.edits.orphaned == ["pkg/old.py"]
    assert (out / "pkg/old.py").read_text(encoding="utf-8") == "old, with my fix\n"
    assert not (out / "pkg/gone.py").exists()


def test_the_pristine_record_is_deterministic_and_compared_by_content(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    write_tree(first, generation(BASE))
    write_tree(second, dict(reversed(generation(BASE).items())))
    assert (first / PRISTINE).read_bytes() == (second / PRISTINE).read_bytes()
    # Another zlib compresses the same text into other bytes: neither stale nor rewritten.
    text = gzip.decompress((first / PRISTINE).read_bytes())
    (first / PRISTINE).write_bytes(gzip.compress(text, compresslevel=1, mtime=12345))
    assert drift(first, generation(BASE)).clean
    assert write_tree(first, generation(BASE)) == []


@pytest.mark.parametrize("record", [MANIFEST, PRISTINE])
def test_records_cannot_be_generated_over(tmp_path: Path, record: str) -> None:
    with pytest.raises(Exception, match="own record"):
        write_tree(tmp_path / "sdk", {record: "x"})


def test_a_record_made_of_parts_records_the_same_files(tmp_path: Path) -> None:
    """The docs' part is compressed where the docs are rendered; the record it ends up in
    reads back as the same files, is compared as such, and keeps records written whole
    (and records of the older format, one JSON object) readable."""
    files = {**generation(BASE), "docs/a.md": "# A\n\u2028x\n", "docs/b.md": "# B\n"}
    docs = {p: t for p, t in files.items() if p.startswith("docs/")}
    whole, parted = tmp_path / "whole", tmp_path / "parted"
    write_tree(whole, files)
    part = (frozenset(docs), pristine_part(docs))
    write_generation(parted, files, pristine_parts=[part])
    assert (whole / PRISTINE).read_bytes() != (parted / PRISTINE).read_bytes()
    generated = {p: t for p, t in files.items() if not p.startswith(".sdkgen-")}
    assert read_pristine(whole) == read_pristine(parted) == generated
    assert drift(parted, files).clean and write_tree(parted, files) == []

    older = tmp_path / "older"
    write_tree(older, files)
    (older / PRISTINE).write_bytes(gzip.compress(json.dumps(generated, indent=0).encode()))
    assert read_pristine(older) == generated and write_tree(older, files) == []


def test_a_part_holding_a_conflicted_files_base_is_not_used(tmp_path: Path) -> None:
    """An unresolved file keeps its base in the record: a part compressed with the new
    generation's text of that file would record the wrong base."""
    out = tmp_path / "sdk"
    write_tree(out, generation(BASE))
    (out / "pkg/api.py").write_text(edit(BASE, 3, "mine\n"), encoding="utf-8")
    write_generation(out, generation(edit(BASE, 3, "theirs\n")))  # conflict markers
    newer = generation(edit(edit(BASE, 3, "theirs\n"), 8, "newer\n"), "# SDK v2\n")
    part = (frozenset({"pkg/api.py"}), pristine_part({"pkg/api.py": newer["pkg/api.py"]}))
    written = write_generation(out, newer, pristine_parts=[part])
    assert written.unresolved == ["pkg/api.py"]
    recorded = read_pristine(out)  # rewritten: the README changed
    assert recorded is not None and recorded["README.md"] == "# SDK v2\n"
    assert recorded["pkg/api.py"] == edit(BASE, 3, "theirs\n")
