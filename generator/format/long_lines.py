"""Which lines of a module written in black's style black would still change.

The templates and `layout` write black's layout directly, so a line over the limit is
usually one black leaves too: a long name or string with nothing to split it at, or a
docstring's prose. `needs_black` tells those apart from the rare line black would split,
so black (0.1 s to import) runs only for modules that hold one. Tests check every shape
below against black itself, at every length around the limit.
"""

from __future__ import annotations

import ast
import functools
import itertools
import re
from collections.abc import Callable, Iterator

from .layout import INDENT, LINE_LENGTH

# Long lines black (stable style) leaves as they are, because it has nothing to split them
# at: an atom alone on its line (a name, a string, `name()`, maybe after `| ` or before a
# comma), the head of a call (also as a keyword's lambda: `next_page=lambda c: f(`), `def`
# or `class` whose content is on the next lines, a
# `"key": value,` dict entry, a `name=name,` or `name="text"` argument, a `name: Type,`
# parameter, `class Name:`, `name: (` (an annotation split below it), a comment line.
# Not `x = f(` nor `x: Name`: black wraps those right-hand sides in parentheses when that
# makes them fit.
# Tests check each shape against black at every length around the limit.
_STRING = r"""(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')"""
_UNSPLITTABLE = re.compile(
    r"""^\s*(?:
        (?:\|\ )?(?:await\ )?(?:[\w.]+(?:\(\))?|STRING),?
      | (?:(?:async\ )?def\ \w+|class\ \w+|(?:await\ )?[\w.]+)[(\[]
      | \w+=lambda[\w\ ,]*:\ [\w.]+\(
      | def\ \w+\(\)\ ->\ \(
      | STRING:\ (?:STRING|\w+|\{\}|\[\]),
      | STRING:\ [{\[]
      | \w+=\w+,
      | \w+=STRING,
      | \w+:\ [\w.]+,
      | \w+:\ \(
      | \w+=[(\[{]
      | class\ \w+:
      | from\ [\w.]+\ import\ \(
      | \#.*
    )$""".replace("STRING", _STRING),
    re.VERBOSE,
)

# The same entries without their comma: black leaves them so only alone in their brackets
# (it would add the comma after the last of several items).
_UNSPLITTABLE_ALONE = re.compile(
    r"""^\s*(?:STRING:\ (?:STRING|\w+)|\w+=(?:STRING|[\w.]+))$""".replace("STRING", _STRING),
    re.VERBOSE,
)


# `keyword=name` whose value goes on, split, on the next line (`| int,`).
_KEYWORD_NAME = re.compile(r"^\s*\w+=[\w.]+$")


# Code, then a `# type: ignore` comment: black never splits a line all of whose code came
# from one line of the source and which such a comment ends (the comment would move).
_TYPE_IGNORED = re.compile(r"^ *([^#'\"]*[^#'\" ])  # type: ignore\b[^#]*$")


def _balanced(code: str) -> bool:
    """Whether every bracket opened in `code` closes in it, and none closes unopened."""
    depth = 0
    for char in code:
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


# The one argument of a call split after its `(`: an atom, with no comma after it.
_LONE_ARGUMENT = re.compile(r"^ *[\w.]+$")

# `) -> Type:`, the end of a split signature: black puts a plain name in parentheses on a
# line of its own only when it fits there (a dotted name, even when it does not).
_RETURN_TYPE = re.compile(r"^( *)\) -> (\w+):(?: \.\.\.)?$")

# `name: Type = (`, a long default black put in parentheses on the lines below.
_PARENTHESIZED_DEFAULT = re.compile(r"^( *)\w+: ([\w.]+) = \($")

# Right-hand sides black wraps in parentheses only when that makes them fit: `x = f(`,
# `x = await f(`, `X = Literal[`, `return f(`, `name: Type`. Groups: indentation, then the
# text before the would-be `(` and the right side, for each form.
_WRAPPABLE = re.compile(r"^( *)(?:([\w.]+ = |return )((?:await )?[\w.]+[(\[])|(\w+: )([\w.]+))$")

