"""The whole pipeline in one call: load, validate, build the IR, render, format.

Stages hand values to each other; problems travel as values and become a `SpecError`
here, the one place that decides a run cannot go on. Nothing is written to disk: that is
the writer's job, once everything else has succeeded.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from . import ir
from .config import Config, load_config
from .diff.summary import SUMMARY_FILE, summary_text
from .format.formatting import format_files
from .model.builder import Builder
from .output.edits import PristinePart, pristine_part
from .output.provenance import PROVENANCE, digest, provenance_text, with_formatter
from .parallel import Beside
from .problems import Problem, SpecError, errors
from .render import rendering, unknown_templates
from .spec.loader import LoadedSpec, load_spec
from .spec.sources import SpecInput, spec_bytes


class Progress(Protocol):
    """Where a long run reports what it is doing (the CLI draws a bar on a terminal)."""

    def stage(self, name: str, total: int = 0) -> None: ...

    def advance(self, done: int) -> None: ...


@dataclass
class Generation:
    """The result of a successful run: the IR, every file's text, warnings, timings."""

    api: ir.Api
    files: dict[str, str]
    warnings: list[Problem]
    timings: dict[str, float] = field(default_factory=dict)
    # Parts of the pristine record compressed already (hand them to `write_generation`).
    pristine_parts: tuple[PristinePart, ...] = ()


def generate(
    spec_path: SpecInput,
    config_path: Path | None = None,
    *,
    config: Config | None = None,
    progress: Progress | None = None,
    strict: bool = False,
    ref_roots: Sequence[Path] = (),
    warnings: bool = True,
) -> Generation:
    """Run every stage; raises SpecError listing every error found.

    Real specs often break a rule or two (an undeclared path parameter, a duplicated
    operationId) in ways the generator can work around, so validation problems are
    warnings unless `strict`; only what makes generation meaningless stops it. A caller
    that shows no warnings (`check`) passes `warnings=False`: validation then runs only
    where its errors stop the run (`strict`, or not OpenAPI 3.0/3.1), since otherwise
    it cannot change the files, only the warnings.
    """
    with _fewer_collections():
        return _generate(spec_path, config_path, config, progress, strict, ref_roots, warnings)


def _generate(
    spec_path: SpecInput,
    config_path: Path | None,
    config: Config | None,
    progress: Progress | None,
    strict: bool,
    ref_roots: Sequence[Path],
    shown: bool,  # whether the caller shows warnings
) -> Generation:
    timings: dict[str, float] = {}
    step = _Stopwatch(timings, progress)
    with step("load"):
        spec = load_spec(spec_path, ref_roots)
        config = config if config is not None else load_config(config_path)
        _check_templates(config, config_path)
    # Validation runs beside the build (see `parallel`). A spec that fails validation
    # in strict mode, or is not OpenAPI 3.0/3.1, is refused even if building succeeded,
    # and whatever building raised on it is not what the user needs to hear.
    needed = shown or strict or not _supported(spec.root)
    with Beside(lambda: _validate(spec)) if needed else _NotValidated() as validation:
        builder = Builder(spec.root, config, spec.problem)
        with step("build"):
            try:
                api: ir.Api | None = builder.build()
                failure: Exception | None = None
            except Exception as exc:
                api, failure = None, exc
        with step("validate"):  # what is left of it after the build
            problems, bundled = validation.result()
    if errors(problems) and (strict or not _supported(spec.root)):
        raise SpecError(problems)
    if api is None:
        assert failure is not None
        raise failure
    problems = [_as_warning(p) for p in problems] + builder.problems
    if errors(problems):
        raise SpecError(problems)
    raw_spec = spec_bytes(spec_path)

    def records(docs: dict[str, str]) -> tuple[str, bytes]:
        """The API summary (it lets `check` and `diff` name API changes), and the docs'
        part of the pristine record (see `edits.pristine_part`): made beside the docs,
        while the code is laid out, which on large APIs takes longer."""
        return summary_text(api), pristine_part(docs)

    with step("render"), rendering(api, records, config.templates) as (files, others):
        python_files = sum(path.endswith(".py") for path in files)
        shaped: list[str] = []  # modules black laid out: only they depend on its version
        with step("format", python_files):
            advance = progress.advance if progress else None
            files = format_files(files, advance=advance, needed=shaped.extend)
        files[PROVENANCE] = provenance_text(raw_spec, spec.root, config, api, bundled)
        with step("render docs"):  # what is left of it after the code
            docs, (files[SUMMARY_FILE], docs_record) = others.result()
            files.update(docs)
    files[PROVENANCE] = with_formatter(files[PROVENANCE], len(shaped))
    warnings = sorted(problems, key=lambda p: p.sort_key)
    parts = ((frozenset(docs), docs_record),)
    return Generation(api, dict(sorted(files.items())), warnings, timings, parts)


# Generation allocates millions of long-lived objects (the spec, the IR, the texts) and
# little garbage: at Python's default threshold (700) the collector runs thousands of times
# and each full collection walks the whole spec again. Fewer collections: 10 % less CPU on
# GitHub's spec, and no more memory (cycles are still collected, less often).
_THRESHOLD = (50_000, 50, 100)


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    before = gc.get_threshold()
    gc.set_threshold(*_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*before)


class _NotValidated:
    """Stands for the validation `generate` was told it need not run."""

    def __enter__(self) -> _NotValidated:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def result(self) -> tuple[list[Problem], str]:
        return [], ""  # no digest of the bundled spec: the provenance makes it


def _check_templates(config: Config, config_path: Path | None) -> None:
    """Refuse template overrides that replace nothing (a misspelt name, a stale one)."""
    unknown = unknown_templates(config.templates)
    if not unknown:
        return
    file = str(config_path) if config_path is not None else "--templates"
    problems = [
        Problem(
            file,
            "/templates",
            f"template {name!r} replaces no built-in template",
            hint=f"did you mean {close!r}?" if close else "see docs/templates.md for the names",
        )
        for name, close in unknown
    ]
    raise SpecError(problems)


def _validate(spec: LoadedSpec) -> tuple[list[Problem], str]:
    """The spec's problems, and the digest of the bundled spec the provenance records:
    made beside the build, which takes longer (on GitHub's spec the digest alone is
    0.1 s that would otherwise come after the code is formatted)."""
    # Imported here, in the forked process that runs it: the parent never needs it.
    from .spec.validate import validate

    return validate(spec), digest(spec.root)


def _supported(root: dict[str, object]) -> bool:
    version = root.get("openapi")
    return isinstance(version, str) and version.startswith(("3.0.", "3.1."))


def _as_warning(problem: Problem) -> Problem:
    return dataclasses.replace(problem, severity="warning")


class _Stopwatch:
    """Times each stage (stages may nest) and reports it to an optional progress callback."""

    def __init__(self, timings: dict[str, float], progress: Progress | None) -> None:
        self._timings = timings
        self._progress = progress

    @contextlib.contextmanager
    def __call__(self, name: str, total: int = 0) -> Iterator[None]:
        if self._progress is not None:
            self._progress.stage(name, total)
        start = time.perf_counter()
        try:
            yield
        finally:
            self._timings[name] = time.perf_counter() - start
