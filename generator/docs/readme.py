"""Template context of the generated README (the layout of seed 000).

The README is the front page on GitHub and PyPI: getting started, async, raw responses,
errors, then a reference section per operation with a Usage block the tests run.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import ir, naming
from . import markdown as md
from .examples import Examples
from .markdown import TypeSpeller
from .operations import ParamRow, paragraphs, param_rows, returns
from .usage import Call, CallKey, call_key, example_call


@dataclass(frozen=True, slots=True)
class TocEntry:
    label: str
    anchor: str
    deprecated: bool  # shown as a badge after the link


@dataclass(frozen=True, slots=True)
class OperationSection:
    heading: str  # code span: `svix.application.get_by_id`
    anchor: str
    paragraphs: list[str]
    deprecated: bool
    usage: str
    params: list[ParamRow]
    body: str  # Markdown type of the request body, "" when none
    body_content_type: str
    returns: str
    method: str
    path: str
    page: str  # link to the operation on its resource page


@dataclass(frozen=True, slots=True)
class ReadmeView:
    title: str
    description: str
    api_version: str
    client_var: str
    client_args: str
    credentials: str
    example: Call | None
    pagination_example: Call | None
    pagination_items: str  # where a page's items are, in words ("`.data` holds its items")
    toc: list[TocEntry]
    sections: list[OperationSection]


def client_variable(api: ir.Api) -> str:
    """The client's variable name in examples: `svix` for `Svix`."""
    name = naming.snake_case(api.package.client_class) or "client"
    return "client" if name in naming.PYTHON_KEYWORDS or name == api.package.package_name else name


def client_arguments(api: ir.Api) -> str:
    """Placeholder credentials for the constructor: `access_token="YOUR_ACCESS_TOKEN"`."""
    args = []
    for s in api.security_schemes:
        args.append(f'{s.arg_name}="YOUR_{s.arg_name.upper()}"')
        if s.password_arg:
            args.append(f'{s.password_arg}="YOUR_{s.password_arg.upper()}"')
    return ", ".join(dict.fromkeys(args))


def readme_view(
    api: ir.Api, defs: dict[str, ir.Definition], calls: dict[CallKey, Call]
) -> ReadmeView:
    """`calls` maps operations (`call_key`) to their example calls (shared with the
    resource pages)."""
    types = TypeSpeller(defs, "docs/models/")
    var = client_variable(api)
    pages = md.resource_stems(api)
    sections = [
        _section(var, r, op, types, defs, calls[call_key(r, op)], pages[r.class_name])
        for r in api.resources
        for op in r.operations
    ]
    first = _first_operation(api)
    paginated = next((op for op in api.operations if op.pagination is not None), None)
    by_operation = {id(op): call_key(r, op) for r in api.resources for op in r.operations}
    return ReadmeView(
        title=naming.md_inline(api.title),
        description=naming.md_block(api.description),
        api_version=naming.md_inline(api.api_version),
        client_var=var,
        client_args=client_arguments(api),
        credentials=", ".join(md.code(v) for s in api.security_schemes for v in _env_vars(s)),
        example=calls[by_operation[id(first)]] if first else None,
        pagination_example=calls[by_operation[id(paginated)]] if paginated else None,
        pagination_items=_page_items(api, paginated),
        toc=[TocEntry(s.heading, s.anchor, s.deprecated) for s in sections],
        sections=sections,
    )


def _section(
    var: str,
    resource: ir.Resource,
    op: ir.Operation,
    types: TypeSpeller,
    defs: dict[str, ir.Definition],
    call: Call,
    page_stem: str,
) -> OperationSection:
    label = f"{var}.{resource.name}.{op.name}"
    body = op.body
    return OperationSection(
        heading=md.code(label),
        anchor=md.anchor(label),
        paragraphs=paragraphs(op),
        deprecated=op.deprecated,
        usage=call.code(),
        params=param_rows(op, types, defs),
        body=types.markdown(body.type) if body is not None else "",
        body_content_type=md.code(body.content_type) if body is not None else "",
        returns=returns(op, types),
        method=md.code(op.http_method),
        path=md.code(op.path),
        page=f"docs/{page_stem}.md#{md.anchor(op.name)}",
    )


def _first_operation(api: ir.Api) -> ir.Operation | None:
    """The call Getting started shows: a create (POST) with a body if there is one, else a
    simple read; among those, the one with fewest required arguments."""

    def rank(op: ir.Operation) -> tuple[int, int, int]:
        creates = op.http_method == "POST" and op.body is not None and not op.deprecated
        reads = op.http_method == "GET" and not op.deprecated
        kind = 0 if creates else 1 if reads else 2
        required = sum(p.required for p in op.params if p.location == "path")
        return (kind, required, 0)

    ops = list(api.operations)
    return min(ops, key=rank) if ops else None


def build_calls(api: ir.Api, examples: Examples) -> dict[CallKey, Call]:
    """The example call of every operation, by `call_key` (operationIds may be missing or
    repeated, so they cannot key it)."""
    var = client_variable(api)
    return {
        call_key(r, op): example_call(var, r, op, examples)
        for r in api.resources
        for op in r.operations
    }


def _page_items(api: ir.Api, op: ir.Operation | None) -> str:
    """How the README's pagination example page holds its items."""
    pagination = op.pagination if op is not None else None
    if pagination is None or op is None:
        return ""
    if pagination.style == "link":
        return (
            "it behaves as the list of its items; the response's `Link` header names the"
            " next page"
        )
    result = op.result.type if op.result is not None else None
    name = result.name if isinstance(result, ir.Named) else None
    model = next((m for m in api.models if m.name == name), None)
    if model is None or model.page is None:
        return "it holds the page's items"
    return f"`.{model.page.items_field}` holds its items"


def _env_vars(scheme: ir.SecurityScheme) -> list[str]:
    """The environment variables a scheme's credentials may come from."""
    names = [scheme.env_var]
    if scheme.password_env_var:
        names.append(scheme.password_env_var)
    if scheme.client_credentials is not None:
        flow = scheme.client_credentials
        names += [flow.client_id_env_var, flow.client_secret_env_var]
    return names
