"""README examples that the SDK can put on the wire (issue 13: peer specs).

A form-style object parameter cannot carry a nested object (RFC 6570 expands only
strings, lists and maps of strings), and HTTP cannot carry a header whose name is not a
token: an example holding either made the SDK refuse its own README.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.pipeline import generate
from generator.runtime._serialize import EncodingError, query_parts, styled

RANGE = {"type": "object", "properties": {"low": {"type": "integer"}}}
FILTER = {
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "tags": {"type": "array", "items": {"type": "string"}},
        "range": RANGE,
    },
}


def _query(name: str, **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": True, "schema": FILTER, **extra}


SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Shop", "version": "1"},
    "paths": {
        "/items": {
            "get": {
                "operationId": "listItems",
                "parameters": [
                    _query("exploded"),
                    _query("flat", explode=False),
                    _query("deep", style="deepObject"),
                    {"name": "x trace", "in": "header", "schema": {"type": "string"}},
                    {"name": "X-Request", "in": "header", "schema": {"type": "string"}},
                ],
                "responses": {"204": {"description": "ok"}},
            }
        }
    },
}
STYLES = {"exploded": ("form", True), "flat": ("form", False), "deep": ("deepObject", True)}


@pytest.fixture(scope="module")
def arguments(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The README example's keyword arguments, as Python values."""
    spec = tmp_path_factory.mktemp("shop") / "shop.yaml"
    spec.write_text(yaml.safe_dump(SPEC), encoding="utf-8")
    readme = generate(Path(spec)).files["README.md"]
    usage = re.search(r"#### Usage\n\n```python\n(.*?)```", readme, re.DOTALL)
    assert usage is not None
    call = ast.parse(usage[1]).body[0]
    assert isinstance(call, ast.Assign | ast.Expr) and isinstance(call.value, ast.Call)
    return {k.arg: ast.literal_eval(k.value) for k in call.value.keywords if k.arg}


def test_form_objects_leave_out_what_their_style_cannot_carry(arguments: dict[str, Any]) -> None:
    assert set(arguments["exploded"]) == {"name", "tags"}  # lists repeat keys: tags=a
    assert set(arguments["flat"]) == {"name"}  # name,x only: no list, no object
    assert set(arguments["deep"]) == {"name", "tags", "range"}  # deep[range][low]=1


@pytest.mark.parametrize("name", sorted(STYLES))
def test_the_example_encodes(arguments: dict[str, Any], name: str) -> None:
    style, explode = STYLES[name]
    try:
        parts = query_parts(name, styled(arguments[name], style, explode=explode))
    except EncodingError as exc:
        pytest.fail(f"the README example of {name!r} cannot be sent: {exc}")
    assert parts


def test_an_optional_header_http_cannot_carry_is_left_out(arguments: dict[str, Any]) -> None:
    assert "x_request" in arguments
    assert not any("trace" in name for name in arguments)
