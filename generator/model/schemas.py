"""The normalizer: JSON Schema idioms in, clean IR types and definitions out.

`SchemaConverter` turns every component schema and every inline schema it is asked about
into an `ir.TypeRef`, registering a named definition (model, enum or alias) where the
type needs a class: `ListResponse_ApplicationOut_` becomes `ListResponse[ApplicationOut]`,
`x-enum-varnames` name integer enum members, `nullable` and 3.1 `["X", "null"]` become
`Nullable`, `allOf` is merged, `oneOf`/`anyOf` become (discriminated) unions, inline
objects get names from where they sit. Components are visited in sorted order and inline
names are claimed first come, first served, so the result never depends on hash seeds.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, Literal
from urllib.parse import unquote

from .. import ir, naming
from ..problems import join_pointer, resolve_pointer, split_pointer
from . import default_values
from . import schema_facts as facts
from .generics import TYPE_PARAM_KEY, GenericFamily, find_generic_families

Report = Callable[[str, str], None]  # (pointer, message) -> records a warning
_COMPONENTS = "/components/schemas"
_NAMED_SHAPES = frozenset({"object", "enum", "union", "allof"})


class SchemaConverter:
    """Converts schemas of one spec; holds the registry of named definitions."""

    def __init__(self, root: dict[str, Any], warn: Report) -> None:
        self._root = root
        self._warn = warn
        schemas = root.get("components", {}).get("schemas", {})
        self._schemas: dict[str, Any] = schemas if isinstance(schemas, dict) else {}
        self._taken: set[str] = set()
        self.definitions: dict[str, ir.Definition] = {}
        self._component_class: dict[str, str] = {}  # component -> class name
        self._generic_member: dict[str, tuple[str, str]] = {}  # component -> (base, arg)
        self._families: list[GenericFamily] = find_generic_families(self._schemas)
        self._inline_class: dict[str, str] = {}  # pointer of an inline schema -> class
        self._resolving: list[str] = []  # components being inlined (cycle guard)
        self._enum_values: dict[str, set[Any]] = {}
        self._members: dict[str, tuple[ir.EnumMember, ...]] = {}
        self._plan()

    # -- planning: claim class names for components before converting anything --------

    def _plan(self) -> None:
        for family in self._families:
            base = self._claim(family.base)
            for member, arg in family.members:
                self._generic_member[member] = (base, arg)
        for name in sorted(self._schemas):
            if name in self._generic_member:
                continue
            schema = self._schemas[name]
            if self._needs_class(schema):
                self._component_class[name] = self._claim(name)
                if facts.shape(schema) == "enum":
                    self._enum_members(self._component_class[name], schema)

    def _claim(self, name: str) -> str:
        return naming.unique_class(naming.class_name(name), self._taken)

    def _needs_class(self, schema: Any) -> bool:
        kind = facts.shape(schema)
        if kind == "allof":
            return not self._is_ref_wrapper(schema)
        return kind in _NAMED_SHAPES

    @staticmethod
    def _is_ref_wrapper(schema: dict[str, Any]) -> bool:
        """`allOf: [{$ref: X}]` with nothing else structural: just X with extra docs.

        Other members that only annotate (`allOf: [{$ref: X}, {description: ...}]`, as
        the AWS specs write every documented property) change nothing either.
        """
        return _wrapped_ref(schema) is not None and not schema.get("properties")

    # -- public API ---------------------------------------------------------------------

    def convert_components(self) -> None:
        """Build the definition of every component that needs a class (sorted)."""
        for family in self._families:
            self._build_generic(family)
        for name in sorted(self._component_class):
            if self._component_class[name] in self.definitions:
                continue  # defined early, to check a default that names it
            pointer = join_pointer(_COMPONENTS, name)
            self._define(self._component_class[name], self._schemas[name], pointer)

    def type_of(self, schema: Any, pointer: str, hint: str) -> ir.TypeRef:
        """The type of any schema; `hint` names the class an inline object would get."""
        if not isinstance(schema, dict):
            return ir.ANY
        if facts.is_null_schema(schema):
            return ir.Primitive("none")  # only null is allowed (`enum: [null]`, `type: null`)
        inner = self._inner_type(schema, pointer, hint)
        if facts.is_nullable(schema) and not isinstance(inner, ir.Nullable):
            if inner in (ir.ANY, ir.Primitive("none")):
                return inner
            return ir.Nullable(inner)
        return inner

    def constraints_of(self, schema: Any, depth: int = 0) -> ir.Constraints:
        """The schema's limits, with those of an array's items or a map's values (often
        behind a `$ref`), a few levels down (a list of lists of ids)."""
        schema = self._unwrapped(schema)
        own = facts.constraints(schema)
        items = schema.get("items") if isinstance(schema, dict) else None
        if items is None and isinstance(schema, dict):
            items = schema.get("additionalProperties")
        if not isinstance(items, dict) or depth >= 3:
            return own
        resolved, _ = self.resolve(items, "")
        item_limits = self.constraints_of(resolved, depth + 1)
        if item_limits.is_empty():
            return own
        return dataclasses.replace(own, items=item_limits)

    def _unwrapped(self, schema: Any) -> Any:
        """The member an annotating `allOf` wraps (`allOf: [{$ref: Id}], description`),
        resolved; any other schema as it is."""
        if not isinstance(schema, dict) or "allOf" not in schema or schema.get("properties"):
            return schema
        index = _wrapped_ref(schema)
        if index is None:
            return schema
        return self.resolve(schema["allOf"][index], "")[0]

    def enum_values(self) -> dict[str, set[Any]]:
        return self._enum_values

    def resolve(self, schema: Any, pointer: str) -> tuple[Any, str]:
        """Follow `$ref`s to the schema they name (stops at cycles)."""
        seen: set[str] = set()
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            ref = schema["$ref"]
            if ref in seen or not ref.startswith("#"):
                return {}, pointer
            seen.add(ref)
            target = self._lookup(ref[1:])
            if target is None:
                return {}, pointer
            schema, pointer = target, ref[1:]
        return schema, pointer

    def object_properties(self, schema: Any, pointer: str) -> dict[str, tuple[Any, str]]:
        """Wire name -> (schema, pointer) of an object's properties, `allOf` merged in."""
        return self._merged_object(schema, pointer, set())[0]

    # -- type dispatch --------------------------------------------------------------------

    def _inner_type(self, schema: dict[str, Any], pointer: str, hint: str) -> ir.TypeRef:
        if TYPE_PARAM_KEY in schema:
            return ir.TypeParam(str(schema[TYPE_PARAM_KEY]))
        kind = facts.shape(schema)
        if kind == "ref":
            return self._ref_type(schema["$ref"], pointer)
        if kind == "literal":
            const = schema["const"]
            return ir.LiteralOf((const,)) if _is_scalar(const) else ir.ANY
        if kind == "enum":
            return self._inline_enum(schema, pointer, hint)
        if kind == "union":
            return self._union(schema, pointer, hint)
        if kind == "allof":
            index = _wrapped_ref(schema)
            if index is not None and not schema.get("properties"):
                part = schema["allOf"][index]
                return self.type_of(part, join_pointer(pointer, "allOf", index), hint)
            return self._inline_class_type(schema, pointer, hint)
        if kind == "object":
            return self._inline_class_type(schema, pointer, hint)
        if kind == "map":
            return self._map_type(schema, pointer, hint)
        if kind == "array":
            if isinstance(schema.get("prefixItems"), list):
                return self._tuple_type(schema, pointer, hint)
            items = schema.get("items")
            item_hint = hint + "Item"
            return ir.ListOf(self.type_of(items, join_pointer(pointer, "items"), item_hint))
        if kind == "scalar":
            return facts.scalar_type(schema)
        return ir.ANY

    def _tuple_type(self, schema: dict[str, Any], pointer: str, hint: str) -> ir.TypeRef:
        """`prefixItems`: a tuple, of fixed length unless more items are allowed."""
        positions = tuple(
            self.type_of(item, join_pointer(pointer, "prefixItems", index), f"{hint}Item{index}")
            for index, item in enumerate(schema["prefixItems"])
        )
        extra = schema.get("items", schema.get("unevaluatedItems"))
        max_items = schema.get("maxItems")
        closed = extra is False or (
            isinstance(max_items, int) and not isinstance(max_items, bool)
            and max_items <= len(positions)
        )  # fmt: skip
        if closed:
            return ir.TupleOf(positions)
        rest = ir.ANY if extra in (None, True) else self.type_of(
            extra, join_pointer(pointer, "items"), hint + "Item"
        )  # fmt: skip
        return ir.TupleOf(positions, rest)

    def _map_type(self, schema: dict[str, Any], pointer: str, hint: str) -> ir.TypeRef:
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            value_pointer = join_pointer(pointer, "additionalProperties")
            return ir.DictOf(self.type_of(extra, value_pointer, hint + "Value"))
        return ir.DictOf(ir.ANY)

    def _ref_type(self, ref: Any, pointer: str) -> ir.TypeRef:
        if not isinstance(ref, str) or not ref.startswith("#"):
            self._warn(pointer, f"unsupported $ref {ref!r}; typed as Any")
            return ir.ANY
        tokens = split_pointer(ref[1:])
        if len(tokens) == 3 and tokens[:2] == ["components", "schemas"]:
            return self._component_type(tokens[2], pointer)
        target = self._lookup(ref[1:])
        if target is None:
            self._warn(pointer, f"$ref {ref!r} does not resolve; typed as Any")
            return ir.ANY
        return self.type_of(target, ref[1:], naming.class_name(tokens[-1] if tokens else "Model"))

    def _component_type(self, name: str, pointer: str) -> ir.TypeRef:
        schema = self._schemas.get(name)
        if schema is None:
            self._warn(pointer, f"no schema named {name!r}; typed as Any")
            return ir.ANY
        if name in self._generic_member:
            base, arg = self._generic_member[name]
            arg_type = self._component_type(arg, pointer)
            named: ir.TypeRef = ir.Named(base, (arg_type,))
        elif name in self._component_class:
            named = ir.Named(self._component_class[name])
        else:
            return self._inlined_component(name, schema)
        return ir.Nullable(named) if facts.is_nullable(schema) else named

    def _inlined_component(self, name: str, schema: Any) -> ir.TypeRef:
        """A component that needs no class (a string, a list, a map): use its type."""
        if name in self._resolving:
            chain = " -> ".join([*self._resolving, name])
            self._warn(join_pointer(_COMPONENTS, name), f"recursive type {chain}; typed as Any")
            return ir.ANY
        self._resolving.append(name)
        try:
            hint = naming.class_name(name)
            return self.type_of(schema, join_pointer(_COMPONENTS, name), hint)
        finally:
            self._resolving.pop()

    def _lookup(self, pointer: str) -> Any:
        """The node a local `$ref`'s pointer names. A `$ref` is a URI, so its fragment may
        be percent-encoded (`#/paths/~1users~1%7Bid%7D/...`, RFC 6901 section 6): tried
        as written first, then decoded."""
        found = resolve_pointer(self._root, split_pointer(pointer))
        if found is None and "%" in pointer:
            found = resolve_pointer(self._root, split_pointer(unquote(pointer)))
        return found

    # -- inline definitions -------------------------------------------------------------

    def _inline_class_type(self, schema: dict[str, Any], pointer: str, hint: str) -> ir.Named:
        name = self._inline_class.get(pointer)
        if name is None:
            name = self._inline_class[pointer] = naming.unique_class(
                naming.class_name(hint), self._taken
            )
            self._define(name, schema, pointer)
        return ir.Named(name)

    def _inline_enum(self, schema: dict[str, Any], pointer: str, hint: str) -> ir.TypeRef:
        values = [v for v in schema["enum"] if v is not None]
        if len(values) == 1 and _is_scalar(values[0]):
            return _literal_type(values)
        if not _enum_value_type(values):
            return _literal_type(values)
        return self._inline_class_type(schema, pointer, hint)

    # -- definitions -------------------------------------------------------------------

    def _define(self, name: str, schema: dict[str, Any], pointer: str) -> None:
        kind = facts.shape(schema)
        if kind == "enum":
            self._define_enum(name, schema, pointer)
        elif kind == "union":
            union = self._union(schema, pointer, name)
            self._add(ir.Alias(name, "", union, _describe(schema), pointer))
        else:
            self._define_model(name, schema, pointer)

    def _add(self, definition: ir.Definition) -> None:
        self.definitions[definition.name] = definition

    def _define_enum(self, name: str, schema: dict[str, Any], pointer: str) -> None:
        members = self._enum_members(name, schema)
        if members is None:
            values = [v for v in schema["enum"] if v is not None]
            self._add(ir.Alias(name, "", _literal_type(values), _describe(schema), pointer))
            return
        value_type = _enum_value_type([m.value for m in members])
        assert value_type is not None
        values_alias = naming.unique_class(name + "Value", self._taken)
        description = _describe(schema)
        self._add(ir.Enum(name, "", value_type, members, description, pointer, values_alias))

    def _enum_members(self, name: str, schema: dict[str, Any]) -> tuple[ir.EnumMember, ...] | None:
        """Members of an enum class (None when its values are not all str or all int).

        Computed once per class, before any model is built, so that a model can name an
        enum member as its field's default whatever order the classes are defined in.
        """
        if name in self._members:
            return self._members[name]
        values = [v for v in schema["enum"] if v is not None]
        if _enum_value_type(values) is None:
            return None
        varnames = _string_list(schema, "x-enum-varnames", "x-enumNames", length=len(values))
        docs = _string_list(schema, "x-enum-descriptions", "x-enumDescriptions", length=len(values))
        names = naming.dedupe(
            naming.enum_member_name(v, varnames[i] if varnames else None)
            for i, v in enumerate(values)
        )
        members = tuple(
            ir.EnumMember(names[i], v, naming.clean_text(docs[i]) if docs else "")
            for i, v in enumerate(values)
        )
        self._members[name] = members
        self._enum_values[name] = set(values)
        return members

    def _define_model(self, name: str, schema: dict[str, Any], pointer: str) -> None:
        # Register first so that recursive references find the class while it is built.
        self._add(ir.Model(name, "", (), _describe(schema), source=pointer))
        properties, required, extra = self._merged_object(schema, pointer, set())
        fields = self._fields(name, properties, required)
        additional = None
        if isinstance(extra, dict) and extra:
            additional = self.type_of(extra, join_pointer(pointer, "additionalProperties"), name)
        deprecated = bool(schema.get("deprecated"))
        self._add(
            ir.Model(
                name, "", fields, _describe(schema), (), additional, deprecated, source=pointer
            )
        )

    def _build_generic(self, family: GenericFamily) -> None:
        name = naming.class_name(family.base)
        pointer = join_pointer(_COMPONENTS, family.template_source)
        properties, required, _ = self._merged_object(family.template, pointer, set())
        fields = self._fields(name, properties, required)
        description = _describe(family.template)
        self._add(ir.Model(name, "", fields, description, (family.param,), source=pointer))

    def _fields(
        self, owner: str, properties: dict[str, tuple[Any, str]], required: set[str]
    ) -> tuple[ir.Field, ...]:
        wires = list(properties)
        names = naming.dedupe(naming.field_name(w) for w in wires)
        return tuple(
            self._field(owner, python, wire, *properties[wire], wire in required)
            for python, wire in zip(names, wires, strict=True)
        )

    def _field(
        self, owner: str, python: str, wire: str, schema: Any, pointer: str, required: bool
    ) -> ir.Field:
        tp = self.type_of(schema, pointer, owner + naming.pascal_case(wire))
        own = schema if isinstance(schema, dict) else {}
        wrapped = _wrapped_ref(own)
        if wrapped is not None:  # `allOf: [{$ref: X}, {description: ...}]`: X, annotated
            schema = own["allOf"][wrapped]
            notes = [part for i, part in enumerate(own["allOf"]) if i != wrapped]
            own = {k: v for part in [*notes, own] for k, v in part.items() if k != "allOf"}
        resolved, _ = self.resolve(schema, pointer)
        info = resolved if isinstance(resolved, dict) else {}
        default = own.get("default", info.get("default", ir.NO_DEFAULT))
        default, member = self.usable_default(default, tp, pointer)
        return ir.Field(
            name=python,
            wire_name=wire,
            type=tp,
            required=required,
            description=_describe(own) or _describe(info),
            default=default,
            default_member=member,
            deprecated=bool(own.get("deprecated") or info.get("deprecated")),
            read_only=bool(own.get("readOnly") or info.get("readOnly")),
            write_only=bool(own.get("writeOnly") or info.get("writeOnly")),
            example=facts.example_of(own if "example" in own or "examples" in own else info),
            constraints=self.constraints_of(info if "$ref" in own or wrapped is not None else own),
        )

    def usable_default(self, value: Any, tp: ir.TypeRef, pointer: str) -> tuple[Any, str | None]:
        """A default valid for its type (and its enum member, if any), else NO_DEFAULT.

        An invalid one is reported, except `null` for a type that does not admit it: specs
        write that to mean "no default", which is what the SDK does anyway.
        """
        if value is ir.NO_DEFAULT:
            return value, None
        if not default_values.is_valid(value, tp, self._definition_for_default):
            if not (value is None and not isinstance(tp, ir.Nullable)):
                self._warn(pointer, f"default {value!r} does not match the type; ignored")
            return ir.NO_DEFAULT, None
        inner = tp.inner if isinstance(tp, ir.Nullable) else tp
        if value is not None and isinstance(inner, ir.Named):
            for member in self._members.get(inner.name, ()):
                if member.value == value:
                    return value, member.name
        return value, None

    def _definition_for_default(self, name: str) -> ir.Definition | None:
        """The definition of a class, built now if its turn has not come yet."""
        if name not in self.definitions:
            component = next((c for c, n in self._component_class.items() if n == name), None)
            if component is not None:
                pointer = join_pointer(_COMPONENTS, component)
                self._define(name, self._schemas[component], pointer)
        return self.definitions.get(name)

    def _merged_object(
        self, schema: Any, pointer: str, seen: set[str]
    ) -> tuple[dict[str, tuple[Any, str]], set[str], Any]:
        """Properties, required names and additionalProperties, with `allOf` merged in."""
        schema, pointer = self.resolve(schema, pointer)
        if not isinstance(schema, dict) or pointer in seen:
            return {}, set(), None
        seen = seen | {pointer}
        properties: dict[str, tuple[Any, str]] = {}
        required: set[str] = set()
        extra = None
        for index, part in enumerate(schema.get("allOf") or []):
            part_props, part_required, part_extra = self._merged_object(
                part, join_pointer(pointer, "allOf", index), seen
            )
            properties.update(part_props)
            required |= part_required
            extra = part_extra if part_extra is not None else extra
        own = schema.get("properties")
        if isinstance(own, dict):
            for wire, sub in own.items():
                properties[str(wire)] = (sub, join_pointer(pointer, "properties", str(wire)))
        own_required = schema.get("required")
        if isinstance(own_required, list):
            required |= {r for r in own_required if isinstance(r, str)}
        if "additionalProperties" in schema:
            extra = schema["additionalProperties"]
        return properties, required, extra

    # -- unions --------------------------------------------------------------------------

    def _union(self, schema: dict[str, Any], pointer: str, hint: str) -> ir.TypeRef:
        members = facts.union_members(schema)
        key = "oneOf" if "oneOf" in schema else "anyOf"
        if not members:  # a 3.1 type array such as ["string", "integer"]
            scalars = tuple(facts.scalar_type(schema, t) for t in facts.non_null_types(schema))
            return ir.UnionOf(tuple(dict.fromkeys(scalars)))
        tags = self._tags(members, pointer)
        base = schema.get("properties") if isinstance(schema.get("properties"), dict) else None
        types: list[ir.TypeRef] = []
        for index, member in enumerate(schema.get(key) or []):
            if facts.is_null_schema(member):
                continue
            member_pointer = join_pointer(pointer, key, index)
            if base is not None:
                member = self._with_base(schema, member, member_pointer)
            member_hint = hint + self._variant_suffix(member, tags, index)
            types.append(self.type_of(member, member_pointer, member_hint))
        unique = tuple(dict.fromkeys(types))
        if len(unique) == 1:
            return unique[0]
        return ir.UnionOf(unique, self._discriminator(schema, members, unique, tags))

    def _with_base(self, schema: dict[str, Any], member: Any, pointer: str) -> dict[str, Any]:
        """A oneOf variant merged with the properties its parent declares beside oneOf."""
        resolved, _ = self.resolve(member, pointer)
        props, required, _ = self._merged_object(resolved, pointer, set())
        base_required = [r for r in schema.get("required") or [] if isinstance(r, str)]
        return {
            "type": "object",
            "properties": {**schema["properties"], **{k: v[0] for k, v in props.items()}},
            "required": sorted(set(base_required) | required),
            **({"description": resolved["description"]} if "description" in resolved else {}),
        }

    def _tags(self, members: list[Any], pointer: str) -> tuple[str, list[Any]] | None:
        """The property whose single value tells the members apart, with the values."""
        candidates: dict[str, list[Any]] | None = None
        for member in members:
            props, _, _ = self._merged_object(member, pointer, set())
            tags = {}
            for wire, (sub, sub_pointer) in props.items():
                resolved, _ = self.resolve(sub, sub_pointer)
                value = _single_value(resolved)
                if value is not None:
                    tags[wire] = value
            if candidates is None:
                candidates = {k: [v] for k, v in tags.items()}
            else:
                candidates = {k: [*vs, tags[k]] for k, vs in candidates.items() if k in tags}
        for wire, values in sorted((candidates or {}).items()):
            if len(set(map(repr, values))) == len(values) == len(members):
                return wire, values
        return None

    def _variant_suffix(self, member: Any, tags: tuple[str, list[Any]] | None, index: int) -> str:
        if tags is not None:
            props, _, _ = self._merged_object(member, "", set())
            sub = props.get(tags[0])
            value = _single_value(self.resolve(sub[0], sub[1])[0]) if sub else None
            if value is not None and naming.pascal_case(str(value)):
                return naming.pascal_case(str(value))
        title = member.get("title") if isinstance(member, dict) else None
        if isinstance(title, str) and naming.pascal_case(title):
            return naming.pascal_case(title)
        return f"Option{index + 1}"

    def _discriminator(
        self,
        schema: dict[str, Any],
        members: list[Any],
        types: tuple[ir.TypeRef, ...],
        tags: tuple[str, list[Any]] | None,
    ) -> ir.Discriminator | None:
        if len(types) != len(members):
            return None
        if not all(isinstance(t, ir.Named) and not t.args for t in types):
            return None
        names = [t.name for t in types if isinstance(t, ir.Named)]
        spec = schema.get("discriminator")
        if isinstance(spec, dict) and isinstance(spec.get("propertyName"), str):
            wire = spec["propertyName"]
            mapping = self._explicit_mapping(spec, members, names)
            if mapping and tags is not None and tags[0] == wire and "mapping" not in spec:
                # Members that pin the tag (`const: circle`) are only ever sent with that
                # value, whatever the implicit mapping (the component name) says.
                pinned = {str(v): n for v, n in zip(tags[1], names, strict=True)}
                mapping = tuple(sorted({**dict(mapping), **pinned}.items()))
            if mapping:
                return ir.Discriminator(wire, naming.field_name(wire), mapping)
        if tags is not None and all(isinstance(v, str) for v in tags[1]):
            mapping = tuple(sorted(zip((str(v) for v in tags[1]), names, strict=True)))
            return ir.Discriminator(tags[0], naming.field_name(tags[0]), mapping)
        return None

    def _explicit_mapping(
        self, spec: dict[str, Any], members: list[Any], names: list[str]
    ) -> tuple[tuple[str, str], ...]:
        """value -> member class, from `mapping` or (implicitly) the component names."""
        by_ref = {}
        for member, name in zip(members, names, strict=True):
            if isinstance(member, dict) and isinstance(member.get("$ref"), str):
                by_ref[member["$ref"]] = name
        pairs: dict[str, str] = {}
        mapping = spec.get("mapping")
        if isinstance(mapping, dict):
            for value, target in mapping.items():
                ref = target if str(target).startswith("#") else f"#{_COMPONENTS}/{target}"
                if ref in by_ref:
                    pairs[str(value)] = by_ref[ref]
        for ref, name in by_ref.items():
            if name not in pairs.values():
                pairs[ref.rsplit("/", 1)[-1]] = name
        if set(pairs.values()) != set(names):
            return ()
        return tuple(sorted(pairs.items()))


