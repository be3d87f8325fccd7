"""Judging a recorded request: was it the documented operation, and is it free of reprs?"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

_PARAM = re.compile(r"\{[^}]*\}")
# What str()/repr() of Python values looks like once it reaches the wire.
_REPR = re.compile(
    r"\{'[^']*': |\['|\bobject at 0x[0-9a-f]+|\bdatetime\.(?:date|datetime|time)\("
    r"|\bUUID\('|\bDecimal\('|<[A-Z]\w*\.\w+: |\bb'|^\[\d[\d, ]*\]$"
)
_PY_CONSTANTS = frozenset({"True", "False", "None"})
# Headers httpx or the SDK always set; never from user values.
_OWN_HEADERS = frozenset(
    {
        "host",
        "accept",
        "accept-encoding",
        "connection",
        "user-agent",
        "content-length",
        "content-type",
        "authorization",
    }
)


def path_matches(template: str, raw_path: str) -> bool:
    """Whether `raw_path` (percent-encoded, as sent) fills the path `template`."""
    path = urlsplit(raw_path).path
    # a template may carry a fragment (AWS: `/#X-Amz-Target=...`), which is never sent
    # ... or a query string (`/jobs?op=LIST`), which the client sends as parameters
    template = template.split("#", 1)[0].split("?", 1)[0]
    want, got = template.strip("/").split("/"), path.strip("/").split("/")
    if len(want) != len(got):
        return False
    return all(_segment(w).fullmatch(unquote(g)) for w, g in zip(want, got, strict=True))


def _segment(template: str) -> re.Pattern[str]:
    parts = _PARAM.split(template)
    return re.compile(".+?".join(re.escape(part) for part in parts), re.DOTALL)


def repr_on_wire(request: dict[str, Any], written: frozenset[str] = frozenset()) -> str | None:
    """The first place a Python repr was sent (`query x: {'a': 1}`), or None.

    A value the snippet itself wrote as a string (`written`: an enum whose member is
    the word "None", as AWS Lambda's X-Amz-Log-Type) is what the caller asked to send."""
    for where, value in _wire_values(request):
        if value in written:
            continue
        if value in _PY_CONSTANTS or _REPR.search(value):
            return f"{where}: {value[:120]}"
    return None


def string_literals(code: str) -> frozenset[str]:
    """The string constants a snippet's code writes (none if it does not parse)."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return frozenset()
    return frozenset(
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def _wire_values(request: dict[str, Any]) -> Iterator[tuple[str, str]]:
    split = urlsplit(request["path"])
    for segment in split.path.split("/"):
        yield "path", unquote(segment)
    for name, value in parse_qsl(split.query, keep_blank_values=True):
        yield f"query {name}", value
    for name, value in request["headers"]:
        if name.lower() not in _OWN_HEADERS:
            yield f"header {name}", value
    body = request.get("body") or ""
    content_type = _header(request, "content-type")
    if content_type.startswith("application/x-www-form-urlencoded"):
        for name, value in parse_qsl(body, keep_blank_values=True):
            yield f"form {name}", value
    elif "json" in content_type:
        yield from _json_strings(body)


def _json_strings(body: str) -> Iterator[tuple[str, str]]:
    """Every string inside a JSON body: a repr there is a str() of a Python value."""
    try:
        document = json.loads(body)
    except ValueError:
        return
    stack: list[Any] = [document]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            if _REPR.search(value):
                yield "json body", value
        elif isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)


def _header(request: dict[str, Any], name: str) -> str:
    for key, value in request["headers"]:
        if key.lower() == name:
            return str(value).lower()
    return ""
