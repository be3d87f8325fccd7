"""Template contexts: every string a Python template prints, already named and escaped.

Templates only loop and print; everything they print comes from here, and every piece of
spec text in it went through `naming` (identifiers, `py_str` literals, `docstring_body`).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from .. import ir, naming
from ..model.modules import dependencies, references
from .pyview import Imports, TypeWriter

RUNTIME_NAMES = ("NOT_GIVEN", "NotGiven", "RequestOptions")


@dataclass
class FieldView:
    """`name: annotation = default`, or `name: annotation = Field(*field_args)`."""

    name: str
    annotation: str
    default: str | None  # None: required
    field_args: list[str] | None  # pydantic's `Field(...)` arguments, when it needs one
    doc: str
    blank_before: bool = False  # fields with docstrings are set apart by blank lines


@dataclass
class PropertyView:
    """A deprecated field's public name: a read-only property type checkers report."""

    name: str
    stored: str  # the pydantic field behind it, under the wire name as its alias
    annotation: str
    decorator: str  # `@deprecated("...")`
    doc: str


@dataclass
class TypedDictView:
    name: str
    doc: str
    keys: list[tuple[str, str]]  # (key, annotation), with Required[...] where required


@dataclass
class ModelView:
    kind: str  # "model"
    name: str
    bases: str
    doc: str
    fields: list[FieldView]
    typed_dict: TypedDictView | None
    properties: list[PropertyView] = field(default_factory=list)  # deprecated fields
    page: PageView | None = None  # a page of a paginated list: `_page_items`, `_next_cursor`


@dataclass
class PageView:
    """What a page model's `_page_items` and `_next_cursor` read: the attributes they read
    (a deprecated field's stored attribute, so paging neither warns nor shows checkers a
    deprecated use) and flags."""

    items_type: str  # `list[Item]`
    items: str  # the items attribute
    items_optional: bool  # `self.items or []`
    done_field: str | None  # a true value: no next page
    has_more_field: str | None  # a false value: no next page
    step: str | None  # "page" or "offset": the cursor is a step, not a position
    cursor_from_last_item: bool  # the next cursor is an attribute of the last item
    next_field: str  # the attribute holding the cursor
    next_item_attribute: str  # literal: the last item's attribute holding it
    next_is_str: bool  # that field is a string already


@dataclass
class EnumView:
    kind: str  # "enum"
    name: str
    base: str
    doc: str
    members: list[tuple[str, str, str]]  # (name, value literal, doc)
    values_alias: str  # `OrderingValue`: Literal[...] of the members' values


@dataclass
class AliasView:
    kind: str  # "alias"
    name: str
    annotation: str  # the type it names
    doc: str


DefinitionView = ModelView | EnumView | AliasView


@dataclass
class ModuleView:
    imports: str
    type_vars: list[str]
    definitions: list[DefinitionView]
    rebuild: list[str]


def model_module(
    api: ir.Api,
    module: str,
    names: tuple[str, ...],
    definitions: dict[str, ir.Definition] | None = None,
) -> ModuleView:
    """The context of one module under `models/`.

    `definitions` (from `definitions_by_name`) saves rebuilding the index for each of
    thousands of modules.
    """
    defs = definitions if definitions is not None else definitions_by_name(api)
    imports = Imports()
    writer = TypeWriter(defs, imports, module, ".", "..")
    ordered = _dependency_order([defs[n] for n in names])
    views: list[DefinitionView] = [_definition(d, writer, imports) for d in ordered]
    type_vars = sorted({p for d in ordered if isinstance(d, ir.Model) for p in d.type_params})
    if type_vars:
        imports.add("typing", "TypeVar")
    local = set(names)
    rebuild = [
        d.name
        for d in ordered
        if isinstance(d, ir.Model) and _refers_to_any(d, local) and not d.type_params
    ]
    if imports.has_type_only():
        imports.add("typing", "TYPE_CHECKING")
    return ModuleView(imports.text(), type_vars, views, rebuild)


def definitions_by_name(api: ir.Api) -> dict[str, ir.Definition]:
    return {d.name: d for group in (api.models, api.enums, api.aliases) for d in group}


