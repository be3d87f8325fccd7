"""Template context of a request builder: how each argument of an operation reaches the
wire (the keyword arguments of the `Request(...)` it returns, which the template writes).

Arguments whose parameter uses its location's default serialization are passed as
they are; the others are wrapped in the runtime's `styled(...)` with what the spec
declares (style, explode, allowReserved, a `content` media type, and the type to
validate dicts against when models are involved). Bodies name their encoder: JSON
validated by the body model, url-encoded forms and multipart parts with their
per-property encodings, binary content.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import ir, naming
from ..model.modules import references
from .pyview import Imports, TypeWriter


@dataclass
class ArgumentView:
    """A parameter as the runtime receives it: `name`, or `styled(name, *styled)`."""

    name: str
    styled: list[str] | None = None  # the other arguments of `styled(...)`, when wrapped


@dataclass
class BodyView:
    """The body's keyword argument: `keyword=function(model, {fields}, ...)` for a body
    made of the method's arguments, `keyword=function(*args)` or `keyword=args[0]`."""

    keyword: str  # json | data | files | content
    function: str | None = None
    args: list[str] = field(default_factory=list)
    model: str | None = None
    fields: list[tuple[str, str]] = field(default_factory=list)  # (wire literal, argument)
    optional: bool = False
    parts: list[tuple[str, str]] = field(default_factory=list)  # (wire literal, encoding)


@dataclass
class RequestView:
    """The keyword arguments of the operation's `Request(...)`, as data for the template."""

    method: str  # literal
    path: str  # literal
    path_params: list[tuple[str, ArgumentView]]  # (wire literal, argument)
    lists: list[tuple[str, list[tuple[str, ArgumentView]]]]  # query, headers, cookies
    body: BodyView | None
    options: list[tuple[str, str]]  # (keyword, literal): content_type, security, ...


def request_view(
    op: ir.Operation, writer: TypeWriter, imports: Imports, defs: dict[str, ir.Definition]
) -> RequestView:
    """What `Request(...)` receives: `method`, `path`, `query=[...]`, ..., in that order."""
    path_params = [
        (naming.py_str(p.wire_name), _argument(p, writer, imports, defs))
        for p in op.params
        if p.location == "path"
    ]
    if path_params:
        imports.add(".._encoding", "format_path")
    lists = []
    for location, keyword in (("query", "query"), ("header", "headers"), ("cookie", "cookies")):
        pairs = [
            (naming.py_str(p.wire_name), _argument(p, writer, imports, defs))
            for p in op.params
            if p.location == location
        ]
        if pairs:
            lists.append((keyword, pairs))
    return RequestView(
        method=naming.py_str(op.http_method),
        path=naming.py_str(op.path),
        path_params=path_params,
        lists=lists,
        body=_body(op, writer, imports),
        options=_options(op),
    )


def _options(op: ir.Operation) -> list[tuple[str, str]]:
    options: list[tuple[str, str]] = []
    if op.body is not None:
        options.append(("content_type", naming.py_str(op.body.content_type)))
    if op.security:
        alternatives = [tuple_literal([naming.py_str(k) for k in alt]) for alt in op.security]
        options.append(("security", tuple_literal(alternatives)))
    if op.scopes:
        options.append(("scopes", tuple_literal([naming.py_str(scope) for scope in op.scopes])))
    kind = op.result.kind if op.result is not None else "empty"
    if kind != "json":
        options.append(("response_kind", naming.py_str(kind)))
    if op.result is not None and kind == "sse" and op.result.stream_end != ir.STREAM_END:
        end = op.result.stream_end
        options.append(("stream_end", "None" if end is None else naming.py_str(end)))
    if op.idempotency_param is not None:
        wire = next(p.wire_name for p in op.params if p.name == op.idempotency_param)
        options.append(("idempotency_header", naming.py_str(wire)))
    return options


def tuple_literal(items: list[str]) -> str:
    """A tuple literal: `()`, `(a,)` or `(a, b)` (no trailing comma black would explode)."""
    if len(items) == 1:
        return f"({items[0]},)"
    return "(" + ", ".join(items) + ")"


def _argument(
    p: ir.Param, writer: TypeWriter, imports: Imports, defs: dict[str, ir.Definition]
) -> ArgumentView:
    """The argument as passed to the runtime: as it is, or wrapped in `styled(...)`."""
    as_type = _validation_type(p.type, writer, defs)
    if p.default_serialization and as_type is None:
        return ArgumentView(p.name)
    imports.add(".._serialize", "styled")
    styled: list[str] = []
    if p.style != ir.DEFAULT_STYLE[p.location]:
        styled.append(naming.py_str(p.style))
    if p.explode != (p.style == "form"):
        styled.append(f"explode={p.explode}")
    if p.allow_reserved:
        styled.append("allow_reserved=True")
    if p.media_type is not None:
        styled.append(f"media_type={naming.py_str(p.media_type)}")
    if as_type is not None:
        styled.append(f"as_type={as_type}")
    return ArgumentView(p.name, styled)


def _validation_type(
    tp: ir.TypeRef, writer: TypeWriter, defs: dict[str, ir.Definition]
) -> str | None:
    """The type to validate an argument against, when it involves a model: a dict
    given for one uses its TypedDict's Python names, which only the model can map to
    wire names."""
    if not any(isinstance(defs.get(name), ir.Model) for name in references(tp)):
        return None
    return writer.annotation(tp)


def _body(op: ir.Operation, writer: TypeWriter, imports: Imports) -> BodyView | None:
    body = op.body
    if body is None:
        return None
    if body.model is not None:
        return _flattened_body(op, body, writer, imports)
    param = next(p for p in op.params if p.location == "body")
    if body.encoding == "json":
        imports.add(".._encoding", "encode_value")
        return BodyView("json", "encode_value", [writer.annotation(body.type), param.name])
    if body.encoding == "form":
        imports.add(".._bodies", "encode_form")
        return BodyView("data", "encode_form", ["None", param.name])
    if body.encoding == "multipart":
        imports.add(".._bodies", "encode_multipart")
        return BodyView("files", "encode_multipart", ["None", param.name])
    if body.encoding == "binary":
        imports.add(".._bodies", "binary_content")
        return BodyView("content", "binary_content", [param.name])
    return BodyView("content", None, [param.name])


def _flattened_body(
    op: ir.Operation, body: ir.RequestBody, writer: TypeWriter, imports: Imports
) -> BodyView:
    """`json=encode_body(Model, {...})`, `data=encode_form(...)` or
    `files=encode_multipart(...)`, with the parts' declared encodings."""
    target, module, function = {
        "form": ("data", ".._bodies", "encode_form"),
        "multipart": ("files", ".._bodies", "encode_multipart"),
    }.get(body.encoding, ("json", ".._encoding", "encode_body"))
    imports.add(module, function)
    assert body.model is not None
    writer.annotation(ir.Named(body.model))  # imports the model class
    view = BodyView(target, function, model=body.model, optional=not body.required)
    view.fields = [(naming.py_str(field), kwarg) for kwarg, field in op.body_fields]
    if body.parts and body.encoding == "form":
        view.parts = [
            (naming.py_str(p.wire_name), tuple_literal([naming.py_str(p.style), *flags]))
            for p in body.parts
            for flags in [[str(p.explode), str(p.allow_reserved)]]
        ]
    elif body.encoding == "multipart":
        view.parts = [
            (naming.py_str(p.wire_name), naming.py_str(p.content_type))
            for p in body.parts
            if p.content_type is not None
        ]
    return view
