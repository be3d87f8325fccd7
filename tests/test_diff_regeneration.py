"""Regenerating into the same folder after a real spec change (issue 6's scenario).

The Svix API spec 15 months apart: `v1.application.update` became `v1.application.upsert`.
Generating the old spec and then the new one into one folder must leave exactly the new
SDK plus the user's own files, and the change report must name what happened.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diff import drift_report, to_text
from generator.output.writer import drift, write_tree
from generator.pipeline import generate

from .support.paths import SPECS, require_shared

pytestmark = [pytest.mark.e2e, pytest.mark.real_specs, pytest.mark.xdist_group("diff_real")]


def test_old_then_new_svix_spec_into_one_folder(tmp_path: Path) -> None:
    old_spec = require_shared(SPECS / "svix.openapi.old.json", "the older Svix spec")
    new_spec = require_shared(SPECS / "svix.openapi.json", "the Svix spec")
    out = tmp_path / "sdk"
    old, new = generate(old_spec), generate(new_spec)
    write_tree(out, old.files)
    (out / "NOTES.md").write_text("ours\n", encoding="utf-8")

    report = drift_report(out, new.api)
    assert report is not None and report.bump == "major"
    text = to_text(report)
    assert (
        "  - removed operation application.update: PUT /api/v1/app/{app_id} "
        "(v1.application.update) replaced by application.upsert\n"
    ) in text
    assert "  + added operation application.upsert: PUT /api/v1/app/{app_id}" in text

    write_tree(out, new.files)
    assert drift(out, new.files).clean
    assert (out / "NOTES.md").read_text(encoding="utf-8") == "ours\n"
    gone = sorted(set(old.files) - set(new.files))
    assert gone and not [path for path in gone if (out / path).exists()]
