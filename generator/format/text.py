"""Statement text in, black's layout out: the front end of `layout`.

Templates write a Python statement the way it reads, on one line, with a trailing comma
inside a bracket that must be split one item per line (black's "magic trailing comma"):

    return Request(method="GET", path=format_path("/a/{id}", {"id": id}),)
    def list(self, *, limit: int | None = None, iterator: str | None = None,) -> Page[X]:

An item of such a split may also stand on its own line, ending with its comma, inside a
bracket the template opened and closed on lines of their own. `reading` cuts the
statement into tokens (strings and f-strings whole, so brackets, commas and `#` inside
them are text, not structure) and reads them into `layout`'s nodes; this module picks
black's choices for each kind of statement (signatures, assignments, fields, `return`,
`if`) and `layout.render` lays the nodes out as black would. A statement whose shape it
does not know is left as it is (`None`): if it is too long, the formatter gives it to
black, which stays the fallback it always was.
"""

from __future__ import annotations

import functools
import re
import tokenize

from . import layout, reading
from .layout import LINE_LENGTH, Annotated, Bracket, Node, Union
from .reading import Reader, Unplaceable

_HEADER = re.compile(r"(?:async\ )?def\ [A-Za-z_]\w*|class\ [A-Za-z_]\w*", re.VERBOSE)
_IMPORT = re.compile(r"from ([\w.]+) import ([\w, ]+)")
_TARGET = re.compile(r"[A-Za-z_][\w.]*")
_NAME = re.compile(r"[A-Za-z_]\w*")
# One name (maybe dotted), plain string or number: black puts such a right-hand side in
# parentheses by rules of its own (see `layout.Assign`). Not an f-string: black reads its
# parts as tokens of their own.
_ATOM = re.compile(r"""[A-Za-z_][\w.]*|"[^"\\]*"|'[^'\\]*'|\d[\w.]*""")
_RETURN = "return "
_CONDITION = re.compile(r"if ([A-Za-z_][\w.]*) (is not|is|==|!=|not in|in) ([A-Za-z_][\w.]*|\d+):")


def statement(source: str, indent: int) -> str | None:
    """One statement (no indentation, on one line) laid out at `indent`, or None when
    this module cannot place it (it is then left for black, if it needs formatting)."""
    tokens = reading.tokens(source)
    if not tokens:
        return None
    try:
        reader = Reader(source, tokens)
        return _statement(reader, source, indent)
    except Unplaceable:
        return None


def node(source: str) -> Node:
    """An expression or a `key=value` argument, written on one line, as a layout node (so
    the engine may split it), or the text as it is when this module cannot read it."""
    tokens = reading.tokens(source)
    if not tokens:
        return source
    try:
        return Reader(source, tokens).expression(0, len(tokens))
    except Unplaceable:
        return source


def item(source: str, indent: int) -> str | None:
    """One item of a split bracket (written without its comma) laid out at `indent`,
    followed by its comma, or None when this module cannot place it."""
    tokens = reading.tokens(source)
    if not tokens:
        return None
    try:
        reader = Reader(source, tokens)
        first = reader.tokens[0]
        is_parameter = (
            (len(tokens) > 1 and first.kind == tokenize.NAME and reader.is_op(1, ":"))
            and first.text != "lambda"
            and _NAME.fullmatch(first.text) is not None
        )
        read = reader.parameter if is_parameter else reader.expression
        return layout.render(read(0, len(tokens)), indent, ",")
    except Unplaceable:
        return None


def _statement(reader: Reader, source: str, indent: int) -> str | None:
    tokens = reader.tokens
    last = len(tokens)
    imported = _IMPORT.fullmatch(source)
    if imported is not None:
        names = [name.strip() for name in imported.group(2).split(",")]
        return layout.render(layout.import_from(imported.group(1), names), indent)
    if reader.is_op(0, "@"):
        return _decorator(reader, indent)
    condition = _CONDITION.fullmatch(source)
    if condition is not None:
        left, operator, right = condition.groups()
        return _if(left, operator, right, indent)
    header = _HEADER.match(source)
    if header is not None and reader.is_op(last - 1, ":"):
        return _header(reader, indent)
    equals = [i for i in reader.top(0, last) if reader.is_op(i, "=")]
    colons = [i for i in reader.top(0, last) if reader.is_op(i, ":")]
    if colons and colons[0] == 1 and tokens[0].kind == tokenize.NAME and len(equals) <= 1:
        return _annotated(reader, equals[0] if equals else None, indent)
    if len(equals) == 1 and _TARGET.fullmatch(reader.text(0, equals[0])):
        target = reader.text(0, equals[0])
        value = reader.expression(equals[0] + 1, last)
        if last == equals[0] + 2 and isinstance(value, str) and _ATOM.fullmatch(value):
            return layout.render(layout.Assign(target, value), indent)
        return layout.render(layout.assign(target, value), indent)
    if equals or colons:
        return None
    node = reader.expression(0, last)
    if source.startswith(_RETURN):
        return _return(node, indent)
    return layout.render(node, indent)


