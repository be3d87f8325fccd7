"""Running one generator on one spec and checking what it wrote, with time and memory.

Every step is a child process: its wall time is measured here and its peak resident
memory comes from `os.wait4`, which reports the child's own rusage.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

GENERATE_TIMEOUT = 300.0
CHECK_TIMEOUT = 600.0

# argv: package. Imports every module of the package (what users' `import` would do).
IMPORT_ALL = """\
import importlib, pkgutil, sys
package = importlib.import_module(sys.argv[1])
for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
    importlib.import_module(module.name)
"""


@dataclass(frozen=True, slots=True)
class Finished:
    """A child process's exit code, output, wall time (s) and peak memory (MiB)."""

    returncode: int
    output: str
    seconds: float
    peak_mib: float
    timed_out: bool = False


def run(argv: list[str], cwd: Path, timeout: float, env: dict[str, str] | None = None) -> Finished:
    """Run `argv` to completion (or kill it at `timeout`), measuring time and peak memory."""
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as log:
        process = subprocess.Popen(
            argv, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        )
        status, usage, timed_out = _wait(process.pid, start + timeout)
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped by os.wait4 already
        log.seek(0)
        output = log.read()
    seconds = time.perf_counter() - start
    peak_mib = usage.ru_maxrss / 1024 if usage is not None else 0.0  # ru_maxrss is in KiB
    return Finished(process.returncode, output, seconds, peak_mib, timed_out)


def _wait(pid: int, deadline: float) -> tuple[int, resource.struct_rusage | None, bool]:
    """Reap `pid` with its own rusage; kill it first when the deadline passes."""
    timed_out = False
    while True:
        reaped, status, usage = os.wait4(pid, os.WNOHANG)
        if reaped == pid:
            return status, usage, timed_out
        if not timed_out and time.perf_counter() > deadline:
            os.kill(pid, signal.SIGKILL)
            timed_out = True
        time.sleep(0.02)


@dataclass(frozen=True, slots=True)
class Tools:
    """The interpreters and tools of the corpus venv."""

    python: Path  # runs sdkgen (the project's venv)
    tools_python: Path  # the corpus venv: mypy, ruff, openapi-python-client, SDK deps
    opc: Path  # the openapi-python-client command

    def env(self, pythonpath: Path | None = None) -> dict[str, str]:
        environment = {
            k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")
        }
        # openapi-python-client formats its output with the ruff next to it
        environment["PATH"] = f"{self.tools_python.parent}{os.pathsep}{environment.get('PATH', '')}"
        if pythonpath is not None:
            environment["PYTHONPATH"] = str(pythonpath)
        return environment


def package_dir(project: Path, hint: str | None) -> Path | None:
    """The importable package inside a generated project (by name, else the only one)."""
    if hint and (project / hint / "__init__.py").exists():
        return project / hint
    candidates = sorted(p.parent for p in project.glob("*/__init__.py"))
    return candidates[0] if len(candidates) == 1 else None


def check_package(tools: Tools, package: Path, mypy_cache: Path) -> dict[str, str]:
    """imports / mypy --strict / ruff check of one generated package: 'yes', 'no' or ''."""
    result = {"imports": "no", "mypy": "", "ruff": "", "check_detail": ""}
    env = tools.env(package.parent)
    done = run(
        [str(tools.tools_python), "-c", IMPORT_ALL, package.name],
        package.parent,
        CHECK_TIMEOUT,
        env,
    )
    if done.returncode != 0:
        result["check_detail"] = "import: " + _last_line(done.output)
        return result
    result["imports"] = "yes"
    # --config-file "" and ruff's --isolated: the corpus folder may sit inside a project
    # whose own settings (target version, rules) must not apply to either generator's code
    python = str(tools.tools_python)
    mypy_argv = [python, "-m", "mypy", "--config-file", "", "--strict", "--no-error-summary"]
    mypy_argv += ["--cache-dir", str(mypy_cache), package.name]
    mypy = run(mypy_argv, package.parent, CHECK_TIMEOUT, env)
    result["mypy"] = "yes" if mypy.returncode == 0 else "no"
    if mypy.returncode != 0:
        result["check_detail"] = "mypy: " + _first_error(mypy.output)
    # one neutral rule set for both: pyflakes and pycodestyle's errors (ruff's classic
    # default); ruff's own default set grows between releases
    ruff_argv = [python, "-m", "ruff", "check", "--isolated", "--select", "E4,E7,E9,F"]
    ruff_argv += ["--quiet", "--no-cache", package.name]
    ruff = run(ruff_argv, package.parent, CHECK_TIMEOUT, env)
    result["ruff"] = "yes" if ruff.returncode == 0 else "no"
    if ruff.returncode != 0 and not result["check_detail"]:
        result["check_detail"] = "ruff: " + _first_line(ruff.output)
    return result


def generate_ours(
    tools: Tools, spec: Path, out: Path, repo: Path
) -> tuple[dict[str, str], Finished]:
    """sdkgen on `spec` (through corpus.worker): outcome, detail and package name."""
    done = run(
        [str(tools.python), "-m", "corpus.worker", str(spec), str(out)],
        repo,
        GENERATE_TIMEOUT,
        tools.env(repo),
    )
    if done.timed_out:
        return {"outcome": "crash", "detail": "timeout"}, done
    try:
        report: dict[str, str] = json.loads(done.output.strip().splitlines()[-1])
    except (json.JSONDecodeError, IndexError):
        report = {
            "outcome": "crash",
            "detail": _last_line(done.output) or f"exit {done.returncode}",
        }
    return report, done


def generate_theirs(tools: Tools, spec: Path, out: Path) -> tuple[dict[str, str], Finished]:
    """openapi-python-client on `spec`: ok, refused (its own error) or crash (a traceback)."""
    argv = [
        str(tools.opc),
        "generate",
        "--path",
        str(spec),
        "--output-path",
        str(out),
        "--meta",
        "none",
        "--overwrite",
    ]
    done = run(argv, out.parent, GENERATE_TIMEOUT, tools.env())
    if done.timed_out:
        return {"outcome": "crash", "detail": "timeout"}, done
    if "Traceback (most recent call last)" in done.output:
        return {"outcome": "crash", "detail": _last_line(done.output)}, done
    if done.returncode != 0 or not (out / "__init__.py").exists():
        return {"outcome": "refused", "detail": _last_line(done.output)}, done
    return {"outcome": "ok", "detail": ""}, done


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:300] if lines else ""


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[0][:300] if lines else ""


def _first_error(text: str) -> str:
    return next((line[:300] for line in text.splitlines() if ": error:" in line), _last_line(text))


def python_of(venv: Path) -> Path:
    return venv / "bin" / "python"
