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
    pagination:                        # which list operations auto-paginate, and how
      default: auto                    # auto (detect from the spec) or none
      operations:                      # operationId -> none, a style, or a full description
        GetEvents: none
        ListThings: offset             # iterator, cursor, after_last_item, page, offset
        ListOthers: {style: cursor, param: after, next: next_cursor, items: results}
"""

from __future__ import annotations

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
class Config:
    """Settings for one generated SDK (all optional)."""

    package_name: str | None = None
    project_name: str | None = None
    client_class: str | None = None
    version: str | None = None
    base_url: str | None = None
    env_prefix: str | None = None
    include_internal: bool = False
    stream_end: str | None = None  # event streams' end sentinel; "" for none ([DONE] if unset)
    auth: dict[str, str] = field(default_factory=dict)
    operations: dict[str, OperationOverride] = field(default_factory=dict)
    pagination: PaginationConfig = field(default_factory=PaginationConfig)


_STRING_KEYS = (
    "package_name",
    "project_name",
    "client_class",
    "version",
    "base_url",
    "env_prefix",
    "stream_end",
)
_KNOWN_KEYS = frozenset((*_STRING_KEYS, "include_internal", "auth", "operations", "pagination"))


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
    return parse_config(data if data is not None else {}, name)


def parse_config(data: Any, file: str = "<config>") -> Config:
    """Check a parsed config document and turn it into a `Config`."""
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
    if problems:
        raise SpecError(problems)
    return Config(
        **strings,
        include_internal=include_internal is True,
        auth=auth,
        operations=operations,
        pagination=pagination,
    )


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
