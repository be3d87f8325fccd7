"""One line of generated code read into the layout engine's nodes (for `text`).

A regex lexer (`tokens`) cuts the line; strings and f-strings are single tokens, so
brackets, commas and `#` inside them are text, not structure. `Reader` pairs the
brackets and turns spans of tokens into `layout` nodes: calls, literals, subscripts,
unions, comprehensions, parameters. A shape it does not know raises `Unplaceable`, and
the line is left for black.
"""

from __future__ import annotations

import keyword
import re
import tokenize
from collections.abc import Iterator
from typing import NamedTuple

from . import layout
from .layout import Annotated, Bracket, Node, Union

_OPEN = {"(": ")", "[": "]", "{": "}"}
_CLOSE = frozenset(_OPEN.values())
# What may come before a split bracket on its line: `return`, `await`, keyword argument,
# dict key, lambda, then a dotted name (nothing, for a literal).
_PREFIX = re.compile(
    r"""(?:return\ |await\ |[A-Za-z_]\w*=|\*\*?
    |"(?:[^"\\]|\\.)*":\ |'(?:[^'\\]|\\.)*':\ |lambda(?:\ [\w, *]*)?:\ )*
    (?:[A-Za-z_][\w.]*)?""",
    re.VERBOSE,
)
_MAGIC = re.compile(r",\s*[)\]}]")
_TERM = re.compile(r'[A-Za-z_][\w.]*(?:=[A-Za-z_][\w.]*)?|\d[\w.]*|"[^"\\]*"')
_CONDITIONAL = re.compile(r"([A-Za-z_][\w.]*) (if [A-Za-z_][\w.]*)")
_ELSE = re.compile(r'else (?:[A-Za-z_][\w.]*|\d[\w.]*|"[^"\\]*")')
_BINDS = re.compile(r"\b(?:for|lambda)\b")
_COMPREHENSION = re.compile(
    r"([A-Za-z_][\w.]*) (for [A-Za-z_]\w*(?:, [A-Za-z_]\w*)* in [A-Za-z_][\w.]*)"
)


class Token(NamedTuple):
    kind: int  # tokenize's type; strings and f-strings are one STRING token
    text: str  # names and keywords separated by spaces are one NAME token: `lambda cursor`
    start: int  # columns in the one-line source
    end: int


class Unplaceable(Exception):
    """The statement has a shape this module does not lay out: leave it to black."""


# One token of a line of generated code: Python's own lexer (`tokenize`) is a generator of
# namedtuples, ten times slower, and GitHub's spec has 25,000 lines to read. Strings (with
# their prefixes) are single tokens, so brackets, commas and `#` inside them are text; a
# test checks this lexer against `tokenize` on what templates write.
_LEXER = re.compile(
    r"""\ *(?:
    (?P<name>(?![rRbBfFuU]{1,2}["'])[^\W\d][\w.]*(?:\ +[^\W\d][\w.]*\b(?!["']))*)
    |(?P<op>->|\.\.\.|\*\*=?|//=?|>>=?|<<=?|[-+*/%@&|^=<>!:]=|[()\[\]{},=:|]|[-+*/%@&^~<>;.])
    |(?P<string>[rRbBfFuU]{0,2}(?:"[^"\\\n]*(?:\\.[^"\\\n]*)*"|'[^'\\\n]*(?:\\.[^'\\\n]*)*'))
    |(?P<number>\.?\d(?:[eE][-+]|[\w.])*)
    |(?P<other>.))""",
    re.VERBOSE,
)
_KINDS = (0, tokenize.NAME, tokenize.OP, tokenize.STRING, tokenize.NUMBER)  # by group


def tokens(source: str) -> list[Token] | None:
    """The tokens of one line of code, or None if it is not a whole logical line or holds
    a comment, a triple-quoted string or anything else this lexer does not know (comments
    stay where the template put them)."""
    if '"""' in source or "'''" in source or source.endswith("\\"):
        return None
    found: list[Token] = []
    for match in _LEXER.finditer(source.rstrip(" ")):
        group = match.lastindex
        if group == 5 or group is None:
            return None  # `#`, a lone quote, a backslash: not ours to lay out
        found.append(Token(_KINDS[group], match.group(group), match.start(group), match.end()))
    return found


