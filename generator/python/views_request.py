"""Template context of a request builder: how each argument of an operation reaches the
wire (the keyword arguments of the `Request(...)` it returns).

Arguments whose parameter uses its location's default serialization are passed as
they are; the others are wrapped in the runtime's `styled(...)` with what the spec
declares (style, explode, allowReserved, a `content` media type, and the type to
validate dicts against when models are involved). Bodies name their encoder: JSON
validated by the body model, url-encoded forms and multipart parts with their
per-property encodings, binary content.
"""

from __future__ import annotations

from .. import ir, naming
from ..format import layout
from ..format.layout import Node
from ..model.modules import references
from .pyview import Imports, TypeWriter


def request_args(
    op: ir.Operation, writer: TypeWriter, imports: Imports, defs: dict[str, ir.Definition]
) -> list[Node]:
    """`method=...`, `path=...`, `query=[...]`, ..., one per line of `Request(...)`."""
    args: list[Node] = [f"method={naming.py_str(op.http_method)}"]
    path_params = [p for p in op.params if p.location == "path"]
    if path_params:
        imports.add(".._encoding", "format_path")
        values = [
            _value(p, writer, imports, defs, prefix=f"{naming.py_str(p.wire_name)}: ")
            for p in path_params
        ]
        args.append(
            layout.call(
                "path=format_path(", [naming.py_str(op.path), layout.atom("{", values, "}")]
            )
        )
    else:
        args.append(f"path={naming.py_str(op.path)}")
    for location, keyword in (("query", "query"), ("header", "headers"), ("cookie", "cookies")):
        pairs = [
            layout.atom("(", [naming.py_str(p.wire_name), _value(p, writer, imports, defs)], ")")
            for p in op.params
            if p.location == location
        ]
        if pairs:
            args.append(layout.atom(f"{keyword}=[", pairs, "]"))
    body = _body(op, writer, imports)
    if body is not None:
        args.append(body)
    if op.body is not None:
        args.append(f"content_type={naming.py_str(op.body.content_type)}")
    if op.security:
        alternatives = [tuple_literal([naming.py_str(k) for k in alt]) for alt in op.security]
        args.append(f"security={tuple_literal(alternatives)}")
    if op.scopes:
        args.append(f"scopes={tuple_literal([naming.py_str(scope) for scope in op.scopes])}")
    kind = op.result.kind if op.result is not None else "empty"
    if kind != "json":
        args.append(f"response_kind={naming.py_str(kind)}")
    if op.result is not None and kind == "sse" and op.result.stream_end != ir.STREAM_END:
        end = op.result.stream_end
        args.append(f"stream_end={'None' if end is None else naming.py_str(end)}")
    if op.idempotency_param is not None:
        wire = next(p.wire_name for p in op.params if p.name == op.idempotency_param)
        args.append(f"idempotency_header={naming.py_str(wire)}")
    return args


def tuple_literal(items: list[str]) -> str:
    """A tuple literal: `()`, `(a,)` or `(a, b)` (no trailing comma black would explode)."""
    if len(items) == 1:
        return f"({items[0]},)"
    return "(" + ", ".join(items) + ")"


def _value(
    p: ir.Param,
    writer: TypeWriter,
    imports: Imports,
    defs: dict[str, ir.Definition],
    prefix: str = "",
) -> Node:
    """The argument as passed to the runtime: as it is, or `styled(...)` (after
    `prefix`, such as a dict key)."""
    as_type = _validation_type(p.type, writer, defs)
    if p.default_serialization and as_type is None:
        return prefix + p.name
    imports.add(".._serialize", "styled")
    args: list[Node] = [p.name]
    if p.style != ir.DEFAULT_STYLE[p.location]:
        args.append(naming.py_str(p.style))
    if p.explode != (p.style == "form"):
        args.append(f"explode={p.explode}")
    if p.allow_reserved:
        args.append("allow_reserved=True")
    if p.media_type is not None:
        args.append(f"media_type={naming.py_str(p.media_type)}")
    if as_type is not None:
        args.append(f"as_type={as_type}")
    return layout.call(prefix + "styled(", args)


def _validation_type(
    tp: ir.TypeRef, writer: TypeWriter, defs: dict[str, ir.Definition]
) -> str | None:
    """The type to validate an argument against, when it involves a model: a dict
    given for one uses its TypedDict's Python names, which only the model can map to
    wire names."""
    if not any(isinstance(defs.get(name), ir.Model) for name in references(tp)):
        return None
    return writer.annotation(tp)


def _body(op: ir.Operation, writer: TypeWriter, imports: Imports) -> Node | None:
    body = op.body
    if body is None:
        return None
    if body.model is not None:
        return _flattened_body(op, body, writer, imports)
    param = next(p for p in op.params if p.location == "body")
    if body.encoding == "json":
        imports.add(".._encoding", "encode_value")
        return layout.call("json=encode_value(", [writer.annotation(body.type), param.name])
    if body.encoding == "form":
        imports.add(".._bodies", "encode_form")
        return layout.call("data=encode_form(", ["None", param.name])
    if body.encoding == "multipart":
        imports.add(".._bodies", "encode_multipart")
        return layout.call("files=encode_multipart(", ["None", param.name])
    if body.encoding == "binary":
        imports.add(".._bodies", "binary_content")
        return layout.call("content=binary_content(", [param.name])
    return f"content={param.name}"


def _flattened_body(
    op: ir.Operation, body: ir.RequestBody, writer: TypeWriter, imports: Imports
) -> Node:
    """`json=encode_body(Model, {...})`, `data=encode_form(...)` or
    `files=encode_multipart(...)`, with the parts' declared encodings."""
    target, module, function = {
        "form": ("data", ".._bodies", "encode_form"),
        "multipart": ("files", ".._bodies", "encode_multipart"),
    }.get(body.encoding, ("json", ".._encoding", "encode_body"))
    imports.add(module, function)
    assert body.model is not None
    writer.annotation(ir.Named(body.model))  # imports the model class
    fields = [f"{naming.py_str(field)}: {kwarg}" for kwarg, field in op.body_fields]
    args: list[Node] = [body.model, layout.atom("{", fields, "}")]
    if not body.required:
        args.append("optional=True")
    if body.parts and body.encoding == "form":
        entries = [
            f"{naming.py_str(p.wire_name)}: "
            f"({naming.py_str(p.style)}, {p.explode}, {p.allow_reserved})"
            for p in body.parts
        ]
        args.append(layout.atom("parts={", entries, "}"))
    elif body.encoding == "multipart":
        entries = [
            f"{naming.py_str(p.wire_name)}: {naming.py_str(p.content_type)}"
            for p in body.parts
            if p.content_type is not None
        ]
        if entries:
            args.append(layout.atom("parts={", entries, "}"))
    return layout.call(f"{target}={function}(", args)
