"""Running one stage beside another in a forked process, on machines that can.

Generation has pairs of independent stages (validation and building the IR; rendering
the docs and rendering the code) that each take about as long as the other. A forked
child starts with the parent's memory (the parsed spec, the IR) already in place, so only
its result crosses a pipe, pickled; a pool would pickle the inputs too.

Forking is skipped, and the work done in this process instead, where it is unsafe or
impossible: no `os.fork` (Windows), other threads running (a fork copies only the calling
thread; locks held by the others would stay locked in the child), or `SDKGEN_JOBS=1`.
Whatever happens in the child (an exception, a crash) the parent redoes the work itself,
so the result, or the error, is exactly what a serial run gives.
"""

from __future__ import annotations

import gc
import os
import pickle
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


def forking_allowed() -> bool:
    """Whether `beside` may fork here (see the module docstring)."""
    return (
        hasattr(os, "fork")
        and threading.active_count() == 1
        and os.environ.get("SDKGEN_JOBS", "") != "1"
        and (os.cpu_count() or 1) > 1
    )


class Beside(Generic[T]):
    """`work()` running in a forked child; `result()` waits for it and returns its value.

    Use it as a context manager, so that a child is reaped even when the parent's own
    work raises before asking for the result.
    """

    def __init__(self, work: Callable[[], T]) -> None:
        self._work = work
        self._pid = 0
        self._read = -1
        if not forking_allowed():
            return
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: compute, send, and leave without running any cleanup
            # A collection would visit, and so copy, every page of the parent's heap; the
            # child lives for one stage, so it does without.
            gc.disable()
            os.close(read)
            status = 1
            try:
                payload = pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
                with os.fdopen(write, "wb") as pipe:
                    pipe.write(payload)
                status = 0
            finally:
                os._exit(status)
        os.close(write)
        self._pid, self._read = pid, read

    def __enter__(self) -> Beside[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        """Reap a child whose result was never asked for (the parent's side failed)."""
        if self._pid:
            os.close(self._read)  # a child still writing gets EPIPE and exits
            os.waitpid(self._pid, 0)
            self._pid = 0

    def result(self) -> T:
        if not self._pid:
            return self._work()
        with os.fdopen(self._read, "rb") as pipe:
            payload = pipe.read()
        _, status = os.waitpid(self._pid, 0)
        self._pid = 0
        if status != 0 or not payload:
            return self._work()  # the child failed: the same work here raises the same way
        value: T = pickle.loads(payload)
        return value


class InThread(Generic[T]):
    """`work()` running in a thread; `result()` waits for it and returns its value or
    raises what it raised.

    For work that spends its time in C code that lets other threads run (zlib, file
    writes), beside other such work: no fork, nothing pickled. Use it as a context
    manager, so the thread has ended when the block does (a later `Beside` checks that
    no other thread runs before it forks).
    """

    def __init__(self, work: Callable[[], T]) -> None:
        self._value: T | None = None
        self._error: BaseException | None = None

        def run() -> None:
            try:
                self._value = work()
            except BaseException as exc:  # handed to whoever asks for the result
                self._error = exc

        self._thread = threading.Thread(target=run, name="sdkgen-in-thread", daemon=True)
        self._thread.start()

    def __enter__(self) -> InThread[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self._thread.join()

    def result(self) -> T:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]
