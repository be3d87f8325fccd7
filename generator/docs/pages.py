"""Template contexts of the docs site pages: the index, one page per resource (the layout
of seed 001) and one page per model, enum or alias."""

from __future__ import annotations

from dataclasses import dataclass

from .. import ir, layout, naming
from ..modules import references
from ..views_api import ResourceView
from . import markdown as md
from .markdown import TypeSpeller
from .operations import (
    ParamRow,
    ResponseRow,
    describe,
    paragraphs,
    param_rows,
    response_rows,
    returns,
)
from .operations import summary as op_summary
from .usage import Call, CallKey, call_key


@dataclass(frozen=True, slots=True)
class MethodRow:
    link: str  # [`get_by_id`](#get_by_id)
    http: str
    summary: str


@dataclass(frozen=True, slots=True)
class MethodSection:
    heading: str
    signature: str
    paragraphs: list[str]
    deprecated: bool
    example: str
    params: list[ParamRow]
    returns: str
    auth: list[str]
    request_type: str
    response_type: str
    responses: list[ResponseRow]


@dataclass(frozen=True, slots=True)
class ResourcePage:
    title: str
    anchor: str
    namespace: str
    description: str
    methods: list[MethodRow]
    sections: list[MethodSection]


def resource_page(
    resource: ir.Resource,
    code_view: ResourceView,
    defs: dict[str, ir.Definition],
    calls: dict[CallKey, Call],
    client: tuple[str, str],
    api: ir.Api,
) -> ResourcePage:
    """`code_view` is the resource module's view (its signatures are shown); `client` is
    (variable, constructor arguments) for the examples."""
    types = TypeSpeller(defs, "models/")
    signatures = {view.name: view for view in code_view.operations}
    schemes = {s.key: s for s in api.security_schemes}
    sections = []
    for op in resource.operations:
        view = signatures[op.name]
        head = f"def {op.name}("
        items = ["self", "*", *(layout.flat(p.line) for p in view.params)]
        items.append("request_options: RequestOptions | None = None")
        signature = layout.render(layout.exploded(head, items, f") -> {view.returns}"), 0)
        sections.append(
            MethodSection(
                heading=md.code(op.name),
                signature=signature,
                paragraphs=paragraphs(op),
                deprecated=op.deprecated,
                example=_example_script(api, calls[call_key(resource, op)], client),
                params=param_rows(op, types, defs),
                returns=returns(op, types),
                auth=_auth(op, schemes),
                request_type=md.code(op.body.content_type) if op.body else "none",
                response_type=_response_types(op),
                responses=response_rows(op, types),
            )
        )
    rows = [
        MethodRow(
            f"[{md.code(op.name)}](#{md.anchor(op.name)})",
            f"**{op.http_method}** {md.code(op.path)}",
            op_summary(op),
        )
        for op in resource.operations
    ]
    return ResourcePage(
        title=naming.md_inline(resource.class_name),
        anchor=md.anchor(resource.class_name),
        namespace=md.code(f"{client[0]}.{resource.name}"),
        description=naming.md_block(resource.description),
        methods=rows,
        sections=sections,
    )


def _example_script(api: ir.Api, call: Call, client: tuple[str, str]) -> str:
    package = api.package
    return (
        f"from {package.package_name} import {package.client_class}\n\n"
        f"{client[0]} = {package.client_class}({client[1]})\n"
        f"{call.code()}\n" + (f"print({call.result})\n" if call.result else "")
    )


def _auth(op: ir.Operation, schemes: dict[str, ir.SecurityScheme]) -> list[str]:
    """Each accepted way to authenticate (schemes of one alternative joined by `+`)."""
    found = []
    for alternative in op.security:
        names = []
        for key in alternative:
            name = naming.md_inline(key)
            if key in schemes:
                name = f"[{name}](index.md#authentication) ({md.code(schemes[key].arg_name)})"
            names.append(name)
        found.append(" + ".join(names))
    return found


def _response_types(op: ir.Operation) -> str:
    kinds = sorted({r.content_type for r in op.responses if r.content_type})
    return ", ".join(md.code(k) for k in kinds) or "none"


# ---------------------------------------------------------------------------------------
# Model pages
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FieldRow:
    name: str
    wire_name: str
    type: str
    required: str
    nullable: str
    default: str
    description: str


@dataclass(frozen=True, slots=True)
class MemberRow:
    name: str
    value: str
    description: str


@dataclass(frozen=True, slots=True)
class ModelPage:
    name: str
    title: str
    kind: str  # "model", "enum" or "alias"
    import_line: str
    description: str
    deprecated: bool
    fields: list[FieldRow]
    additional: str
    members: list[MemberRow]
    value_type: str
    alias: str
    instances: list[str]  # generic models: how the API uses them
    used_by: list[str]


