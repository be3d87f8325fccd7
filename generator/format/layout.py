"""Lays out bracketed Python expressions exactly as black would, without running black.

Black is the slowest stage of generation by far, yet almost everything the generator
writes is made of a few shapes: calls, signatures and collection literals whose items are
separated by commas. For those shapes black's stable style reduces to three rules,
applied from the outside in:

1. the whole expression fits on the line: keep it on one line;
2. a call (not a collection literal) whose arguments fit on one line at the next
   indentation level: put them there, between the opening and closing lines;
3. otherwise one item per line, each followed by a comma, each laid out by these rules.

A trailing comma already present in the items (a "magic trailing comma") forces rule 3.
The formatter still runs black on any file where this module could not keep every line
within the limit, and the test suite checks every layout against black itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

LINE_LENGTH = 88
INDENT = 4


@dataclass(frozen=True, slots=True)
class Bracket:
    """`head` + items + `tail`: `foo(` a, b `)`, `[` x `]`, `def f(` ... `) -> X:`."""

    head: str  # everything up to and including the opening bracket
    items: tuple[Node, ...]
    tail: str  # the closing bracket and whatever follows it on the line
    kind: Literal["call", "atom"] = "call"  # atoms (literals) always explode when split
    magic: bool = False  # a trailing comma was written: always one item per line
    bare: bool = False  # the brackets exist only when split (`from x import (a, b)`)


@dataclass(frozen=True, slots=True)
class Union:
    """`A | B | C`: split one member per line, each after the first led by `| ` (or by
    another operator of one priority: `a + b`)."""

    members: tuple[Node, ...]
    operator: str = "|"


@dataclass(frozen=True, slots=True)
class Clauses:
    """`element for x in xs`: a comprehension, split one clause per line (black's split at
    its `for`)."""

    parts: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Parens:
    """`prefix inner after` that, when too long, becomes `prefix (` inner `) after`.

    Black wraps long type hints and long right-hand sides in parentheses this way.
    """

    prefix: str
    inner: Node
    after: str = ""


@dataclass(frozen=True, slots=True)
class Annotated:
    """`name: annotation = default` (a class attribute, a TypedDict key or a parameter)."""

    name: str
    annotation: Node
    default: str | None = None
    statement: bool = True  # a class-level statement; False for a function parameter


@dataclass(frozen=True, slots=True)
class Assign:
    """`target = value`. When the value's first line would be too long (a long target),
    black moves the whole value inside parentheses on the next lines, if that fits.
    `return value` is the same with `return` as the target and a space as the operator."""

    target: str
    value: Node
    operator: str = " = "


Node = str | Bracket | Union | Clauses | Parens | Annotated | Assign


def call(head: str, items: Sequence[Node], tail: str = ")") -> Bracket:
    return Bracket(head, tuple(items), tail, "call")


def atom(head: str, items: Sequence[Node], tail: str) -> Bracket:
    return Bracket(head, tuple(items), tail, "atom")


def exploded(head: str, items: Sequence[Node], tail: str = ")") -> Bracket:
    """Always one item per line (what the generator wants for signatures and requests)."""
    return Bracket(head, tuple(items), tail, "call", magic=True)


def import_from(module: str, names: Sequence[str]) -> Bracket:
    """`from module import a, b`, parenthesized one name per line when too long."""
    return Bracket(f"from {module} import (", tuple(names), ")", "atom", bare=True)


def union(members: Sequence[Node]) -> Node:
    """A union of types, flattening nested unions and dropping repeated members."""
    flattened: dict[str, Node] = {}
    for member in members:
        for part in member.members if isinstance(member, Union) else (member,):
            flattened.setdefault(flat(part), part)
    parts = tuple(flattened.values())
    return parts[0] if len(parts) == 1 else Union(parts)


def flat(node: Node) -> str:
    """The node on one line."""
    if isinstance(node, str):
        return node
    if isinstance(node, Union):
        return f" {node.operator} ".join(flat(m) for m in node.members)
    if isinstance(node, Clauses):
        return " ".join(flat(p) for p in node.parts)
    if isinstance(node, Parens):
        return node.prefix + flat(node.inner) + node.after
    if isinstance(node, Annotated):
        default = "" if node.default is None else f" = {node.default}"
        return f"{node.name}: {flat(node.annotation)}{default}"
    if isinstance(node, Assign):
        return f"{node.target}{node.operator}{flat(node.value)}"
    items = ", ".join(flat(i) for i in node.items)
    if node.bare:
        return node.head[:-1] + items + node.tail[1:]
    return node.head + items + node.tail


def _has_magic(node: Node) -> bool:
    if isinstance(node, Union):
        return any(_has_magic(m) for m in node.members)
    if isinstance(node, Clauses):
        return any(_has_magic(p) for p in node.parts)
    if isinstance(node, Parens):
        return _has_magic(node.inner)
    if isinstance(node, Annotated):
        return _has_magic(node.annotation)
    if isinstance(node, Assign):
        return _has_magic(node.value)
    return isinstance(node, Bracket) and (node.magic or any(_has_magic(i) for i in node.items))


def _prefixed(prefix: str, node: Node) -> Node:
    """The node with text put in front of its first line."""
    if isinstance(node, str):
        return prefix + node
    if isinstance(node, Bracket):
        return Bracket(prefix + node.head, node.items, node.tail, node.kind, node.magic, node.bare)
    if isinstance(node, Parens):
        return Parens(prefix + node.prefix, node.inner, node.after)
    if isinstance(node, Annotated):
        return Annotated(prefix + node.name, node.annotation, node.default, node.statement)
    if isinstance(node, Assign):
        return Assign(prefix + node.target, node.value, node.operator)
    if isinstance(node, Clauses):
        return Clauses((_prefixed(prefix, node.parts[0]), *node.parts[1:]))
    return Union((_prefixed(prefix, node.members[0]), *node.members[1:]), node.operator)


def render(node: Node, indent: int = 0, suffix: str = "") -> str:
    """The node laid out at `indent` spaces, followed by `suffix` (e.g. a comma)."""
    return "\n".join(_lines(node, indent, suffix))


def _lines(node: Node, indent: int, suffix: str) -> list[str]:
    pad = " " * indent
    one_line = flat(node) + suffix
    if isinstance(node, str) or (isinstance(node, Bracket) and not node.items):
        return [pad + one_line]
    if indent + len(one_line) <= LINE_LENGTH and not _has_magic(node):
        return [pad + one_line]
    if isinstance(node, Union):
        lines: list[str] = []
        last = len(node.members) - 1
        for index, member in enumerate(node.members):
            member = member if index == 0 else _prefixed(f"{node.operator} ", member)
            lines.extend(_lines(member, indent, suffix if index == last else ""))
        return lines
    if isinstance(node, Clauses):
        last = len(node.parts) - 1
        return [
            line
            for index, part in enumerate(node.parts)
            for line in _lines(part, indent, suffix if index == last else "")
        ]
    if isinstance(node, Parens):
        return [
            pad + node.prefix + "(",
            *_lines(node.inner, indent + INDENT, ""),
            pad + ")" + node.after + suffix,
        ]
    if isinstance(node, Annotated):
        return _annotated_lines(node, indent, suffix)
    if isinstance(node, Assign):
        return _assign_lines(node, indent, suffix)
    return _split_lines(node, indent, suffix)


def _split_lines(node: Bracket, indent: int, suffix: str) -> list[str]:
    """The bracket split: its item alone on its line, or its items on one line (a call),
    or one item per line, each followed by a comma."""
    pad, inner = " " * indent, " " * (indent + INDENT)
    head, tail = pad + node.head, pad + node.tail + suffix
    if len(node.items) == 1 and not node.magic and not node.bare:
        return [head, *_lines(node.items[0], indent + INDENT, ""), tail]
    if node.kind == "call" and not _has_magic(node):
        body = ", ".join(flat(i) for i in node.items)
        if indent + INDENT + len(body) <= LINE_LENGTH:
            return [head, inner + body, tail]
    lines = [head]
    for item in node.items:
        lines.extend(_lines(item, indent + INDENT, ","))
    lines.append(tail)
    return lines


def _annotated_lines(node: Annotated, indent: int, suffix: str) -> list[str]:
    """Black's choices for a long annotated name, in the order black tries them."""
    pad = " " * indent
    ann = node.annotation
    after = "" if node.default is None else f" = {node.default}"
    lhs = f"{node.name}: {flat(ann)}"
    plain_default = node.default is not None and not any(c in node.default for c in "([{")
    # Black wraps a statement's annotation in invisible parentheses, so its "left side
    # holds brackets" test always passes: a plain default moves to its own line whenever
    # `name: annotation = (` fits.
    if node.statement and plain_default and indent + len(lhs) + 4 <= LINE_LENGTH:
        return [pad + lhs + " = (", pad + " " * INDENT + str(node.default), pad + ")" + suffix]
    if isinstance(ann, Union):
        return _lines(Parens(f"{node.name}: ", ann, after), indent, suffix)
    if isinstance(ann, Bracket) and not ann.bare:
        bracket = Bracket(
            f"{node.name}: {ann.head}", ann.items, ann.tail + after, ann.kind, ann.magic
        )
        return _lines(bracket, indent, suffix)
    if node.statement and node.default is None and isinstance(ann, str):
        inner = " " * (indent + INDENT) + ann
        if len(inner) <= LINE_LENGTH:  # a long plain name goes inside parentheses
            return [pad + f"{node.name}: (", inner, pad + ")" + suffix]
    return [pad + flat(node) + suffix]


