"""Finds generic schema families such as `ListResponse_ApplicationOut_`.

Server frameworks that monomorphize generics (FastAPI, Rust's aide/schemars, Java
springdoc) emit one schema per instantiation, named `Base_Arg_`. When every member of a
family is the same schema with only the argument's `$ref` changed, the family is really
one generic model, `Base[T]`, and the SDK is clearer (and smaller) written that way.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

TYPE_PARAM_KEY = "$typeParam"
_MEMBER_NAME = re.compile(
    r"^(?P<base>[A-Za-z][A-Za-z0-9]*)_(?P<arg>[A-Za-z0-9][A-Za-z0-9_.\-]*?)_$"
)
_NON_STRUCTURAL = frozenset({"description", "example", "examples", "title", "$comment"})
_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions"})
_SCHEMA_PREFIX = "#/components/schemas/"


@dataclass(frozen=True, slots=True)
class GenericFamily:
    """One generic model: its base name, type parameter and template schema."""

    base: str
    param: str
    template: Any  # the member schema with the argument's $ref replaced by {"$typeParam": T}
    template_source: str  # component name of the member the template was taken from
    members: tuple[tuple[str, str], ...]  # (component name, argument component name)


def find_generic_families(schemas: dict[str, Any]) -> list[GenericFamily]:
    """Every family of two or more identical-modulo-argument schemas, sorted by base."""
    candidates: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name in sorted(schemas):
        match = _MEMBER_NAME.match(name)
        if match and match["arg"] in schemas and match["base"] not in schemas:
            candidates[match["base"]].append((name, match["arg"]))
    families = []
    for base in sorted(candidates):
        family = _family(base, candidates[base], schemas)
        if family is not None:
            families.append(family)
    return families


def _family(
    base: str, members: list[tuple[str, str]], schemas: dict[str, Any]
) -> GenericFamily | None:
    if len(members) < 2:
        return None
    shapes: dict[str, list[tuple[str, str]]] = defaultdict(list)
    templates: dict[str, Any] = {}
    for name, arg in members:
        template = _substitute(schemas[name], _SCHEMA_PREFIX + arg)
        key = json.dumps(_strip(template), sort_keys=True)
        if TYPE_PARAM_KEY not in key:
            continue
        shapes[key].append((name, arg))
        templates.setdefault(key, (name, template))
    if not shapes:
        return None
    # The largest group of identical shapes is the family; ties go to the first by name.
    key = max(sorted(shapes), key=lambda k: len(shapes[k]))
    if len(shapes[key]) < 2:
        return None
    source, template = templates[key]
    return GenericFamily(base, "T", template, source, tuple(shapes[key]))


def _substitute(node: Any, ref: str) -> Any:
    """A copy of `node` where `{"$ref": ref}` becomes a type-parameter marker."""
    if isinstance(node, dict):
        if node.get("$ref") == ref:
            rest = {k: v for k, v in node.items() if k != "$ref"}
            return {TYPE_PARAM_KEY: "T", **rest}
        return {k: _substitute(v, ref) for k, v in node.items()}
    if isinstance(node, list):
        return [_substitute(v, ref) for v in node]
    return node


def _strip(node: Any, names_map: bool = False) -> Any:
    """Drop keywords that do not change the shape of data (docs and examples).

    Inside `properties` (a map from property names to schemas) the keys are names, not
    keywords: a property called `description` is kept.
    """
    if isinstance(node, dict):
        if names_map:
            return {k: _strip(v) for k, v in node.items()}
        return {
            k: _strip(v, names_map=k in _SCHEMA_MAPS)
            for k, v in node.items()
            if k not in _NON_STRUCTURAL
        }
    if isinstance(node, list):
        return [_strip(v) for v in node]
    return node