# `target = (` then an atom alone, then `)`: black's split of `target = atom` (see below)
# when the target alone is too long.
_LONG_TARGET = re.compile(r"^( *)[\w.]+ = \($")
_ATOM_ALONE = re.compile(r"^( *)(?:[\w.]+|STRING)$".replace("STRING", _STRING))

# `x = atom` or `return atom` (a name, a plain string, a number: one token): black puts
# the atom in parentheses on a line of its own only when it fits there (a dotted name,
# always). Groups: indentation, the atom.
_WRAPPABLE_ATOM = re.compile(r"^( *)(?:[\w.]+ = |return )(\w+|STRING)$".replace("STRING", _STRING))


def _black_leaves(
    line: str,
    before: str = "",
    after: str = "",
    then: str = "",
    below: Callable[[], Iterator[str]] | None = None,
) -> bool:
    """Whether black leaves this over-long line as it is (it has nowhere to split it);
    `before` is the line above, `after` and `then` the two below, `below` gives every
    line below it, when the bracket it opens must be read."""
    if _UNSPLITTABLE.match(line):
        return True
    ignored = _TYPE_IGNORED.match(line)
    if ignored is not None:
        return _balanced(ignored.group(1))
    if _KEYWORD_NAME.match(line) and after.lstrip().startswith("| "):
        return True  # `as_type=LongName` then `| int,`: a split union
    if _UNSPLITTABLE_ALONE.match(line):
        return before.endswith(("(", "[", "{")) and after.lstrip().startswith((")", "]", "}"))
    returned = _RETURN_TYPE.match(line)
    if returned is not None:
        return len(returned.group(1)) + INDENT + len(returned.group(2)) > LINE_LENGTH
    default = _PARENTHESIZED_DEFAULT.match(line)
    if default is not None:  # black would rather wrap the annotation, if that fitted
        indent, annotation = default.groups()
        return len(indent) + INDENT + len(annotation) > LINE_LENGTH < len(after)
    atom = _atom_leaves(line, after, then)
    if atom is not None:
        return atom
    wrappable = _WRAPPABLE.match(line)
    if wrappable is None:
        return False
    return _right_hand_side_leaves(wrappable, after, then, below)


def _atom_leaves(line: str, after: str, then: str) -> bool | None:
    """Whether black leaves `x = atom`, `return atom` or `target = (` (of `target = (`,
    atom, `)`) as they are; None for other lines."""
    atom = _WRAPPABLE_ATOM.match(line)
    if atom is not None:
        return len(atom.group(1)) + INDENT + len(atom.group(2)) > LINE_LENGTH
    target = _LONG_TARGET.match(line)
    if target is None:
        return None
    pad = target.group(1)  # black wraps an atom whatever the length of the target
    inner = _ATOM_ALONE.match(after)
    return inner is not None and inner.group(1) == pad + " " * INDENT and then == pad + ")"


def _right_hand_side_leaves(
    wrappable: re.Match[str],
    after: str,
    then: str,
    below: Callable[[], Iterator[str]] | None = None,
) -> bool:
    """Whether black leaves a `_WRAPPABLE` line as it is: when the parentheses would not
    make it fit."""
    indent, *parts = wrappable.groups()
    target, right = [part for part in parts if part is not None]
    opening = len(indent) + len(target) + 1  # `x = (`
    wrapped = len(indent) + INDENT + len(right)  # the right side alone, one level deeper
    if right.endswith("(") and then == indent + ")" and _LONE_ARGUMENT.match(after):
        # `x = f(arg)` split after `f(`: black puts it in parentheses if it then fits
        # whole, or split again, with `arg` two levels deeper.
        argument = after.strip()
        deeper = len(indent) + 2 * INDENT + len(argument)
        whole = wrapped + len(argument) + 1
        return opening > LINE_LENGTH or (
            whole > LINE_LENGTH and (wrapped > LINE_LENGTH or deeper > LINE_LENGTH)
        )
    if opening > LINE_LENGTH or wrapped > LINE_LENGTH:
        return True
    calls = right.endswith("(") and not target.endswith(": ")
    return calls and below is not None and _unfit_one_level_deeper(indent, below())


