"""Problems found in a spec or config, collected as values and printed only by the CLI.

Every stage reports what is wrong with its input as `Problem` values instead of raising,
so that one run can show every problem at once, each pinned to a file, a JSON pointer
and (where known) a line. A stage that cannot go on at all raises `SpecError` carrying
the problems found so far.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input file, located precisely enough to fix it."""

    file: str
    pointer: str
    message: str
    line: int | None = None
    hint: str | None = None
    severity: Severity = "error"
    column: int | None = None  # 1-based; known for syntax errors, where it matters most

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        if self.line is not None and self.column is not None:
            where += f":{self.column}"
        text = f"{where}: {self.pointer or '/'}: {self.message}"
        if self.severity == "warning":
            text = f"{where}: {self.pointer or '/'}: warning: {self.message}"
        if self.hint:
            text += f" (hint: {self.hint})"
        return text

    @property
    def sort_key(self) -> tuple[str, int, str, str]:
        return (self.file, self.line or 0, self.pointer, self.message)


class SpecError(Exception):
    """Raised when an input cannot be processed further; carries every problem found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(sorted(problems, key=lambda p: p.sort_key))
        super().__init__("\n".join(str(p) for p in self.problems))


def errors(problems: Iterable[Problem]) -> list[Problem]:
    """The problems that must stop generation (warnings are reported but not fatal)."""
    return [p for p in problems if p.severity == "error"]


def escape_pointer_token(token: str) -> str:
    """Escape one reference token for a JSON pointer (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    """Undo `escape_pointer_token`."""
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(pointer: str, *tokens: str | int) -> str:
    """Append reference tokens to a JSON pointer: join_pointer('/paths', '/a/{id}').

    Called for nearly every node the builder visits: tokens that need no escaping (most)
    are joined as they are."""
    joined = "/".join(t if isinstance(t, str) else str(t) for t in tokens)
    if "~" in joined or joined.count("/") != len(tokens) - 1:  # a token to escape
        joined = "/".join(escape_pointer_token(str(t)) for t in tokens)
    return f"{pointer}/{joined}" if tokens else pointer


def resolve_pointer(document: Any, tokens: Iterable[str], default: Any = None) -> Any:
    """The node that reference `tokens` lead to in `document` (object keys, array
    indexes), or `default` when one of them names nothing."""
    node = document
    for token in tokens:
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return default
    return node


def split_pointer(pointer: str) -> list[str]:
    """Split a JSON pointer ('' or '/a/b') into unescaped reference tokens."""
    if not pointer:
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"not a JSON pointer: {pointer!r}")
    return [unescape_pointer_token(t) for t in pointer[1:].split("/")]
