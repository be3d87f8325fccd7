"""Names and escaping: the only way spec text reaches generated code.

Every identifier, string literal, docstring and comment derived from a spec passes through
a function here. The functions are total (any input string gives valid output) and pure,
so they are easy to test exhaustively; nothing in a spec can close a string, end a
docstring early or start a new statement.
"""

from __future__ import annotations

import builtins
import functools
import hashlib
import json
import keyword
import math
import re
import shlex
import unicodedata
from collections.abc import Iterable
from typing import Any

# Words that cannot be Python identifiers at all.
_HARD_KEYWORDS = frozenset(keyword.kwlist)
PYTHON_KEYWORDS = _HARD_KEYWORDS

# Names a model field must not take: pydantic's own attributes, and the types we write in
# annotations inside model classes (a field named `date` would shadow the `date` type in
# the class namespace that pydantic evaluates annotations in).
_MODEL_RESERVED = frozenset(
    {
        "copy",
        "construct",
        "dict",
        "json",
        "parse_file",
        "parse_obj",
        "parse_raw",
        "schema",
        "schema_json",
        "update_forward_refs",
        "validate",
        "str",
        "int",
        "float",
        "bool",
        "bytes",
        "list",
        "object",
        "datetime",
        "date",
        "time",
        "Any",
        "Literal",
        "Field",
    }
)

# Method parameters share a scope with the generated method body, which only uses `self`
# and underscore-prefixed names, so `self` is the one name to avoid.
_PARAM_RESERVED = frozenset({"self", "request_options"})

# Class names the generated modules import; a model with one of these names is renamed.
_CLASS_RESERVED = frozenset(
    {
        "Any",
        "Annotated",
        "BaseModel",
        "ClassVar",
        "Dict",
        "Discriminator",
        "Enum",
        "Field",
        "Generic",
        "List",
        "Literal",
        "NotGiven",
        "Optional",
        "Required",
        "NotRequired",
        "SdkModel",
        "BasePage",
        "Tag",
        "TypeVar",
        "TypedDict",
        "Union",
        "UUID",
        "UnknownVariant",
        "OpenStrEnum",
        "OpenIntEnum",
        "RawResponse",
        "RequestOptions",
        # resource modules import these beside the models they use
        "Request",
        "BaseResource",
        "Mapping",
        "Sequence",
    }
)

# A word is, in order of preference: an acronym plural (`URLs`), an acronym before a
# capitalized word (`HTTP` in `HTTPBearer`), a word with trailing digits (`Code1xx`, `v1`),
# an acronym, or a number.
_WORD_BOUNDARY = re.compile(
    r"[A-Z]{2,}s(?![a-z])"
    r"|[A-Z]+[0-9]*(?=[A-Z][a-z])"
    r"|[A-Z]?[a-z]+(?:[0-9]+[a-z]*)*"
    r"|[A-Z]+[0-9]*"
    r"|[0-9]+[a-z]*"
)


def ascii_fold(text: str) -> str:
    """Fold accents and other compatibility forms to ASCII; drop what cannot fold."""
    normalized = unicodedata.normalize("NFKD", text)
    return normalized.encode("ascii", "ignore").decode("ascii")


def words(text: str) -> list[str]:
    """Split any name (camelCase, kebab-case, dotted, spaced) into lowercase-able words."""
    return _WORD_BOUNDARY.findall(ascii_fold(text))


@functools.lru_cache(maxsize=1 << 16)  # names and prose repeat across a spec
def snake_case(text: str) -> str:
    """`rateLimit` -> `rate_limit`, `HTTPBearer` -> `http_bearer`, `event-type` -> `event_type`."""
    return "_".join(w.lower() for w in words(text))


@functools.lru_cache(maxsize=1 << 16)  # names and prose repeat across a spec
def pascal_case(text: str) -> str:
    """`application_in` -> `ApplicationIn`; keeps inner capitals (`HTTPValidationError`)."""
    return "".join(w[0].upper() + w[1:] for w in words(text))


