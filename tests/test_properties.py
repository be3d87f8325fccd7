"""Property-based tests: random valid specs (any Unicode names, keywords, very long names,
nesting, enums, unions) generate SDKs that compile and import, or fail with `SpecError`."""

from __future__ import annotations

import hashlib
import importlib
import json
import keyword
import pkgutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.config import Config
from generator.pipeline import generate
from generator.problems import SpecError
from tests.support.imports import imported_package

SETTINGS = settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
AWKWARD = [
    *keyword.kwlist, *keyword.softkwlist, "self", "print", "type", "list", "str", "int",
    "model_config", "model_fields", "BaseModel", "Field", "__init__", "_", "__", "0", "a-b",
    "a b", "CON", "../x", "{{ 7*7 }}", '"""', "\\",
]  # fmt: skip

names = st.one_of(
    st.text(min_size=1, max_size=24),  # the full Unicode range (minus surrogates)
    st.sampled_from(AWKWARD),
    st.text(alphabet="aZ_9é", min_size=120, max_size=300),  # very long
    st.text(st.characters(categories=["Cs", "Lu"]), min_size=1, max_size=3),  # surrogates
)
SCALARS: list[dict[str, Any]] = [
    {"type": "string"}, {"type": "integer"}, {"type": "number"}, {"type": "boolean"},
    {"type": "string", "format": "date-time"}, {"type": "string", "nullable": True},
    {"type": ["string", "null"]}, {},
]  # fmt: skip


def schemas(refs: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    """Schemas nested up to a few levels, referring to the given component names."""
    leaves = st.one_of(
        st.sampled_from(SCALARS),
        st.lists(names, min_size=1, max_size=5, unique=True).map(
            lambda values: {"type": "string", "enum": values}
        ),
        st.lists(st.integers(-5, 5), min_size=1, max_size=4, unique=True).map(
            lambda values: {"type": "integer", "enum": values}
        ),
        *(
            [st.sampled_from(refs).map(lambda n: {"$ref": f"#/components/schemas/{n}"})]
            if refs
            else []
        ),
    )

    def extend(inner: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
        return st.one_of(
            st.builds(_object, st.dictionaries(names, inner, max_size=4), st.data()),
            inner.map(lambda items: {"type": "array", "items": items}),
            st.lists(inner, min_size=2, max_size=3).map(lambda members: {"oneOf": members}),
            st.lists(inner, min_size=2, max_size=3).map(lambda members: {"anyOf": members}),
            inner.map(lambda value: {"type": "object", "additionalProperties": value}),
        )

    return st.recursive(leaves, extend, max_leaves=8)


def _object(properties: dict[str, Any], data: st.DataObject) -> dict[str, Any]:
    required = (
        data.draw(st.lists(st.sampled_from(sorted(properties)), unique=True)) if properties else []
    )
    return {"type": "object", "properties": properties, "required": required}


@st.composite
def specs(draw: st.DrawFn) -> dict[str, Any]:
    component_names = draw(st.lists(names, max_size=4, unique=True))
    components = {}
    for index, name in enumerate(component_names):
        components[name] = draw(schemas(component_names[:index]))  # refs point backwards...
    if component_names:  # ...and one forward, making a recursive model
        first = components[component_names[0]]
        components[component_names[0]] = {
            "type": "object",
            "properties": {"self_ref": {"$ref": f"#/components/schemas/{component_names[-1]}"},
                           "value": first},
        }  # fmt: skip
    paths: dict[str, Any] = {}
    for index, operation_id in enumerate(
        draw(st.lists(names, min_size=1, max_size=3, unique=True))
    ):
        params = draw(st.lists(names, max_size=3, unique=True))
        body = draw(schemas(component_names))
        paths[f"/things{index}/{{thing_id}}"] = {
            "post": {
                "operationId": operation_id,
                "tags": [draw(names)],
                "summary": draw(st.text(max_size=40)),
                "parameters": [
                    {"name": "thing_id", "in": "path", "required": True, "schema": SCALARS[0]},
                    *({"name": p, "in": "query", "schema": draw(schemas([]))} for p in params),
                ],
                "requestBody": {"content": {"application/json": {"schema": body}}},
                "responses": {"200": {"description": draw(st.text(max_size=40)), "content": {
                    "application/json": {"schema": draw(schemas(component_names))}}}},
            }
        }  # fmt: skip
    return {
        "openapi": "3.0.3",
        "info": {
            "title": draw(names),
            "version": "1.0.0",
            "description": draw(st.text(max_size=60)),
        },
        "paths": paths,
        "components": {"schemas": components},
    }


@SETTINGS
@given(spec=specs())
def test_random_specs_generate_code_that_compiles_and_imports(spec: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        path = root / "openapi.json"
        path.write_text(json.dumps(spec), encoding="utf-8")
        package = "prop_sdk_" + hashlib.sha256(path.read_bytes()).hexdigest()[:12]
        try:
            result = generate(path, config=Config(package_name=package))
        except SpecError as exc:
            assert exc.problems, "SpecError without problems"
            return
        for name, text in result.files.items():
            if name.endswith(".py"):
                compile(text, name, "exec")
            out = root / "out" / name
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text, encoding="utf-8")
        assert len(result.api.operations) == len(spec["paths"])  # none silently dropped
        _import_everything(root / "out", package)


def _import_everything(folder: Path, package: str) -> None:
    with imported_package(folder, package) as root:
        models = importlib.import_module(f"{package}.models")
        for name in models.__all__:
            model = getattr(models, name)
            if hasattr(model, "model_json_schema"):
                model.model_rebuild()
        for info in pkgutil.walk_packages(root.__path__, package + "."):
            importlib.import_module(info.name)
        assert importlib.import_module(f"{package}._client").DEFAULT_BASE_URL
