"""The fast meta-schema verdict (jsonschema-rs) must never accept what jsonschema rejects.

Validation trusts only the fast validator's "valid"; these tests pin that it says "invalid"
on the kinds of mistakes the slow validator explains, and "valid" on a real spec.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.spec import validate as validate_module
from generator.spec.loader import LoadedSpec, load_spec
from generator.spec.validate import _meta_validator, _surely_valid

HEAD: dict[str, Any] = {"info": {"title": "T", "version": "1"}}
OK_RESPONSES = {"200": {"description": "OK"}}

BROKEN = [
    {"paths": {"/a": {"get": {"responses": {"200": {"descriptio": "typo"}}}}}},
    {"paths": {"/a": {"get": {"responses": OK_RESPONSES, "parameters": [{"name": "x"}]}}}},
    {"paths": {"/a": {"get": {"responses": OK_RESPONSES, "unknown": 1}}}},
    {"paths": {"a": {}}},
    {"paths": {}, "components": {"securitySchemes": {"s": {"type": "magic"}}}},
    {"paths": {}, "servers": [{"url": 3}]},
    {"paths": {"/a": {"parameters": [{"name": "x", "in": "body"}]}}},
]


def spec_of(tmp_path: Path, version: str, body: dict[str, Any]) -> LoadedSpec:
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps({"openapi": version, **HEAD, **body}), encoding="utf-8")
    return load_spec(path)


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
@pytest.mark.parametrize("body", BROKEN)
def test_fast_verdict_rejects_what_jsonschema_rejects(
    tmp_path: Path, version: str, body: dict[str, Any]
) -> None:
    spec = spec_of(tmp_path, version, body)
    slow = list(_meta_validator(version[:3]).iter_errors(spec.root))
    assert slow, "the example must be invalid for jsonschema too"
    assert not _surely_valid(spec, version[:3])


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_fast_verdict_accepts_a_valid_spec(tmp_path: Path, version: str) -> None:
    body = {"paths": {"/a/{id}": {"get": {"responses": OK_RESPONSES}}}}
    spec = spec_of(tmp_path, version, body)
    assert not list(_meta_validator(version[:3]).iter_errors(spec.root))
    assert _surely_valid(spec, version[:3])


def test_a_failing_fast_validator_leaves_the_verdict_to_the_slow_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Broken:
        def is_valid(self, instance: object) -> bool:
            raise ValueError("Dict key must be str")

    monkeypatch.setattr(validate_module, "_fast_validator", lambda version: Broken())
    spec = spec_of(tmp_path, "3.1.0", {"paths": {}})
    assert not _surely_valid(spec, "3.1")
    assert validate_module.validate(spec) == []