@functools.lru_cache(maxsize=1 << 16)  # names and prose repeat across a spec
def upper_snake(text: str) -> str:
    """`Success` -> `SUCCESS`, `endpoint.replay` -> `ENDPOINT_REPLAY`, `Code1xx` -> `CODE1XX`."""
    return "_".join(w.upper() for w in words(text))


def _valid(name: str, fallback: str) -> str:
    """Make a snake or upper-snake candidate a valid, non-private identifier."""
    if not name:
        return fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}"
    if name in _HARD_KEYWORDS or name == "_" or name in _AMBIGUOUS:
        name += "_"
    return name


# Names PEP 8 (and ruff's E741) reject because they read as 1 and 0 (DynamoDB's `L` field).
_AMBIGUOUS = frozenset({"l", "I", "O"})


def field_name(wire: str) -> str:
    """Python attribute for a model field or TypedDict key."""
    name = _valid(snake_case(wire), "field")
    if name in _MODEL_RESERVED or name.startswith("model_"):
        name += "_"
    return name


def param_name(wire: str) -> str:
    """Python keyword argument for an operation parameter."""
    name = _valid(snake_case(wire), "param")
    if name in _PARAM_RESERVED:
        name += "_"
    return name


def method_name(text: str) -> str:
    """Python method name for an operation."""
    return _valid(snake_case(text), "call")


def async_twin(method: str) -> str:
    """The async twin of a method name: `a` + name, unless that is a keyword.

    `sync` would become `async` and `wait` `await`; those twins take a trailing
    underscore (`async_`), as PEP 8 suggests, so the sync name can stay as readable.
    """
    twin = "a" + method
    return twin + "_" if keyword.iskeyword(twin) else twin


def attribute_name(text: str) -> str:
    """Python attribute for a resource namespace on the client."""
    return _valid(snake_case(text), "api")


# File stems Windows refuses whatever the extension (`con.py` cannot be created there).
_WINDOWS_DEVICES = frozenset(
    {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}
)


MAX_MODULE_NAME = 64


def module_name(text: str) -> str:
    """Python module name (file stem) derived from a class or resource name.

    Always lower case ASCII, so two names never differ only by case on disk, and at most
    MAX_MODULE_NAME characters: a longer name keeps its start and gets a hash of the rest.
    """
    name = _valid(snake_case(text), "module")
    if len(name) > MAX_MODULE_NAME:  # file systems cap names at 255 bytes; paths nest them
        digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]
        name = f"{name[: MAX_MODULE_NAME - 9].rstrip('_')}_{digest}"
    return name + "_" if name in _WINDOWS_DEVICES else name


def class_name(text: str, fallback: str = "Model") -> str:
    """PascalCase class name; never a keyword, never a name the generated code imports."""
    name = pascal_case(text)
    if not name:
        return fallback
    if name[0].isdigit():
        name = fallback + name
    if name in _CLASS_RESERVED or name in _HARD_KEYWORDS:
        name += "Model"
    return name


# Names the client module and package `__init__` define or import: the client class and
# its base error must not shadow them (a spec titled "Conflict" would otherwise get a
# `ConflictError` base class that replaces the 409 error).
_RUNTIME_NAMES = frozenset(
    {
        "ApiException", "ApiConnectionError", "ApiTimeoutError", "ApiResponseValidationError",
        "BadRequestError", "AuthenticationError", "PermissionDeniedError", "NotFoundError",
        "ConflictError", "UnprocessableEntityError", "RateLimitError", "InternalServerError",
        "BaseClient", "Credential", "Timeout", "RawResponse", "NotGiven", "RequestOptions",
        "Mapping", "TracebackType", "SdkModel", "BasePage",
    }
    | {name for name in dir(builtins) if name[:1].isupper()}
)  # fmt: skip