def _describe(schema: Any) -> str:
    if not isinstance(schema, dict):
        return ""
    text = schema.get("description") or schema.get("title") or ""
    return naming.clean_text(text) if isinstance(text, str) else ""


def _is_scalar(value: Any) -> bool:
    return isinstance(value, str | int | float | bool)


def _literal_type(values: list[Any]) -> ir.TypeRef:
    """The type of an enum that gets no class: a `Literal` of its values, except floats.

    `Literal[1.5]` is not a valid type, so an enum with a float value accepts any number
    (`float`, which takes ints too) beside its other literal values.
    """
    floats = any(isinstance(v, float) for v in values)
    literals = tuple(
        v for v in values if _is_scalar(v) and not (floats and isinstance(v, int | float)
                                                    and not isinstance(v, bool))
    )  # fmt: skip
    if not floats:
        return ir.LiteralOf(literals) if literals else ir.ANY
    if not literals:
        return ir.Primitive("float")
    return ir.UnionOf((ir.LiteralOf(literals), ir.Primitive("float")))


def _single_value(schema: Any) -> Any:
    """The one value a tag property admits (`const: x` or `enum: [x]`), else None."""
    if not isinstance(schema, dict):
        return None
    if "const" in schema and _is_scalar(schema["const"]):
        return schema["const"]
    enum = schema.get("enum")
    if isinstance(enum, list) and len(enum) == 1 and _is_scalar(enum[0]):
        return enum[0]
    return None


