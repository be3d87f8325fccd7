"""What every benchmark script shares: where things live, how a run is timed, how a row looks.

Times are wall-clock medians of several runs of a fresh process; peak memory is the child
process's maximum resident set size as the kernel reports it (`wait4`).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "bench"
SHARED_SPECS = ROOT.parent / "shared" / "specs"
SVIX_SPEC = SHARED_SPECS / "svix.openapi.json"
SVIX_CONFIG = ROOT / "bench" / "svix-full.sdkgen.yaml"
SDKGEN = Path(sys.executable).parent / "sdkgen"


@dataclass(frozen=True)
class Row:
    """One line of the table: a measurement of ours and, where there is one, of a peer."""

    figure: str
    case: str
    ours: float
    unit: str
    peer: float | None = None
    peer_name: str = ""
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """How many times better ours is (peer / ours: above 1 means we win)."""
        return self.peer / self.ours if self.peer and self.ours else None


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mib: float
    cpu_seconds: float = 0.0  # user + system: less swayed than wall time by other load


def run_once(
    cmd: Sequence[str | Path], env: dict[str, str] | None = None, cwd: Path | None = None
) -> Run:
    """Run a command to completion; its wall time and peak memory. Fails loudly."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [str(c) for c in cmd],
        env={**os.environ, **(env or {})},
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(
            f"{' '.join(map(str, cmd))} failed ({proc.returncode}):\n{err.decode()[-3000:]}"
        )
    return Run(seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)


def median_run(
    cmd: Sequence[str | Path],
    runs: int,
    env: dict[str, str] | None = None,
    before: Callable[[], None] | None = None,
    cwd: Path | None = None,
) -> Run:
    """Median wall time and median peak memory of `runs` runs (`before` runs untimed first)."""
    results = []
    for _ in range(runs):
        if before is not None:
            before()
        results.append(run_once(cmd, env, cwd))
    return Run(
        statistics.median(r.seconds for r in results),
        statistics.median(r.peak_mib for r in results),
        statistics.median(r.cpu_seconds for r in results),
    )


def byte_compiled() -> None:
    """Compile sdkgen's modules to bytecode (`__pycache__`), as `pip install` does, and its
    templates (see `generator.render.precompile_templates`), as `make setup` does.

    The peer runs from a pip-installed venv, whose modules are compiled at install time;
    ours runs from the checkout (an editable install), where with PYTHONDONTWRITEBYTECODE
    set every run would compile all of `generator/` again (0.1 s of CPU, not what users
    pay). Python only reads these files when they match the source."""
    import compileall

    from generator.render import precompile_templates

    compileall.compile_dir(ROOT / "generator", quiet=1)
    precompile_templates()  # what `make setup` does for the templates


@dataclass(frozen=True)
class Case:
    """One command of an alternating comparison, with its environment and untimed set-up."""

    cmd: Sequence[str | Path]
    env: dict[str, str] | None = None
    before: Callable[[], None] | None = None


def alternating(cases: dict[str, Case], runs: int) -> dict[str, Run]:
    """Median of `runs` runs of each case, run in turns (a, b, c, a, b, c, ...), so that a
    change in the machine's load during the measurement weighs on every case alike and
    the ratios between them stay fair."""
    results: dict[str, list[Run]] = {name: [] for name in cases}
    for _ in range(runs):
        for name, case in cases.items():
            if case.before is not None:
                case.before()
            results[name].append(run_once(case.cmd, case.env))
    return {
        name: Run(
            statistics.median(r.seconds for r in found),
            statistics.median(r.peak_mib for r in found),
            statistics.median(r.cpu_seconds for r in found),
        )
        for name, found in results.items()
    }


@contextmanager
def scratch(name: str, in_memory: bool = False) -> Iterator[Path]:
    """A fresh folder under .cache/bench, removed afterwards.

    `in_memory`: under /dev/shm (a tmpfs) when the machine has one, for the figures that
    time writing generated files. On this machine's disk (ext4, block bitmaps loaded on
    demand) the same run's thousand small files cost 0.05 to 0.25 s depending on where
    the folder lands, which swamped the tools' own work; in memory, every tool's files
    cost what a page cache costs, as on a developer's machine with a warm disk cache.
    """
    root = CACHE
    if in_memory and _room_in_memory():
        root = MEMORY / "sdkgen-bench"
    root.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f"{name}-", dir=root))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


MEMORY = Path("/dev/shm")
_MEMORY_NEEDED = 2 << 30  # GitHub's SDK is 84 MB, written once per run and case


def _room_in_memory() -> bool:
    """Whether /dev/shm can take the runs' files (a container's is often 64 MB)."""
    try:
        found = os.statvfs(MEMORY)
    except OSError:
        return False
    return os.access(MEMORY, os.W_OK) and found.f_bavail * found.f_frsize >= _MEMORY_NEEDED


def emptied(folder: Path) -> Callable[[], None]:
    """A `before` hook that makes each run write into an empty folder."""

    def reset() -> None:
        shutil.rmtree(folder, ignore_errors=True)
        # Let the filesystem finish the deletes now, not during the next (timed) run:
        # otherwise the tool writing more files pays for the previous run's cleanup.
        os.sync()

    return reset


def emit(rows: list[Row]) -> None:
    """Print rows as JSON lines, for `bench.run` to collect (and humans to read)."""
    for row in rows:
        print(json.dumps(asdict(row)))


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text(encoding="utf-8").split()[:3])
    except OSError:
        return "unknown"
