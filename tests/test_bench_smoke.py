"""`make bench-smoke`: every benchmark script runs in its tiny mode and reports its rows.

Performance itself is judged by `make bench`, never by timed tests; this only keeps the
scripts working.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.support.paths import REPO, SPECS, require_shared

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("bench")]


def test_every_benchmark_script_runs_in_smoke_mode() -> None:
    require_shared(SPECS / "svix.openapi.json", "the per-call benchmark uses the full Svix spec")
    done = subprocess.run(
        [sys.executable, "-m", "bench.run", "--smoke"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    table = done.stdout
    for figure in ("generation time", "check, unchanged spec", "scaling: peak memory"):
        assert f"| {figure} " in table
    assert "0 files written" in table
    for case in ("import time", "list (50 apps)", "create async (nested body)"):
        assert case in table
    assert "| server drops a field the spec marks required " in table
    assert "sdkgen FAIL" not in table