def _definition(d: ir.Definition, writer: TypeWriter, imports: Imports) -> DefinitionView:
    if isinstance(d, ir.Enum):
        base = "OpenIntEnum" if d.value_type == "int" else "OpenStrEnum"
        imports.add(".._models", base)
        members = [
            (m.name, naming.py_literal(m.value), naming.docstring_body(m.description))
            for m in d.members
        ]
        imports.add("typing", "Literal")
        doc = naming.docstring_body(d.description)
        return EnumView("enum", d.name, base, doc, members, d.values_alias)
    if isinstance(d, ir.Alias):
        annotation = writer.annotation(d.type)
        return AliasView("alias", d.name, annotation, naming.docstring_body(d.description))
    return _model(d, writer, imports)


def _model(model: ir.Model, writer: TypeWriter, imports: Imports) -> ModelView:
    stored = _deprecated_fields(model)
    fields = [_field(f, model, writer, imports, stored.get(f.name)) for f in model.fields]
    for previous, current in itertools.pairwise(fields):
        current.blank_before = bool(previous.doc or current.doc)
    params = ", ".join(model.type_params)
    if model.page is not None:
        imports.add(".._models", "BasePage")
        item = _page_item_annotation(model, writer)
        bases = f"BasePage[{item}]" + (f", Generic[{params}]" if params else "")
    else:
        imports.add(".._models", "SdkModel")
        bases = "SdkModel" + (f", Generic[{params}]" if params else "")
    if params:
        imports.add("typing", "Generic")
    typed_dict = _typed_dict(model, writer, imports) if model.is_input and not params else None
    view = ModelView(
        "model", model.name, bases, naming.docstring_body(model.description), fields, typed_dict
    )
    view.properties = [
        _property(f, model, view_of, imports)
        for f, view_of in zip(model.fields, fields, strict=True)
        if f.name in stored
    ]
    if model.page is not None:
        _page_methods(view, model, model.page, writer, stored)
    return view


def _deprecated_fields(model: ir.Model) -> dict[str, str]:
    """Each deprecated field's stored name: `deprecated_<name>`, unique in the model."""
    taken = {f.name for f in model.fields}
    stored: dict[str, str] = {}
    for f in model.fields:
        if f.deprecated:
            name = f"deprecated_{f.name}"
            while name in taken:
                name += "_"
            taken.add(name)
            stored[f.name] = name
    return stored


def _property(f: ir.Field, model: ir.Model, stored: FieldView, imports: Imports) -> PropertyView:
    """PEP 702 reaches attributes only through functions: a property reading the field.
    Construction and parsing use the wire name (the field's alias), as before."""
    imports.add("typing_extensions", "deprecated")
    message = f"{model.name}.{f.name} is deprecated by the API."
    decorator = f"@deprecated({naming.py_str(message)})"
    doc = naming.docstring_body(_field_doc(f))
    return PropertyView(f.name, stored.name, stored.annotation, decorator, doc)


def _field(
    f: ir.Field,
    model: ir.Model,
    writer: TypeWriter,
    imports: Imports,
    stored: str | None = None,
) -> FieldView:
    tp = f.type
    required = _required_in_model(f, model)
    optional = not required and not isinstance(tp, ir.Nullable)
    default: str | None = None
    validated = False  # the default is JSON that pydantic turns into the field's type
    if f.default is not ir.NO_DEFAULT:
        default = writer.literal(f.default, tp)
        if default is None:
            default, validated = naming.py_literal(f.default), True
        optional = optional and f.default is None
    elif not required:
        default = "None"
    annotation = writer.annotation(tp, "output", "None" if optional else "")
    alias = f.wire_name if f.wire_name != f.name or stored else None
    doc = naming.docstring_body(_field_doc(f))
    name = stored or f.name
    if alias is None and not validated:
        return FieldView(name, annotation, default, None, doc)
    imports.add("pydantic", "Field")
    args = [] if default is None else [f"default={default}"]
    if validated:
        args.append("validate_default=True")
    if alias is not None:
        args.append(f"alias={naming.py_str(alias)}")
    if stored and f.wire_name != f.name:  # keyword arguments and Param dicts use the name
        imports.add("pydantic", "AliasChoices")
        names = f"{naming.py_str(f.wire_name)}, {naming.py_str(f.name)}"
        args.append(f"validation_alias=AliasChoices({names})")
    return FieldView(name, annotation, default, args, doc)


def _required_in_model(f: ir.Field, model: ir.Model) -> bool:
    """Whether the model class requires a field the spec marks required.

    One class both parses responses and validates request bodies, so a field the server
    never sends (`writeOnly`) is optional in it, and so is one users never send
    (`readOnly`) when the model is also a request body: the TypedDict and the method's
    keyword arguments still say what users must give.
    """
    if not f.required or f.write_only:
        return False
    return not (f.read_only and model.is_input)


