"""Places definitions in modules: one per definition, one per cycle of definitions.

Each model lives in its own module so the SDK imports only what a call needs. Python
cannot import modules that import each other at top level, so definitions that refer to
each other in a cycle (a strongly connected component) share one module; the modules
then form a DAG and import each other normally.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from .. import ir, naming

_RESERVED_MODULES = frozenset({"__init__"})


def references(tp: ir.TypeRef) -> Iterator[str]:
    """Names of the definitions a type refers to."""
    if isinstance(tp, ir.Named):
        yield tp.name
        for arg in tp.args:
            yield from references(arg)
    elif isinstance(tp, ir.ListOf):
        yield from references(tp.item)
    elif isinstance(tp, ir.TupleOf):
        for item in (*tp.items, *([tp.rest] if tp.rest is not None else [])):
            yield from references(item)
    elif isinstance(tp, ir.DictOf):
        yield from references(tp.value)
    elif isinstance(tp, ir.Nullable):
        yield from references(tp.inner)
    elif isinstance(tp, ir.UnionOf):
        for member in tp.members:
            yield from references(member)


def dependencies(definition: ir.Definition) -> set[str]:
    """Definitions this one needs at import time."""
    if isinstance(definition, ir.Model):
        found = {n for f in definition.fields for n in references(f.type)}
        if definition.additional is not None:
            found |= set(references(definition.additional))
        return found - {definition.name}
    if isinstance(definition, ir.Alias):
        return set(references(definition.type)) - {definition.name}
    return set()


def assign_modules(
    definitions: dict[str, ir.Definition],
) -> tuple[dict[str, ir.Definition], tuple[tuple[str, tuple[str, ...]], ...]]:
    """Definitions with their `module` set, and the module -> names table, both sorted."""
    graph = {
        name: sorted(d for d in dependencies(definitions[name]) if d in definitions)
        for name in sorted(definitions)
    }
    components = _strongly_connected(graph)
    taken: set[str] = set(_RESERVED_MODULES)
    placed: dict[str, ir.Definition] = {}
    groups: list[tuple[str, tuple[str, ...]]] = []
    for members in sorted(components, key=lambda c: min(c)):
        names = tuple(sorted(members))
        module = naming.claim(naming.module_name(names[0]), taken)
        groups.append((module, names))
        for name in names:
            placed[name] = dataclasses.replace(definitions[name], module=module)
    return dict(sorted(placed.items())), tuple(sorted(groups))


def _strongly_connected(graph: dict[str, list[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative (deep model chains must not hit the recursion limit)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    result: list[list[str]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            edges = graph[node]
            if child < len(edges):
                work.append((node, child + 1))
                target = edges[child]
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                result.append(component)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return result
