"""The `sdkgen` command: the only place that prints and picks exit codes.

Exit codes: 0 success, 1 the spec has errors or the output is stale (`check`), `diff`
adds 3 (compatible API changes) and 4 (breaking changes), `generate` 5 when edits made to
generated files conflict with the new generation; 2 usage errors (click's own
convention, for every command). Every command takes `-v/--verbose` and `-q/--quiet`; a
spec may be a file, `-` (standard input) or an `http(s)://` URL (see `sources`).
"""

from __future__ import annotations

import functools
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from . import telling
from .config import load_config, with_templates
from .console import NORMAL, QUIET, VERBOSE, Console
from .output import fastcheck
from .output.edits import PRISTINE
from .output.provenance import PROVENANCE, formatter_only
from .output.writer import WriteError, drift, write_generation
from .pipeline import Generation, generate
from .problems import Problem, SpecError, errors
from .spec.sources import STDIN, SpecInput, is_url, resolve

_F = TypeVar("_F", bound=Callable[..., Any])


if TYPE_CHECKING:  # click 8.5 made ParamType generic; older releases cannot subscript it
    _ParamType = click.ParamType[Any, Any]
else:
    _ParamType = click.ParamType


class _SpecParam(_ParamType):
    """A spec argument: an existing file, `-` for standard input, or an http(s) URL
    (`dir_okay`: or a folder, which the command handles itself)."""

    name = "SPEC"

    def __init__(self, dir_okay: bool = False) -> None:
        self.dir_okay = dir_okay

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        text = str(value)
        if text == STDIN or is_url(text):
            return text
        path = Path(text)
        if not path.exists():
            self.fail(f"file {text!r} does not exist (use - for standard input)", param, ctx)
        if path.is_dir() and not self.dir_okay:
            self.fail(f"{text!r} is a directory, not a spec file", param, ctx)
        return path


_SPEC = click.argument("spec", type=_SpecParam())
_CONFIG = click.option(
    "--config",
    "-c",
    "config",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Generator config (YAML): package, client and method names.",
)
_TEMPLATES = click.option(
    "--templates",
    "templates",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder of templates replacing built-in ones by name (see docs/templates.md).",
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


def _voice(command: _F) -> _F:
    """Add -v/--verbose and -q/--quiet to a command, handed to it as `console`."""

    @click.option("--verbose", "-v", is_flag=True, help="Say more: timings, details, full diffs.")
    @click.option("--quiet", "-q", is_flag=True, help="Print errors only.")
    @functools.wraps(command)
    def wrapper(*args: Any, verbose: bool, quiet: bool, **kwargs: Any) -> Any:
        if verbose and quiet:
            raise click.UsageError("--verbose and --quiet cannot be used together")
        verbosity = VERBOSE if verbose else QUIET if quiet else NORMAL
        return command(*args, console=Console(verbosity), **kwargs)

    return wrapper  # type: ignore[return-value]


_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=_SETTINGS)
@click.version_option(package_name="sdkgen")
def main() -> None:
    """Generate typed, documented Python SDKs from OpenAPI 3.0/3.1 specs.

    A SPEC is a YAML or JSON file, `-` for standard input, or an http(s) URL (only that
    document is downloaded; its `$ref`s to other files are not fetched).
    """


