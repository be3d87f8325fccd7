"""Schema checks the meta-schema cannot make, for inputs that would otherwise degrade silently.

- `allOf` cycles (A is all of B, B is all of A): no class hierarchy can express them.
- `allOf` members that declare the same property with different types: one would win
  without a word.
- `enum`s whose values are of several JSON types, and `type`s that JSON Schema does not know.
- `pattern`s that Python cannot compile or that backtrack catastrophically (see `patterns`):
  they are dropped from the SDK, so the user is told.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..problems import Problem, join_pointer, resolve_pointer, split_pointer
from .loader import LoadedSpec
from .patterns import pattern_issue

_DATA_KEYS = frozenset(("example", "examples", "default", "enum", "const"))
_TYPES = frozenset(("string", "number", "integer", "boolean", "array", "object", "null"))
_SCHEMAS = "/components/schemas/"


def schema_problems(spec: LoadedSpec) -> list[Problem]:
    """Every problem these checks find, in document order."""
    found: list[Problem] = []
    check_types = str(spec.root.get("openapi", "")).startswith("3.1")  # 3.0's meta-schema does
    for path, node in _schema_like(spec.root):
        found.extend(_node_problems(spec, path, node, check_types))
    found.extend(_allof_cycles(spec))
    return found


def _schema_like(root: Any) -> Iterator[tuple[tuple[str, ...], dict[str, Any]]]:
    """(reference tokens, object) for every object outside example/default/enum data and
    extensions. Tokens, not a pointer: a pointer is only needed for a problem, and joining
    one for each of the spec's objects cost most of this check on GitHub's spec."""
    stack: list[tuple[tuple[str, ...], Any]] = [((), root)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, dict):
            yield path, node
            items = [(k, v) for k, v in node.items() if k not in _DATA_KEYS]
            children = [(str(k), v) for k, v in items if not str(k).startswith("x-")]
        elif isinstance(node, list):
            children = [(str(i), v) for i, v in enumerate(node)]
        else:
            continue
        stack.extend(
            ((*path, key), value)
            for key, value in reversed(children)
            if isinstance(value, (dict, list))
        )


def _node_problems(
    spec: LoadedSpec, path: tuple[str, ...], node: dict[str, Any], check_types: bool
) -> Iterator[Problem]:
    pattern = node.get("pattern")
    if isinstance(pattern, str):
        issue = pattern_issue(pattern)
        if issue is not None:
            message = f"pattern {pattern!r} is left out of the SDK: {issue}"
            yield spec.problem(join_pointer("", *path, "pattern"), message, severity="warning")
    enum = node.get("enum")
    if isinstance(enum, list):
        kinds = sorted({_json_type(v) for v in enum if v is not None})
        if len(kinds) > 1:
            message = f"enum mixes values of types {', '.join(kinds)}"
            hint = "keep one type per enum, or use oneOf with one enum per type"
            where = join_pointer("", *path, "enum")
            yield spec.problem(where, message, hint=hint, severity="warning")
    declared = node.get("type")
    unknown = isinstance(declared, str) and declared not in _TYPES
    if check_types and unknown and _looks_like_schema(path):
        message = f"unknown type {declared!r}"
        hint = f"use one of {', '.join(sorted(_TYPES))}"
        yield spec.problem(join_pointer("", *path, "type"), message, hint=hint)
    members = node.get("allOf")
    if isinstance(members, list):
        yield from _allof_conflicts(spec, path, members)


def _looks_like_schema(tokens: tuple[str, ...]) -> bool:
    """Security schemes, parameters and links also have a `type`-like field; skip them."""
    return "schema" in tokens or "schemas" in tokens or "properties" in tokens or "items" in tokens


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _allof_conflicts(
    spec: LoadedSpec, path: tuple[str, ...], members: list[Any]
) -> Iterator[Problem]:
    """The same property declared with different `type`s by two `allOf` members."""
    seen: dict[str, tuple[Any, int]] = {}
    for index, member in enumerate(members):
        resolved = _deref(spec.root, member)
        properties = resolved.get("properties") if isinstance(resolved, dict) else None
        if not isinstance(properties, dict):
            continue
        for name, schema in properties.items():
            kind = _deref(spec.root, schema).get("type") if isinstance(schema, dict) else None
            if kind is None:
                continue
            earlier = seen.setdefault(str(name), (kind, index))
            if earlier[0] != kind:
                message = (
                    f"allOf members disagree on property `{name}`: type {earlier[0]!r} "
                    f"in allOf/{earlier[1]}, {kind!r} in allOf/{index}"
                )
                hint = "declare the property once, or with the same type in every member"
                yield spec.problem(join_pointer("", *path, "allOf", index), message, hint=hint)


def _deref(root: Any, node: Any) -> Any:
    """Follow local `$ref`s (a few hops); {} when one does not resolve."""
    for _ in range(20):
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return node if isinstance(node, dict) else {}
        node = resolve_pointer(root, split_pointer(ref[1:]))
    return {}


def _allof_cycles(spec: LoadedSpec) -> Iterator[Problem]:
    """Component schemas that are (through `allOf`) all of themselves."""
    components = spec.root.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    if not isinstance(schemas, dict):
        return
    edges: dict[str, list[tuple[str, int]]] = {}
    for name, schema in schemas.items():
        parts = schema.get("allOf") if isinstance(schema, dict) else None
        for index, part in enumerate(parts if isinstance(parts, list) else []):
            ref = part.get("$ref") if isinstance(part, dict) else None
            if isinstance(ref, str) and ref.startswith("#" + _SCHEMAS):
                target = split_pointer(ref[1:])[2] if len(split_pointer(ref[1:])) == 3 else ""
                edges.setdefault(str(name), []).append((target, index))
    reported: set[frozenset[str]] = set()
    for start in sorted(edges):
        cycle = _cycle_from(start, edges)
        if cycle is None or frozenset(cycle) in reported:
            continue
        reported.add(frozenset(cycle))
        chain = " -> ".join((*cycle, cycle[0]))
        index = next(i for target, i in edges[cycle[0]] if target == cycle[1 % len(cycle)])
        where = join_pointer("/components/schemas", cycle[0], "allOf", index, "$ref")
        hint = "an object cannot include itself; make one of them refer to the other by property"
        yield spec.problem(where, f"allOf cycle {chain}", hint=hint)


def _cycle_from(start: str, edges: dict[str, list[tuple[str, int]]]) -> list[str] | None:
    """The shortest allOf path from `start` back to itself, as a list of names."""
    paths: list[list[str]] = [[start]]
    seen = {start}
    while paths:
        path = paths.pop(0)
        for target, _ in edges.get(path[-1], []):
            if target == start:
                return path
            if target not in seen:
                seen.add(target)
                paths.append([*path, target])
    return None
