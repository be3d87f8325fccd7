"""The `sdkgen` command: the only place that prints and picks exit codes.

Exit codes: 0 success, 1 the spec has errors or the output is stale (`check`), `diff`
adds 3 (compatible API changes) and 4 (breaking changes);
2 usage errors (click's own convention).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NoReturn

import click

from . import fastcheck
from .pipeline import Generation, generate
from .problems import Problem, SpecError, errors
from .provenance import PROVENANCE, explain
from .writer import WriteError, drift, write_tree

_SPEC = click.argument("spec", type=click.Path(exists=True, dir_okay=False, path_type=Path))
_CONFIG = click.option(
    "--config",
    "-c",
    "config",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Generator config (YAML): package, client and method names.",
)
_ROOTS = click.option(
    "--allow-ref-root",
    "ref_roots",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Also let `$ref`s read files in this folder (repeatable; default: the spec's folder).",
)
_OUT = click.option(
    "--output",
    "-o",
    "outdir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder of the generated SDK project.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="sdkgen")
def main() -> None:
    """Generate typed, documented Python SDKs from OpenAPI 3.0/3.1 specs."""


@main.command(name="generate")
@_SPEC
@_CONFIG
@_OUT
@click.option("--force", is_flag=True, help="Overwrite files in OUTDIR that sdkgen did not create.")
@click.option("--strict", is_flag=True, help="Treat every validation problem as an error.")
@click.option("--quiet", "-q", is_flag=True, help="Do not print warnings or a summary.")
@_ROOTS
def generate_command(
    spec: Path,
    config: Path | None,
    outdir: Path,
    force: bool,
    strict: bool,
    quiet: bool,
    ref_roots: tuple[Path, ...],
) -> None:
    """Write a complete SDK project (pyproject.toml, package, README.md) to OUTDIR."""
    result = _run(spec, config, quiet, strict, ref_roots)
    try:
        touched = write_tree(outdir, result.files, force=force)
    except (WriteError, OSError) as exc:
        _fail(f"error: cannot write {outdir}: {exc}")
    fastcheck.remember(fastcheck.key_of_run(result.files[PROVENANCE], strict), result.files)
    if not touched and not quiet:
        click.echo(f"{outdir} is up to date: no file was rewritten", err=True)
    elif not quiet:
        api = result.api
        total = sum(result.timings.values())
        click.echo(
            f"wrote {len(result.files)} files to {outdir}: {len(api.operations)} operations, "
            f"{len(api.models)} models, {len(api.enums)} enums in {total:.2f}s",
            err=True,
        )


@main.command(name="check")
@_SPEC
@_CONFIG
@_OUT
@click.option("--diff-lines", default=20, show_default=True, help="Diff lines shown per file.")
@click.option("--strict", is_flag=True, help="Treat every validation problem as an error.")
@_ROOTS
def check_command(
    spec: Path,
    config: Path | None,
    outdir: Path,
    diff_lines: int,
    strict: bool,
    ref_roots: tuple[Path, ...],
) -> None:
    """Exit 0 if OUTDIR is exactly what `generate` would write, else 1 with a diff."""
    run_key = fastcheck.key_of_inputs(spec, config, strict, ref_roots)
    if fastcheck.up_to_date(run_key, outdir):  # same inputs as a recorded run, same files
        click.echo(f"{outdir} is up to date", err=True)
        return
    from . import diff  # only `check` and `diff` compare APIs: `generate` starts faster

    result = _run(spec, config, quiet=True, strict=strict, ref_roots=ref_roots)
    found = drift(outdir, result.files)
    if found.clean:
        fastcheck.remember(run_key, result.files)
        click.echo(f"{outdir} is up to date", err=True)
        return
    if PROVENANCE in found.changed or PROVENANCE in found.added:
        for line in explain(_read(outdir / PROVENANCE), result.files[PROVENANCE]):
            click.echo(f"provenance: {line}")
    report = diff.drift_report(outdir, result.api)
    if report is not None:
        click.echo(f"API changes since {outdir} was generated: " + diff.to_text(report))
    for label, paths in (
        ("added", found.added),
        ("removed", found.removed),
        ("changed", found.changed),
    ):
        for path in paths:
            click.echo(f"{label}: {path}")
    for path, lines in found.diffs.items():
        shown = lines[:diff_lines]
        click.echo("\n".join(shown))
        if len(lines) > diff_lines:
            click.echo(f"... {len(lines) - diff_lines} more diff lines in {path}")
    click.echo(f"{outdir} is stale: run `sdkgen generate` to update it", err=True)
    sys.exit(1)


@main.command(name="diff")
@click.argument("old", type=click.Path(exists=True, path_type=Path))
@click.argument("new", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_CONFIG
@click.option(
    "--format", "fmt", type=click.Choice(["text", "markdown", "json"]), default="text",
    show_default=True, help="markdown is ready to paste into a changelog.",
)  # fmt: skip
def diff_command(old: Path, new: Path, config: Path | None, fmt: str) -> None:
    """Report what changed for SDK users from OLD to NEW spec, breaking changes flagged.

    OLD may also be a folder `sdkgen generate` wrote: the API it was generated from.

    \b
    Exit codes: 0 no change to the SDK's API, 3 compatible changes only (minor or patch),
    4 breaking changes (major), 1 a spec has errors, 2 usage error.
    """
    from . import diff

    before = (
        diff.stored_summary(old) if old.is_dir() else diff.summarize(_run(old, config, True).api)
    )
    if before is None:
        _fail(f"error: {old} has no {diff.SUMMARY_FILE}: generate it with this sdkgen first")
    report = diff.compare(before, diff.summarize(_run(new, config, quiet=True).api))
    click.echo(diff.render(report, fmt), nl=False)
    sys.exit(diff.EXIT_CODES[report.bump])


@main.command(name="init")
@click.argument("directory", default=".", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--spec",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The OpenAPI spec (copied into DIRECTORY/spec/ when it lives elsewhere).",
)
@click.option("--package", help="Import name of the generated package.")
def init_command(directory: Path, spec: Path | None, package: str | None) -> None:
    """Scaffold an SDK repository in DIRECTORY: config, Makefile, CI, pre-commit, README.

    Safe to re-run: a file you edited since sdkgen wrote it is left alone (and listed).
    """
    from .scaffold import scaffold

    try:
        for action, path in scaffold(directory, spec, package):
            click.echo(f"{action}: {path}")
    except SpecError as exc:
        _print_problems(list(exc.problems))
        _fail(f"error: cannot scaffold {directory}")


@main.command(name="validate")
@_SPEC
@_ROOTS
def validate_command(spec: Path, ref_roots: tuple[Path, ...]) -> None:
    """Print every problem found in SPEC (file:line: pointer: message); exit 1 if any."""
    from .loader import load_spec
    from .validate import validate

    try:
        problems = validate(load_spec(spec, ref_roots))
    except SpecError as exc:
        problems = list(exc.problems)
    _print_problems(problems)
    if errors(problems):
        sys.exit(1)
    click.echo(f"{spec}: no problems found", err=True)


def _run(
    spec: Path,
    config: Path | None,
    quiet: bool,
    strict: bool = False,
    ref_roots: tuple[Path, ...] = (),
) -> Generation:
    progress = _TerminalProgress() if not quiet and sys.stderr.isatty() else None
    try:
        result = generate(spec, config, progress=progress, strict=strict, ref_roots=ref_roots)
    except SpecError as exc:
        _print_problems(list(exc.problems))
        _fail(f"error: {len(errors(exc.problems))} problem(s) in {spec}; nothing was written")
    except Exception as exc:  # a bug in sdkgen: say so plainly, traceback only on request
        if os.environ.get("SDKGEN_DEBUG"):
            raise
        _fail(
            f"internal error while generating from {spec}: {type(exc).__name__}: {exc}\n"
            "nothing was written; this is a bug in sdkgen: please report it with the spec "
            "(set SDKGEN_DEBUG=1 to see the traceback)"
        )
    finally:
        if progress is not None:
            progress.finish()
    if not quiet:
        _print_problems(result.warnings)
    return result


class _TerminalProgress:
    """A one-line progress display on stderr: the stage, then a bar while formatting."""

    def __init__(self) -> None:
        self._stage = ""
        self._total = 0
        self._done = 0

    def stage(self, name: str, total: int = 0) -> None:
        self._stage, self._total, self._done = name, total, 0
        self._draw()

    def advance(self, done: int) -> None:
        self._done += done
        self._draw()

    def _draw(self) -> None:
        line = f"{self._stage}..."
        if self._total:
            filled = 30 * self._done // self._total
            line = f"{self._stage} [{'#' * filled}{' ' * (30 - filled)}] {self._done}/{self._total}"
        click.echo(f"\r\x1b[2K{line}", nl=False, err=True)

    def finish(self) -> None:
        click.echo("\r\x1b[2K", nl=False, err=True)


def _print_problems(problems: list[Problem]) -> None:
    for problem in problems:
        click.echo(str(problem), err=True)


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _fail(message: str) -> NoReturn:
    click.echo(message, err=True)
    sys.exit(1)
