"""Regenerating into the same folder after the spec changed leaves exactly the new SDK.

Svix's public spec 15 months apart (165 then 252 operations; `v1.application.update`
renamed `v1.application.upsert`) and the open-source server's spec three years apart are
generated one after the other into one folder, which also holds files a user added. The
result must be byte-for-byte what a fresh generation of the new spec writes, plus the
user's files untouched: files of removed operations and models gone, nothing stale left.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from generator.output.edits import PRISTINE
from generator.output.writer import MANIFEST, drift, write_tree
from generator.pipeline import Generation, generate
from tests.support.paths import SPECS, require_shared

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("regeneration")]

USER_FILES = {
    "NOTES.md": "# Our notes\nKept across regenerations.\n",
    "examples/send.py": "print('hand-written')\n",
}


@functools.cache
def _generated(name: str) -> Generation:
    """The generation of `../shared/specs/<name>`, once per test session."""
    return generate(require_shared(SPECS / name, "a public spec to regenerate from"))


def _files_on_disk(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != PRISTINE  # the pristine record is gzip'd
    }


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("svix.openapi.old.json", "svix.openapi.json"),
        ("svix-server.old.openapi.json", "svix-server.openapi.json"),
    ],
)
def test_regenerating_after_a_spec_change_leaves_only_the_new_sdk_and_user_files(
    old: str, new: str, tmp_path: Path
) -> None:
    out = tmp_path / "sdk"
    before = _generated(old).files
    write_tree(out, before)
    for path, text in USER_FILES.items():
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        (out / path).write_text(text, encoding="utf-8")
    after = _generated(new).files
    gone = sorted(set(before) - set(after))
    assert gone, "the older spec should have generated files the newer one does not"

    assert not drift(out, after).clean  # before regenerating, the folder is stale
    write_tree(out, after)

    on_disk = _files_on_disk(out)
    expected = {**after, **USER_FILES}
    assert sorted(set(on_disk) - {MANIFEST}) == sorted(expected)
    assert (out / PRISTINE).is_file()
    assert all(on_disk[path] == text for path, text in expected.items())
    assert not any((out / path).exists() for path in gone)
    assert drift(out, after).clean
    leftovers = [p for p in out.rglob("*") if p.is_dir() and not any(p.iterdir())]
    assert not leftovers, f"empty folders left behind: {leftovers}"


def test_the_renamed_svix_operation_moves_from_update_to_upsert() -> None:
    methods = {}
    for label, name in (("old", "svix.openapi.old.json"), ("new", "svix.openapi.json")):
        api = _generated(name).api
        application = next(r for r in api.resources if r.name == "application")
        methods[label] = {op.operation_id: op.name for op in application.operations}
    assert "v1.application.update" in methods["old"]
    assert "v1.application.update" not in methods["new"]
    assert methods["new"]["v1.application.upsert"] == "upsert"
