"""The generated code's docstrings say what the docs say, so editors show the same text."""

from __future__ import annotations

import ast

from generator.pipeline import Generation


def _method_docs(source: str, class_name: str) -> dict[str, str]:
    tree = ast.parse(source)
    (cls,) = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == class_name]
    return {
        n.name: ast.get_docstring(n) or ""
        for n in cls.body
        if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
    }


def _first_line(text: str) -> str:
    return " ".join(text.strip().split("\n")[0].split())


def test_method_docstrings_carry_summary_description_and_parameter_docs(
    svix_generation: Generation,
) -> None:
    api = svix_generation.api
    package = api.package.package_name
    checked = 0
    for resource in api.resources:
        source = svix_generation.files[f"{package}/resources/{resource.module}.py"]
        docs = _method_docs(source, resource.class_name)
        for op in resource.operations:
            for name in (op.name, op.async_name):
                doc = " ".join(docs[name].split())
                for text in (op.summary, op.description):
                    assert _first_line(text) in doc, f"{name}: {text!r}"
                for p in op.params:
                    if p.description:
                        assert f"{p.name}: {_first_line(p.description)}" in doc, (name, p.name)
                if op.deprecated:
                    assert "Deprecated" in doc, name
                checked += 1
    assert checked == 2 * len(api.operations)


def test_field_docstrings_carry_descriptions(svix_generation: Generation) -> None:
    api = svix_generation.api
    package = api.package.package_name
    for model in api.models:
        source = svix_generation.files[f"{package}/models/{model.module}.py"]
        for field in model.fields:
            if field.description:
                assert _first_line(field.description) in " ".join(source.split()), (
                    model.name,
                    field.name,
                )
