"""Markdown pieces shared by every generated doc: anchors, escaped cells, linked types.

Anchors are the slugs both GitHub and MkDocs compute for a heading; the headings the docs
link to are chosen so that the two agree (lower-case words, digits and `_` only).
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from .. import ir, naming

_GITHUB_DROP = re.compile(r"[^\w\- ]", re.UNICODE)
_MKDOCS_DROP = re.compile(r"[^\w\s-]")
_MKDOCS_SPACES = re.compile(r"[-\s]+")
_Key = TypeVar("_Key")

PRIMITIVES: dict[str, str] = {
    "str": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "datetime": "datetime",
    "date": "date",
    "time": "time",
    "duration": "timedelta",
    "uuid": "UUID",
    "bytes": "bytes",
    "any": "Any",
    "none": "None",
}


def github_slug(heading_text: str) -> str:
    """The anchor GitHub gives a heading whose rendered text is `heading_text`."""
    return _GITHUB_DROP.sub("", heading_text.strip().lower()).replace(" ", "-")


def mkdocs_slug(heading_text: str) -> str:
    """The anchor Python-Markdown's `toc` extension (MkDocs' default) gives a heading."""
    text = unicodedata.normalize("NFKD", heading_text).encode("ascii", "ignore").decode()
    text = _MKDOCS_DROP.sub("", text).strip().lower()
    return _MKDOCS_SPACES.sub("-", text)


def anchor(heading_text: str) -> str:
    """The anchor of a heading the docs link to; both renderers must agree on it."""
    slug = github_slug(heading_text)
    if slug != mkdocs_slug(heading_text):
        raise ValueError(f"heading {heading_text!r} has different GitHub and MkDocs anchors")
    return slug


def _simple(text: str) -> bool:
    """Whether text is one line of printable ASCII, which needs no cleaning (a fast path:
    the docs have thousands of names and short descriptions)."""
    return text.isascii() and text.isprintable()


def cell(text: str | None) -> str:
    """Spec prose inside one table cell: one line, pipes and HTML neutralized."""
    if text and _simple(text):
        flat = " ".join(text.split())
        return (
            flat.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
        )
    return naming.md_inline(text)


def code(text: str) -> str:
    """An inline code span that is also safe inside a table cell."""
    if _simple(text) and "`" not in text:
        return "`" + " ".join(text.split()).replace("|", "\\|") + "`"
    return naming.md_code(text).replace("|", "\\|")


def breakable_name(name: str) -> str:
    """A Python name as inline HTML code that may wrap only after its underscores
    (`<wbr>`): a narrow table column shows `create_|new_|application`, never `creat|e`."""
    if "_" not in name.strip("_"):
        return code(name)
    parts = html.escape(name).split("_")
    return "<code>" + "_<wbr>".join(parts) + "</code>"


# Characters Markdown would read inside inline HTML (emphasis, code, links, table cells).
_MARKDOWN_ENTITIES = str.maketrans({c: f"&#{ord(c)};" for c in "\\`*_{}[]()#+!|~"})


def breakable_path(path: str) -> str:
    """An HTTP path as inline HTML code that may wrap only before its slashes."""
    if not _simple(path):
        return code(path)
    text = html.escape(path).translate(_MARKDOWN_ENTITIES)
    return "<code>" + text[:1] + text[1:].replace("/", "<wbr>/") + "</code>"


def escape(text: str) -> str:
    """Plain text with Markdown's punctuation escaped (type names, wire names)."""
    return re.sub(r"([\\`*_{}\[\]<>()#+!|])", r"\\\1", text)


@functools.lru_cache(maxsize=16)
def _stems(names: frozenset[str], reserved: tuple[str, ...]) -> dict[str, str]:
    return naming.file_stems(names, reserved)


def model_stems(defs: Iterable[str]) -> dict[str, str]:
    """Definition name -> stem of its page under docs/models/ (unique ignoring case; never
    `index`, the list of models of a large API)."""
    return _stems(frozenset(defs), ("index",))