def model_page(
    api: ir.Api, d: ir.Definition, defs: dict[str, ir.Definition], usage: ModelUsage
) -> ModelPage:
    types = TypeSpeller(defs, "")
    is_model = isinstance(d, ir.Model)
    params = d.type_params if isinstance(d, ir.Model) else ()
    title = d.name + (f"[{', '.join(params)}]" if params else "")
    return ModelPage(
        name=d.name,
        title=md.escape(title),
        kind="model" if is_model else "enum" if isinstance(d, ir.Enum) else "alias",
        import_line=f"from {api.package.package_name}.models import {d.name}",
        description=naming.md_block(d.description),
        deprecated=isinstance(d, ir.Model) and d.deprecated,
        fields=[_field_row(f, types) for f in d.fields] if isinstance(d, ir.Model) else [],
        additional=types.markdown(d.additional) if isinstance(d, ir.Model) and d.additional else "",
        members=_members(d) if isinstance(d, ir.Enum) else [],
        value_type=d.value_type if isinstance(d, ir.Enum) else "",
        alias=types.markdown(d.type) if isinstance(d, ir.Alias) else "",
        instances=[types.markdown(t) for t in usage.instances.get(d.name, [])],
        used_by=usage.used_by.get(d.name, []),
    )


def _field_row(f: ir.Field, types: TypeSpeller) -> FieldRow:
    flags = ["Read-only."] if f.read_only else ["Write-only."] if f.write_only else []
    description = " ".join([*flags, describe(f.description, f.constraints, f.deprecated)])
    enum = f.type.inner if isinstance(f.type, ir.Nullable) else f.type
    enum_name = enum.name if isinstance(enum, ir.Named) else None
    return FieldRow(
        name=md.code(f.name),
        wire_name=md.code(f.wire_name),
        type=types.markdown(f.type.inner if isinstance(f.type, ir.Nullable) else f.type),
        required="required" if f.required else "optional",
        nullable="yes" if isinstance(f.type, ir.Nullable) else "no",
        default=md.default_text(f.default, f.default_member, enum_name),
        description=description,
    )


def _members(e: ir.Enum) -> list[MemberRow]:
    return [
        MemberRow(md.code(m.name), md.code(naming.py_literal(m.value)), md.cell(m.description))
        for m in e.members
    ]


@dataclass(frozen=True, slots=True)
class ModelUsage:
    """Which operations mention each definition, and how generic models are instantiated."""

    used_by: dict[str, list[str]]
    instances: dict[str, list[ir.TypeRef]]


def model_usage(api: ir.Api, client_var: str) -> ModelUsage:
    """One pass over the operations (linear in their size)."""
    used_by: dict[str, list[str]] = {}
    instances: dict[str, dict[str, ir.TypeRef]] = {}
    for resource in api.resources:
        for op in resource.operations:
            mentioned: list[ir.TypeRef] = [p.type for p in op.params]
            mentioned += [r.type for r in op.responses if r.type is not None]
            if op.body is not None:
                mentioned.append(op.body.type)
            link = (
                f"[{md.code(f'{client_var}.{resource.name}.{op.name}')}]"
                f"(../{md.resource_stems(api)[resource.class_name]}.md#{md.anchor(op.name)})"
            )
            names: dict[str, None] = {}
            for tp in mentioned:
                _collect_instances(tp, instances)
                names.update(dict.fromkeys(references(tp)))
            for name in names:
                used_by.setdefault(name, []).append(link)
    return ModelUsage(
        used_by,
        {name: [found[k] for k in sorted(found)] for name, found in instances.items()},
    )


def _collect_instances(tp: ir.TypeRef, found: dict[str, dict[str, ir.TypeRef]]) -> None:
    if isinstance(tp, ir.Named) and tp.args:
        found.setdefault(tp.name, {})[md.plain(tp)] = tp
    children: tuple[ir.TypeRef, ...] = ()
    if isinstance(tp, ir.Named):
        children = tp.args
    elif isinstance(tp, ir.ListOf):
        children = (tp.item,)
    elif isinstance(tp, ir.TupleOf):
        children = (*tp.items, *([tp.rest] if tp.rest is not None else []))
    elif isinstance(tp, ir.DictOf):
        children = (tp.value,)
    elif isinstance(tp, ir.Nullable):
        children = (tp.inner,)
    elif isinstance(tp, ir.UnionOf):
        children = tp.members
    for child in children:
        _collect_instances(child, found)
