"""Formats generated Python in black's style, so the output passes `black --check`.

Formatting is the slowest stage of generation, so it is pluggable: `format_files` takes a
formatter function, and files are formatted in parallel worker processes when there are
many of them.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

import black
from black.mode import TargetVersion
from black.report import NothingChanged

Formatter = Callable[[str], str]
_PARALLEL_THRESHOLD = 40


def black_format(source: str) -> str:
    """Format one module with black's default style (line length 88, Python 3.10+)."""
    mode = black.Mode(target_versions={TargetVersion.PY310})
    try:
        return black.format_str(source, mode=mode)
    except NothingChanged:
        return source


def format_files(
    files: dict[str, str],
    formatter: Formatter = black_format,
    advance: Callable[[int], None] | None = None,
) -> dict[str, str]:
    """Format every `.py` file; other files pass through unchanged.

    `advance(n)` is called as files are done, so a caller can show progress.
    """
    python = sorted(path for path in files if path.endswith(".py"))
    sources = (files[p] for p in python)
    workers = min(os.cpu_count() or 1, 8)
    formatted: list[str] = []
    if len(python) >= _PARALLEL_THRESHOLD and workers > 1 and formatter is black_format:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for text in pool.map(formatter, sources, chunksize=8):
                formatted.append(text)
                if advance is not None:
                    advance(1)
    else:
        for source in sources:
            formatted.append(formatter(source))
            if advance is not None:
                advance(1)
    result = dict(files)
    result.update(zip(python, formatted, strict=True))
    return result
