"""Compare two API summaries and classify every change by what it does to SDK users.

Rules, from the point of view of code that uses the SDK:

- removing anything users name (operation, parameter, model, field, enum value) breaks;
- a new required parameter, or a parameter that becomes required, breaks callers;
- a type change breaks unless it only widens what users send (`str` -> `str | None`) or
  only narrows what they receive; for types used both ways any change breaks;
- a response field that becomes optional breaks readers, one that becomes required breaks
  writers (models used as request bodies);
- additions and deprecations are compatible (minor); an endpoint's path or HTTP method is
  hidden behind the method name (patch).

A field of a request body model that methods take as keyword arguments is reported once,
as a field of the model, not again as a parameter of every method that sends it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from .summary import Summary

Bump = Literal["none", "patch", "minor", "major"]
Kind = Literal["added", "removed", "changed", "deprecated"]
BUMPS: tuple[Bump, ...] = ("none", "patch", "minor", "major")
_SUBJECTS = ("operation", "parameter", "response", "model", "field", "enum", "enum value", "alias")


@dataclass(frozen=True, slots=True)
class Change:
    """One change; `detail` alternates plain text and code (even indexes are text)."""

    kind: Kind
    subject: str  # one of _SUBJECTS
    name: str  # what users write: `application.create`, `ApplicationIn.name`
    detail: tuple[str, ...]
    bump: Bump

    @property
    def breaking(self) -> bool:
        return self.bump == "major"

    @property
    def detail_text(self) -> str:
        return "".join(self.detail)


@dataclass(frozen=True, slots=True)
class ChangeReport:
    changes: tuple[Change, ...]

    @property
    def bump(self) -> Bump:
        return max((c.bump for c in self.changes), key=BUMPS.index, default="none")

    @property
    def breaking(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.breaking)

    @property
    def compatible(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if not c.breaking)


def compare(old: Summary, new: Summary) -> ChangeReport:
    """Every user-visible difference between two summaries, breaking changes first."""
    models = old.get("models", {}).keys() & new.get("models", {}).keys()
    found = [
        *_operations(old.get("operations", {}), new.get("operations", {}), models),
        *_models(old.get("models", {}), new.get("models", {})),
        *_enums(old.get("enums", {}), new.get("enums", {})),
        *_aliases(old.get("aliases", {}), new.get("aliases", {})),
    ]
    found.sort(key=lambda c: (not c.breaking, _SUBJECTS.index(c.subject), c.name, c.detail))
    return ChangeReport(tuple(found))


def _operations(old: dict[str, Any], new: dict[str, Any], models: set[str]) -> Iterator[Change]:
    by_endpoint = {op["http"]: op["call"] for op_id, op in new.items() if op_id not in old}
    for op_id in sorted(old.keys() - new.keys()):
        op = old[op_id]
        detail: tuple[str, ...] = ("", op["http"], " (", op_id, ")")
        if op["http"] in by_endpoint:
            detail += (" replaced by ", by_endpoint[op["http"]])
        yield Change("removed", "operation", op["call"], detail, "major")
    for op_id in sorted(new.keys() - old.keys()):
        op = new[op_id]
        yield Change("added", "operation", op["call"], ("", op["http"], " (", op_id, ")"), "minor")
    for op_id in sorted(old.keys() & new.keys()):
        yield from _operation(old[op_id], new[op_id], models)


def _operation(old: dict[str, Any], new: dict[str, Any], models: set[str]) -> Iterator[Change]:
    name = new["call"]
    if old["call"] != name:
        yield Change("changed", "operation", old["call"], ("renamed to ", name), "major")
    if old["http"] != new["http"]:
        yield Change(
            "changed",
            "operation",
            name,
            ("endpoint ", old["http"], " is now ", new["http"]),
            "patch",
        )
    if new["deprecated"] and not old["deprecated"]:
        yield Change("deprecated", "operation", name, ("deprecated",), "minor")
    if old["paginated"] != new["paginated"]:
        paged = new["paginated"]
        text = "now auto-paginates" if paged else "no longer auto-paginates"
        yield Change("changed", "operation", name, (text,), "minor" if paged else "major")
    if old["returns"] != new["returns"]:
        bump = _type_bump(old["returns"], new["returns"], "output")
        detail = ("returns ", new["returns"], " instead of ", old["returns"])
        yield Change("changed", "response", name, detail, bump)
    body = new.get("body")
    if body in models and old.get("body", body) == body:  # its fields speak for these
        old, new = _without_body(old), _without_body(new)
    yield from _params(name, old["params"], new["params"])


def _without_body(op: dict[str, Any]) -> dict[str, Any]:
    params = {k: v for k, v in op["params"].items() if v["in"] != "body"}
    return {**op, "params": params}


def _params(call: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    for param in sorted(old.keys() - new.keys()):
        yield Change("removed", "parameter", f"{call}({param}=)", (), "major")
    for param in sorted(new.keys() - old.keys()):
        required = new[param]["required"]
        detail = (
            f"new {'required' if required else 'optional'} parameter of type ",
            new[param]["type"],
        )
        bump: Bump = "major" if required else "minor"
        yield Change("added", "parameter", f"{call}({param}=)", detail, bump)
    for param in sorted(old.keys() & new.keys()):
        name = f"{call}({param}=)"
        before, after = old[param], new[param]
        yield from _requiredness("parameter", name, before, after, "input")
        yield from _retyped("parameter", name, before["type"], after["type"], "input")
        if before["in"] != after["in"]:
            moved = ("sent in the ", after["in"], " instead of the ", before["in"])
            yield Change("changed", "parameter", name, moved, "patch")


def _models(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    for model in sorted(old.keys() - new.keys()):
        yield Change("removed", "model", model, (), "major")
    for model in sorted(new.keys() - old.keys()):
        yield Change("added", "model", model, (f"{len(new[model]['fields'])} fields",), "minor")
    for model in sorted(old.keys() & new.keys()):
        before, after = old[model], new[model]
        if after["deprecated"] and not before["deprecated"]:
            yield Change("deprecated", "model", model, ("deprecated",), "minor")
        usage = after["usage"] if after["usage"] != "none" else "both"
        yield from _fields(model, usage, before["fields"], after["fields"])


def _fields(model: str, usage: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    for field in sorted(old.keys() - new.keys()):
        yield Change("removed", "field", f"{model}.{field}", (), "major")
    for field in sorted(new.keys() - old.keys()):
        required = new[field]["required"]
        detail = (
            f"new {'required' if required else 'optional'} field of type ",
            new[field]["type"],
        )
        bump: Bump = "major" if required and usage != "output" else "minor"
        yield Change("added", "field", f"{model}.{field}", detail, bump)
    for field in sorted(old.keys() & new.keys()):
        name = f"{model}.{field}"
        before, after = old[field], new[field]
        yield from _requiredness("field", name, before, after, usage)
        yield from _retyped("field", name, before["type"], after["type"], usage)
        if before["wire"] != after["wire"]:
            renamed = ("JSON name ", before["wire"], " is now ", after["wire"])
            yield Change("changed", "field", name, renamed, "patch")


def _requiredness(
    subject: str, name: str, old: dict[str, Any], new: dict[str, Any], usage: str
) -> Iterator[Change]:
    """optional -> required breaks senders; required -> optional breaks readers."""
    if old["required"] == new["required"]:
        return
    if new["required"]:
        bump: Bump = "minor" if usage == "output" else "major"
        yield Change("changed", subject, name, ("now required",), bump)
    else:
        bump = "minor" if usage == "input" else "major"
        yield Change("changed", subject, name, ("now optional (may be absent)",), bump)


def _retyped(subject: str, name: str, old: str, new: str, usage: str) -> Iterator[Change]:
    if old != new:
        detail = ("type ", old, " is now ", new)
        yield Change("changed", subject, name, detail, _type_bump(old, new, usage))


def _enums(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    for enum in sorted(old.keys() - new.keys()):
        yield Change("removed", "enum", enum, (), "major")
    for enum in sorted(new.keys() - old.keys()):
        yield Change("added", "enum", enum, _values_detail(new[enum]["values"]), "minor")
    for enum in sorted(old.keys() & new.keys()):
        before, after = old[enum]["values"], new[enum]["values"]
        for value in before:
            if value not in after:
                yield Change("removed", "enum value", enum, ("value ", _json(value)), "major")
        for value in after:
            if value not in before:
                yield Change("added", "enum value", enum, ("value ", _json(value)), "minor")


def _aliases(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    for alias in sorted(old.keys() - new.keys()):
        yield Change("removed", "alias", alias, (), "major")
    for alias in sorted(new.keys() - old.keys()):
        yield Change("added", "alias", alias, ("", new[alias]["type"]), "minor")
    for alias in sorted(old.keys() & new.keys()):
        yield from _retyped("alias", alias, old[alias]["type"], new[alias]["type"], "both")


def _values_detail(values: list[Any]) -> tuple[str, ...]:
    parts: list[str] = ["values "]
    for index, value in enumerate(values):
        parts += [_json(value), ", " if index < len(values) - 1 else ""]
    return tuple(parts)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _type_bump(old: str, new: str, usage: str) -> Bump:
    """Widening what users send, or narrowing what they get, is compatible."""
    if usage == "input" and _widens(old, new):
        return "minor"
    if usage == "output" and (old == "None" or _widens(new, old)):
        return "minor"
    return "major"


def _widens(old: str, new: str) -> bool:
    """True when every value of type `old` is also a value of type `new`."""
    if new == "any" or (old, new) == ("int", "float"):
        return True
    return _members(old) < _members(new)


def _members(text: str) -> set[str]:
    """The top-level members of a union type text (`A | list[B | C]` -> A, list[B | C])."""
    members, depth, start = set(), 0, 0
    for index, ch in enumerate(text):
        depth += {"[": 1, "]": -1}.get(ch, 0)
        if depth == 0 and text.startswith(" | ", index):
            members.add(text[start:index])
            start = index + 3
    members.add(text[start:])
    return members
