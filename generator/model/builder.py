"""The model builder: a loaded spec plus a config in, the IR out.

It decides every name users see (client class, resource namespaces, methods, keyword
arguments, constructor arguments), in a fixed order so that the same spec always gives
the same names, and collects warnings for what it had to leave out or guess.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from typing import Any

from .. import ir, naming
from ..config import Config
from ..problems import Problem, join_pointer
from . import pagination
from .modules import assign_modules, references
from .naming_ops import OperationNamer, OpName
from .operations import OperationReader
from .schemas import SchemaConverter
from .security import oauth_scopes, read_security_schemes, requirement
from .webhooks import read_webhooks

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PEP440 = re.compile(r"^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?$")
_DISTRIBUTION = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class Builder:
    """Builds the IR for one spec; problems are collected, never raised."""

    def __init__(self, root: dict[str, Any], config: Config, locate: Any = None) -> None:
        self._root = root
        self._config = config
        self._locate = locate  # callable(pointer) -> Problem factory args, or None
        self.problems: list[Problem] = []
        self._converter = SchemaConverter(root, self._warn)
        stream_end = ir.STREAM_END if config.stream_end is None else config.stream_end or None
        self._reader = OperationReader(root, self._converter, self._warn, stream_end)

    def _warn(self, pointer: str, message: str) -> None:
        self.problems.append(self._problem(pointer, message, "warning"))

    def _error(self, pointer: str, message: str, hint: str | None = None) -> None:
        self.problems.append(self._problem(pointer, message, "error", hint))

    def _problem(
        self, pointer: str, message: str, severity: str, hint: str | None = None
    ) -> Problem:
        if self._locate is not None:
            problem: Problem = self._locate(pointer, message, hint=hint, severity=severity)
            return problem
        return Problem(
            "<spec>", pointer, message, None, hint, "error" if severity == "error" else "warning"
        )

    # -- the whole API ------------------------------------------------------------------

    def build(self) -> ir.Api:
        self._converter.convert_components()
        package = self._package()
        schemes = read_security_schemes(self._root, self._config, package.client_class, self._warn)
        scheme_keys = {s.key for s in schemes}
        default_security = requirement(self._root.get("security"), scheme_keys)
        operations = self._operations(default_security, scheme_keys, schemes)
        webhooks = read_webhooks(self._root, self._converter, self._warn)
        operations, definitions = self._paginate(operations)
        definitions = self._mark_inputs(definitions, operations)
        placed, groups = assign_modules(definitions)
        known = {op.operation_id for _, op in operations}
        for op_id in sorted(set(self._config.skip_tests) - known):
            self._warn("", f"the config's tests.skip names {op_id!r}, not an operation here")
        resources = self._resources(operations)
        return ir.Api(
            title=naming.clean_text(self._info("title")) or "API",
            description=naming.clean_text(self._info("description")),
            api_version=str(self._info("version") or ""),
            package=package,
            base_url=self._base_url(),
            servers=self._servers(),
            security_schemes=schemes,
            default_security=default_security,
            resources=resources,
            models=tuple(d for d in placed.values() if isinstance(d, ir.Model)),
            enums=tuple(d for d in placed.values() if isinstance(d, ir.Enum)),
            aliases=tuple(d for d in placed.values() if isinstance(d, ir.Alias)),
            module_groups=groups,
            resource_groups=self._resource_groups(resources),
            webhooks=webhooks,
            untested=tuple(sorted(self._config.skip_tests.items())),
        )

    def _info(self, key: str) -> Any:
        info = self._root.get("info")
        return info.get(key) if isinstance(info, dict) else None

    # -- operations ---------------------------------------------------------------------

    def _operations(
        self,
        default_security: tuple[tuple[str, ...], ...],
        scheme_keys: set[str],
        schemes: tuple[ir.SecurityScheme, ...] = (),
    ) -> list[tuple[str, ir.Operation]]:
        """(resource name, operation) for every operation, in a stable order."""
        namer = OperationNamer(self._config, self._warn)
        found: list[tuple[OpName, dict[str, Any], dict[str, Any], str]] = []
        raw_paths = self._root.get("paths")
        paths: dict[str, Any] = raw_paths if isinstance(raw_paths, dict) else {}
        skipped: list[str] = []
        for path in sorted(paths):
            item, item_pointer = self._converter.resolve(paths[path], join_pointer("/paths", path))
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                pointer = join_pointer(item_pointer, method)
                if op.get("x-internal") is True and not self._config.include_internal:
                    skipped.append(pointer)  # reported below: nothing is dropped silently
                    continue
                found.append((namer.name(path, method, op, pointer), item, op, pointer))
        if skipped:
            message = f"{len(skipped)} operation(s) marked `x-internal: true` are not generated"
            self._warn(skipped[0], message + " (set include_internal: true to generate them)")
        placements = namer.finalize([f[0] for f in found])
        result: list[tuple[str, ir.Operation]] = []
        for pairs, (op_name, item, op, pointer) in zip(placements, found, strict=True):
            security = op.get("security")
            reqs = default_security if security is None else requirement(security, scheme_keys)
            operation = self._operation(op_name, item, op, pointer, reqs)
            raw_security = self._root.get("security") if security is None else security
            if schemes and any(s.client_credentials for s in schemes):
                scopes = oauth_scopes(raw_security, schemes)
                operation = dataclasses.replace(operation, scopes=scopes)
            result.extend(
                (resource, dataclasses.replace(operation, name=method))
                for resource, method in pairs
            )
        return result

    def _operation(
        self,
        name: OpName,
        item: dict[str, Any],
        op: dict[str, Any],
        pointer: str,
        security: tuple[tuple[str, ...], ...],
    ) -> ir.Operation:
        hint = naming.pascal_case(name.hint)
        parts = self._reader.read(name.path, item, op, pointer, hint)
        idempotency = next(
            (
                p.name
                for p in parts.params
                if p.location == "header" and p.wire_name.lower() == "idempotency-key"
            ),
            None,
        )
        return ir.Operation(
            operation_id=str(op.get("operationId") or ""),
            name=name.method,
            http_method=name.http_method.upper(),
            path=name.path,
            summary=naming.clean_text(op.get("summary")),
            description=naming.clean_text(op.get("description")),
            params=parts.params,
            body=parts.body,
            body_fields=parts.body_fields,
            result=parts.result,
            responses=parts.responses,
            security=security,
            deprecated=bool(op.get("deprecated")),
            idempotency_param=idempotency,
            tags=tuple(str(t) for t in op.get("tags") or () if isinstance(t, str)),
            source=pointer,
        )

    def _paginate(
        self, operations: list[tuple[str, ir.Operation]]
    ) -> tuple[list[tuple[str, ir.Operation]], dict[str, ir.Definition]]:
        definitions = dict(self._converter.definitions)
        shapes: dict[str, ir.PageShape] = {}
        result = []
        settings = self._config.pagination
        for resource, op in operations:
            override = settings.operations.get(op.operation_id) or settings.operations.get(
                f"{op.http_method} {op.path}"  # operations without an operationId
            )
            found = pagination.detect(op, definitions, override, settings.detect)
            if isinstance(found, pagination.Misfit):
                self._warn(op.source, f"not paginated as the config asks: {found.message}")
            elif found is not None and (
                found.shape is None  # link pagination: no page model to mark
                or shapes.setdefault(found.model, found.shape) == found.shape
            ):
                op = dataclasses.replace(op, pagination=found.pagination)
            result.append((resource, op))
        for name, shape in shapes.items():
            model = definitions[name]
            assert isinstance(model, ir.Model)
            definitions[name] = dataclasses.replace(model, page=shape)
        return result, definitions

    def _mark_inputs(
        self, definitions: dict[str, ir.Definition], operations: list[tuple[str, ir.Operation]]
    ) -> dict[str, ir.Definition]:
        """Flag models reachable from request inputs: they also get a TypedDict."""
        pending = [n for _, op in operations for p in op.params for n in references(p.type)]
        pending += [n for _, op in operations if op.body for n in references(op.body.type)]
        seen: set[str] = set()
        while pending:
            name = pending.pop()
            definition = definitions.get(name)
            if name in seen or definition is None:
                continue
            seen.add(name)
            if isinstance(definition, ir.Model):
                pending.extend(n for f in definition.fields for n in references(f.type))
            elif isinstance(definition, ir.Alias):
                pending.extend(references(definition.type))
        return {
            name: (
                dataclasses.replace(d, is_input=True)
                if isinstance(d, ir.Model) and name in seen
                else d
            )
            for name, d in definitions.items()
        }

    def _resources(self, operations: list[tuple[str, ir.Operation]]) -> tuple[ir.Resource, ...]:
        grouped: dict[str, list[ir.Operation]] = defaultdict(list)
        for resource, op in operations:
            grouped[resource].append(op)
        tag_docs = self._tag_descriptions()
        taken_classes: set[str] = set()
        resources = []
        for name in sorted(grouped):
            ops = tuple(sorted(grouped[name], key=lambda o: o.name))
            title = next((t for o in ops for t in o.tags if naming.attribute_name(t) == name), "")
            class_name = naming.unique_class(naming.class_name(name) + "Api", taken_classes)
            resources.append(
                ir.Resource(
                    name=name,
                    class_name=class_name,
                    module=naming.module_name(name),
                    title=title or naming.pascal_case(name),
                    description=tag_docs.get(title, ""),
                    operations=ops,
                    extends=self._extends(name),
                )
            )
        for name in sorted(set(self._config.resources) - set(grouped)):
            known = ", ".join(sorted(grouped)) or "none"
            self._warn("", f"config resources: {name!r} is not a resource (resources: {known})")
        return tuple(resources)

    def _resource_groups(
        self, resources: tuple[ir.Resource, ...]
    ) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """`x-tagGroups` (Redoc's extension) as resource names per group, in the spec's order;
        a resource is listed once, in its first group. Malformed entries are skipped: they
        only shape the docs' navigation."""
        raw = self._root.get("x-tagGroups")
        if not isinstance(raw, list):
            return ()
        by_tag = {r.title: r.name for r in resources}
        placed: set[str] = set()
        groups = []
        for group in raw:
            if not isinstance(group, dict) or not isinstance(group.get("name"), str):
                continue
            tags = group.get("tags")
            listed = tags if isinstance(tags, list) else []
            names = [by_tag[t] for t in listed if isinstance(t, str) and t in by_tag]
            names = [n for n in dict.fromkeys(names) if n not in placed]
            placed.update(names)
            if names:
                groups.append((naming.clean_text(group["name"]), tuple(names)))
        return tuple(groups)

    def _extends(self, resource: str) -> str:
        hooks = self._config.resources.get(resource)
        return hooks.extend or "" if hooks is not None else ""

    def _tag_descriptions(self) -> dict[str, str]:
        tags = self._root.get("tags")
        if not isinstance(tags, list):
            return {}
        return {
            t["name"]: naming.clean_text(t.get("description"))
            for t in tags
            if isinstance(t, dict) and isinstance(t.get("name"), str)
        }

    # -- package --------------------------------------------------------------------------

    def _client_class(self) -> str:
        configured = self._config.client_class
        if configured and _IDENTIFIER.match(configured):
            return configured
        if configured:
            self._error("/", f"config client_class {configured!r} is not a Python class name")
        words = _title_words(str(self._info("title") or ""))
        name = "".join(w if any(c.isupper() for c in w[1:]) else w.capitalize() for w in words)
        return naming.class_name(name or "Client")

    def _package(self) -> ir.Package:
        client, error_base = naming.sdk_class_names(self._client_class())
        package_name = self._config.package_name or self._default_package(client)
        if not _IDENTIFIER.match(package_name) or package_name in naming.PYTHON_KEYWORDS:
            self._error("/", f"config package_name {package_name!r} is not a Python module name")
            package_name = "sdk"
        project = self._config.project_name or package_name.replace("_", "-")
        if not _DISTRIBUTION.match(project):
            self._error("/", f"config project_name {project!r} is not a valid distribution name")
            project = package_name.replace("_", "-")
        version = self._config.version or str(self._info("version") or "")
        if not _PEP440.match(version):
            if self._config.version:
                self._error("/", f"config version {version!r} is not a PEP 440 version")
            version = "0.1.0"
        return ir.Package(package_name, project, client, version, error_base)

    def _default_package(self, client: str) -> str:
        """`github_sdk` for "GitHub's official OpenAPI spec" (not `git_hub_..._sdk`): the
        title's words, lower-cased; the client class's words when the config names it."""
        words = [] if self._config.client_class else _title_words(str(self._info("title") or ""))
        base = "_".join(w.lower() for w in words) if words else client
        return naming.module_name(base) + "_sdk"

    def _servers(self) -> tuple[ir.Server, ...]:
        servers = self._root.get("servers")
        result = []
        for server in servers if isinstance(servers, list) else []:
            if isinstance(server, dict) and isinstance(server.get("url"), str):
                url = _expand_server(server)
                result.append(ir.Server(url, naming.clean_text(server.get("description"))))
        return tuple(result)

    def _base_url(self) -> str:
        if self._config.base_url:
            return self._config.base_url.rstrip("/")
        servers = self._servers()
        url = servers[0].url if servers else "http://localhost"
        if not re.match(r"^https?://", url):
            url = "http://localhost" + ("/" + url.lstrip("/") if url.strip("/") else "")
        return url.rstrip("/")


def _expand_server(server: dict[str, Any]) -> str:
    """A server URL with its `{variables}` replaced by their defaults."""
    url = str(server["url"])
    variables = server.get("variables")
    if isinstance(variables, dict):
        for name, variable in variables.items():
            if isinstance(variable, dict) and "default" in variable:
                url = url.replace("{" + str(name) + "}", str(variable["default"]))
    return url


# A title's name part ends where a subtitle starts: "GitHub v3 REST API - Octokit edition",
# "Acme: payments", "Pets (beta)". Filler words say nothing about the API.
_TITLE_END = re.compile(r"\s[-+|\u2013\u2014]\s|[:(\[,;/]")
_TITLE_FILLER = frozenset(
    {"a", "an", "the", "api", "apis", "openapi", "swagger", "spec", "specification",
     "official", "rest", "restful", "http", "json"}
)  # fmt: skip
_TITLE_WORDS = 4


def _title_words(title: str) -> list[str]:
    """The words that name the API in its title: `GitHub's official OpenAPI spec +
    Octokit extension` -> [GitHub]; `Stream Chat API` -> [Stream, Chat]."""
    name = _TITLE_END.split(naming.ascii_fold(title), maxsplit=1)[0]
    name = re.sub(r"['\u2019]s\b", "", name)
    words = [w for w in re.findall(r"[A-Za-z0-9]+", name) if w.lower() not in _TITLE_FILLER]
    return words[:_TITLE_WORDS]
