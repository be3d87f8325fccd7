"""Black on the few statements that need it, instead of on whole modules.

The layout engine writes almost every line in black's style already; what is left is a
handful of statements per module (GitHub's spec: about 500 in 390 of 6,500 modules)
whose long names make black choose another split. Black formats each logical line on
its own, knowing only its indentation, so those statements are cut out, each put back
at its depth inside dummy `if _:` blocks, formatted together in one black call, and
spliced back. That is about ten times less text for black than the modules holding them.

Anything this module is not sure of (a triple-quoted string or a backslash outside
docstrings, a statement black cannot parse on its own, output that does not split back
into the statements sent) makes the caller format the whole module instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

MARK = "# sdkgen: end of statement"
_PARALLEL_TEXT = 40_000  # characters of statements
_CODE_NOISE = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|#.*')
_OPENING = re.compile(r"[(\[{]")
_CLOSING = re.compile(r"[)\]}]")


@dataclass(frozen=True, slots=True)
class Statement:
    """Lines `start`..`end` (0-based, inclusive) of a module: one logical line."""

    start: int
    end: int
    indent: int
    header: bool  # `def f(...) -> X:` and the like: the statement's body follows it
    decorator: bool = False  # `@name(...)`: the `def` it decorates follows it


def statements_holding(
    lines: Sequence[str], targets: Sequence[int], docstrings: set[int]
) -> list[Statement] | None:
    """The statements that hold the 0-based `targets` lines, or None when unsure.

    `docstrings` holds the 1-based numbers of docstring lines, which are skipped.
    """
    wanted = set(targets)
    found: list[Statement] = []
    depth, start, hit = 0, 0, False
    for number, line in enumerate(lines):
        if number + 1 in docstrings:
            continue
        if '"""' in line or "'''" in line or line.endswith("\\"):
            return None  # strings or continuations the bracket count cannot follow
        if depth == 0:
            start, hit = number, False
        code = _CODE_NOISE.sub("", line)
        depth += len(_OPENING.findall(code)) - len(_CLOSING.findall(code))
        if depth < 0:
            return None
        hit = hit or number in wanted
        if depth == 0 and hit:
            first = lines[start]
            indent = len(first) - len(first.lstrip(" "))
            if indent % 4:
                return None
            header = code.rstrip().endswith(":")
            decorator = first.lstrip().startswith("@")
            found.append(Statement(start, number, indent, header, decorator))
            if number >= max(wanted):
                return found
            hit = False
    return None  # a target was inside brackets that never closed


def _blocks(statement: Statement) -> list[str]:
    """The dummy `if _:` lines that put a statement at its depth."""
    return [" " * (4 * level) + "if _:" for level in range(statement.indent // 4)]


def _wrapped(text: str, statement: Statement) -> str:
    """The statement in a context black parses at its depth, then the end mark.

    A header gets a body (`pass`), a decorator something to decorate (`def _():`):
    alone, neither parses."""
    blocks = "".join(line + "\n" for line in _blocks(statement))
    after = "".join("\n" + line for line in _after(statement))
    return f"{blocks}{text}{after}\n{MARK}\n"


def _after(statement: Statement) -> list[str]:
    """The lines `_wrapped` puts after the statement, for it to parse on its own."""
    pad = " " * statement.indent
    if statement.decorator:
        return [pad + "def _():", pad + "    pass"]
    return [pad + "    pass"] if statement.header else []


def _unwrapped(chunk: str, statement: Statement) -> str | None:
    """The formatted statement back out of its context, or None if it is not as sent."""
    lines = [line for line in chunk.split("\n") if line.strip()]
    blocks = _blocks(statement)
    levels = len(blocks)
    if lines[:levels] != blocks:
        return None
    lines = lines[levels:]
    after = _after(statement)
    if after:
        if len(lines) <= len(after) or lines[-len(after) :] != after:
            return None
        lines = lines[: -len(after)]
    return "\n".join(lines) if lines else None


def format_statements(
    pieces: Sequence[tuple[str, Statement]], run: Callable[[list[str]], list[str]]
) -> list[str] | None:
    """Each statement's text formatted, in order; None if the batch did not come back.

    `run` formats a list of modules (black in parallel processes, say); the statements are
    split into as many batches as it has workers, in order.
    """
    if not pieces:
        return []
    # Two batches (black in two processes) pay once there is work enough for both: black
    # takes ~0.3 s per 50 KB, a worker costs a fork and the pickling of its batch.
    size = sum(len(text) for text, _ in pieces)
    batches = _split(pieces, 2 if size >= _PARALLEL_TEXT else 1)
    try:
        outputs = run(["".join(_wrapped(text, s) for text, s in batch) for batch in batches])
    except Exception:  # black could not parse a statement out of its module: the caller
        return None  # formats whole modules, where it will report any real error
    result: list[str] = []
    for batch, output in zip(batches, outputs, strict=True):
        chunks = output.split(MARK + "\n")
        if len(chunks) != len(batch) + 1 or chunks[-1].strip():
            return None
        for chunk, (_, statement) in zip(chunks, batch, strict=False):
            text = _unwrapped(chunk, statement)
            if text is None:
                return None
            result.append(text)
    return result


def _split(
    pieces: Sequence[tuple[str, Statement]], parts: int
) -> list[list[tuple[str, Statement]]]:
    size = -(-len(pieces) // parts)
    return [list(pieces[i : i + size]) for i in range(0, len(pieces), size)]


def splice(lines: list[str], statements: Sequence[Statement], texts: Sequence[str]) -> str:
    """The module with each statement's lines replaced by its formatted text."""
    for statement, text in sorted(
        zip(statements, texts, strict=True), key=lambda pair: -pair[0].start
    ):
        lines[statement.start : statement.end + 1] = text.split("\n")
    return "\n".join(lines)