def _last_of(make: Callable[[_Key], dict[str, str]]) -> Callable[[_Key], dict[str, str]]:
    """`make` with its answer for the last object asked about kept, keyed by identity.

    Every page of a run asks about the same API and the same definitions: hashing their
    names on each call cost 7 s on an API of 2,000 resources and 2.4 s over GitHub's
    6,400 pages. One entry is enough, and holding the object keeps its identity unique."""
    last: list[tuple[_Key, dict[str, str]]] = []

    def cached(key: _Key) -> dict[str, str]:
        if not last or last[0][0] is not key:
            last[:] = [(key, make(key))]
        return last[0][1]

    return functools.wraps(make)(cached)


@_last_of
def resource_stems(api: ir.Api) -> dict[str, str]:
    """Resource class name -> stem of its page under docs/ (never `index`)."""
    return _stems(frozenset(r.class_name for r in api.resources), ("index",))


_definition_stems = _last_of(model_stems)


class TypeSpeller:
    """Writes IR types the way users write them in Python, with links to model pages.

    `models_path` is the folder of the model pages relative to the page being written
    (`docs/models/` from the README, `models/` from a resource page, `` from a model page).
    """

    def __init__(self, defs: dict[str, ir.Definition], models_path: str) -> None:
        self._defs = defs
        self._stems = _definition_stems(defs)
        self._models = models_path

    def link(self, name: str) -> str:
        """A link to a definition's page (plain text for names without one)."""
        if name not in self._defs:
            return escape(name)
        return f"[{escape(name)}]({self._models}{self._stems[name]}.md)"

    def markdown(self, tp: ir.TypeRef | None) -> str:
        """The annotation as Markdown: brackets and pipes escaped, definitions linked."""
        return _spell(tp, _MARKDOWN, self.link)


def plain(tp: ir.TypeRef | None) -> str:
    """The annotation as plain text (`ListResponse[ApplicationOut]`)."""
    return _spell(tp, _PLAIN, str)


@dataclass(frozen=True, slots=True)
class _Syntax:
    """How a spelling writes brackets and union bars, and escapes literal values."""

    open: str
    close: str
    bar: str
    literals: Callable[[str], str]


_PLAIN = _Syntax("[", "]", " | ", str)
_MARKDOWN = _Syntax("\\[", "\\]", " \\| ", escape)


def _spell(tp: ir.TypeRef | None, syntax: _Syntax, name: Callable[[str], str]) -> str:
    """A type as users write it in Python, in `syntax`; `name` spells definition names."""

    def spell(tp: ir.TypeRef | None) -> str:
        return _spell(tp, syntax, name)

    o, c = syntax.open, syntax.close
    if tp is None:
        return "None"
    if isinstance(tp, ir.Primitive):
        return PRIMITIVES[tp.name]
    if isinstance(tp, ir.TypeParam):
        return tp.name
    if isinstance(tp, ir.Named):
        args = f"{o}{', '.join(spell(a) for a in tp.args)}{c}" if tp.args else ""
        return name(tp.name) + args
    if isinstance(tp, ir.ListOf):
        return f"list{o}{spell(tp.item)}{c}"
    if isinstance(tp, ir.TupleOf):
        items = [spell(item) for item in tp.items]
        if tp.rest is not None:
            items.append(spell(tp.rest) + ", ...")
        return f"tuple{o}{', '.join(items) or '()'}{c}"
    if isinstance(tp, ir.DictOf):
        return f"dict{o}str, {spell(tp.value)}{c}"
    if isinstance(tp, ir.LiteralOf):
        values = syntax.literals(", ".join(naming.py_literal(v) for v in tp.values))
        return f"Literal{o}{values}{c}"
    if isinstance(tp, ir.Nullable):
        return spell(tp.inner) + syntax.bar + "None"
    return syntax.bar.join(spell(m) for m in tp.members)