@main.command(name="generate", short_help="Write the SDK project for SPEC to OUTDIR.")
@_SPEC
@_CONFIG
@_OUT
@click.option("--force", is_flag=True, help="Overwrite files in OUTDIR that sdkgen did not create.")
@click.option(
    "--discard-edits",
    is_flag=True,
    help="Write the pristine generation: drop edits made to generated files, restore deleted ones.",
)
@click.option("--strict", is_flag=True, help="Treat every validation problem as an error.")
@_TEMPLATES
@_ROOTS
@_voice
def generate_command(
    spec: str | Path,
    config: Path | None,
    outdir: Path,
    force: bool,
    discard_edits: bool,
    strict: bool,
    templates: Path | None,
    ref_roots: tuple[Path, ...],
    console: Console,
) -> None:
    """Write a complete SDK project (pyproject.toml, package, README.md) to OUTDIR.

    Edits made to generated files since the last run are merged into the new generation
    (three-way, like git); overlapping ones leave conflict markers and exit 5.
    """
    started = time.perf_counter()
    result = _run(_open(spec, console), config, console, strict, ref_roots, templates)
    writing = time.perf_counter()
    try:
        written = write_generation(
            outdir,
            result.files,
            force=force,
            discard_edits=discard_edits,
            pristine_parts=result.pristine_parts,
        )
    except (WriteError, OSError) as exc:
        _fail(console, f"error: cannot write {outdir}: {exc}")
    touched = written.touched
    finished = time.perf_counter()
    run_key = fastcheck.key_of_run(result.files[PROVENANCE], strict)
    fastcheck.remember(run_key, result.files, written.digests)
    for stage, seconds in result.timings.items():  # `format` and `render docs` are in `render`
        console.detail(f"  {stage}: {seconds:.3f}s")
    console.detail(f"  write: {finished - writing:.3f}s")
    console.detail(f"  {len(touched)} files written or removed (sdkgen's records included)")
    if not touched:
        console.info(f"{outdir} is up to date: no file was rewritten")
    else:
        api = result.api
        console.info(
            f"wrote {len(result.files)} files to {outdir}: {len(api.operations)} operations, "
            f"{len(api.models)} models, {len(api.enums)} enums in {finished - started:.2f}s",
            success=True,
        )
    if telling.report_edits(console, outdir, written, telling.regenerate_hint(outdir)):
        sys.exit(5)


@main.command(name="check", short_help="Exit 1 if OUTDIR is not what `generate` would write.")
@_SPEC
@_CONFIG
@_OUT
@click.option(
    "--diff-lines", default=20, show_default=True, help="Diff lines shown (--verbose: all)."
)
@click.option("--strict", is_flag=True, help="Treat every validation problem as an error.")
@_TEMPLATES
@_ROOTS
@_voice
def check_command(
    spec: str | Path,
    config: Path | None,
    outdir: Path,
    diff_lines: int,
    strict: bool,
    templates: Path | None,
    ref_roots: tuple[Path, ...],
    console: Console,
) -> None:
    """Exit 0 if OUTDIR is exactly what `generate` would write, else 1 with a report.

    The report: the API changes since OUTDIR was generated, one line of changed files and
    an excerpt of their diffs (--verbose: every file and every diff; --quiet: only the
    verdict). Edits that `generate` keeps are not drift; conflict markers are.
    """
    source = _open(spec, console)
    run_key = fastcheck.key_of_inputs(source, config, strict, ref_roots, templates)
    if fastcheck.up_to_date(run_key, outdir):  # same inputs as a recorded run, same files
        console.info(f"{outdir} is up to date", success=True)
        return
    # Warnings are not shown: validation runs only where its errors would stop the run.
    result = _run(source, config, Console(QUIET), strict, ref_roots, templates, warnings=False)
    found = drift(outdir, result.files)
    if found.clean:
        fastcheck.remember(run_key, result.files)
        console.info(f"{outdir} is up to date", success=True)
        return
    recorded, current = _read(outdir / PROVENANCE), result.files[PROVENANCE]
    changed = {  # the manifest, which lists the files' digests, changes with them
        path: (_read(outdir / path), result.files[path])
        for path in found.changed
        if path in result.files
    }
    layout_only = None
    if not (set(found.added) - {PRISTINE} or found.removed):  # the record follows the files
        layout_only = formatter_only(recorded, current, changed)
    hint = telling.regenerate_hint(outdir)
    if layout_only is not None and not found.unresolved:
        console.error(f"error: {outdir} is stale: {layout_only}")
        console.info(f"run `{hint}` to lay it out anew, or install that black")
        sys.exit(1)
    stale = found.added or found.removed or found.changed
    if not console.quiet and stale:
        telling.show_drift(console, outdir, result, found, recorded)
        telling.show_diffs(console, found.diffs, None if console.verbose else diff_lines)
    if found.unresolved:
        console.error(
            f"error: conflict markers remain in {telling.count(found.unresolved)} in {outdir}: "
            f"{', '.join(found.unresolved)}; resolve them, then run `{hint}`"
        )
    if stale:
        console.error(f"error: {outdir} is stale: run `{hint}` to update it")
    sys.exit(1)