def _return(node: Node, indent: int) -> str | None:
    """`return value`: black's choices for an assignment's right-hand side (`layout.Assign`)
    for a call or an atom; other values are left as they are."""
    if isinstance(node, Bracket) and node.head.startswith(_RETURN):
        value: Node = Bracket(
            node.head[len(_RETURN) :], node.items, node.tail, node.kind, node.magic
        )
    elif isinstance(node, str) and _ATOM.fullmatch(node[len(_RETURN) :]):
        value = node[len(_RETURN) :]
    else:
        return layout.render(node, indent)
    return layout.render(layout.Assign("return", value, " "), indent)


def _if(left: str, operator: str, right: str, indent: int) -> str:
    """`if a is not b:` too long: black puts the condition in parentheses on a line of
    its own, split before the operator if it still does not fit."""
    pad, inner = " " * indent, " " * (indent + layout.INDENT)
    condition = f"{left} {operator} {right}"
    if indent + len(condition) + 4 <= LINE_LENGTH:
        return f"{pad}if {condition}:"  # not too long: as it is
    if len(inner) + len(condition) <= LINE_LENGTH:
        return f"{pad}if (\n{inner}{condition}\n{pad}):"
    return f"{pad}if (\n{inner}{left}\n{inner}{operator} {right}\n{pad}):"


def _decorator(reader: Reader, indent: int) -> str | None:
    """`@name(arguments)`: black splits it as the call `name(arguments)` with `@` before."""
    last = len(reader.tokens)
    if last < 3 or not reader.is_op(last - 1, ")") or reader.partner.get(1) == last - 1:
        return None
    opening = next(i for i in reader.top(1, last) if i in reader.partner)
    if reader.partner[opening] != last - 1 or not _TARGET.fullmatch(reader.text(1, opening)):
        return None
    return layout.render(reader.bracket(0, opening, ""), indent)


def _header(reader: Reader, indent: int) -> str | None:
    """`def name(parameters) -> annotation:` or `class Name(bases):`."""
    last = len(reader.tokens)
    opening = next((i for i in reader.top(0, last) if i in reader.partner), None)
    if opening is None:
        return None
    closing = reader.partner[opening]
    tail = reader.source[reader.tokens[closing].end :]
    parameters = not reader.source.startswith("class ")
    node = reader.bracket(0, opening, tail, parameters=parameters)
    too_long = indent + len(layout.flat(node)) > LINE_LENGTH
    returns = parameters and last - closing > 3 and reader.is_op(closing + 1, "->")
    if too_long and returns and isinstance(node, str):  # `def f() -> T:`
        annotation = reader.expression(closing + 2, last - 1)
        return _return_type(annotation, reader.text(0, closing + 2), indent, True)
    if parameters and too_long and isinstance(node, Bracket) and len(node.items) == 1:
        node = Bracket(node.head, node.items, node.tail, node.kind, magic=True)  # black ends
        # a lone parameter with a comma
    if any(c in tail for c in "([{") and not (isinstance(node, Bracket) and node.magic):
        # black may split the return annotation's brackets instead: only when it fits
        flat = " " * indent + layout.flat(node)
        return flat if len(flat) <= LINE_LENGTH else None
    laid_out = layout.render(node, indent)
    end = laid_out.rfind("\n") + 1
    if returns and len(laid_out) - end > LINE_LENGTH:  # `) -> T:` too long
        annotation = reader.expression(closing + 2, last - 1)
        ending = _return_type(annotation, ") ->", indent, False)
        return None if ending is None else laid_out[:end] + ending
    return laid_out


_STUB = ": ..."


def _signature_end(code: str, indent: int) -> str | None:
    """`) -> T:` (or an overload's `) -> T: ...`) on a line of its own, after parameters
    a template wrote one per line."""
    end = _STUB if code.endswith(_STUB) else ":"
    source = code[len(") -> ") : -len(end)]
    tokens = reading.tokens(source)
    if not tokens or indent + len(code) <= LINE_LENGTH:
        return None
    try:
        annotation = Reader(source, tokens).expression(0, len(tokens))
    except Unplaceable:
        return None
    return _return_type(annotation, ") ->", indent, False, end)