def _enum_value_type(values: list[Any]) -> Literal["str", "int"] | None:
    if values and all(isinstance(v, str) for v in values):
        return "str"
    if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "int"
    return None


def _string_list(schema: dict[str, Any], *keys: str, length: int) -> list[str] | None:
    for key in keys:
        value = schema.get(key)
        if (
            isinstance(value, list)
            and len(value) == length
            and all(isinstance(v, str) for v in value)
        ):
            return list(value)
    return None


_ANNOTATIONS = frozenset(
    {"description", "title", "example", "examples", "default", "deprecated", "readOnly",
     "writeOnly", "externalDocs", "$comment", "xml"}
)  # fmt: skip


def _wrapped_ref(schema: dict[str, Any]) -> int | None:
    """The index of the only `$ref` member of an `allOf` whose other members only
    annotate (`description` and the like, or `x-` extensions); else None."""
    parts = schema.get("allOf")
    if not isinstance(parts, list) or not all(isinstance(p, dict) for p in parts):
        return None
    refs = [i for i, part in enumerate(parts) if "$ref" in part]
    if not refs:
        return _wrapped_value(schema, parts)
    if len(refs) != 1:
        return None
    others = (part for i, part in enumerate(parts) if i != refs[0])
    plain = all(k in _ANNOTATIONS or k.startswith("x-") for part in others for k in part)
    return refs[0] if plain else None


_VALUE_SHAPES = frozenset({"scalar", "enum", "literal", "array"})


def _wrapped_value(schema: dict[str, Any], parts: list[dict[str, Any]]) -> int | None:
    """The index of the only member of an `allOf` that says more than annotations, when
    it is not an object (`allOf: [{type: string, enum: [...]}]` with a description, as
    ShipEngine writes its enums): that member is the type, not a class with no fields."""
    if not all(k == "allOf" or k in _ANNOTATIONS or k.startswith("x-") for k in schema):
        return None
    saying = [
        i
        for i, part in enumerate(parts)
        if any(not (k in _ANNOTATIONS or k.startswith("x-")) for k in part)
    ]
    if len(saying) != 1 or facts.shape(parts[saying[0]]) not in _VALUE_SHAPES:
        return None
    return saying[0]