def _binds_several(tokens: list[Token], index: int) -> bool:
    """`for a, b in` or `lambda a, b:`: commas that do not separate items."""
    tok = tokens[index]
    return (
        tok.kind == tokenize.NAME
        and _BINDS.search(tok.text) is not None
        and index + 1 < len(tokens)
        and tokens[index + 1].text == ","
    )


class Reader:
    """Turns spans of one statement's tokens into layout nodes."""

    def __init__(self, source: str, tokens: list[Token]) -> None:
        self.source = source
        self.tokens = tokens
        self.partner: dict[int, int] = {}  # opening bracket index <-> closing index
        stack: list[int] = []
        for index, tok in enumerate(tokens):
            if _binds_several(tokens, index):
                raise Unplaceable
            if tok.text in _OPEN and tok.kind == tokenize.OP:
                stack.append(index)
            elif tok.text in _CLOSE and tok.kind == tokenize.OP:
                if not stack or _OPEN[tokens[stack[-1]].text] != tok.text:
                    raise Unplaceable
                opening = stack.pop()
                self.partner[opening] = index
        if stack:
            raise Unplaceable

    def text(self, first: int, last: int) -> str:
        """The source of tokens first..last-1."""
        if first >= last:
            return ""
        return self.source[self.tokens[first].start : self.tokens[last - 1].end]

    def top(self, first: int, last: int) -> Iterator[int]:
        """Indexes of the tokens of first..last-1 outside any bracket of that span."""
        index = first
        while index < last:
            yield index
            index = self.partner.get(index, index) + 1

    def is_op(self, index: int, text: str) -> bool:
        tok = self.tokens[index]
        return tok.kind == tokenize.OP and tok.text == text

    def split(self, first: int, last: int, text: str) -> list[tuple[int, int]]:
        """The spans of first..last-1 between its top-level `text` operators."""
        spans, start = [], first
        for index in self.top(first, last):
            if self.is_op(index, text):
                spans.append((start, index))
                start = index + 1
        spans.append((start, last))
        return spans

    def expression(self, first: int, last: int) -> Node:
        """An expression (or an argument: `key=value`, `"key": value`) as a node."""
        if first >= last:
            raise Unplaceable
        members = self.split(first, last, "|")
        if len(members) > 1:
            if self._has_magic(first, last):
                raise Unplaceable  # black splits at the exploding bracket, not the `|`
            return Union(tuple(self.expression(a, b) for a, b in members))
        comprehension = self._comprehension(first, last) or self._conditional(first, last)
        if comprehension is not None:
            return comprehension
        terms = self.split(first, last, "+")
        if len(terms) > 1:
            return self._sum(first, last, terms)
        brackets = [i for i in self.top(first, last) if i in self.partner]
        flat = self.text(first, last)
        if not brackets:
            return flat
        opening = brackets[-1]
        closing = self.partner[opening]
        prefix = self.source[self.tokens[first].start : self.tokens[opening].start]
        if len(brackets) > 1 or closing != last - 1 or not _PREFIX.fullmatch(prefix):
            return self._opaque(first, last)
        return self.bracket(first, opening, "")

    def _comprehension(self, first: int, last: int) -> Node | None:
        """`element for name in iterable` or `... in function(arguments)`: one `for`, no
        `if`, a dotted name as the element (the lexer reads `m.name for m in f` as one
        token); None for any other shape."""
        found = _COMPREHENSION.fullmatch(self.tokens[first].text)
        if found is None or self.tokens[first].kind != tokenize.NAME:
            return None
        element = found.group(1)
        if last == first + 1:
            return layout.Clauses((element, found.group(2)))
        call = self.partner.get(first + 1) == last - 1 and self.is_op(first + 1, "(")
        if not call or not self._is_trailer(first + 1):
            return None
        node = self.bracket(first, first + 1, "")
        if isinstance(node, str):  # `in f()`
            return layout.Clauses((element, node[len(element) + 1 :]))
        if not isinstance(node, Bracket):
            return None
        head = node.head[len(element) + 1 :]
        clause = Bracket(head, node.items, node.tail, node.kind, node.magic)
        return layout.Clauses((element, clause))

    def _sum(self, first: int, last: int, terms: list[tuple[int, int]]) -> Node:
        """`a + f(b)`: split before each `+` as black does, when every term is a call, a
        bracket or an atom (anything else, another operator among them, is left flat)."""
        nodes = []
        for a, b in terms:
            node = self.expression(a, b) if b > a else ""
            if isinstance(node, str) and not _TERM.fullmatch(node):
                return self._opaque(first, last)
            nodes.append(node)
        if self._has_magic(first, last):
            raise Unplaceable
        return Union(tuple(nodes), "+")

    def _conditional(self, first: int, last: int) -> Node | None:
        """`value if f(args) else atom`: split before `if` and `else` as black does; None
        for other shapes."""
        found = _CONDITIONAL.fullmatch(self.tokens[first].text)
        if found is None or self.tokens[first].kind != tokenize.NAME:
            return None
        closing = self.partner.get(first + 1)
        if closing is None or not self.is_op(first + 1, "(") or not self._is_trailer(first + 1):
            return None
        rest = self.text(closing + 1, last)
        if not _ELSE.fullmatch(rest):
            return None
        value = found.group(1)
        node = self.bracket(first, first + 1, "")
        if not isinstance(node, Bracket):
            return None
        test = Bracket(node.head[len(value) + 1 :], node.items, node.tail, node.kind, node.magic)
        return layout.Clauses((value, test, rest))

    def _opaque(self, first: int, last: int) -> str:
        """A part laid out on one line as it is, which black would split elsewhere if it
        were too long: refused when it holds a trailing comma black would explode."""
        flat = self.text(first, last)
        if _MAGIC.search(flat) and self._has_magic(first, last):
            raise Unplaceable
        return flat

    def _has_magic(self, first: int, last: int) -> bool:
        for index in range(first, last):
            closing = self.partner.get(index)
            if (
                closing is not None
                and closing - 1 > index
                and self.is_op(closing - 1, ",")
                and not self._one_tuple(index, closing)
            ):
                return True
        return False

    def _one_tuple(self, opening: int, closing: int) -> bool:
        """`(x,)`: the comma makes the tuple; black does not split there."""
        if self.tokens[opening].text != "(" or self._is_trailer(opening):
            return False
        return len(self.split(opening + 1, closing, ",")) == 2

    def _is_trailer(self, opening: int) -> bool:
        """A bracket after a name (not a keyword), a string or a closing bracket is a call or
        subscript: its arguments may share one line; any other is a literal, whose items go
        one per line whenever it is split."""
        if opening == 0:
            return False
        before = self.tokens[opening - 1]
        if before.kind == tokenize.NAME:
            word = before.text.rsplit(" ", 1)[-1]
            return not keyword.iskeyword(word) or word in ("True", "False", "None")
        return before.kind == tokenize.STRING or (
            before.kind == tokenize.OP and before.text in _CLOSE
        )

    def bracket(self, first: int, opening: int, tail: str, parameters: bool = False) -> Node:
        """The bracket at `opening`, with the text from `first` before it and `tail` after."""
        closing = self.partner[opening]
        head = self.source[self.tokens[first].start : self.tokens[opening].end]
        close = self.tokens[closing].text + tail
        if closing == opening + 1:
            return head + close
        spans = self.split(opening + 1, closing, ",")
        magic = spans[-1][0] == spans[-1][1]
        bracket, trailer = self.tokens[opening].text, self._is_trailer(opening)
        if magic:
            spans.pop()
            if len(spans) == 1 and bracket == "(" and not trailer:
                return self._opaque(first, closing + 1) + tail  # a one-tuple
            if len(spans) == 1 and bracket == "[" and trailer:
                raise Unplaceable  # black's rules for `x[a,]` depend on what `a` is
        read = self.parameter if parameters else self.expression
        items = tuple(read(a, b) for a, b in spans)
        if trailer:
            return Bracket(head, items, close, "call", magic)
        return Bracket(head, items, close, "atom", magic)

    def parameter(self, first: int, last: int) -> Node:
        """`name: annotation = default`, `name=default`, `*`, `self`, `**kwargs: Any`."""
        colons = [i for i in self.top(first, last) if self.is_op(i, ":")]
        if not colons:
            return self._opaque(first, last)
        colon = colons[0]
        name = self.text(first, colon)
        equals = [i for i in self.top(colon + 1, last) if self.is_op(i, "=")]
        end = equals[0] if equals else last
        default = self._opaque(end + 1, last) if equals else None
        return Annotated(name, self.expression(colon + 1, end), default, statement=False)