def sdk_class_names(client: str) -> tuple[str, str]:
    """(client class, base error class) that shadow nothing the generated runtime uses."""
    if client in _RUNTIME_NAMES or client + "Error" in _RUNTIME_NAMES:
        client += "Client"
    return client, client + "Error"


def enum_member_name(value: Any, varname: str | None = None) -> str:
    """UPPER_SNAKE member name from `x-enum-varnames` or from the value itself."""
    source = varname if varname else str(value)
    name = upper_snake(source)
    if not name:
        if isinstance(value, bool) or not isinstance(value, int | float):
            name = "EMPTY" if source == "" else "VALUE"
        else:
            name = f"VALUE_{str(value).replace('-', 'MINUS_').replace('.', '_')}"
    if name[0].isdigit():
        name = f"VALUE_{name}"
    if name in _HARD_KEYWORDS or name.startswith("_"):
        name = f"VALUE{name}"
    return name + "_" if name in _AMBIGUOUS else name


def env_var_name(*parts: str) -> str:
    """`SVIX` + `access_token` -> `SVIX_ACCESS_TOKEN`."""
    return "_".join(upper_snake(p) for p in parts if upper_snake(p))


def dedupe(names: Iterable[str], taken: Iterable[str] = ()) -> list[str]:
    """Make names unique in order: the first keeps its name, later ones get `_2`, `_3`..."""
    used = set(taken)
    return [claim(name, used) for name in names]


def claim(name: str, taken: set[str], separator: str = "_") -> str:
    """`name`, or `name_2`, `name_3`... whichever is free in `taken`; it is added there.

    Unlike `dedupe(..., taken)`, `taken` is not copied: claiming each of n names is O(1).
    """
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name}{separator}{n}"
    taken.add(candidate)
    return candidate


def file_stems(names: Iterable[str], reserved: Iterable[str] = ()) -> dict[str, str]:
    """A file name stem for each name, unique ignoring case and never a Windows device.

    Class names may differ only by case (`Item`, `ITEM`), which case-insensitive file
    systems (macOS, Windows) would merge into one file. The result depends only on the set
    of names, so every page that links to another computes the same stem.
    """
    used = {r.lower() for r in reserved}
    stems: dict[str, str] = {}
    for name in sorted(set(names)):
        base = name
        if len(base) > MAX_MODULE_NAME:  # file systems cap names at 255 bytes
            digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]
            base = f"{name[: MAX_MODULE_NAME - 9]}_{digest}"
        candidate, n = base, 1
        while candidate.lower() in used or candidate.lower() in _WINDOWS_DEVICES:
            n += 1
            candidate = f"{base}_{n}"
        used.add(candidate.lower())
        stems[name] = candidate
    return stems


def unique_class(name: str, taken: set[str]) -> str:
    """Reserve a class name: `Foo`, then `Foo2`, `Foo3`... and record it as taken."""
    return claim(name, taken, separator="")


# ---------------------------------------------------------------------------------------
# Literals: spec values written into Python source.
# ---------------------------------------------------------------------------------------

_ESCAPES = {
    "\\": "\\\\",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
}


def _escape_char(ch: str, quote: str) -> str:
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    if ch == quote:
        return "\\" + ch
    code = ord(ch)
    if code < 0x20 or code == 0x7F or _is_line_break_or_invisible(ch):
        if code <= 0xFF:
            return f"\\x{code:02x}"
        if code <= 0xFFFF:
            return f"\\u{code:04x}"
        return f"\\U{code:08x}"
    return ch


def _is_line_break_or_invisible(ch: str) -> bool:
    """Characters editors or `str.splitlines` treat as line breaks, and invisible controls."""
    return unicodedata.category(ch) in {"Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Cn"}


