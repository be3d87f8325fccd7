"""Template context of the generated README: Markdown-escaped text and example calls."""

from __future__ import annotations

from dataclasses import dataclass

from . import ir, naming
from .examples import example_value, python_example


@dataclass
class OperationRow:
    call: str
    http: str
    summary: str


@dataclass
class ReadmeView:
    title: str
    description: str
    api_version: str
    client_args: str
    credentials: str
    example: str | None
    async_example: str | None
    raw_example: str | None
    has_pagination: bool
    pagination_example: str | None
    operations: list[OperationRow]


def readme_view(api: ir.Api) -> ReadmeView:
    defs = {d.name: d for group in (api.models, api.enums, api.aliases) for d in group}
    args = ", ".join(f'{s.arg_name}="YOUR_{s.arg_name.upper()}"' for s in api.security_schemes)
    credentials = ", ".join(f"`{s.env_var}`" for s in api.security_schemes)
    example_op = _example_operation(api)
    paginated = next(
        ((r, op) for r in api.resources for op in r.operations if op.pagination is not None), None
    )
    rows = [
        OperationRow(
            call=naming.md_code(f"client.{r.name}.{op.name}"),
            http=f"**{op.http_method}** {naming.md_code(op.path)}",
            summary=naming.md_inline(op.summary or op.description.split("\n")[0]),
        )
        for r in api.resources
        for op in r.operations
    ]
    call = _call(example_op, defs) if example_op else None
    return ReadmeView(
        title=naming.md_inline(api.title),
        description=naming.md_block(api.description),
        api_version=naming.md_inline(api.api_version),
        client_args=args,
        credentials=credentials,
        example=call,
        async_example=_call(example_op, defs, is_async=True) if example_op else None,
        raw_example=_call(example_op, defs, raw=True) if example_op else None,
        has_pagination=paginated is not None,
        pagination_example=_call(paginated, defs) if paginated else None,
        operations=rows,
    )


def _example_operation(api: ir.Api) -> tuple[ir.Resource, ir.Operation] | None:
    """A simple read call to show first: a GET with few required arguments."""
    candidates = [
        (len([p for p in op.params if p.required]), op.http_method != "GET", r.name, op.name, r, op)
        for r in api.resources
        for op in r.operations
    ]
    if not candidates:
        return None
    best = min(candidates, key=lambda c: c[:4])
    return best[4], best[5]


def _call(
    pair: tuple[ir.Resource, ir.Operation],
    defs: dict[str, ir.Definition],
    is_async: bool = False,
    raw: bool = False,
) -> str:
    resource, op = pair
    args = []
    for p in op.params:
        if p.required:
            value = example_value(p.type, p.example, defs, p.constraints)
            args.append(f"{p.name}={python_example(value, p.type, defs)}")
    namespace = f"{resource.name}.raw" if raw else resource.name
    method = op.async_name if is_async else op.name
    return f"{namespace}.{method}({', '.join(args)})"