def _field_doc(f: ir.Field | ir.Param) -> str:
    text = f.description
    if f.deprecated:
        text = ("Deprecated. " + text).strip()
    return text


def _typed_dict(model: ir.Model, writer: TypeWriter, imports: Imports) -> TypedDictView:
    imports.add("typing_extensions", "TypedDict")
    keys = []
    for f in model.fields:
        if f.read_only:
            continue
        annotation = writer.annotation(f.type, "input")
        if f.required:
            imports.add("typing_extensions", "Required")
            annotation = f"Required[{annotation}]"
        keys.append((f.name, annotation))
    doc = f"`{model.name}` as a plain dict, with the same snake_case keys as its attributes."
    return TypedDictView(model.name + "Param", doc, keys)


def _page_item_annotation(model: ir.Model, writer: TypeWriter) -> str:
    assert model.page is not None
    items = next(f for f in model.fields if f.name == model.page.items_field)
    tp = items.type.inner if isinstance(items.type, ir.Nullable) else items.type
    assert isinstance(tp, ir.ListOf)
    return writer.annotation(tp.item)


def _page_methods(
    view: ModelView,
    model: ir.Model,
    page: ir.PageShape,
    writer: TypeWriter,
    stored: dict[str, str],
) -> None:
    """`_page_items` and `_next_cursor`; deprecated fields are read where they are stored,
    so paging neither warns nor shows checkers a deprecated use."""
    items = next(f for f in model.fields if f.name == page.items_field)
    next_field = next((f for f in model.fields if f.name == page.next_field), None)
    view.page = PageView(
        items_type=f"list[{_page_item_annotation(model, writer)}]",
        items=stored.get(items.name, items.name),
        items_optional=isinstance(items.type, ir.Nullable) or not items.required,
        done_field=stored.get(page.done_field, page.done_field) if page.done_field else None,
        has_more_field=(
            stored.get(page.has_more_field, page.has_more_field) if page.has_more_field else None
        ),
        step=page.step,
        cursor_from_last_item=page.cursor_from_last_item,
        next_field=stored.get(page.next_field, page.next_field),
        next_item_attribute=naming.py_str(page.next_field),
        next_is_str=next_field is not None
        and next_field.type in (ir.Primitive("str"), ir.Nullable(ir.Primitive("str"))),
    )


def _refers_to_any(model: ir.Model, names: set[str]) -> bool:
    """Whether a model refers to itself or to another definition of its own module."""
    return bool(dependencies(model) & names) or any(
        model.name in set(references(f.type)) for f in model.fields
    )


def _dependency_order(definitions: list[ir.Definition]) -> list[ir.Definition]:
    """Definitions of one module in the order they are written.

    Uses follow definitions where possible, for readers. Where a cycle makes that
    impossible, what Python evaluates when the module runs still comes first: an alias
    (`U = Short | Other`) needs every class it names, whereas class annotations are
    postponed and resolved by `model_rebuild()` at the end of the module.
    """
    return _after_runtime_needs(_reading_order(definitions))


def _after_runtime_needs(ordered: list[ir.Definition]) -> list[ir.Definition]:
    """`ordered`, with each alias moved after the definitions of this module it names
    (a stable topological sort: an order that already satisfies them is kept)."""
    names = {d.name for d in ordered}
    needs = {
        d.name: (set(references(d.type)) & names) - {d.name} if isinstance(d, ir.Alias) else set()
        for d in ordered
    }
    pending, placed = list(ordered), []
    done: set[str] = set()
    while pending:
        # The first whose needs are met; aliases naming each other in a cycle cannot be
        # ordered by anyone, so they keep their place.
        index = next((i for i, d in enumerate(pending) if needs[d.name] <= done), 0)
        chosen = pending.pop(index)
        placed.append(chosen)
        done.add(chosen.name)
    return placed


def _reading_order(definitions: list[ir.Definition]) -> list[ir.Definition]:
    """Definitions ordered so that, where possible, uses follow definitions."""
    by_name = {d.name: d for d in definitions}
    ordered: list[ir.Definition] = []
    visiting: set[str] = set()

    def visit(d: ir.Definition) -> None:
        if d in ordered or d.name in visiting:
            return
        visiting.add(d.name)
        for dep in sorted(dependencies(d)):
            if dep in by_name:
                visit(by_name[dep])
        ordered.append(d)

    for d in sorted(definitions, key=lambda d: d.name):
        visit(d)
    return ordered
