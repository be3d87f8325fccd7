"""Example calls for the docs: every operation called with realistic arguments.

The same call appears in the README's Usage blocks and in the resource pages, and the
end-to-end tests run the README's against a mock server that validates requests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .. import ir
from ..format import layout
from .examples import Examples, python_example


@dataclass(frozen=True, slots=True)
class Call:
    """One example call: `result = svix.application.get_by_id(app_id="...")`."""

    target: str  # `svix.application.get_by_id` (without `await`, `.raw` or `a`)
    arguments: tuple[str, ...]  # `name=value`
    result: str | None  # variable that receives the return value, if any
    async_method: str  # the async twin's name: `acreate`, or `async_` for `sync`

    def code(
        self, prefix: str = "", is_async: bool = False, namespace: str = "", result: str = ""
    ) -> str:
        """The call laid out like black, one argument per line; `result` renames the
        variable it is assigned to."""
        variable, call = self.parts(prefix, is_async, namespace, result)
        head = f"{variable} = " if variable is not None else ""
        if isinstance(call, str):
            return head + call
        return layout.render(layout.exploded(head + call.head, call.items), 0)

    def parts(
        self, prefix: str = "", is_async: bool = False, namespace: str = "", result: str = ""
    ) -> tuple[str | None, layout.Bracket | str]:
        """(the variable assigned, if any; the call: one argument per line, or the text
        `name()` when it takes none). Tests lay these out at their own depth."""
        owner, _, method = self.target.rpartition(".")
        if is_async:
            method = self.async_method
        head = f"{prefix}{owner}{namespace}.{method}("
        node = layout.exploded(head, list(self.arguments)) if self.arguments else head + ")"
        return result or self.result, node


# RFC 9110 5.1: a field name is a token; httpx refuses to send any other.
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")

CallKey = tuple[str, str]
"""An operation's resource and method names: unique, where operationIds may be missing
or repeated."""


def call_key(resource: ir.Resource, op: ir.Operation) -> CallKey:
    return (resource.name, op.name)


def example_call(
    client_var: str, resource: ir.Resource, op: ir.Operation, examples: Examples
) -> Call:
    """A call passing every argument that is not deprecated, with example values.

    An optional header whose name HTTP cannot carry is left out: no client can send it."""
    arguments = []
    for p in op.params:
        if p.deprecated and not p.required:
            continue
        if p.location == "header" and not p.required and not _HEADER_NAME.fullmatch(p.wire_name):
            continue
        value = examples.value(p.type, p.example, p.constraints, hint=p.name)
        value = _sendable(p, value)
        arguments.append(f"{p.name}={python_example(value, p.type)}")
    returns = op.result is not None and op.result.kind != "empty" and op.result.type is not None
    result = f"{op.name}_response" if returns else None
    target = f"{client_var}.{resource.name}.{op.name}"
    return Call(target, tuple(arguments), result, op.async_name)


def _sendable(p: ir.Param, value: Any) -> Any:
    """The example without the properties its parameter's style has no wire form for.

    Outside deepObject and `content` parameters an object's properties are scalars (an
    exploded form object may also hold lists of scalars, sent as repeated keys); a nested
    object would make the SDK refuse its own example with an EncodingError."""
    plain = p.location != "body" and p.style != "deepObject" and p.media_type is None
    if not plain or not isinstance(value, dict):
        return value
    lists = p.style == "form" and p.explode
    return {
        key: item
        for key, item in value.items()
        if _scalar(item) or (lists and isinstance(item, list) and all(map(_scalar, item)))
    }


def _scalar(value: Any) -> bool:
    return not isinstance(value, dict | list | tuple)