@main.command(name="diff", short_help="Report API changes from OLD to NEW, breaking ones flagged.")
@click.argument("old", type=_SpecParam(dir_okay=True))
@click.argument("new", type=_SpecParam())
@_CONFIG
@click.option(
    "--format", "fmt", type=click.Choice(["text", "markdown", "json"]), default="text",
    show_default=True, help="markdown is ready to paste into a changelog.",
)  # fmt: skip
@_voice
def diff_command(
    old: str | Path, new: str | Path, config: Path | None, fmt: str, console: Console
) -> None:
    """Report what changed for SDK users from OLD to NEW spec, breaking changes flagged.

    OLD may also be a folder `sdkgen generate` wrote: the API it was generated from.
    With --quiet nothing is printed: the exit code says it all.

    \b
    Exit codes: 0 no change to the SDK's API, 3 compatible changes only (minor or patch),
    4 breaking changes (major), 1 a spec has errors, 2 usage error.
    """
    from . import diff

    silent = Console(QUIET)
    if isinstance(old, Path) and old.is_dir():
        before = diff.stored_summary(old)
        if before is None:
            missing = f"{old} has no {diff.SUMMARY_FILE}: generate it with this sdkgen first"
            _fail(console, f"error: {missing}")
    else:
        before = diff.summarize(_run(_open(old, console), config, silent).api)
    report = diff.compare(before, diff.summarize(_run(_open(new, console), config, silent).api))
    if not console.quiet:
        console.out(diff.render(report, fmt), nl=False)
    sys.exit(diff.EXIT_CODES[report.bump])


@main.command(name="release", short_help="Bump the SDK version as its API changes say; log them.")
@_SPEC
@click.option(
    "--config",
    "-c",
    "config",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Generator config (YAML): its `version:` is set to the new version.",
)
@_OUT
@click.option(
    "--changelog",
    default=Path("CHANGELOG.md"),
    show_default=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Markdown changelog: the change report is prepended as the new version's section.",
)
@click.option(
    "--bump",
    type=click.Choice(["auto", "patch", "minor", "major"]),
    default="auto",
    show_default=True,
    help="Which version part to bump; auto: what the API changes call for.",
)
@_voice
def release_command(
    spec: str | Path,
    config: Path,
    outdir: Path,
    changelog: Path,
    bump: str,
    console: Console,
) -> None:
    """Prepare a release: bump the version in CONFIG and log the API changes in CHANGELOG.

    The changes are those since OUTDIR was generated (`sdkgen diff OUTDIR SPEC`), the
    version bumped is the one OUTDIR was generated with; run `sdkgen generate` afterwards
    (`make release` does both). With no API change nothing is written, unless --bump.
    """
    from . import diff
    from .diff import release

    before = diff.stored_summary(outdir)
    if before is None:
        _fail(console, f"error: {outdir} has no {diff.SUMMARY_FILE}: generate it first")
    result = _run(_open(spec, console), config, console)
    report = diff.compare(before, diff.summarize(result.api))
    part = report.bump if bump == "auto" else bump
    if part == "none":
        console.info(
            f"no API changes since {outdir} was generated: nothing to release "
            "(--bump patch releases anyway)"
        )
        return
    try:
        current = release.generated_version(outdir)
        version = release.next_version(current, part)
        log = _read(changelog) if changelog.exists() else None
        new_log = release.with_section(log, version, diff.to_markdown(report, title=version))
        config_text = release.with_version(config.read_text(encoding="utf-8"), version)
    except (release.ReleaseError, OSError, UnicodeDecodeError) as exc:
        _fail(console, f"error: cannot prepare the release: {exc}")
    config.write_text(config_text, encoding="utf-8")
    changelog.write_text(new_log, encoding="utf-8")
    console.info(
        f"release {version} ({part} bump from {current}: {diff.headline(report)}): "
        f"version set in {config}, changes prepended to {changelog}",
        success=True,
    )
    console.info(f"next: `{telling.regenerate_hint(outdir)}`, commit, tag v{version}")