def _return_type(
    annotation: Node, head: str, indent: int, alone: bool, end: str = ":"
) -> str | None:
    """`head (`, the return type one level deeper, `):` (black's split of a return type
    too long for its line; `head` ends with `->`, `end` is `:` or `: ...`). A plain name
    is wrapped only when that makes it fit, unless the parameters are empty (`alone`):
    black then has nowhere else to split. A union is always wrapped, then split at its
    `|` if still too long. A lone subscript is split at its own bracket. Other types (a
    dotted name) are left for black."""
    pad = " " * indent
    if isinstance(annotation, str) and _NAME.fullmatch(annotation):
        if not alone and indent + layout.INDENT + len(annotation) > LINE_LENGTH:
            return f"{pad}{head} {annotation}{end}"  # black leaves it too long
    elif isinstance(annotation, Bracket) and annotation.head.endswith("[") and not alone:
        subscript = Bracket(
            f"{head} {annotation.head}", annotation.items, annotation.tail + end,
            annotation.kind, annotation.magic,
        )  # fmt: skip
        return layout.render(subscript, indent)
    elif not isinstance(annotation, Union):
        return None
    inner = layout.render(annotation, indent + layout.INDENT)
    return f"{pad}{head} (\n{inner}\n{pad}){end}"


def _annotated(reader: Reader, equals: int | None, indent: int) -> str | None:
    """`name: annotation` or `name: annotation = value` in a class body."""
    name = reader.tokens[0].text
    last = len(reader.tokens)
    if not _NAME.fullmatch(name):
        return None
    annotation = reader.expression(2, equals if equals is not None else last)
    if equals is None:
        return layout.render(Annotated(name, annotation), indent)
    value = reader.expression(equals + 1, last)
    if isinstance(annotation, str) and isinstance(value, str) and _is_member(annotation, value):
        return _enum_default(name, annotation, value, indent)
    if isinstance(value, Bracket) and value.kind == "call":  # `Field(...)`
        return layout.annotated_call(name, annotation, value, indent)
    if isinstance(value, layout.Union):
        return None
    target = f"{name}: {layout.flat(annotation)}"
    if isinstance(value, Bracket) and value.magic:  # `X: tuple[str, ...] = ("a", "b",)`
        return layout.render(layout.Assign(target, value), indent)
    laid_out = layout.render(Annotated(name, annotation, layout.flat(value)), indent)
    if "\n" in laid_out and isinstance(value, Bracket) and value.head in ("[", "{"):
        # black splits a long list or dict default at its own brackets, not the annotation
        return layout.render(layout.Assign(target, value), indent)
    return laid_out


def _is_member(annotation: str, value: str) -> bool:
    """`Enum` and `Enum.MEMBER`: dotted names, the value a member of the annotation."""
    return (
        _TARGET.fullmatch(annotation) is not None
        and _TARGET.fullmatch(value) is not None
        and value.startswith(annotation + ".")
    )


def _enum_default(name: str, annotation: str, value: str, indent: int) -> str:
    """`name: Enum = Enum.MEMBER` as black lays it out: the value in parentheses when
    `name: Enum = (` fits or the annotation cannot fit on a line of its own, else the
    annotation in parentheses, then the value too unless `) = Enum.MEMBER` fits (lines
    left too long where a name alone is)."""
    pad, inner = " " * indent, " " * (indent + layout.INDENT)
    lhs = f"{name}: {annotation}"
    if indent + len(lhs) + 3 + len(value) <= LINE_LENGTH:
        return f"{pad}{lhs} = {value}"
    wrapped_value = f"(\n{inner}{value}\n{pad})"
    if indent + len(lhs) + 4 <= LINE_LENGTH or len(inner) + len(annotation) > LINE_LENGTH:
        return f"{pad}{lhs} = {wrapped_value}"
    wrapped = f"{pad}{name}: (\n{inner}{annotation}\n{pad})"
    if indent + 4 + len(value) <= LINE_LENGTH:  # `) = Enum.MEMBER` fits
        return f"{wrapped} = {value}"
    return f"{wrapped} = {wrapped_value}"


