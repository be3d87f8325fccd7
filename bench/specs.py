"""The specs the benchmarks run on: full Svix (shared), GitHub's (npm), and synthetic ones."""

from __future__ import annotations

import json
import shutil
import subprocess
import tarfile
from pathlib import Path
from typing import Any

from .common import CACHE, SVIX_SPEC

GITHUB_PACKAGE = "@octokit/openapi"
GITHUB_MEMBER = "package/generated/api.github.com.json"


def svix_spec() -> Path | None:
    return SVIX_SPEC if SVIX_SPEC.is_file() else None


def github_spec() -> Path:
    """GitHub's REST spec from the `@octokit/openapi` npm package, fetched once."""
    target = CACHE / "api.github.com.json"
    if target.is_file():
        return target
    CACHE.mkdir(parents=True, exist_ok=True)
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm is needed to fetch GitHub's spec (`npm pack @octokit/openapi`)")
    done = subprocess.run(
        [npm, "pack", GITHUB_PACKAGE, "--pack-destination", str(CACHE), "--silent"],
        check=True,
        capture_output=True,
        text=True,
    )
    tarball = CACHE / done.stdout.strip().splitlines()[-1]
    with tarfile.open(tarball) as archive:
        member = archive.extractfile(GITHUB_MEMBER)
        if member is None:
            raise RuntimeError(f"{tarball} has no {GITHUB_MEMBER}")
        target.write_bytes(member.read())
    tarball.unlink()
    return target


def synthetic_spec(operations: int) -> Path:
    """A spec of `operations` operations in resources of five (CRUD and list), with an
    input, an output (with a nested object and an enum) and a list model each."""
    target = CACHE / f"synthetic-{operations}.json"
    if not target.is_file():
        CACHE.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(_synthetic(operations)), encoding="utf-8")
    return target


def _synthetic(operations: int) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = {}
    for n in range((operations + 4) // 5):
        name = f"widget{n}"
        kind = f"Widget{n}"
        ops = _resource_operations(name, kind)
        for path, item in ops.items():
            paths.setdefault(path, {}).update(item)
        schemas.update(_resource_schemas(kind))
    count = 0
    for item in paths.values():  # trim the last resource to the exact count
        for method in list(item):
            count += 1
            if count > operations:
                del item[method]
    paths = {p: item for p, item in paths.items() if item}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Synthetic API", "version": "1.0.0"},
        "servers": [{"url": "http://localhost"}],
        "paths": paths,
        "components": {"schemas": schemas},
    }


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def _resource_operations(name: str, kind: str) -> dict[str, Any]:
    item_id = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    limit = {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1}}
    ok = {"200": {"description": "OK", **_json(_ref(f"{kind}Out"))}}
    return {
        f"/{name}": {
            "get": {
                "operationId": f"{name}.list",
                "summary": f"List {kind}s",
                "parameters": [limit],
                "responses": {"200": {"description": "OK", **_json(_ref(f"List{kind}"))}},
            },
            "post": {
                "operationId": f"{name}.create",
                "summary": f"Create a {kind}",
                "requestBody": {"required": True, **_json(_ref(f"{kind}In"))},
                "responses": ok,
            },
        },
        f"/{name}/{{id}}": {
            "get": {"operationId": f"{name}.get", "parameters": [item_id], "responses": ok},
            "put": {
                "operationId": f"{name}.update",
                "parameters": [item_id],
                "requestBody": {"required": True, **_json(_ref(f"{kind}In"))},
                "responses": ok,
            },
            "delete": {
                "operationId": f"{name}.delete",
                "parameters": [item_id],
                "responses": {"204": {"description": "Deleted"}},
            },
        },
    }


def _resource_schemas(kind: str) -> dict[str, Any]:
    fields = {
        "name": {"type": "string", "description": f"The {kind}'s name."},
        "size": {"type": "integer", "minimum": 0},
        "tags": {"type": "array", "items": {"type": "string"}},
        "color": _ref(f"{kind}Color"),
        "settings": {
            "type": "object",
            "properties": {"enabled": {"type": "boolean"}, "rate": {"type": "number"}},
        },
    }
    return {
        f"{kind}Color": {"type": "string", "enum": ["red", "green", "blue"]},
        f"{kind}In": {"type": "object", "required": ["name"], "properties": fields},
        f"{kind}Out": {
            "type": "object",
            "required": ["id", "name", "createdAt"],
            "properties": {
                "id": {"type": "string"},
                "createdAt": {"type": "string", "format": "date-time"},
                **fields,
            },
        },
        f"List{kind}": {
            "type": "object",
            "required": ["data", "done"],
            "properties": {
                "data": {"type": "array", "items": _ref(f"{kind}Out")},
                "done": {"type": "boolean"},
                "iterator": {"type": ["string", "null"]},
            },
        },
    }
