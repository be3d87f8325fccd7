"""The SDK surface of an IR as plain JSON: what `sdkgen diff` compares.

A summary keeps what SDK users touch (calls, their keyword arguments, return types,
models, fields, enum values) and drops what they do not (descriptions, layout). It is
small and stable, so `sdkgen generate` stores it in the output folder and `sdkgen check`
can later say what changed in the API, not only which files differ.
"""

from __future__ import annotations

import json
from typing import Any

from .. import ir
from ..model.modules import references

SUMMARY_FILE = ".sdkgen-api.json"
FORMAT = 1

Summary = dict[str, Any]


def type_text(t: ir.TypeRef | None) -> str:
    """A short, language-neutral spelling of a type (`list[Message] | None`)."""
    if t is None:
        return "None"
    if isinstance(t, ir.Primitive):
        return t.name
    if isinstance(t, ir.Named):
        args = ", ".join(type_text(a) for a in t.args)
        return f"{t.name}[{args}]" if args else t.name
    if isinstance(t, ir.TypeParam):
        return t.name
    if isinstance(t, ir.ListOf):
        return f"list[{type_text(t.item)}]"
    if isinstance(t, ir.TupleOf):
        items = [type_text(i) for i in t.items]
        if t.rest is not None:
            items.append(type_text(t.rest) + ", ...")
        return f"tuple[{', '.join(items)}]"
    if isinstance(t, ir.DictOf):
        return f"dict[str, {type_text(t.value)}]"
    if isinstance(t, ir.LiteralOf):
        return "Literal[" + ", ".join(json.dumps(v) for v in t.values) + "]"
    if isinstance(t, ir.UnionOf):
        return " | ".join(type_text(m) for m in t.members)
    return f"{type_text(t.inner)} | None"


def summarize(api: ir.Api) -> Summary:
    """The JSON-ready summary of `api`; every mapping sorted by key."""
    usage = _usage(api)
    return {
        "format": FORMAT,
        "title": api.title,
        "api_version": api.api_version,
        "operations": {
            (op.operation_id or f"{resource.name}.{op.name}"): _operation(resource, op)
            for resource in api.resources
            for op in resource.operations
        },
        "models": {m.name: _model(m, usage.get(m.name, "none")) for m in api.models},
        "enums": {e.name: {"values": [m.value for m in e.members]} for e in api.enums},
        "aliases": {a.name: {"type": type_text(a.type)} for a in api.aliases},
    }


# Python's JSON encoder runs in C only when it does not indent: on GitHub's API the
# indented summary took a second. Each entry of a section is one compact line instead,
# which also keeps a diff of two summaries to one line per changed call or model.
_encode = json.JSONEncoder(sort_keys=True, ensure_ascii=False).encode


def summary_text(api: ir.Api) -> str:
    """The summary as JSON: a section per line (`"models": {`), then one line per entry."""
    lines = ["{"]
    sections = sorted(summarize(api).items())
    for number, (name, value) in enumerate(sections, 1):
        end = "," if number < len(sections) else ""
        if not isinstance(value, dict) or not value:
            lines.append(f" {_encode(name)}: {_encode(value)}{end}")
            continue
        lines.append(f" {_encode(name)}: {{")
        entries = [f"  {_encode(key)}: {_encode(entry)}," for key, entry in sorted(value.items())]
        entries[-1] = entries[-1][:-1]
        lines += entries
        lines.append(f" }}{end}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _operation(resource: ir.Resource, op: ir.Operation) -> dict[str, Any]:
    return {
        "call": f"{resource.name}.{op.name}",
        "http": f"{op.http_method} {op.path}",
        "deprecated": op.deprecated,
        "paginated": op.pagination is not None,
        "returns": type_text(op.result.type) if op.result else "None",
        "body": op.body.model if op.body else None,  # the model of a flattened body
        "params": {
            p.name: {"in": p.location, "type": type_text(p.type), "required": p.required}
            for p in op.params
        },
    }


def _model(model: ir.Model, usage: str) -> dict[str, Any]:
    return {
        "usage": usage,
        "deprecated": model.deprecated,
        "fields": {
            f.name: {"wire": f.wire_name, "type": type_text(f.type), "required": f.required}
            for f in model.fields
        },
    }


def _usage(api: ir.Api) -> dict[str, str]:
    """Whether each definition is sent ("input"), received ("output"), or "both"."""
    sent: list[ir.TypeRef] = []
    received: list[ir.TypeRef] = []
    for op in api.operations:
        sent += [p.type for p in op.params] + ([op.body.type] if op.body else [])
        received += [r.type for r in op.responses if r.type is not None]
    inputs = _reachable(api, sent) | {m.name for m in api.models if m.is_input}
    outputs = _reachable(api, received)
    return {name: _direction(name in inputs, name in outputs) for name in inputs | outputs}


def _direction(sent: bool, received: bool) -> str:
    if sent and received:
        return "both"
    return "input" if sent else "output"


def _reachable(api: ir.Api, roots: list[ir.TypeRef]) -> set[str]:
    definitions: dict[str, ir.Definition] = {m.name: m for m in api.models}
    definitions.update((a.name, a) for a in api.aliases)
    seen: set[str] = set()
    stack = [name for t in roots for name in references(t)]
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        found = definitions.get(name)
        if isinstance(found, ir.Model):
            inner = [f.type for f in found.fields]
            inner += [found.additional] if found.additional else []
            stack += [n for t in inner for n in references(t)]
        elif isinstance(found, ir.Alias):
            stack += list(references(found.type))
    return seen
