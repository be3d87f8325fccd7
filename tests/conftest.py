"""Collection settings and the one fixture the whole suite shares: a loopback server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.runtime.loopback import LoopbackServer, serving

# The golden snapshots are generated SDK projects with their own smoke tests; those run
# (with their package importable) in the golden and end-to-end tests, not collected here.
collect_ignore = ["golden"]


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    """A fresh scriptable loopback server for one test (see tests/runtime/loopback.py)."""
    started = LoopbackServer()
    with serving(started):
        yield started