def _assign_lines(node: Assign, indent: int, suffix: str) -> list[str]:
    """Black's "second opinion": a split whose first line is still too long is replaced
    by the value in parentheses, when every line of that fits."""
    head = node.target + node.operator
    plain = _lines(_prefixed(head, node.value), indent, suffix)
    if isinstance(node.value, str):  # `x = atom`, `return atom`: see `_wraps_atom`
        wraps = _wraps_atom(node.value, indent + INDENT)
        return _lines(Parens(head, node.value), indent, suffix) if wraps else plain
    if len(plain) == 1 or len(plain[0]) <= LINE_LENGTH:
        return plain
    wrapped = _lines(Parens(head, node.value), indent, suffix)
    return wrapped if all(len(line) <= LINE_LENGTH for line in wrapped) else plain


_DOTTED = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+")


def _wraps_atom(value: str, indent: int) -> bool:
    """Whether black puts a too long right-hand side that is one name, string or number
    in parentheses on a line of its own: when it then fits; a dotted name, always (black
    could split it at a dot, so it keeps the parentheses even when the name is too long)."""
    return indent + len(value) <= LINE_LENGTH or _DOTTED.fullmatch(value) is not None


def assign(name: str, value: Node) -> Node:
    """`name = value`: a long union is parenthesized, a long subscript split at its
    bracket (or parenthesized, when the name is too long for that)."""
    if isinstance(value, Union):
        return Parens(f"{name} = ", value)
    if isinstance(value, Bracket):
        return Assign(name, value)
    return _prefixed(f"{name} = ", value)