# The lines that need the front end: too long, or holding a trailing comma before a
# closing bracket. Found by two regex scans of the module, so the rest cost nothing.
_LONG = re.compile(r"^.{" + str(LINE_LENGTH + 1) + r",}", re.MULTILINE)
_COMMA_CLOSE = re.compile(r",[)\]}]")
# `[target = ]function(a, "b", c=d)` or `class Name(A, b=c):` with nothing nested: most
# long lines (raw twins, warnings, value aliases, class headers), laid out without reading
# them token by token. Arguments are names, numbers or strings with no quote or backslash.
_ARGUMENT = r'(?:\w+=)?(?:"[^"\\]*"|[\w.]+)'
_SIMPLE_CALL = re.compile(
    rf"(?:([\w.]+) = |(class \w+))?([\w.]*)([(\[])({_ARGUMENT}(?:, {_ARGUMENT})*)([)\]])(:?)"
)
_ARGUMENTS = re.compile(_ARGUMENT)
_TRIPLE = '"""'


# What a split could happen at: a bracket that is not empty, or `|`; for a statement, also
# the `:` of an annotation, the `=` of an assignment or a `return` (a long right-hand side
# is wrapped in parentheses). An item with none (`"LongName": "long_module",`) stays as it
# is whatever its length.
_SPLITTABLE = re.compile(r"[(\[{](?![)\]}])|\|")
_SPLITTABLE_STATEMENT = re.compile(r"[(\[{](?![)\]}])|[:|]|\ =\ |^return\ ")


# Templates write the same statements again and again (a method's signature in its sync,
# async and raw variants, the same field in many models): each is laid out once.
@functools.lru_cache(maxsize=1 << 12)
def _place(code: str, indent: int) -> str | None:
    """The line laid out, or None when it stays as it is: a line with nothing to split at
    (most often a long name in a split someone already made) is not even read."""
    imported = _IMPORT.fullmatch(code)
    if imported is not None:
        return _import(imported.group(1), imported.group(2), indent)
    simple = _SIMPLE_CALL.fullmatch(code[:-1] if code.endswith(",") else code)
    if simple is not None:
        laid_out = _simple_call(simple, indent, "," if code.endswith(",") else "")
        if laid_out is not None:
            return laid_out
    if code.endswith(","):
        return item(code[:-1], indent) if _SPLITTABLE.search(code) else None
    if code.startswith(") -> ") and code.endswith((":", _STUB)):
        return _signature_end(code, indent)
    return statement(code, indent) if _SPLITTABLE_STATEMENT.search(code) else None


def _import(module: str, names: str, indent: int) -> str | None:
    """`from module import a, b`, one name per line in parentheses when too long (what
    `layout.import_from` makes, written directly: GitHub's models have 5,000 of these)."""
    if indent + len(module) + len(names) + 13 <= LINE_LENGTH:
        return None
    pad = " " * indent
    lines = [f"{pad}from {module} import ("]
    lines.extend(f"{pad}    {name.strip()}," for name in names.split(","))
    lines.append(f"{pad})")
    return "\n".join(lines)


def _simple_call(found: re.Match[str], indent: int, suffix: str) -> str | None:
    """A `_SIMPLE_CALL` line laid out, or None when it is not one of its shapes."""
    target, header, function, opening, args, closing, colon = found.groups()
    if bool(header) != bool(colon) or (header and function) or not (header or function):
        return None
    if (opening == "(") != (closing == ")"):
        return None
    head = (header or function) + opening
    call = layout.call(head, _ARGUMENTS.findall(args), closing + colon)
    return layout.render(layout.assign(target, call) if target else call, indent, suffix)


def _candidates(module: str) -> list[tuple[int, int]]:
    """(start, end) of each line that is too long or holds `,)`, `,]` or `,}`, in order."""
    spans = {(m.start(), m.end()) for m in _LONG.finditer(module)}
    for m in _COMMA_CLOSE.finditer(module):
        start = module.rfind("\n", 0, m.start()) + 1
        end = module.find("\n", m.end())
        spans.add((start, len(module) if end < 0 else end))
    return sorted(spans)


def lay_out(module: str) -> str:
    """A rendered module with each statement a template wrote on one line laid out as black
    would (see `statement`; a line ending with a comma is an item, see `item`).

    Lines inside docstrings, and lines the front end cannot place, are left as they are."""
    pieces: list[str] = []
    done = 0  # module[:done] is in pieces
    counted, quotes = 0, 0  # triple quotes in module[:counted]: odd means in a docstring
    for start, end in _candidates(module):
        line = module[start:end]
        quotes += module.count(_TRIPLE, counted, end)
        counted = end
        if quotes % 2 or _TRIPLE in line:
            continue
        code = line.lstrip(" ")
        laid_out = _place(code, len(line) - len(code))
        if laid_out is not None and laid_out != line:
            pieces.append(module[done:start])
            pieces.append(laid_out)
            done = end
    if not pieces:
        return module
    pieces.append(module[done:])
    return "".join(pieces)
