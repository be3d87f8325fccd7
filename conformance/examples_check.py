"""Offline check of the docs' example calls: every argument valid for the spec's schema.

The README and the resource pages call each operation with example values
(`generator/docs/usage.py`). Here the same values are put back into wire form (wire
property names, one body) and validated with jsonschema against the schemas the spec
gives the parameter or the request body, the way a validating server would, but without
one: formats checked, readOnly properties not required.

    python -m conformance.examples_check SPEC...   # prints every invalid example
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openapi_schema_validator as oas
from jsonschema.exceptions import best_match

from generator import ir
from generator.config import Config
from generator.docs.examples import Examples
from generator.model.builder import Builder
from generator.spec.loader import load_spec

_LOCATIONS = ("path", "query", "header", "cookie")


@dataclass(frozen=True, slots=True)
class Invalid:
    """An example argument the spec's schema rejects."""

    operation: str  # `pets.list_pets`
    argument: str  # `query limit`, `body`
    value: Any
    message: str

    def __str__(self) -> str:
        return f"{self.operation} {self.argument} = {self.value!r:.200}: {self.message}"


@dataclass(frozen=True, slots=True)
class Checked:
    """How many example arguments were checked, and those that are invalid."""

    arguments: int
    invalid: tuple[Invalid, ...]


def check_examples(spec_path: Path) -> Checked:
    """Validate the example arguments of every operation of the spec at `spec_path`."""
    spec = load_spec(spec_path)
    api = Builder(spec.root, Config(), spec.problem).build()
    defs: dict[str, ir.Definition] = {
        d.name: d for group in (api.models, api.enums, api.aliases) for d in group
    }
    checker = _Checker(spec.root, defs)
    count, invalid = 0, []
    for resource in api.resources:
        for op in resource.operations:
            for argument, value, schema in checker.arguments(op):
                count += 1
                message = checker.problem(argument, value, schema)
                if message is not None:
                    label = f"{resource.name}.{op.name}"
                    invalid.append(Invalid(label, argument, value, message))
    return Checked(count, tuple(invalid))


