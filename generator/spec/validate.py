"""Check a loaded spec against the OpenAPI meta-schema and the rules an SDK depends on.

The meta-schema catches structural mistakes; the semantic checks catch what it cannot
(dangling or looping refs, clashing operationIds, undeclared path parameters) and that
would otherwise surface as broken or ambiguous generated code.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from ..problems import Problem, join_pointer, resolve_pointer, split_pointer
from .loader import LoadedSpec
from .spec_checks import schema_problems

_MAX_META_PROBLEMS = 50
_MAX_REF_HOPS = 50
_VERSION = re.compile(r"3\.([01])\.\d+(?:-.+)?")
_TEMPLATE_VARIABLE = re.compile(r"\{([^{}]+)\}")
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def validate(spec: LoadedSpec) -> list[Problem]:
    """Every problem found in the spec, sorted; never raises."""
    version = _check_version(spec)
    if isinstance(version, Problem):
        return [version]
    found: list[Problem] = list(spec.notes)
    checks: list[Callable[[LoadedSpec], Iterable[Problem]]] = [
        functools.partial(_meta_schema_problems, version=version),
        _reference_problems,
        _operation_id_problems,
        _parameter_problems,
        _response_problems,
        schema_problems,
    ]
    for check in checks:
        try:
            found.extend(check(spec))
        except Exception as exc:  # a bug in one check must not hide what the others found
            name = getattr(check, "__name__", "meta_schema")
            found.append(spec.problem("", f"internal error in the {name} check: {exc!r}"))
    unique = dict.fromkeys(found)
    return sorted(unique, key=lambda p: (p.sort_key, p.hint or "", p.severity))


def _check_version(spec: LoadedSpec) -> str | Problem:
    """'3.0' or '3.1', or the one problem that stops validation."""
    root = spec.root
    version = root.get("openapi")
    supported = "sdkgen reads OpenAPI 3.0.x and 3.1.x"
    if version is None and "swagger" in root:  # 2.0 was converted when it was loaded
        message = f"unsupported Swagger version {root['swagger']!r}"
        hint = 'sdkgen reads Swagger "2.0" and OpenAPI 3.0.x and 3.1.x'
        return spec.problem("/swagger", message, hint=hint)
    if version is None:
        hint = "add `openapi: 3.1.0` (or the 3.0.x version it follows) at the top level"
        return spec.problem("", "missing `openapi` field: which version is this?", hint=hint)
    if not isinstance(version, str):
        message = f'`openapi` must be a string such as "3.1.0", not {version!r}'
        return spec.problem("/openapi", message, hint="quote the version")
    match = _VERSION.fullmatch(version)
    if match is None:
        return spec.problem("/openapi", f"unsupported OpenAPI version {version}", hint=supported)
    return f"3.{match.group(1)}"


# ---- meta-schema -------------------------------------------------------------------------


def _meta_schema(version: str) -> dict[str, Any]:
    """The OAS meta-schema shipped with openapi-spec-validator, read without importing it
    (importing the package costs more than validating a large spec)."""
    found = importlib.util.find_spec("openapi_spec_validator")
    if found is None or not found.submodule_search_locations:
        raise ImportError("openapi-spec-validator is not installed")
    folder = Path(next(iter(found.submodule_search_locations))) / "resources" / "schemas"
    schema: dict[str, Any] = json.loads(
        (folder / f"v{version}" / "schema.json").read_text(encoding="utf-8")
    )
    return schema


@functools.cache
def _fast_validator(version: str) -> Any:
    """A compiled (Rust) validator for a quick yes/no, or None where it is not installed."""
    try:
        import jsonschema_rs
    except ImportError:
        return None
    return jsonschema_rs.validator_for(_meta_schema(version), validate_formats=False, offline=True)


def _surely_valid(spec: LoadedSpec, version: str) -> bool:
    """Whether the fast validator accepts the spec, so the slow one has nothing to explain.

    jsonschema (pure Python) takes over a second on a large spec, jsonschema-rs ~10 ms. Only
    a "yes" is trusted: on a "no" (or any doubt, e.g. a YAML key that is not a string), the
    slow validator runs and describes every problem exactly as before.
    """
    try:
        validator = _fast_validator(version)
        return validator is not None and bool(validator.is_valid(spec.root))
    except Exception:  # the fast path is an optimization; the slow path decides
        return False


@functools.cache
def _meta_validator(version: str) -> Any:
    """A jsonschema validator for the OAS meta-schema, used to explain what is wrong."""
    from jsonschema.validators import validator_for

    schema = _meta_schema(version)
    if version == "3.1":
        schema = _fast_meta_schema(schema)
    return validator_for(schema)(schema)


def _fast_meta_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """The OAS 3.1 meta-schema rewritten to give the same answers ~5x faster.

    The base schema only asks Schema Objects to be objects or booleans, so its
    `$dynamicRef: "#meta"` (which makes jsonschema search the dynamic scope) can point at
    `#/$defs/schema` directly. Then each local `$ref` becomes a one-item `allOf` holding the
    target itself: in draft 2020-12 both are in-place applicators, but `allOf` skips the
    reference lookup that jsonschema repeats on every use. The schema becomes cyclic in
    memory, which jsonschema (it descends lazily) does not mind.
    """
    links: list[tuple[dict[str, Any], Any]] = []
    for _, node in list(_objects(schema)):
        if node.get("$dynamicRef") == "#meta":
            del node["$dynamicRef"]
            node["$ref"] = "#/$defs/schema"
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            links.append((node, _resolve(schema, ref)))
    for node, hit in links:
        if hit is not None:
            del node["$ref"]
            node["allOf"] = [*node.get("allOf", []), hit[1]]
    return schema


def _meta_schema_problems(spec: LoadedSpec, version: str) -> list[Problem]:
    """Meta-schema violations, each reduced to its most specific cause; capped."""
    try:
        if _surely_valid(spec, version):
            return []
        validator = _meta_validator(version)
    except (ImportError, OSError, ValueError) as exc:
        skipped = f"meta-schema validation skipped: {exc}"
        return [
            spec.problem("", skipped, hint="install openapi-spec-validator", severity="warning")
        ]
    found: dict[tuple[str, str], str | None] = {}
    for error in validator.iter_errors(spec.root):
        pointer, message, hint = _describe(error)
        found.setdefault((pointer, message), hint)
    shown = sorted(found)[:_MAX_META_PROBLEMS]
    problems = [
        spec.problem(pointer, message, hint=found[pointer, message]) for pointer, message in shown
    ]
    if len(found) > _MAX_META_PROBLEMS:
        more = f"... and {len(found) - _MAX_META_PROBLEMS} more meta-schema problems"
        problems.append(spec.problem("", more, hint="fix the ones shown and validate again"))
    return problems


def _describe(error: Any) -> tuple[str, str, str | None]:
    """(pointer, message, hint) for the most specific cause of a meta-schema error."""
    from jsonschema.exceptions import best_match

    causes = _causes(error)
    depth = max(len(cause.absolute_path) for cause in causes)
    deepest = [cause for cause in causes if len(cause.absolute_path) == depth]
    best = best_match(deepest)
    message = _message(best)
    if best.validator == "enum":  # one alternative per allowed value: list them all
        allowed = [
            value
            for cause in _leaves(error)
            if cause.validator == "enum" and cause.absolute_path == best.absolute_path
            for value in cause.validator_value
        ]
        message = f"{_short(best.instance)} is not one of {list(dict.fromkeys(allowed))!r}"
    return join_pointer("", *best.absolute_path), message, _hint(best)


def _causes(error: Any) -> list[Any]:
    """The leaf errors under a failed `oneOf`/`anyOf` that say what is wrong.

    Each alternative lists why it failed. Alternatives that failed on an `enum`, a `const`
    or the type of the whole value were not the one the author meant (`in: query` is not
    the path parameter alternative); the causes of the others are the answer.
    """
    if not error.context:
        return [error]
    branches: dict[Any, list[Any]] = {}
    for cause in error.context:
        branch = cause.relative_schema_path[0] if cause.relative_schema_path else None
        branches.setdefault(branch, []).extend(_causes(cause))
    kept = [[c for c in leaves if not _is_noise(c)] for leaves in branches.values()]
    meant = [leaves for leaves in kept if leaves and not _is_mismatch(leaves, error)]
    if not meant:  # none was meant: the closest ones are those with the fewest complaints
        fewest = min((len(leaves) for leaves in kept if leaves), default=0)
        meant = [leaves for leaves in kept if len(leaves) == fewest]
    return [cause for leaves in meant for cause in leaves] or [error]


def _leaves(error: Any) -> Iterator[Any]:
    yield error
    for cause in error.context:
        yield from _leaves(cause)


def _is_mismatch(causes: list[Any], parent: Any) -> bool:
    depth = len(parent.absolute_path)
    return any(
        cause.validator in ("enum", "const")
        or (cause.validator == "type" and len(cause.absolute_path) == depth)
        for cause in causes
    )


def _is_noise(error: Any) -> bool:
    """Causes that say nothing useful when others are at hand."""
    if error.validator in ("oneOf", "anyOf") and not error.context:
        return True  # "valid under each of": the instance is too vague to tell
    instance = error.instance
    not_a_ref = isinstance(instance, dict) and "$ref" not in instance
    return error.validator == "required" and "$ref" in error.validator_value and not_a_ref


def _message(error: Any) -> str:
    if error.validator in ("oneOf", "anyOf") and not error.context:
        return f"{_short(error.instance)} matches more than one of the allowed forms"
    message: str = error.message
    shown = repr(error.instance)
    if len(shown) > 60 and message.startswith(shown):
        message = _short(error.instance) + message[len(shown) :]
    return message if len(message) <= 200 else message[:197] + "..."


def _short(instance: Any) -> str:
    shown = repr(instance)
    return shown if len(shown) <= 60 else shown[:50] + "..." + shown[-5:]


def _hint(error: Any) -> str | None:
    if error.validator in ("additionalProperties", "unevaluatedProperties"):
        return "remove the field, or name custom fields `x-...`"
    if error.validator == "required":
        return "add the missing field"
    return None


# ---- references --------------------------------------------------------------------------


def _objects(root: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """(pointer, object) for every JSON object in a document, depth first."""
    stack: list[tuple[str, Any]] = [("", root)]
    while stack:
        pointer, node = stack.pop()
        if isinstance(node, dict):
            yield pointer, node
            children: Iterable[tuple[Any, Any]] = node.items()
        else:
            children = enumerate(node)
        stack.extend(
            (join_pointer(pointer, key), value)
            for key, value in children
            if isinstance(value, (dict, list))
        )


def _refs(root: Any) -> Iterator[tuple[str, Any]]:
    """(pointer, value) of every `$ref` in a document.

    Like `_objects`, but only builds the pointers of objects that hold a `$ref`: on a large
    spec, joining a pointer for every node costs more than the walk itself.
    """
    stack: list[tuple[Any, Any]] = [((), root)]  # (parent's path, key) pairs, linked
    while stack:
        path, node = stack.pop()
        if isinstance(node, dict):
            if "$ref" in node:
                tokens: list[Any] = []
                while path:
                    path, key = path
                    tokens.append(key)
                yield join_pointer("", *reversed(tokens)), node["$ref"]
            children: Iterable[tuple[Any, Any]] = node.items()
        else:
            children = enumerate(node)
        for key, value in children:
            if isinstance(value, (dict, list)):
                stack.append(((path, key), value))


_UNRESOLVED = object()


def _resolve(root: Any, ref: str) -> tuple[str, Any] | None:
    """(normalized pointer, node) a local `$ref` names, or None if it names nothing."""
    if not ref.startswith("#"):
        return None
    try:
        tokens = split_pointer(unquote(ref[1:]))
    except ValueError:
        return None
    node = resolve_pointer(root, tokens, _UNRESOLVED)
    return None if node is _UNRESOLVED else (join_pointer("", *tokens), node)


def _deref(root: Any, pointer: str, node: Any) -> tuple[str, Any]:
    """Follow `$ref`s from a node to the object they end at (or the last one that resolves)."""
    for _ in range(_MAX_REF_HOPS):
        ref = node.get("$ref") if isinstance(node, dict) else None
        hit = _resolve(root, ref) if isinstance(ref, str) else None
        if hit is None:
            break
        pointer, node = hit
    return pointer, node


def _reference_problems(spec: LoadedSpec) -> Iterator[Problem]:
    """Local refs that point at nothing, and refs that only point at each other."""
    edges: dict[str, str] = {}
    refs = dict(_refs(spec.root))
    for pointer, ref in sorted((p, r) for p, r in refs.items() if isinstance(r, str)):
        hit = _resolve(spec.root, ref)
        if hit is None and ref.startswith("#"):
            message = f"`$ref` {ref} does not resolve: nothing is defined there"
            yield spec.problem(join_pointer(pointer, "$ref"), message, hint=_ref_hint(ref))
        elif hit is not None and isinstance(hit[1], dict) and isinstance(hit[1].get("$ref"), str):
            edges[pointer] = hit[0]
    for cycle in _cycles(edges):
        names = " -> ".join(_label(pointer) for pointer in (*cycle, cycle[0]))
        hint = "give one of them real content instead of a `$ref`"
        yield spec.problem(join_pointer(cycle[0], "$ref"), f"reference cycle {names}", hint=hint)


def _ref_hint(ref: str) -> str:
    tokens = unquote(ref[1:]).split("/")
    if len(tokens) == 4 and tokens[1] == "components":
        return f"define `{tokens[3]}` under components/{tokens[2]}, or correct the reference"
    return "correct the reference: a JSON pointer such as #/components/schemas/Name"


def _cycles(edges: dict[str, str]) -> list[tuple[str, ...]]:
    """The cycles of a graph in which each node has at most one edge, each rotated to its
    smallest pointer so that every cycle is reported once, the same way every time."""
    walked: dict[str, str] = {}
    cycles: list[tuple[str, ...]] = []
    for start in sorted(edges):
        path: list[str] = []
        node: str | None = start
        while node is not None and node not in walked:
            walked[node] = start
            path.append(node)
            node = edges.get(node)
        if node is not None and walked[node] == start:
            cycle = path[path.index(node) :]
            first = cycle.index(min(cycle))
            cycles.append(tuple(cycle[first:] + cycle[:first]))
    return cycles


def _label(pointer: str) -> str:
    tokens = split_pointer(pointer)
    return tokens[2] if len(tokens) == 3 and tokens[0] == "components" else pointer


# ---- operations --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Operation:
    pointer: str
    method: str
    path: str
    node: dict[str, Any]
    item_pointer: str  # of the path item, where a `$ref` to it leads
    item: dict[str, Any]

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"


def _operations(spec: LoadedSpec, sections: Iterable[str]) -> Iterator[_Operation]:
    """Every operation in document order, path item `$ref`s followed."""
    for section in sections:
        items = spec.root.get(section)
        for path, item in items.items() if isinstance(items, dict) else ():
            item_pointer, item = _deref(spec.root, join_pointer("", section, path), item)
            for method, node in item.items() if isinstance(item, dict) else ():
                if method in _METHODS and isinstance(node, dict):
                    pointer = join_pointer(item_pointer, method)
                    yield _Operation(pointer, method, path, node, item_pointer, item)


def _operation_id_problems(spec: LoadedSpec) -> Iterator[Problem]:
    """operationIds used more than once: each would name two SDK methods the same."""
    first: dict[str, _Operation] = {}
    for operation in _operations(spec, ("paths", "webhooks")):
        operation_id = operation.node.get("operationId")
        if (
            not isinstance(operation_id, str)
            or first.setdefault(operation_id, operation) is operation
        ):
            continue
        message = f"duplicate operationId `{operation_id}`: {first[operation_id].label} uses it too"
        hint = f"operationIds must be unique; rename the one on {operation.label}"
        yield spec.problem(join_pointer(operation.pointer, "operationId"), message, hint=hint)


def _response_problems(spec: LoadedSpec) -> Iterator[Problem]:
    for operation in _operations(spec, ("paths", "webhooks")):
        responses = operation.node.get("responses")
        if not isinstance(responses, dict) or all(key.startswith("x-") for key in responses):
            hint = "add at least one response, e.g. `'200': {description: OK}`"
            yield spec.problem(operation.pointer, f"{operation.label} has no responses", hint=hint)


@dataclass(frozen=True, slots=True)
class _Parameter:
    site: str  # where it is listed
    definition: str  # where it is defined (differs when listed through a `$ref`)
    name: str
    location: str
    required: bool

    @property
    def key(self) -> tuple[str, str]:
        name = self.name.lower() if self.location == "header" else self.name
        return name, self.location


def _parameters(spec: LoadedSpec, owner_pointer: str, owner: dict[str, Any]) -> list[_Parameter]:
    """The parameters listed on a path item or operation, `$ref`s followed."""
    listed = owner.get("parameters")
    parameters: list[_Parameter] = []
    for index, raw in enumerate(listed) if isinstance(listed, list) else ():
        site = join_pointer(owner_pointer, "parameters", index)
        definition, node = _deref(spec.root, site, raw)
        name, location = (node.get("name"), node.get("in")) if isinstance(node, dict) else (0, 0)
        if isinstance(name, str) and isinstance(location, str):
            required = node.get("required") is True
            parameters.append(_Parameter(site, definition, name, location, required))
    return parameters


def _parameter_problems(spec: LoadedSpec) -> Iterator[Problem]:
    """Duplicates, and path parameters that do not match the path template."""
    checked_items: set[str] = set()
    for operation in _operations(spec, ("paths",)):
        variables = _TEMPLATE_VARIABLE.findall(operation.path)
        shared = _parameters(spec, operation.item_pointer, operation.item)
        own = _parameters(spec, operation.pointer, operation.node)
        for parameters in [own] if operation.item_pointer in checked_items else [shared, own]:
            yield from _duplicate_parameters(spec, parameters)
            yield from _path_parameter_mismatches(spec, parameters, operation.path, variables)
        checked_items.add(operation.item_pointer)
        declared = {p.name for p in (*shared, *own) if p.location == "path"}
        for variable in variables:
            if variable not in declared:
                message = f"path parameter `{variable}` of {operation.label} is not declared"
                hint = f"add a parameter with `in: path`, `name: {variable}` and `required: true`"
                yield spec.problem(operation.pointer, message, hint=hint)


def _duplicate_parameters(spec: LoadedSpec, parameters: list[_Parameter]) -> Iterator[Problem]:
    first: dict[tuple[str, str], _Parameter] = {}
    for parameter in parameters:
        earlier = first.setdefault(parameter.key, parameter)
        if earlier is not parameter:
            what = f"`{parameter.name}` (in: {parameter.location})"
            message = f"duplicate parameter {what}, first listed at {earlier.site}"
            yield spec.problem(parameter.site, message, hint="remove one of them")


def _path_parameter_mismatches(
    spec: LoadedSpec, parameters: list[_Parameter], path: str, variables: list[str]
) -> Iterator[Problem]:
    for parameter in parameters:
        if parameter.location != "path":
            continue
        if parameter.name not in variables:
            message = f"path parameter `{parameter.name}` does not appear in the path {path}"
            hint = f"remove it, or add `{{{parameter.name}}}` to the path"
            yield spec.problem(parameter.site, message, hint=hint)
        if not parameter.required:
            message = f"path parameter `{parameter.name}` must be required"
            yield spec.problem(parameter.definition, message, hint="add `required: true`")
