"""`parallel.Beside`: a forked stage gives what the serial run gives, errors included."""

from __future__ import annotations

import os

import pytest

from generator import parallel
from generator.parallel import Beside


@pytest.fixture(autouse=True)
def _forking(monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest-xdist workers run threads, where `Beside` would not fork: these tests do."""
    if not hasattr(os, "fork"):
        pytest.skip("no os.fork on this platform")
    monkeypatch.setattr(parallel, "forking_allowed", lambda: True)


def test_the_result_comes_from_the_child() -> None:
    parent = os.getpid()
    with Beside(lambda: {"pid": os.getpid(), "text": "é" * 100_000}) as child:
        result = child.result()
    assert result["pid"] != parent  # computed in another process
    assert result["text"] == "é" * 100_000  # more than a pipe's buffer, intact


def test_an_error_in_the_child_is_raised_by_the_parent_doing_the_work_again() -> None:
    calls: list[int] = []

    def work() -> int:
        calls.append(os.getpid())  # only the parent's append is seen here
        raise ValueError("bad spec")

    with Beside(work) as child, pytest.raises(ValueError, match="bad spec"):
        child.result()
    assert calls == [os.getpid()]


def test_a_child_whose_result_is_never_asked_for_is_reaped() -> None:
    with pytest.raises(RuntimeError), Beside(lambda: b"x" * 1_000_000) as child:
        pid = child._pid
        raise RuntimeError("the parent's side failed")
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # already reaped: no zombie left


def test_without_forking_the_work_runs_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "forking_allowed", lambda: False)
    with Beside(os.getpid) as child:
        assert child.result() == os.getpid()


def test_in_thread_gives_the_value_or_raises_the_error_and_ends_with_its_block() -> None:
    import threading

    from generator.parallel import InThread

    with InThread(lambda: threading.get_ident()) as value:
        assert value.result() != threading.get_ident()  # computed in another thread

    def fail() -> int:
        raise ValueError("from the thread")

    with InThread(fail) as failing, pytest.raises(ValueError, match="from the thread"):
        failing.result()
    with InThread(lambda: 1):
        pass
    assert threading.active_count() == 1 or all(
        t.name != "sdkgen-in-thread" for t in threading.enumerate()
    )