class _Checker:
    """Example values in wire form, each with the spec schema it must satisfy."""

    def __init__(self, root: dict[str, Any], defs: dict[str, ir.Definition]) -> None:
        self._root = root
        self._defs = defs
        self._examples = Examples(defs)
        version = str(root.get("openapi", "3.0"))
        cls = oas.OAS31Validator if version.startswith("3.1") else oas.OAS30WriteValidator
        self._body_validator = cls(root, format_checker=cls.FORMAT_CHECKER)
        # readOnly means nothing for a parameter (GitHub marks path numbers readOnly)
        plain = oas.OAS31Validator if version.startswith("3.1") else oas.OAS30Validator
        self._param_validator = plain(root, format_checker=plain.FORMAT_CHECKER)

    def problem(self, argument: str, value: Any, schema: Any) -> str | None:
        """Why `value` breaks `schema` (None when it is valid or cannot be judged)."""
        if not isinstance(schema, dict | bool):
            return None
        validator = self._body_validator if argument == "body" else self._param_validator
        try:
            error = best_match(validator.evolve(schema=schema).iter_errors(value))
        except Exception:  # an unresolvable $ref or a broken schema: the spec's problem
            return None
        if error is None or "could not be resolved" in error.message:
            return None
        where = "/".join(str(p) for p in error.absolute_path)
        return f"{where or '(value)'}: {error.message}"[:300]

    def arguments(self, op: ir.Operation) -> Iterator[tuple[str, Any, Any]]:
        """(argument, wire value, schema) for each argument the docs' example passes."""
        node = self._at(op.source)
        if not isinstance(node, dict):
            return
        parameters = self._parameters(op.source, node)
        body: dict[str, Any] = {}
        whole_body: Any = ir.NO_DEFAULT
        for p in op.params:
            if p.deprecated and not p.required:
                continue
            example = self._examples.value(p.type, p.example, p.constraints, p.name)
            value = self._wire(example, p.type)
            if p.location == "body":
                if op.body is not None and op.body.model is None:
                    whole_body = value
                else:
                    body[p.wire_name] = value
            elif (p.location, p.wire_name) in parameters:
                yield f"{p.location} {p.wire_name}", value, parameters[(p.location, p.wire_name)]
        if op.body is None or op.body.encoding not in ("json", "form"):
            return
        schema = self._body_schema(node, op.body.content_type)
        if schema is not None:
            yield "body", (body if whole_body is ir.NO_DEFAULT else whole_body), schema

    def _parameters(self, pointer: str, node: dict[str, Any]) -> dict[tuple[str, str], Any]:
        """(location, name) -> schema of the operation's parameters, path item's included."""
        item = self._at(pointer.rsplit("/", 1)[0])
        declared = list(item.get("parameters") or []) if isinstance(item, dict) else []
        declared += list(node.get("parameters") or [])
        found: dict[tuple[str, str], Any] = {}
        for raw in declared:
            param = self._deref(raw)
            if not isinstance(param, dict) or param.get("in") not in _LOCATIONS:
                continue
            schema = param.get("schema")
            if schema is None and isinstance(param.get("content"), dict):
                media: Any = next(iter(param["content"].values()), {})
                schema = media.get("schema") if isinstance(media, dict) else None
            if schema is not None:
                found[(str(param["in"]), str(param.get("name")))] = schema
        return found

    def _body_schema(self, node: dict[str, Any], content_type: str) -> Any:
        body = self._deref(node.get("requestBody"))
        content = body.get("content") if isinstance(body, dict) else None
        media = content.get(content_type) if isinstance(content, dict) else None
        return media.get("schema") if isinstance(media, dict) else None

    def _wire(self, value: Any, tp: ir.TypeRef) -> Any:
        """An example value with the wire names of model properties."""
        if isinstance(tp, ir.Nullable):
            return self._wire(value, tp.inner)
        if isinstance(tp, ir.ListOf) and isinstance(value, list):
            return [self._wire(v, tp.item) for v in value]
        if isinstance(tp, ir.DictOf) and isinstance(value, dict):
            return {k: self._wire(v, tp.value) for k, v in value.items()}
        if isinstance(tp, ir.UnionOf):
            member = next((m for m in tp.members if self._model_of(m, value)), None)
            return self._wire(value, member) if member is not None else value
        model = self._model_of(tp, value)
        if model is None or not isinstance(value, dict):
            if isinstance(tp, ir.Named) and isinstance(self._defs.get(tp.name), ir.Alias):
                alias = self._defs[tp.name]
                assert isinstance(alias, ir.Alias)
                return self._wire(value, alias.type)
            return value
        fields = {f.name: f for f in model.fields}
        return {
            (fields[k].wire_name if k in fields else k): (
                self._wire(v, fields[k].type) if k in fields else v
            )
            for k, v in value.items()
        }

    def _model_of(self, tp: ir.TypeRef, value: Any) -> ir.Model | None:
        if not isinstance(tp, ir.Named) or not isinstance(value, dict):
            return None
        model = self._defs.get(tp.name)
        if not isinstance(model, ir.Model):
            return None
        names = {f.name for f in model.fields}
        return model if set(value) <= names else None

    def _deref(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 20:
            node = self._at(node["$ref"].removeprefix("#"))
            seen += 1
        return node

    def _at(self, pointer: str) -> Any:
        node: Any = self._root
        for part in pointer.lstrip("/").split("/") if pointer.strip("/") else []:
            key = part.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict):
                node = node.get(key)
            elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
                node = node[int(key)]
            else:
                return None
        return node


def main() -> None:
    failed = 0
    for name in sys.argv[1:]:
        checked = check_examples(Path(name))
        failed += len(checked.invalid)
        print(f"{name}: {checked.arguments - len(checked.invalid)}/{checked.arguments} valid")
        for invalid in checked.invalid:
            print(f"  {invalid}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