@main.command(name="init", short_help="Scaffold an SDK repository (config, Makefile, CI).")
@click.argument("directory", default=".", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--spec",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The OpenAPI spec (copied into DIRECTORY/spec/ when it lives elsewhere).",
)
@click.option("--package", help="Import name of the generated package.")
@_voice
def init_command(directory: Path, spec: Path | None, package: str | None, console: Console) -> None:
    """Scaffold an SDK repository in DIRECTORY: config, Makefile, CI, pre-commit, README.

    Safe to re-run: a file you edited since sdkgen wrote it is left alone (and listed).
    """
    from .scaffold import remembers_spec, scaffold

    if spec is None and not remembers_spec(directory):
        raise click.UsageError(f"--spec is needed the first time init runs in {directory}")
    try:
        for action, path in scaffold(directory, spec, package):
            if not console.quiet:
                console.out(f"{action}: {path}")
    except SpecError as exc:
        _print_problems(console, list(exc.problems))
        _fail(console, f"error: cannot scaffold {directory}")


@main.command(name="validate", short_help="Print every problem in SPEC; exit 1 if any.")
@_SPEC
@_ROOTS
@_voice
def validate_command(spec: str | Path, ref_roots: tuple[Path, ...], console: Console) -> None:
    """Print every problem found in SPEC (file:line: pointer: message); exit 1 if any.

    With --quiet warnings are not shown; the exit code counts errors only.
    """
    from .spec.loader import load_spec
    from .spec.validate import validate

    try:
        problems = validate(load_spec(_open(spec, console), ref_roots))
    except SpecError as exc:
        problems = list(exc.problems)
    _print_problems(console, problems)
    if errors(problems):
        sys.exit(1)
    console.info(f"{spec}: no problems found", success=True)


def _open(spec: str | Path, console: Console) -> SpecInput:
    """The spec an argument names (reading stdin or downloading); exit 1 if impossible."""
    try:
        return resolve(spec)
    except SpecError as exc:
        _print_problems(console, list(exc.problems))
        _fail(console, f"error: cannot read {spec}")


def _run(
    spec: SpecInput,
    config: Path | None,
    console: Console,
    strict: bool = False,
    ref_roots: tuple[Path, ...] = (),
    templates: Path | None = None,
    warnings: bool = True,
) -> Generation:
    progress = _TerminalProgress() if not console.quiet and sys.stderr.isatty() else None
    try:
        settings = load_config(config)
        if templates is not None:
            settings = with_templates(settings, templates)
        result = generate(
            spec, config, config=settings, progress=progress, strict=strict, ref_roots=ref_roots,
            warnings=warnings,
        )  # fmt: skip
    except SpecError as exc:
        _print_problems(console, list(exc.problems))
        count = len(errors(exc.problems))
        _fail(console, f"error: {count} problem(s) in {_name(spec)}; nothing was written")
    except Exception as exc:  # a bug in sdkgen: say so plainly, traceback only on request
        if os.environ.get("SDKGEN_DEBUG"):
            raise
        _fail(
            console,
            f"error: internal error while generating from {_name(spec)}: "
            f"{type(exc).__name__}: {exc}\n"
            "nothing was written; this is a bug in sdkgen: please report it with the spec "
            "(set SDKGEN_DEBUG=1 to see the traceback)",
        )
    finally:
        if progress is not None:
            progress.finish()
    _print_problems(console, result.warnings)
    return result


def _name(spec: SpecInput) -> str:
    return str(spec) if isinstance(spec, Path) else spec.name


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


def _print_problems(console: Console, problems: list[Problem]) -> None:
    for problem in problems:
        console.problem(problem)


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _fail(console: Console, message: str) -> NoReturn:
    console.error(message)
    sys.exit(1)


def entry() -> NoReturn:
    """The `sdkgen` command: `main`, then leave at once, as mypy does.

    Python's teardown frees every object the run made one by one (0.1 s after GitHub's
    spec, a fifth of a small run's own work) only for the process to end. Everything
    sdkgen writes is written and closed by the time `main` returns; the streams are
    flushed here.
    """
    try:
        main()
        code: int = 0
    except SystemExit as done:
        code = _exit_status(done.code)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: the output is lost either way
            code = code or 1
    os._exit(code)


def _exit_status(code: object) -> int:
    """The status `sys.exit(code)` would end with (a message is printed, and means 1)."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1