def py_str(text: str) -> str:
    """A Python string literal for any text, quoted the way black would quote it: in
    double quotes unless single ones need fewer escapes (black counts backslashes)."""
    quote = "'" if text.count('"') > text.count("'") else '"'
    if text.isascii() and text.isprintable():  # fast path: only `\\` and the quote to escape
        return quote + text.replace("\\", "\\\\").replace(quote, "\\" + quote) + quote
    return quote + "".join(_escape_char(ch, quote) for ch in text) + quote


def py_literal(value: Any) -> str:
    """A Python expression for a JSON value (str, number, bool, null, list, dict)."""
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return f"float({py_str(str(value))})"
        return repr(value)
    if isinstance(value, str):
        return py_str(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        items = (f"{py_str(str(k))}: {py_literal(v)}" for k, v in value.items())
        return "{" + ", ".join(items) + "}"
    return py_str(str(value))


@functools.lru_cache(maxsize=1 << 16)  # names and prose repeat across a spec
def clean_text(text: str | None) -> str:
    """Normalize spec prose: Unix newlines, no NULs or odd line separators, trimmed."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u2028\u2029\x85\x0b\x0c]", "\n", text)
    if text.isascii():  # fast path: the same characters as `_is_control` below, by regex
        text = _ASCII_CONTROL.sub("", text)
    else:
        text = "".join(ch for ch in text if ch == "\n" or ch == "\t" or not _is_control(ch))
    lines = [line.rstrip() for line in text.expandtabs(4).split("\n")]
    return "\n".join(lines).strip("\n").strip()


_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) in {"Cc", "Cs", "Co"} or ch in "\ufeff"


def docstring_body(text: str | None) -> str:
    """Text that is safe between triple double quotes: it cannot close the docstring early.

    Backslashes are doubled, and every double quote that touches another one (or ends the
    text) is escaped, so no run of quotes can merge with the closing delimiter.
    """
    text = clean_text(text).replace("\\", "\\\\")
    if '"' not in text:
        return text
    out = []
    for index, ch in enumerate(text):
        if ch == '"' and (
            index == len(text) - 1
            or text[index + 1] == '"'
            or (index > 0 and text[index - 1] == '"')
        ):
            out.append('\\"')
        else:
            out.append(ch)
    return "".join(out)


def comment_text(text: str | None) -> str:
    """One line of text for a `#` comment: no line breaks of any kind."""
    return " ".join(clean_text(text).split())


def toml_str(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    out = []
    for ch in text:
        if ch in ('"', "\\"):
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F or _is_line_break_or_invisible(ch):
            out.append(f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|])")


def md_inline(text: str | None) -> str:
    """Spec text for one Markdown line or table cell: no HTML, no breaking the table."""
    flat = " ".join(clean_text(text).split())
    return flat.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def md_block(text: str | None) -> str:
    """Spec prose as a Markdown paragraph: Markdown kept, raw HTML neutralized."""
    return clean_text(text).replace("<", "&lt;").replace(">", "&gt;")


def md_code(text: str) -> str:
    """Text inside an inline code span, fenced with enough backticks."""
    flat = " ".join(clean_text(text).split())
    fence = "`"
    while fence in flat:
        fence += "`"
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def yaml_str(text: str) -> str:
    """A YAML double-quoted scalar, all ASCII: nothing in it is YAML syntax or unprintable."""
    body = json.dumps(text, ensure_ascii=False)[1:-1]  # `"`, `\\` and C0 controls escaped
    return '"' + "".join(ch if ord(ch) < 0x7F else _yaml_escape(ord(ch)) for ch in body) + '"'


def _yaml_escape(code: int) -> str:
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def shell_word(text: str) -> str:
    """One POSIX shell word, quoted only when it needs to be."""
    return shlex.quote(text)


def make_word(text: str) -> str:
    """A shell word inside a Makefile (variable value or recipe): `$` and `#` escaped.

    Make cannot hold a line break in a word at all; callers refuse such values first.
    """
    return shell_word(text).replace("$", "$$").replace("#", "\\#")
