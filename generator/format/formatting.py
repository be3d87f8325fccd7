"""Formats generated Python in black's style, so the output passes `black --check`.

Running black on every file is by far the slowest part of generation, so the templates
write black's style directly (blank lines, quotes, magic trailing commas) and lay out
long expressions with `layout`, which reproduces black's rules for the shapes the
generator writes. Black then only runs on the rare file where a line of code is still
longer than black's limit and is not one black leaves too (`long_lines` decides), and
only on the statements holding such lines; it is only imported then (0.1 s). The test
suite checks, on every spec it generates from, that black leaves the output unchanged.
"""

from __future__ import annotations

import functools
import importlib.util
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from .. import cache
from . import statements
from .layout import LINE_LENGTH
from .long_lines import long_code_lines, needs, needs_black

__all__ = ["black_format", "black_version", "format_files", "needs_black"]

Formatter = Callable[[str], str]
_PARALLEL_THRESHOLD = 40


def black_format(source: str) -> str:
    """Format one module with black's default style (line length 88, Python 3.10+)."""
    import black
    from black.mode import TargetVersion
    from black.report import NothingChanged

    mode = black.Mode(target_versions={TargetVersion.PY310})
    try:
        return black.format_str(source, mode=mode)
    except NothingChanged:
        return source


def format_files(
    files: dict[str, str],
    formatter: Formatter = black_format,
    advance: Callable[[int], None] | None = None,
    needed: Callable[[list[str]], None] | None = None,
) -> dict[str, str]:
    """Run the formatter where a `.py` file needs it; others pass through unchanged.

    Only the statements holding long lines go to the formatter (see `statements`); a
    module this cannot be done for is formatted whole. Black's results are cached by
    content (see `cache`), so a file black already formatted once is not formatted again.
    `advance(n)` is called as files are done, so a caller can show progress; `needed` is
    told which modules the formatter shaped (cached or not): only they depend on its version.
    """
    python = sorted(path for path in files if path.endswith(".py"))
    long_lines = {path: long_code_lines(files[path]) for path in python}
    todo = [path for path in python if needs(long_lines[path])]
    if needed is not None:
        needed(list(todo))
    result = dict(files)
    folder = cache.cache_dir("black") if formatter is black_format and todo else None
    keys = {path: cache.key(_black_version(), files[path]) for path in todo} if folder else {}
    for path in list(todo):
        cached = cache.read(folder, keys[path]) if folder else None
        if cached is not None:
            result[path] = cached
            todo.remove(path)
    if advance is not None:
        advance(len(python) - len(todo))
    done = _by_statement(formatter, {path: (files[path], long_lines[path]) for path in todo})
    whole = [path for path in todo if path not in done]
    if advance is not None:
        advance(len(done))
    done.update(zip(whole, _run(formatter, [files[p] for p in whole], advance), strict=True))
    for path, text in done.items():
        result[path] = text
        if folder is not None:
            cache.write(folder, keys[path], text)
    return result


def _by_statement(
    formatter: Formatter, sources: dict[str, tuple[str, tuple[list[int], set[int]] | None]]
) -> dict[str, str]:
    """The modules whose long statements could be formatted on their own, formatted.

    `sources` maps each path to its text and what `long_code_lines` found in it."""
    plans: dict[str, tuple[list[str], list[statements.Statement]]] = {}
    for path, (source, found) in sources.items():
        if found is None:
            continue
        lines = source.split("\n")
        held = statements.statements_holding(lines, found[0], found[1])
        if held is not None:
            plans[path] = (lines, held)
    pieces = [
        ("\n".join(lines[s.start : s.end + 1]), s) for lines, held in plans.values() for s in held
    ]
    texts = statements.format_statements(
        pieces, lambda modules: list(_run(formatter, modules, None, parallel=len(modules) > 1))
    )
    if texts is None:
        return {}
    done: dict[str, str] = {}
    position = 0
    for path, (lines, held) in plans.items():
        done[path] = statements.splice(lines, held, texts[position : position + len(held)])
        position += len(held)
    return done


def _run(
    formatter: Formatter,
    sources: list[str],
    advance: Callable[[int], None] | None,
    parallel: bool | None = None,
) -> Iterator[str]:
    """Formatted sources in order; black runs in a process per core when there are many."""
    workers = min(os.cpu_count() or 1, 8)
    if parallel is None:
        parallel = len(sources) >= _PARALLEL_THRESHOLD
    if parallel and workers > 1 and formatter is black_format:
        from concurrent.futures import ProcessPoolExecutor  # 15 ms to import; rarely needed

        # Imported here, the workers (forked) start with it: one import (0.1 s of CPU)
        # instead of one in each worker.
        import black  # noqa: F401

        with ProcessPoolExecutor(max_workers=workers) as pool:
            for text in pool.map(formatter, sources, chunksize=8 if len(sources) > 16 else 1):
                if advance is not None:
                    advance(1)
                yield text
    else:
        for source in sources:
            text = formatter(source)
            if advance is not None:
                advance(1)
            yield text


@functools.cache
def black_version() -> str:
    """The installed black's version, read without importing black (0.1 s) or
    importlib.metadata (40 ms): from the name of its `.dist-info` folder."""
    spec = importlib.util.find_spec("black")
    origin = spec.origin if spec is not None else None
    if origin is not None:
        site = Path(origin).parent.parent
        found = sorted(site.glob("black-*.dist-info"))
        if len(found) == 1:
            return found[0].name[len("black-") : -len(".dist-info")]
    from importlib import metadata

    try:
        return metadata.version("black")
    except metadata.PackageNotFoundError:
        return "unknown"


def _black_version() -> str:
    """Part of each cache key: another black may format differently."""
    return f"black {black_version()} py310 {LINE_LENGTH}"