def annotated_call(name: str, annotation: Node, call: Bracket, indent: int) -> str:
    """`name: annotation = Field(...)` in a class body, laid out as black does.

    When `name: annotation = Field(` is too long: if `name: annotation = (` fits, the call
    goes inside parentheses on its own lines; otherwise the annotation does (or is split
    at its own bracket), with `) = Field(...)` after it. Shapes beyond these stay as they
    are, with a long line, for black to format.
    """
    head = f"{name}: {flat(annotation)} = "
    plain = render(Bracket(head + call.head, call.items, call.tail, call.kind, call.magic), indent)
    if len(plain.split("\n", 1)[0]) <= LINE_LENGTH:
        return plain
    if indent + len(head) <= LINE_LENGTH - 1:  # black's test: `name: annotation = (` fits
        return render(Parens(head, call), indent)
    after = " = " + flat(call)
    if indent + 1 + len(after) > LINE_LENGTH or _has_magic(call):
        return _annotation_wrapped(name, annotation, call, indent) or plain
    if isinstance(annotation, Bracket) and not annotation.bare:
        split: Node = Bracket(
            f"{name}: {annotation.head}", annotation.items, annotation.tail + after,
            annotation.kind, annotation.magic,
        )  # fmt: skip
    else:
        split = Parens(f"{name}: ", annotation, after)
    laid_out = render(split, indent)
    if fits(laid_out) and "\n" in laid_out:
        return laid_out
    return _annotation_wrapped(name, annotation, call, indent) or plain


def _annotation_wrapped(name: str, annotation: Node, call: Bracket, indent: int) -> str | None:
    """`name: (`, the annotation one level deeper, then `) = Field(...)`: black's choice
    when neither `name: annotation = Field(` nor `name: annotation = (` fits. The call
    is split as it would be on its own; when `name: (` is too long too, black has split
    the call first (then the line before it at the annotation), so it is split always.
    A lone name too long for its line is not wrapped where the call is split: black
    keeps `name: Type = Field(` then."""
    if isinstance(annotation, Bracket):
        return _subscript_split(name, annotation, call, indent)
    inner = render(annotation, indent + INDENT)
    ending_node = _prefixed(") = ", call)
    if indent + len(name) + 3 > LINE_LENGTH and isinstance(ending_node, Bracket):
        ending = "\n".join(_split_lines(ending_node, indent, ""))
    else:
        ending = render(ending_node, indent)
    if isinstance(annotation, str) and len(inner) > LINE_LENGTH and "\n" in ending:
        return None
    return f"{' ' * indent}{name}: (\n{inner}\n{ending}"


def _subscript_split(name: str, annotation: Bracket, call: Bracket, indent: int) -> str | None:
    """`name: list[`, the subscript's items, then `] = Field(...)`: an annotation with
    brackets of its own is split there (even when an item stays too long)."""
    head = f"{name}: {annotation.head}"
    if annotation.bare or indent + len(head) > LINE_LENGTH:
        return None  # black's choices there are not these
    opened = Bracket(head, annotation.items, "", annotation.kind)
    lines = _split_lines(opened, indent, "")[:-1]
    ending = render(_prefixed(annotation.tail + " = ", call), indent)
    return "\n".join([*lines, ending])


def fits(text: str) -> bool:
    """Whether every line of laid-out text is within black's line length."""
    return all(len(line) <= LINE_LENGTH for line in text.split("\n"))
