"""The generator's config file: names the SDK and overrides what the spec cannot say.

A config is optional. Without one, every name is derived from the spec (package name from
`info.title`, resource and method names from operationIds). The file is YAML:

    package_name: svix_python_sdk      # import name of the generated package
    project_name: svix-python-sdk      # distribution name on PyPI
    client_class: Svix                 # the class users instantiate
    version: 1.0.0                     # SDK version (default: info.version)
    base_url: https://api.svix.com     # default base URL (default: first server)
    env_prefix: SVIX                   # prefix of credential env vars (default: client_class)
    include_internal: false            # also generate operations marked `x-internal: true`
    auth:                              # security scheme name -> constructor argument
      HTTPBearer: access_token
    operations:                        # operationId -> where the method lives
      v1.application.create: {resource: application, method: create_new_application}
    tests:                             # the generated tests (tests/test_<resource>.py)
      skip:                            # operationId -> why its tests are skipped
        v1.ingest.source.get: the spec's example response is not a valid IngestSourceOut
    pagination:                        # which list operations auto-paginate, and how
      default: auto                    # auto (detect from the spec) or none
      operations:                      # operationId (or "METHOD /path") -> none, a style, ...
        GetEvents: none
        ListThings: offset             # iterator, cursor, after_last_item, page, offset
        ListOthers: {style: cursor, param: after, next: next_cursor, items: results}
    templates: sdk-templates           # folder of templates replacing built-in ones by name
    resources:                         # resource (client attribute) -> hooks
      application: {extend: .extras.application:ApplicationExtras}

Template overrides are read when the config is, and kept as (name, text) pairs: what
the output depends on is their content, never the folder's path on this machine.
"""

from __future__ import annotations

import dataclasses
import keyword
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .problems import Problem, SpecError, join_pointer


@dataclass(frozen=True, slots=True)
class OperationOverride:
    """Where one operation lives in the SDK; unset parts keep their derived names."""

    resource: str | None = None
    method: str | None = None


PAGINATION_STYLES = ("iterator", "cursor", "after_last_item", "page", "offset", "link")


@dataclass(frozen=True, slots=True)
class PaginationOverride:
    """How one operation paginates; unset parts are detected from the spec.

    `style` is "none" (never paginate) or one of PAGINATION_STYLES; `param` is the wire
    name of the query parameter taking the cursor, `next` the response field holding the
    next cursor (or the item field holding it, for after_last_item), `items` the list field.
    """

    style: str
    param: str | None = None
    next: str | None = None
    items: str | None = None


@dataclass(frozen=True, slots=True)
class PaginationConfig:
    """Auto-pagination settings: detection on or off, and per-operation overrides."""

    detect: bool = True
    operations: dict[str, PaginationOverride] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ResourceHooks:
    """Code a user adds to one generated resource without editing generated files.

    `extend` is `module:Class`; the resource class subclasses that class, so its methods
    appear on the client (`client.application.my_helper()`). A module starting with "."
    is inside the SDK package (`.extras.application` is `<package>/extras/application.py`,
    a file the generator never touches).
    """

    extend: str | None = None


@dataclass(frozen=True, slots=True)
class Config:
    """Settings for one generated SDK (all optional)."""

    package_name: str | None = None
    project_name: str | None = None
    client_class: str | None = None
    version: str | None = None
    base_url: str | None = None
    env_prefix: str | None = None
    include_internal: bool = False
    auth: dict[str, str] = field(default_factory=dict)
    operations: dict[str, OperationOverride] = field(default_factory=dict)
    pagination: PaginationConfig = field(default_factory=PaginationConfig)
    templates: tuple[tuple[str, str], ...] = ()  # (template name, text) replacing built-ins
    resources: dict[str, ResourceHooks] = field(default_factory=dict)
    skip_tests: dict[str, str] = field(default_factory=dict)  # operationId -> why


_STRING_KEYS = (
    "package_name",
    "project_name",
    "client_class",
    "version",
    "base_url",
    "env_prefix",
)
_OTHER_KEYS = (
    "include_internal",
    "auth",
    "operations",
    "pagination",
    "templates",
    "resources",
    "tests",
)
_KNOWN_KEYS = frozenset((*_STRING_KEYS, *_OTHER_KEYS))