def constraints_text(c: ir.Constraints) -> str:
    """Constraints in words for a table cell: `length 1..256; pattern `^[a-z]+$``."""
    parts: list[str] = []
    if c.min_length is not None or c.max_length is not None:
        parts.append(_range("length", c.min_length, c.max_length))
    if c.min_items is not None or c.max_items is not None:
        parts.append(_range("items", c.min_items, c.max_items))
    if c.minimum is not None:
        parts.append(f"≥ {_number(c.minimum)}")
    if c.exclusive_minimum is not None:
        parts.append(f"> {_number(c.exclusive_minimum)}")
    if c.maximum is not None:
        parts.append(f"≤ {_number(c.maximum)}")
    if c.exclusive_maximum is not None:
        parts.append(f"< {_number(c.exclusive_maximum)}")
    if c.format is not None:
        parts.append(f"format {code(c.format)}")
    if c.pattern is not None:
        parts.append(f"pattern {code(c.pattern)}")
    return "; ".join(parts)


def _range(what: str, low: int | None, high: int | None) -> str:
    if low is not None and high is not None:
        return f"{what} {low}..{high}"
    return f"{what} ≥ {low}" if low is not None else f"{what} ≤ {high}"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def default_text(value: object, member: str | None = None, enum: str | None = None) -> str:
    """A default value as a code span (`MessageStatus.SUCCESS`, `False`, `{}`)."""
    if value is ir.NO_DEFAULT:
        return ""
    if member is not None and enum is not None:
        return code(f"{enum}.{member}")
    return code(naming.py_literal(value))


_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")  # a label may span lines
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_FENCE = re.compile(r"^( *)```.*?^\1```[^\n]*$", re.M | re.S)  # also indented (tabs)
_HEADING = re.compile(r"^#{1,6} +(.+?) *#*$", re.M)
_ANCHOR_TAG = re.compile(r'^<a id="([^"]+)"></a>$', re.M)


def resolve_fragments(page: str, operations: dict[str, str], prefix: str = "") -> str:
    """A rendered page whose in-page links all resolve.

    Spec prose written for Redoc links to operations as `#operation/<operationId>`: those
    get `prefix + operations[operationId]`, the operation's place in these docs. Any other
    link to a fragment that is not a heading or an `<a id="...">` anchor of the page, and
    any link to a path that is not a page (`/rest/guides`: the spec's own site), keeps its
    text only. Code blocks are left alone.
    """
    if "](" not in page:  # no link at all (a short model page)
        return page
    fences = list(_FENCE.finditer(page))  # found once: the slowest search of the page
    bounds = [0, *(at for fence in fences for at in fence.span()), len(page)]
    outside = [page[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2)]
    prose = "".join(outside)
    anchors = {github_slug(_heading_text(h)) for h in _HEADING.findall(prose)}
    anchors.update(_ANCHOR_TAG.findall(prose))

    def link(match: re.Match[str]) -> str:
        label, target = match[1], match[2]
        if not target.startswith("#"):
            # the docs' own links go to pages; prose may link to its own site's paths
            # (`/rest/guides`, GitHub's), which lead nowhere here
            keep = _SCHEME.match(target) or target.partition("#")[0].endswith(".md")
            return match[0] if keep else label
        fragment = target[1:]
        if fragment in anchors:
            return match[0]
        operation = fragment.rpartition("operation/")[2] if "operation/" in fragment else ""
        if operation in operations:
            return f"[{label}]({prefix}{operations[operation]})"
        return label

    parts = [_LINK.sub(link, outside[0])]
    for fence, text in zip(fences, outside[1:], strict=True):
        parts += [fence[0], _LINK.sub(link, text)]
    return "".join(parts)


def _heading_text(heading: str) -> str:
    """The text a heading renders to (code spans and link syntax removed)."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)
    return text.replace("`", "").replace("\\", "")
