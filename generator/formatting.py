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


def format_files(files: dict[str, str], formatter: Formatter = black_format) -> dict[str, str]:
    """Format every `.py` file; other files pass through unchanged."""
    python = sorted(path for path in files if path.endswith(".py"))
    workers = min(os.cpu_count() or 1, 8)
    if len(python) >= _PARALLEL_THRESHOLD and workers > 1 and formatter is black_format:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            formatted = list(pool.map(formatter, (files[p] for p in python), chunksize=8))
    else:
        formatted = [formatter(files[p]) for p in python]
    result = dict(files)
    result.update(zip(python, formatted, strict=True))
    return result