def _unfit_one_level_deeper(indent: str, below: Iterator[str]) -> bool:
    """Whether a line inside the bracket that the line above `below` opens (down to its
    closing line, `indent + ")"`) would be too long one level deeper and is one black
    cannot split. Black wraps `x = f(` in parentheses only when every line of the result
    fits, so it then leaves the call as it is."""
    closing, inside = indent + ")", indent + " "
    for line in below:
        if line == closing or not line.startswith(inside):
            return False
        shifted = " " * INDENT + line
        if len(shifted) > LINE_LENGTH and _UNSPLITTABLE.match(shifted):
            return True
    return False


def needs_black(source: str) -> bool:
    """Whether a module written in black's style still has a code line over the limit.

    Long lines inside docstrings do not count, nor lines black cannot split either.
    """
    return needs(long_code_lines(source))


def needs(found: tuple[list[int], set[int]] | None) -> bool:
    """What `long_code_lines` found means black must run (None: a syntax error)."""
    return found is None or bool(found[0])


def long_code_lines(source: str) -> tuple[list[int], set[int]] | None:
    """(0-based numbers of the code lines black would change, 1-based docstring line
    numbers), or None when the module does not parse (black will say why).

    Most long lines are docstring prose (an argument's description), so docstrings are
    set aside before any line is read as code."""
    found = list(_LONG_LINE.finditer(source))  # a regex finds the few long lines in C
    if not found:
        return [], set()
    docstrings = _docstring_lines(source)
    if docstrings is None:
        docstrings = _parsed_docstring_lines(source)
        if docstrings is None:
            return None
    long_lines = []
    counted, number = 0, 0  # source[:counted] holds `number` line breaks
    for line in found:
        number += source.count("\n", counted, line.start())
        counted = line.start()
        if number + 1 in docstrings:
            continue
        below = functools.partial(_lines_below, source, line.end())
        if not _black_leaves(line.group(), *_around(source, line.start(), line.end()), below):
            long_lines.append(number)
    return long_lines, docstrings


def _around(source: str, start: int, end: int) -> tuple[str, str, str]:
    """The line before the line `source[start:end]` and the two after it ("" past either
    end of the source)."""
    above = source.rfind("\n", 0, max(start - 1, 0)) + 1 if start else start
    after = [*itertools.islice(_lines_below(source, end), 2), "", ""]
    return source[above : max(start - 1, above)], after[0], after[1]


def _lines_below(source: str, end: int) -> Iterator[str]:
    """The lines after the one ending at `end`, read one by one as they are asked for."""
    while end < len(source):
        below = source.find("\n", end + 1)
        below = len(source) if below < 0 else below
        yield source[end + 1 : below]
        end = below


_TRIPLE = '"""'
_LONG_LINE = re.compile(r"^.{" + str(LINE_LENGTH + 1) + r",}", re.MULTILINE)


def _docstring_lines(source: str) -> set[int] | None:
    """Line numbers of the docstrings of a module written by the generator, or None.

    A line scan is ~30x faster than `ast`. It only follows the shape the templates write
    (a docstring starts a line with `\"\"\"` and ends a line with it) and gives up, for
    `ast` to decide, on anything else that holds three quotes or a line continuation.
    """
    lines: set[int] = set()
    inside = False
    for number, line in enumerate(source.split("\n"), 1):
        count = line.count(_TRIPLE)
        if "\\" in line and (count or line.endswith("\\")):
            return None  # an escape near a delimiter, or a continued line: not our shape
        if inside:
            lines.add(number)
            if count == 1 and line.endswith(_TRIPLE):
                inside = False
            elif count:
                return None
        elif count:
            text = line.lstrip()
            if not text.startswith(_TRIPLE) or "'''" in line:
                return None
            if count == 2 and text.endswith(_TRIPLE) and len(text) >= 6:
                lines.add(number)
            elif count == 1:
                lines.add(number)
                inside = True
            else:
                return None
        elif "'''" in line:
            return None
    return None if inside else lines


def _parsed_docstring_lines(source: str) -> set[int] | None:
    """Line numbers of every string statement (docstrings), from the syntax tree."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    docstrings: set[int] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
            and node.end_lineno is not None
        ):
            docstrings.update(range(node.lineno, node.end_lineno + 1))
    return docstrings