def load_config(path: Path | None) -> Config:
    """Read and check a config file; `None` gives the all-defaults config."""
    if path is None:
        return Config()
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError([Problem(name, "", f"cannot read config: {exc.strerror}")]) from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        line = _yaml_error_line(exc)
        raise SpecError([Problem(name, "", f"invalid YAML: {_yaml_reason(exc)}", line)]) from None
    return parse_config(data if data is not None else {}, name, base=path.parent)


def with_templates(config: Config, folder: Path) -> Config:
    """`config` with the templates of `folder` (the CLI's `--templates`) instead of its own."""
    problems: list[Problem] = []
    templates = read_templates(folder, str(folder), "", problems)
    if problems:
        raise SpecError(problems)
    return dataclasses.replace(config, templates=templates)


def read_templates(
    folder: Path, file: str, pointer: str, problems: list[Problem]
) -> tuple[tuple[str, str], ...]:
    """Every `*.jinja` file under `folder` as (name relative to it, text), sorted by name."""
    if not folder.is_dir():
        hint = "give a folder of .jinja files named like the built-in ones (sdk/resource.py.jinja)"
        problems.append(Problem(file, pointer, f"templates folder not found: {folder}", hint=hint))
        return ()
    found: list[tuple[str, str]] = []
    for path in sorted(folder.rglob("*.jinja")):
        name = path.relative_to(folder).as_posix()
        try:
            found.append((name, path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
            problems.append(Problem(str(path), "", f"cannot read template: {reason}"))
    return tuple(found)


def parse_config(data: Any, file: str = "<config>", base: Path | None = None) -> Config:
    """Check a parsed config document and turn it into a `Config`.

    `base` is the folder a relative `templates` path starts from (the config file's).
    """
    problems: list[Problem] = []
    if not isinstance(data, dict):
        raise SpecError([Problem(file, "", "config must be a mapping of settings")])
    for key in sorted(set(data) - _KNOWN_KEYS, key=str):
        problems.append(
            Problem(
                file,
                join_pointer("", str(key)),
                f"unknown setting {key!r}",
                hint="known settings: " + ", ".join(sorted(_KNOWN_KEYS)),
            )
        )
    strings: dict[str, str | None] = {}
    for key in _STRING_KEYS:
        value = data.get(key)
        if value is not None and not isinstance(value, str | int | float):
            problems.append(Problem(file, join_pointer("", key), "must be a string"))
            value = None
        strings[key] = None if value is None else str(value)
    include_internal = data.get("include_internal", False)
    if not isinstance(include_internal, bool):
        problems.append(Problem(file, "/include_internal", "must be true or false"))
    auth = _string_map(data.get("auth"), file, "/auth", problems)
    operations = _operations(data.get("operations"), file, problems)
    pagination = _pagination(data.get("pagination"), file, problems)
    templates = _templates(data.get("templates"), file, base, problems)
    resources = _resources(data.get("resources"), file, problems)
    skip_tests = _skip_tests(data.get("tests"), file, problems)
    if problems:
        raise SpecError(problems)
    return Config(
        **strings,
        include_internal=include_internal is True,
        auth=auth,
        operations=operations,
        pagination=pagination,
        templates=templates,
        resources=resources,
        skip_tests=skip_tests,
    )


def _templates(
    value: Any, file: str, base: Path | None, problems: list[Problem]
) -> tuple[tuple[str, str], ...]:
    if value is None:
        return ()
    if not isinstance(value, str) or not value:
        problems.append(Problem(file, "/templates", "must be a folder path"))
        return ()
    folder = Path(value)
    if not folder.is_absolute():
        folder = (base or Path.cwd()) / folder
    return read_templates(folder, file, "/templates", problems)


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _resources(value: Any, file: str, problems: list[Problem]) -> dict[str, ResourceHooks]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        problems.append(Problem(file, "/resources", "must map resource names to hooks"))
        return {}
    result: dict[str, ResourceHooks] = {}
    for name, hooks in value.items():
        pointer = join_pointer("/resources", str(name))
        if not isinstance(hooks, dict) or set(hooks) - {"extend"}:
            problems.append(Problem(file, pointer, "must be a mapping with 'extend'"))
            continue
        extend = hooks.get("extend")
        if extend is not None and not _is_class_path(extend):
            hint = "e.g. .extras.application:ApplicationExtras or my_package.extras:Extras"
            message = "'extend' must be module:Class, both Python names"
            problems.append(Problem(file, join_pointer(pointer, "extend"), message, hint=hint))
            continue
        result[str(name)] = ResourceHooks(extend=extend)
    return result


def _is_class_path(value: Any) -> bool:
    if not isinstance(value, str) or value.count(":") != 1:
        return False
    module, cls = value.split(":")
    names = [*module.removeprefix(".").split("."), cls]
    return all(_NAME.fullmatch(n) and not keyword.iskeyword(n) for n in names)


def _skip_tests(value: Any, file: str, problems: list[Problem]) -> dict[str, str]:
    """`tests: {skip: {operationId: reason}}`: operations whose generated tests are skipped
    (a mock server cannot serve them: the reason is shown when the tests run)."""
    if value is None:
        return {}
    if not isinstance(value, dict) or set(value) - {"skip"}:
        problems.append(Problem(file, "/tests", "must be a mapping with 'skip'"))
        return {}
    return _string_map(value.get("skip"), file, "/tests/skip", problems)


def _string_map(value: Any, file: str, pointer: str, problems: list[Problem]) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        problems.append(Problem(file, pointer, "must map names to strings"))
        return {}
    return dict(value)


def _operations(value: Any, file: str, problems: list[Problem]) -> dict[str, OperationOverride]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        problems.append(Problem(file, "/operations", "must map operationIds to overrides"))
        return {}
    result: dict[str, OperationOverride] = {}
    for op_id, override in value.items():
        pointer = join_pointer("/operations", str(op_id))
        if isinstance(override, str):
            result[str(op_id)] = OperationOverride(method=override)
            continue
        if not isinstance(override, dict) or set(override) - {"resource", "method"}:
            problems.append(
                Problem(
                    file,
                    pointer,
                    "must be a method name or a mapping with 'resource' and/or 'method'",
                )
            )
            continue
        resource, method = override.get("resource"), override.get("method")
        if not all(v is None or isinstance(v, str) for v in (resource, method)):
            problems.append(Problem(file, pointer, "'resource' and 'method' must be strings"))
            continue
        result[str(op_id)] = OperationOverride(resource=resource, method=method)
    return result


def _pagination(value: Any, file: str, problems: list[Problem]) -> PaginationConfig:
    if value is None:
        return PaginationConfig()
    if not isinstance(value, dict) or set(value) - {"default", "operations"}:
        problems.append(
            Problem(file, "/pagination", "must be a mapping with 'default' and/or 'operations'")
        )
        return PaginationConfig()
    default = value.get("default", "auto")
    if default not in ("auto", "none"):
        problems.append(Problem(file, "/pagination/default", "must be 'auto' or 'none'"))
    raw = value.get("operations") or {}
    if not isinstance(raw, dict):
        problems.append(Problem(file, "/pagination/operations", "must map operationIds"))
        raw = {}
    overrides = {}
    for op_id, spec in raw.items():
        override = _pagination_override(spec)
        if override is None:
            pointer = join_pointer("/pagination/operations", str(op_id))
            styles = ", ".join(("none", *PAGINATION_STYLES))
            message = "must be a style or a mapping with 'style', 'param', 'next', 'items'"
            problems.append(Problem(file, pointer, message, hint=f"styles: {styles}"))
            continue
        overrides[str(op_id)] = override
    return PaginationConfig(detect=default != "none", operations=overrides)


def _pagination_override(value: Any) -> PaginationOverride | None:
    """One operation's pagination setting, or None when it is malformed."""
    if isinstance(value, str):
        value = {"style": value}
    if not isinstance(value, dict) or set(value) - {"style", "param", "next", "items"}:
        return None
    if value.get("style") not in ("none", *PAGINATION_STYLES):
        return None
    if not all(isinstance(value.get(k), str | None) for k in ("param", "next", "items")):
        return None
    return PaginationOverride(
        value["style"], value.get("param"), value.get("next"), value.get("items")
    )


def _yaml_error_line(exc: yaml.YAMLError) -> int | None:
    mark = getattr(exc, "problem_mark", None)
    return None if mark is None else int(mark.line) + 1


def _yaml_reason(exc: yaml.YAMLError) -> str:
    problem = getattr(exc, "problem", None)
    return str(problem) if problem else str(exc).splitlines()[0]
