"""Template contexts of the docs site pages: the index, one page per resource (the layout
of seed 001) and one page per model, enum or alias."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from .. import ir, naming
from ..format import layout
from ..model.modules import references
from ..python.views_api import OperationView, ResourceView
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
from .samples import Samples
from .usage import Call, CallKey, call_key


@dataclass(frozen=True, slots=True)
class MethodRow:
    link: str  # [Create Application](#create_new_application)
    method: str  # <code>create_<wbr>new_<wbr>application</code>
    http: str


@dataclass(frozen=True, slots=True)
class CodeTab:
    """One tab of a tabbed block: its label and fenced-block language and content."""

    label: str
    language: str
    code: str


@dataclass(frozen=True, slots=True)
class MethodSection:
    title: str  # human: the spec's summary, else the method name in words
    anchor: str  # the method name: what every link to the operation targets
    call: str  # `svix.application.create_new_application`
    http: str  # **POST** `/api/v1/app`
    signature: str
    paragraphs: list[str]
    deprecated: bool
    examples: list[CodeTab]  # sync, async, raw
    wire: list[CodeTab]  # example request and response JSON
    params: list[ParamRow]
    returns: str
    auth: list[str]
    request_type: str
    response_type: str
    responses: list[ResponseRow]


@dataclass(frozen=True, slots=True)
class ResourcePage:
    title: str
    namespace: str
    class_name: str
    description: str
    methods: list[MethodRow]
    sections: list[MethodSection]


@dataclass(frozen=True, slots=True)
class PageInputs:
    """What every resource page of one API shares."""

    api: ir.Api
    defs: dict[str, ir.Definition]
    calls: dict[CallKey, Call]
    client: tuple[str, str]  # (variable, constructor arguments) for the examples
    samples: Samples


def resource_page(
    resource: ir.Resource, code_view: ResourceView, inputs: PageInputs
) -> ResourcePage:
    """`code_view` is the resource module's view (its signatures are shown)."""
    types = TypeSpeller(inputs.defs, "models/")
    signatures = {view.name: view for view in code_view.operations}
    schemes = {s.key: s for s in inputs.api.security_schemes}
    var = inputs.client[0]
    sections = [
        MethodSection(
            title=title(op) + (" (deprecated)" if op.deprecated else ""),
            anchor=md.anchor(op.name),
            call=md.code(f"{var}.{resource.name}.{op.name}"),
            http=f"**{op.http_method}** {md.code(op.path)}",
            signature=_signature(op, signatures[op.name]),
            paragraphs=[
                p for p in paragraphs(op) if p.rstrip(".") != op.summary.strip().rstrip(".")
            ],
            deprecated=op.deprecated,
            examples=_example_tabs(inputs, inputs.calls[call_key(resource, op)]),
            wire=_wire_tabs(op, inputs.samples),
            params=param_rows(op, types, inputs.defs),
            returns=returns(op, types),
            auth=_auth(op, schemes),
            request_type=md.code(op.body.content_type) if op.body else "none",
            response_type=_response_types(op),
            responses=response_rows(op, types),
        )
        for op in resource.operations
    ]
    rows = [
        MethodRow(
            f"[{title(op)}](#{md.anchor(op.name)})" + (" **deprecated**" if op.deprecated else ""),
            md.breakable_name(op.name),
            f"**{op.http_method}** {md.breakable_path(op.path)}",
        )
        for op in resource.operations
    ]
    return ResourcePage(
        title=naming.md_inline(resource.title or resource.class_name),
        namespace=md.code(f"{var}.{resource.name}"),
        class_name=md.code(resource.class_name),
        description=naming.md_block(resource.description),
        methods=rows,
        sections=sections,
    )


def title(op: ir.Operation) -> str:
    """An operation's human title: its one-line summary, else its method name in words."""
    summary = " ".join(naming.clean_text(op.summary).split()).rstrip(".")
    if not summary or len(summary) > 80:
        words = op.name.strip("_").replace("_", " ")
        summary = words[:1].upper() + words[1:]
    return md.escape(summary.replace("<", "&lt;").replace(">", "&gt;"))


def _signature(op: ir.Operation, view: OperationView) -> str:
    head = f"def {op.name}("
    items = ["self", "*", *(layout.flat(p.line) for p in view.params)]
    items.append("request_options: RequestOptions | None = None")
    return layout.render(layout.exploded(head, items, f") -> {view.returns}"), 0)


def _example_tabs(inputs: PageInputs, call: Call) -> list[CodeTab]:
    """The call written three ways: sync, async (the `a` twin) and raw (the `.raw` twin)."""
    package = inputs.api.package
    var, arguments = inputs.client
    imports = f"from {package.package_name} import {package.client_class}\n\n"
    construct = f"{var} = {package.client_class}({arguments})\n"
    shown = f"print({call.result})\n" if call.result else ""
    sync = imports + construct + call.code() + "\n" + shown
    awaited = call.code(prefix="await ", is_async=True)
    body = textwrap.indent(awaited + "\n" + shown, " " * 8)
    asynchronous = (
        "import asyncio\n\n"
        + imports
        + "\nasync def main() -> None:\n"
        + f"    async with {package.client_class}({arguments}) as {var}:\n"
        + body
        + "\n\nasyncio.run(main())\n"
    )
    raw = (
        imports
        + construct
        + call.code(namespace=".raw", result="response")
        + "\nprint(response.status, response.headers, response.body)\n"
    )
    return [
        CodeTab("Sync", "python", sync),
        CodeTab("Async", "python", asynchronous),
        CodeTab("Raw response", "python", raw),
    ]


def _wire_tabs(op: ir.Operation, samples: Samples) -> list[CodeTab]:
    tabs = []
    request = samples.request(op)
    if request:
        tabs.append(CodeTab("Request body", "json", request + "\n"))
    status, response = samples.response(op)
    if response:
        label = f"Response {status}" if status.isalnum() else "Response"  # a tab's "title"
        tabs.append(CodeTab(label, "json", response + "\n"))
    return tabs


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
    """Four columns, so the table fits beside the navigation at 1280 px."""

    name: str  # `created_at`, with its wire name below when that differs
    type: str  # `| None` included when the field may be null
    required: str
    description: str  # flags, text, default and constraints


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
    flags = ["**Deprecated.**"] if f.deprecated else []
    flags += ["Read-only."] if f.read_only else ["Write-only."] if f.write_only else []
    enum = f.type.inner if isinstance(f.type, ir.Nullable) else f.type
    enum_name = enum.name if isinstance(enum, ir.Named) else None
    default = md.default_text(f.default, f.default_member, enum_name)
    text = describe(f.description, ir.Constraints())
    limits = md.constraints_text(f.constraints)
    parts = [*flags, text, f"Default: {default}." if default else ""]
    parts.append(f"Constraints: {limits}." if limits else "")
    name = md.code(f.name)
    if f.wire_name != f.name:
        name += f"<br>JSON {md.code(f.wire_name)}"
    return FieldRow(
        name=name,
        type=types.markdown(f.type),
        required="required" if f.required else "optional",
        description=" ".join(p for p in parts if p),
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
