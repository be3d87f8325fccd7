"""Example JSON bodies for the docs site: what goes over the wire for each operation.

Values come from `generator.docs.examples` (the spec's examples where they fit the type, else
values built from the type), so a sample is valid for its schema; keys are wire names.
Requests leave out read-only fields, responses write-only ones; nested objects show
their required fields only, and nesting is bounded.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from .. import ir
from .examples import Examples

Direction = Literal["request", "response"]
_MAX_DEPTH = 3
_FEW = 3


class Samples:
    """JSON samples of one API's request and response bodies."""

    def __init__(self, defs: dict[str, ir.Definition], examples: Examples) -> None:
        self._defs = defs
        self._examples = examples

    def request(self, op: ir.Operation) -> str:
        """The request body as indented JSON ("" when the operation sends none as JSON)."""
        if op.body is None or op.body.encoding != "json":
            return ""
        return _dump(self.value(op.body.type, "request"))

    def response(self, op: ir.Operation) -> tuple[str, str]:
        """(status, indented JSON) of the success response; ("", "") when it has no JSON."""
        result = op.result
        if result is None or result.kind != "json" or result.type is None:
            return "", ""
        return result.status, _dump(self.value(result.type, "response"))

    def value(self, tp: ir.TypeRef, direction: Direction, depth: int = 0, hint: str = "") -> Any:
        """A JSON value of type `tp` with wire names as keys."""
        if isinstance(tp, ir.Nullable):
            return self.value(tp.inner, direction, depth, hint)
        if isinstance(tp, ir.ListOf):
            item = self.value(tp.item, direction, depth + 1, hint)
            return [item] if depth < _MAX_DEPTH else []
        if isinstance(tp, ir.DictOf):
            return {"key": self.value(tp.value, direction, depth + 1)} if depth < _MAX_DEPTH else {}
        if isinstance(tp, ir.UnionOf) and tp.members:
            return self.value(tp.members[0], direction, depth, hint)
        if isinstance(tp, ir.Named):
            return self._named(tp, direction, depth)
        return self._examples.value(tp, hint=hint)

    def _named(self, tp: ir.Named, direction: Direction, depth: int) -> Any:
        definition = self._defs.get(tp.name)
        if isinstance(definition, ir.Alias):
            return self.value(definition.type, direction, depth)
        if not isinstance(definition, ir.Model):
            return self._examples.value(tp)
        if depth >= _MAX_DEPTH:
            return {}
        bound = dict(zip(definition.type_params, tp.args, strict=False))
        shown = _shown(definition, direction, nested=depth > 0)
        return {f.wire_name: self._field(f, bound, direction, depth) for f in shown}

    def _field(
        self, f: ir.Field, bound: dict[str, ir.TypeRef], direction: Direction, depth: int
    ) -> Any:
        tp = _bind(f.type, bound)
        if self._scalar(tp):  # the spec's example, when it fits
            return self._examples.value(tp, f.example, f.constraints, f.name)
        return self.value(tp, direction, depth + 1, f.name)

    def _scalar(self, tp: ir.TypeRef) -> bool:
        """Whether a value of `tp` is written the same in Python and on the wire."""
        tp = _strip(tp)
        if isinstance(tp, ir.UnionOf):
            return all(self._scalar(m) for m in tp.members)
        if isinstance(tp, ir.Named):
            return isinstance(self._defs.get(tp.name), ir.Enum)
        return isinstance(tp, ir.Primitive | ir.LiteralOf)


def _shown(model: ir.Model, direction: Direction, nested: bool) -> list[ir.Field]:
    """Every field the direction carries at the top; inside, the required ones (or the
    first few), so a sample stays readable for APIs whose objects nest deeply (GitHub)."""
    hidden = "write_only" if direction == "response" else "read_only"
    fields = [f for f in model.fields if not getattr(f, hidden)]
    if not nested:
        return fields
    return [f for f in fields if f.required] or fields[:_FEW]


def _strip(tp: ir.TypeRef) -> ir.TypeRef:
    return tp.inner if isinstance(tp, ir.Nullable) else tp


def _bind(tp: ir.TypeRef, bound: dict[str, ir.TypeRef]) -> ir.TypeRef:
    """A generic model's field type with its type parameters replaced (`data: list[T]`)."""
    if not bound:
        return tp
    if isinstance(tp, ir.TypeParam):
        return bound.get(tp.name, ir.ANY)
    if isinstance(tp, ir.ListOf):
        return ir.ListOf(_bind(tp.item, bound))
    if isinstance(tp, ir.Nullable):
        return ir.Nullable(_bind(tp.inner, bound))
    if isinstance(tp, ir.DictOf):
        return ir.DictOf(_bind(tp.value, bound))
    return tp


def _dump(value: Any) -> str:
    """Stable JSON text: keys sorted (the spec's property order must not change the
    lines, only reorder fields), non-ASCII kept readable."""
    return json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True, default=str)
