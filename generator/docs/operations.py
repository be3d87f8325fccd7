"""What the README and the resource pages both say about an operation."""

from __future__ import annotations

from dataclasses import dataclass

from .. import ir, naming
from . import markdown as md
from .markdown import TypeSpeller


@dataclass(frozen=True, slots=True)
class ParamRow:
    """One row of a parameter table; every value is Markdown safe in a table cell."""

    name: str
    type: str
    required: str
    default: str
    sent_as: str
    description: str


@dataclass(frozen=True, slots=True)
class ResponseRow:
    status: str
    description: str
    type: str
    headers: str


def param_rows(
    op: ir.Operation, types: TypeSpeller, defs: dict[str, ir.Definition]
) -> list[ParamRow]:
    """The parameter table of an operation, in signature order."""
    return [_param_row(p, types, defs) for p in op.params]


def _param_row(p: ir.Param, types: TypeSpeller, defs: dict[str, ir.Definition]) -> ParamRow:
    default = md.default_text(p.default, *_enum_default(p, defs))
    if not p.required and not default:
        default = md.code("None")
    return ParamRow(
        name=md.code(p.name),
        type=types.markdown(p.type),
        required="required" if p.required else "optional",
        default=default,
        sent_as=f"{p.location} {md.code(p.wire_name)}",
        description=describe(p.description, p.constraints, p.deprecated),
    )


def _enum_default(p: ir.Param, defs: dict[str, ir.Definition]) -> tuple[str | None, str | None]:
    """(member, enum) when a parameter's default is a member of a named enum."""
    inner = p.type.inner if isinstance(p.type, ir.Nullable) else p.type
    enum = defs.get(inner.name) if isinstance(inner, ir.Named) else None
    if not isinstance(enum, ir.Enum):
        return None, None
    member = next((m.name for m in enum.members if m.value == p.default), None)
    return member, enum.name if member else None


def describe(description: str, constraints: ir.Constraints, deprecated: bool = False) -> str:
    """A description cell: deprecation first, then the text, then the constraints."""
    parts = ["**Deprecated.**"] if deprecated else []
    if description:
        text = md.cell(description)
        parts.append(text if text.endswith((".", "!", "?", ":")) else text + ".")
    limits = md.constraints_text(constraints)
    if limits:
        parts.append(f"Constraints: {limits}.")
    return " ".join(parts)


def response_rows(op: ir.Operation, types: TypeSpeller) -> list[ResponseRow]:
    """Every documented response with its body type and documented headers."""
    rows = []
    for r in op.responses:
        headers = "<br>".join(
            f"{md.code(h.name)}: {md.cell(h.description)}".rstrip(": ") for h in r.headers
        )
        rows.append(
            ResponseRow(
                status=md.code(r.status),
                description=md.cell(r.description),
                type=types.markdown(r.type) if r.type is not None else "",
                headers=headers or "-",
            )
        )
    return rows


def returns(op: ir.Operation, types: TypeSpeller) -> str:
    """The return type as users see it (`bytes` for files, `None` for empty bodies)."""
    result = op.result
    if result is None or result.kind == "empty" or result.type is None:
        return "None"
    if result.kind == "binary":
        return "bytes"
    if result.kind == "text":
        return "str"
    if op.pagination is not None and op.pagination.style == "link":  # the method's own type
        return f"LinkPage\\[{types.markdown(op.pagination.item_type)}\\]"
    return types.markdown(result.type)


def summary(op: ir.Operation) -> str:
    """A one-line summary for tables: the spec's summary or its description's first line."""
    return md.cell(op.summary or op.description.split("\n")[0])


def paragraphs(op: ir.Operation) -> list[str]:
    """The summary and description as Markdown paragraphs (Markdown kept, HTML escaped)."""
    texts = [naming.md_block(op.summary), naming.md_block(op.description)]
    return [t for i, t in enumerate(texts) if t and t not in texts[:i]]
