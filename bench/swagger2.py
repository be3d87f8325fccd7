"""The Swagger 2.0 table: every spec in ../shared/swagger2-specs, sdkgen beside OpenAPI
Generator (its `python` generator), on the same files in the same run.

    python -m bench.swagger2                # sdkgen: generate, import, mypy --strict
    python -m bench.swagger2 --oag          # and OpenAPI Generator 7.26.0 (needs Java)
    python -m bench.swagger2 --only moby    # specs whose path contains a word

OpenAPI Generator comes from PyPI (`openapi-generator-cli`, which ships the jar) into
.cache/bench/oag-venv. It validates the spec first; a spec it refuses is tried again
with `--skip-validate-spec`, and the table says so. Each SDK is imported and checked
with `mypy --strict` from its own folder; the figure is mypy's error count. Prints a
Markdown table; the times are wall-clock seconds on a shared machine, for orientation.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from .common import CACHE, ROOT

FOLDER = ROOT.parent / "shared" / "swagger2-specs"
OAG = "openapi-generator-cli==7.26.0"
OAG_RUNTIME = ["urllib3", "python-dateutil", "pydantic>=2", "typing-extensions", "mypy",
               "types-python-dateutil"]  # fmt: skip
_ROW = re.compile(r"^\| ([^ |]+\.(?:json|ya?ml)) \| (?:json|yaml) \|", re.MULTILINE)


@dataclass
class Outcome:
    generated: str  # "yes", "no", or how (OAG: "skip-validate")
    seconds: float
    imports: bool
    mypy_errors: int | None  # None: not checked


def specs(only: list[str]) -> list[str]:
    names = _ROW.findall((FOLDER / "SOURCES.md").read_text(encoding="utf-8"))
    return [n for n in names if not only or any(word in n for word in only)]


def checked(python: str, project: Path, package: str) -> tuple[bool, int | None]:
    """(imports, mypy --strict error count) of a generated package, from its folder."""
    imported = subprocess.run([python, "-c", f"import {package}"], cwd=project,
                              capture_output=True, text=True)  # fmt: skip
    mypy = subprocess.run(
        [python, "-m", "mypy", "--strict", "--cache-dir", str(project / ".mypy"), "-p", package],
        cwd=project, capture_output=True, text=True,
    )  # fmt: skip
    found = re.search(r"Found (\d+) errors?", mypy.stdout)
    errors = 0 if mypy.returncode == 0 else int(found.group(1)) if found else -1
    return imported.returncode == 0, errors


def sdkgen(name: str, out: Path) -> Outcome:
    from generator.output.writer import write_tree
    from generator.pipeline import generate
    from generator.problems import SpecError

    start = time.perf_counter()
    try:
        generation = generate(FOLDER / name, ref_roots=[FOLDER / name.split("/")[0]])
    except SpecError:
        return Outcome("no", time.perf_counter() - start, False, None)
    seconds = time.perf_counter() - start
    write_tree(out, generation.files)
    imports, errors = checked(sys.executable, out, generation.api.package.package_name)
    return Outcome("yes", seconds, imports, errors)


def oag_venv() -> Path:
    venv = CACHE / "oag-venv"
    python = venv / "bin" / "python"
    if not (venv / "bin" / "openapi-generator-cli").exists():
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
        pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        subprocess.run([*pip, OAG, *OAG_RUNTIME], check=True)
    return python


def oag(name: str, out: Path) -> Outcome:
    python = oag_venv()
    cli = [str(python.parent / "openapi-generator-cli"), "generate", "-g", "python"]
    how, start = "yes", time.perf_counter()
    done = subprocess.run([*cli, "-i", str(FOLDER / name), "-o", str(out)], capture_output=True)
    if done.returncode != 0:
        how = "skip-validate"
        flags = ["-i", str(FOLDER / name), "-o", str(out), "--skip-validate-spec"]
        done = subprocess.run([*cli, *flags], capture_output=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        return Outcome("no", seconds, False, None)
    imports, errors = checked(str(python), out, "openapi_client")
    return Outcome(how, seconds, imports, errors)


def cell(outcome: Outcome | None) -> str:
    if outcome is None:
        return "-"
    if outcome.generated == "no":
        return f"refused ({outcome.seconds:.1f} s)"
    mypy = "clean" if outcome.mypy_errors == 0 else f"{outcome.mypy_errors} errors"
    imports = "imports" if outcome.imports else "IMPORT FAILS"
    how = "" if outcome.generated == "yes" else f", {outcome.generated}"
    return f"{outcome.seconds:.1f} s{how}, {imports}, mypy {mypy}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--oag", action="store_true", help="also run OpenAPI Generator")
    parser.add_argument("--only", nargs="*", default=[], help="specs whose path has a word")
    args = parser.parse_args()
    if not FOLDER.is_dir():
        raise SystemExit("../shared/swagger2-specs is not there")
    print("| spec | sdkgen | OpenAPI Generator (python) |")
    print("|---|---|---|")
    with tempfile.TemporaryDirectory() as scratch:
        for index, name in enumerate(specs(args.only)):
            ours = sdkgen(name, Path(scratch) / f"s{index}")
            theirs = oag(name, Path(scratch) / f"o{index}") if args.oag else None
            print(f"| {name} | {cell(ours)} | {cell(theirs)} |", flush=True)


if __name__ == "__main__":
    main()
