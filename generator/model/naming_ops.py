"""Where each operation lives in the SDK: its resource namespace(s) and method name.

In order of precedence: the config (`operations: {opId: {resource, method}}`), the
spec extensions `x-sdk-resource` / `x-sdk-name`, then names derived from the operationId
(`v1.application.create` -> `application.create`; FastAPI's
`list_apps_api_v1_app__get` -> `list_apps`), the tags, and finally the path. Clashes
within a namespace are resolved in a fixed order (by path, then HTTP method).
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .. import naming
from ..config import Config

# Attributes of the generated client and resource classes that operations must not take.
RESERVED_RESOURCES = frozenset(
    {"close", "aclose", "base_url", "timeout", "max_retries", "raw", "default"}
)
RESERVED_METHODS = frozenset({"raw"})
_VERSION = re.compile(r"^v\d+$", re.IGNORECASE)
_METHOD_ORDER = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True, slots=True)
class OpName:
    """The naming facts of one operation, before clashes are resolved."""

    path: str
    http_method: str
    resources: tuple[str, ...]
    method: str
    hint: str  # PascalCase-able prefix for inline schema names
    explicit: bool  # named by config or extension: clashes are errors, not suffixed


class OperationNamer:
    def __init__(self, config: Config, warn: Callable[[str, str], None]) -> None:
        self._config = config
        self._warn = warn

    def name(self, path: str, http_method: str, op: dict[str, Any], pointer: str) -> OpName:
        op_id = op.get("operationId")
        op_id = op_id if isinstance(op_id, str) and op_id.strip() else None
        override = self._config.operations.get(op_id) if op_id else None
        derived_resource, derived_method = _derive(op_id, path, http_method)
        resource = (override.resource if override else None) or _str(op.get("x-sdk-resource"))
        method = (override.method if override else None) or _str(op.get("x-sdk-name"))
        resources: tuple[str, ...]
        if resource:
            resources = (naming.attribute_name(resource),)
        elif derived_resource:
            resources = (derived_resource,)
        else:
            resources = _tag_resources(op) or (_path_resource(path),)
        resources = tuple(_unreserved(r, RESERVED_RESOURCES) for r in resources)
        final_method = naming.method_name(method) if method else derived_method
        final_method = _unreserved(final_method, RESERVED_METHODS)
        hint = naming.pascal_case(f"{resources[0]}_{final_method}")
        return OpName(path, http_method, resources, final_method, hint, bool(method))

    def finalize(self, names: list[OpName]) -> list[tuple[tuple[str, str], ...]]:
        """(resource, method) pairs of every operation, unique within each resource."""
        order = sorted(
            range(len(names)),
            key=lambda i: (
                not names[i].explicit,
                names[i].path,
                _METHOD_ORDER.index(names[i].http_method),
            ),
        )
        taken: dict[str, set[str]] = defaultdict(set)
        result: dict[int, list[tuple[str, str]]] = defaultdict(list)
        for index in order:
            name = names[index]
            for resource in name.resources:
                method = _claim(name.method, name.http_method, taken[resource])
                result[index].append((resource, method))
        return [tuple(result[i]) for i in range(len(names))]


def _claim(method: str, http_method: str, taken: set[str]) -> str:
    """The first free name among `method`, `method_<http>`, `method_2`...

    A name is free when neither it nor its async twin (`a` + name) is taken, and it is
    not itself the async twin of a taken name.
    """
    numbered = (f"{method}_{n}" for n in range(2, 1000))  # lazily: the first name usually wins
    candidates = itertools.chain([method, f"{method}_{http_method}"], numbered)
    for candidate in candidates:
        clashes = {candidate, naming.async_twin(candidate)}
        twin_of = candidate[1:] if candidate.startswith("a") else None
        if not (clashes & taken) and twin_of not in taken:
            taken.update(clashes)
            return candidate
    raise AssertionError("unreachable: ran out of method names")


def _derive(op_id: str | None, path: str, http_method: str) -> tuple[str | None, str]:
    """(resource or None, method) from an operationId, or from the path without one."""
    if op_id is None:
        return None, _path_method(path, http_method)
    tokens = [t for t in op_id.split(".") if t]
    while len(tokens) > 2 and _VERSION.match(tokens[0]):
        tokens = tokens[1:]
    if len(tokens) >= 2:
        return naming.attribute_name(tokens[0]), naming.method_name("_".join(tokens[1:]))
    fastapi_suffix = re.sub(r"\W", "_", path) + "_" + http_method
    if op_id.endswith(fastapi_suffix) and len(op_id) > len(fastapi_suffix):
        op_id = op_id[: -len(fastapi_suffix)]
    return None, naming.method_name(op_id)


def _path_method(path: str, http_method: str) -> str:
    """`GET /api/v1/pets/{id}/toys` -> `get_by_id_toys` (the namespace is `pets`)."""
    words: list[str] = []
    for segment in _meaningful_segments(path)[1:]:
        words.append(f"by_{segment[1:-1]}" if segment.startswith("{") else segment)
    return naming.method_name("_".join([http_method, *words]))


def _meaningful_segments(path: str) -> list[str]:
    path = path.partition("?")[0]  # Azure's x-ms-paths tell operations apart by a query
    return [s for s in path.split("/") if s and s.lower() != "api" and not _VERSION.match(s)]


def _tag_resources(op: dict[str, Any]) -> tuple[str, ...]:
    tags = [t for t in op.get("tags") or () if isinstance(t, str) and naming.snake_case(t)]
    return tuple(dict.fromkeys(naming.attribute_name(t) for t in tags))


def _path_resource(path: str) -> str:
    segments = _meaningful_segments(path)
    if segments and not segments[0].startswith("{") and naming.snake_case(segments[0]):
        return naming.attribute_name(segments[0])
    return "default_api"


def _unreserved(name: str, reserved: frozenset[str]) -> str:
    return name + "_" if name in reserved else name


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
