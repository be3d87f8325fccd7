"""How the `sdkgen` command talks: verbosity levels and colour, in one place.

Messages for people (problems, progress, summaries) go to stderr; results a script may
read (`diff` reports, `check` diffs, `init` actions) go to stdout. Colour is used on
terminals only, and never when `NO_COLOR` is set (https://no-color.org).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import click

from .problems import Problem

QUIET, NORMAL, VERBOSE = 0, 1, 2


def colour_wanted() -> bool | None:
    """False when NO_COLOR is set (to anything but the empty string); None lets click decide
    (colour on a terminal, plain text into a pipe or file)."""
    return False if os.environ.get("NO_COLOR") else None


@dataclass(frozen=True, slots=True)
class Console:
    """The command's voice at one verbosity: QUIET (errors only), NORMAL or VERBOSE."""

    verbosity: int = NORMAL

    @property
    def quiet(self) -> bool:
        return self.verbosity == QUIET

    @property
    def verbose(self) -> bool:
        return self.verbosity == VERBOSE

    def error(self, message: str) -> None:
        """Always shown: `message` starts with "error:" in red."""
        self._say(_paint(message, "error:", fg="red", bold=True))

    def problem(self, problem: Problem) -> None:
        """A spec problem: errors always, warnings unless quiet."""
        if problem.severity == "warning" and self.quiet:
            return
        where, sep, rest = str(problem).partition(": ")
        if problem.severity == "warning":
            rest = _paint(rest, "warning:", fg="yellow")
        self._say(click.style(where, bold=True) + sep + rest)

    def info(self, message: str, success: bool = False) -> None:
        """A summary line, unless quiet (green for a success)."""
        if not self.quiet:
            self._say(click.style(message, fg="green") if success else message)

    def detail(self, message: str) -> None:
        """Only with --verbose."""
        if self.verbose:
            self._say(click.style(message, dim=True))

    def out(self, message: str, nl: bool = True, **style: Any) -> None:
        """A result on stdout (what a script reads); styles apply on terminals only."""
        text = click.style(message, **style) if style else message
        click.echo(text, nl=nl, color=colour_wanted())

    def _say(self, message: str) -> None:
        click.echo(message, err=True, color=colour_wanted())


def _paint(text: str, label: str | None, **style: Any) -> str:
    """`text` with `label` (its first occurrence) styled."""
    if label is None or label not in text:
        return click.style(text, **style)
    before, _, after = text.partition(label)
    return before + click.style(label, **style) + after
