"""A string that matches a spec's `pattern`, for examples that a validating server accepts.

Specs constrain ids and codes with patterns such as `^KS[0-9a-fA-F]{32}$`; an example
that ignores them (`"example"`) makes every call that uses it fail validation. This reads
the common subset of ECMA-262 / Python regular expressions (literals, escapes, classes,
groups, alternation, quantifiers, anchors) and writes the shortest matching string, with
unbounded repetitions stretched when a `minLength` asks for more. Anything it cannot read
gives None, and the caller falls back to its other candidates; every result is checked
with `re` before it is used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# What an escape or `.` stands for: a readable member of the class.
_CLASS_ESCAPES = {"d": "1", "w": "a", "s": " ", "D": "a", "W": "-", "S": "x"}
_ZERO_WIDTH_ESCAPES = frozenset("bBAzZG")
_LITERAL_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "0": "\0"}
# Tried, in order, for a negated class `[^...]`.
_NEGATED_CANDIDATES = "axA1-_ .:"
_MAX_REPEAT = 64  # an unbounded repetition is stretched at most this far


class _Unreadable(Exception):
    """The pattern uses something this reader does not handle."""


@dataclass(frozen=True, slots=True)
class _Piece:
    """One atom with its repetition: `text` repeated between `low` and `high` times."""

    options: tuple[tuple[_Piece, ...], ...] | None  # a group's alternatives, or None
    text: str  # the atom's string when it is not a group
    low: int
    high: int | None  # None: unbounded


def matching_string(
    pattern: str, min_length: int = 0, max_length: int | None = None, *, check: bool = True
) -> str | None:
    """The shortest string `re.search(pattern, ...)` accepts within the length limits,
    stretching unbounded repetitions for `min_length`; None when none is found.

    `check=False` skips that final `re.search`, for patterns that may backtrack
    catastrophically (`(.*a){20}`): the string is then as written, unverified."""
    try:
        alternatives = _Reader(pattern).read()
        compiled = re.compile(pattern)
    except (_Unreadable, re.error, IndexError, ValueError):
        return None
    for stretch in range(_MAX_REPEAT + 1):
        text = _write(alternatives[0], stretch)
        if len(text) < min_length and stretch < _MAX_REPEAT:
            continue
        if max_length is not None and len(text) > max_length:
            return None
        return text if not check or compiled.search(text) else None
    return None


def _write(pieces: tuple[_Piece, ...], stretch: int) -> str:
    out = []
    for piece in pieces:
        count = piece.low
        if piece.high is None:
            count += stretch
        elif stretch:
            count = min(piece.high, piece.low + stretch)
        one = _write(piece.options[0], stretch) if piece.options is not None else piece.text
        out.append(one * count)
    return "".join(out)


class _Reader:
    """A recursive-descent reader of the pattern, one character position at a time."""

    def __init__(self, pattern: str) -> None:
        self._text = pattern
        self._at = 0

    def read(self) -> tuple[tuple[_Piece, ...], ...]:
        alternatives = self._alternatives()
        if self._at != len(self._text):
            raise _Unreadable("unbalanced )")
        return alternatives

    def _alternatives(self) -> tuple[tuple[_Piece, ...], ...]:
        found = [self._sequence()]
        while self._peek() == "|":
            self._at += 1
            found.append(self._sequence())
        # the first non-empty alternative reads best (`(a|)` → "a")
        found.sort(key=lambda pieces: not pieces)
        return tuple(found)

    def _sequence(self) -> tuple[_Piece, ...]:
        pieces: list[_Piece] = []
        while self._peek() not in ("", "|", ")"):
            atom = self._atom()
            if atom is None:
                continue
            low, high = self._quantifier()
            options, text = atom
            pieces.append(_Piece(options, text, low, high))
        return tuple(pieces)

    def _atom(self) -> tuple[tuple[tuple[_Piece, ...], ...] | None, str] | None:
        char = self._text[self._at]
        self._at += 1
        if char in "^$":
            return None
        if char == "(":
            return self._group()
        if char == "[":
            return None, self._class()
        if char == ".":
            return None, "x"
        if char == "\\":
            return self._escape()
        if char in "*+?":
            raise _Unreadable(f"nothing to repeat at {self._at}")
        return None, char

    def _group(self) -> tuple[tuple[tuple[_Piece, ...], ...] | None, str] | None:
        lookaround = False
        if self._text.startswith("?", self._at):
            head = self._text[self._at : self._at + 3]
            if head.startswith(("?=", "?!", "?<=", "?<!")):
                lookaround = True
                self._at += 3 if head.startswith(("?<=", "?<!")) else 2
            elif head.startswith("?:"):
                self._at += 2
            elif head.startswith(("?<", "?P<")):
                self._at = self._text.index(">", self._at) + 1
            else:
                raise _Unreadable("group flags")
        alternatives = self._alternatives()
        if self._peek() != ")":
            raise _Unreadable("unclosed group")
        self._at += 1
        return None if lookaround else (alternatives, "")

    def _escape(self) -> tuple[None, str] | None:
        char = self._text[self._at]
        self._at += 1
        if char in _ZERO_WIDTH_ESCAPES:
            return None
        if char in _CLASS_ESCAPES:
            return None, _CLASS_ESCAPES[char]
        if char in _LITERAL_ESCAPES:
            return None, _LITERAL_ESCAPES[char]
        if char == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", self._text[self._at : self._at + 4]):
            self._at += 4
            return None, chr(int(self._text[self._at - 4 : self._at], 16))
        if char == "x" and re.fullmatch(r"[0-9a-fA-F]{2}", self._text[self._at : self._at + 2]):
            self._at += 2
            return None, chr(int(self._text[self._at - 2 : self._at], 16))
        if char.isalnum():
            raise _Unreadable(f"escape \\{char}")
        return None, char

    def _class(self) -> str:
        negated = self._peek() == "^"
        if negated:
            self._at += 1
        members: list[tuple[str, str]] = []
        first = True
        while first or self._peek() != "]":
            first = False
            low = self._class_char()
            if self._peek() == "-" and self._text[self._at + 1] != "]":
                self._at += 1
                members.append((low, self._class_char()))
            else:
                members.append((low, low))
        self._at += 1
        if not negated:
            return _readable(members)
        return next(c for c in _NEGATED_CANDIDATES if not any(lo <= c <= hi for lo, hi in members))

    def _class_char(self) -> str:
        char = self._text[self._at]
        self._at += 1
        if char != "\\":
            return char
        escaped = self._text[self._at]
        self._at += 1
        if escaped in _CLASS_ESCAPES:
            return _CLASS_ESCAPES[escaped]
        if escaped in _LITERAL_ESCAPES:
            return _LITERAL_ESCAPES[escaped]
        if escaped == "u":
            self._at += 4
            return chr(int(self._text[self._at - 4 : self._at], 16))
        return escaped

    def _quantifier(self) -> tuple[int, int | None]:
        char = self._peek()
        bounds: tuple[int, int | None] = (1, 1)
        if char in ("*", "+", "?"):
            self._at += 1
            bounds = {"*": (0, None), "+": (1, None), "?": (0, 1)}[char]
        elif char == "{":
            found = re.compile(r"\{(\d+)(,(\d*))?\}").match(self._text, self._at)
            if found is None:
                return bounds  # a literal `{`, as ECMA-262 reads it outside unicode mode
            self._at = found.end()
            low = int(found[1])
            high = low if found[2] is None else (int(found[3]) if found[3] else None)
            bounds = (low, high)
        if self._peek() in ("?", "+"):  # lazy or possessive: the same strings match
            self._at += 1
        return bounds

    def _peek(self) -> str:
        return self._text[self._at] if self._at < len(self._text) else ""


def _readable(members: list[tuple[str, str]]) -> str:
    """A member of a class: a lower-case letter or digit when it has one."""
    for wanted in ("a", "1", "A"):
        for low, high in members:
            if low <= wanted <= high:
                return wanted
    return members[0][0]
