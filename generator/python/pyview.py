"""Python spelling of IR types: annotations and the imports they need.

The IR says *what* a type is; this module says how a Python module writes it. Three
contexts differ:

- `output`: how models declare fields (what users get back);
- `input`: what a method argument or TypedDict key accepts, which is wider: a nested model
  *or* a plain dict (its TypedDict), an enum member *or* its raw value, a datetime *or*
  an ISO string, any sequence where a list is expected;
- `runtime`: the expression passed to the HTTP layer to parse a response (no TypedDicts).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Literal

from .. import ir, naming
from ..model import schema_facts as facts
from ..model.modules import references

Context = Literal["output", "input", "plain"]
"""`output`: what responses parse as (with pydantic's discriminator metadata); `input`: what
arguments accept (wider); `plain`: output types without metadata, for `cast()` targets and
return annotations, where mypy wants a type expression and nothing else."""

_PRIMITIVES: dict[str, tuple[str, str | None]] = {
    "str": ("str", None),
    "int": ("int", None),
    "float": ("float", None),
    "bool": ("bool", None),
    "bytes": ("bytes", None),
    "none": ("None", None),
    "any": ("Any", "typing"),
    "datetime": ("datetime", "datetime"),
    "date": ("date", "datetime"),
    "time": ("time", "datetime"),
    "duration": ("timedelta", "datetime"),
    "uuid": ("UUID", "uuid"),
}
_STRING_INPUTS = frozenset({"datetime", "date", "time", "duration", "uuid"})
BUILTIN_TYPES = frozenset({"str", "int", "float", "bool", "bytes", "list", "dict"})


@dataclass
class Imports:
    """Names a module imports, grouped the way isort/ruff orders them."""

    stdlib: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    third_party: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    local: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    type_only: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    plain: set[str] = field(default_factory=set)  # `import x` statements

    def add_module(self, module: str) -> None:
        self.plain.add(module)

    def add(self, module: str, name: str) -> None:
        if module.startswith("."):
            self.local[module].add(name)
        elif module in ("pydantic", "httpx", "typing_extensions"):
            self.third_party[module].add(name)
        else:
            self.stdlib[module].add(name)

    def add_type_only(self, module: str, name: str) -> None:
        self.type_only[module].add(name)

    def has_type_only(self) -> bool:
        return bool(self._type_only())

    def text(self) -> str:
        """The import statements: stdlib, third party and local sections, then the
        imports only type checkers need (one line each, for the format pass to lay out)."""
        stdlib = [f"import {m}" for m in sorted(self.plain)] + _from_imports(self.stdlib, 0)
        sections = [stdlib, _from_imports(self.third_party, 0), _from_imports(self.local, 0)]
        blocks = ["\n".join(s) for s in sections if s]
        type_only = _from_imports(self._type_only(), 4)
        if type_only:
            blocks.append("\n".join(["if TYPE_CHECKING:", *type_only]))
        return "\n\n".join(blocks)

    def _type_only(self) -> dict[str, set[str]]:
        only = {m: names - self.local.get(m, set()) for m, names in self.type_only.items()}
        return {m: names for m, names in only.items() if names}


def _from_imports(section: dict[str, set[str]], indent: int) -> list[str]:
    """`from module import a, b` lines, one per module (the format pass splits long ones)."""
    pad = " " * indent
    return [
        f"{pad}from {module} import {', '.join(sorted(names, key=_isort_key))}"
        for module, names in sorted(section.items(), key=lambda kv: _module_key(kv[0]))
    ]


def _module_key(module: str) -> tuple[int, str]:
    """Relative imports: deeper parents first (`..x` before `.x`), as isort orders them."""
    dots = len(module) - len(module.lstrip("."))
    return (-dots, module.lstrip(".").lower())


def _isort_key(name: str) -> tuple[int, str]:
    """CONSTANTS, then Classes, then functions (ruff's `order-by-type`)."""
    if name.isupper() and len(name) > 1:
        return (0, name)
    return (1 if name[:1].isupper() else 2, name.lower())


class TypeWriter:
    """Writes annotations for one module, recording what that module must import."""

    def __init__(
        self,
        api_definitions: dict[str, ir.Definition],
        imports: Imports,
        here: str,
        model_import: str,
        runtime_import: str,
        shadowed: frozenset[str] = frozenset(),
    ) -> None:
        self._defs = api_definitions
        self.imports = imports
        self._here = here  # module of the definitions being written ("" outside models)
        self._model_import = model_import  # where model modules are: ".", "..models."
        self._runtime_import = runtime_import  # where runtime modules are: ".", ".."
        # Builtins hidden by a method of the same name in the class being written (a
        # resource with a `list` method): annotations spell them `builtins.list`.
        self._shadowed = shadowed

    def annotation(self, tp: ir.TypeRef, context: Context = "output", alternative: str = "") -> str:
        """The annotation on one line (`| alternative` after it, such as `None`, unless it
        is already there)."""
        parts = self._parts(tp, context)
        if alternative:
            parts = _union([parts, (alternative,)])
        return " | ".join(parts)

    def _parts(self, tp: ir.TypeRef, context: Context) -> Parts:
        """The annotation's members: one for a plain type, each member of a union."""
        if isinstance(tp, ir.Primitive):
            return self._primitive(tp, context)
        if isinstance(tp, ir.TypeParam):
            return (tp.name,)
        if isinstance(tp, ir.Named):
            return self._named(tp, context)
        if isinstance(tp, ir.ListOf):
            if context == "input":
                self.imports.add("collections.abc", "Sequence")
                return (f"Sequence[{self._one(tp.item, context)}]",)
            return (f"{self._builtin('list')}[{self._one(tp.item, context)}]",)
        if isinstance(tp, ir.TupleOf):
            return (self._tuple(tp, context),)
        if isinstance(tp, ir.DictOf):
            key = self._builtin("str")
            value = self._one(tp.value, context)
            if context == "input":
                self.imports.add("collections.abc", "Mapping")
                return (f"Mapping[{key}, {value}]",)
            return (f"{self._builtin('dict')}[{key}, {value}]",)
        if isinstance(tp, ir.LiteralOf):
            self.imports.add("typing", "Literal")
            return ("Literal[" + ", ".join(naming.py_literal(v) for v in tp.values) + "]",)
        if isinstance(tp, ir.Nullable):
            return _union([self._parts(tp.inner, context), ("None",)])
        return self._union(tp, context)

    def _one(self, tp: ir.TypeRef, context: Context) -> str:
        return " | ".join(self._parts(tp, context))

    def literal(self, value: Any, tp: ir.TypeRef) -> str | None:
        """A default as Python source of its type (enum values as members), or None when
        only validation can make it one (a date string, an object for a model)."""
        if isinstance(tp, ir.Nullable):
            return "None" if value is None else self.literal(value, tp.inner)
        if isinstance(tp, ir.Named):
            definition = self._defs.get(tp.name)
            if not isinstance(definition, ir.Enum):
                return None
            member = next((m for m in definition.members if _same(m.value, value)), None)
            if member is None:
                return None
            self._import_definition(tp.name)
            return f"{tp.name}.{member.name}"
        if isinstance(tp, ir.ListOf) and isinstance(value, list):
            items = [self.literal(v, tp.item) for v in value]
            written = [i for i in items if i is not None]
            return "[" + ", ".join(written) + "]" if len(written) == len(items) else None
        if isinstance(tp, ir.UnionOf):
            scalar = any(facts.fits(value, m, {}) for m in tp.members)
            return naming.py_literal(value) if scalar else None
        if facts.fits(value, tp, {}):
            return naming.py_literal(value)
        return None

    def _tuple(self, tp: ir.TupleOf, context: Context) -> str:
        """`tuple[A, B]`; with more items allowed, `tuple[A | B | C, ...]` (Python 3.10
        has no `*tuple[C, ...]`), which an argument may also give as any sequence."""
        if tp.rest is None:
            items = [self._one(item, context) for item in tp.items] or ["()"]
            return "tuple[" + ", ".join(items) + "]"
        kinds = list(dict.fromkeys((*tp.items, tp.rest)))
        member = self._one(ir.ANY if ir.ANY in kinds else ir.UnionOf(tuple(kinds)), context)
        if context == "input":
            self.imports.add("collections.abc", "Sequence")
            return f"Sequence[{member}]"
        return f"tuple[{member}, ...]"

    def _builtin(self, name: str) -> str:
        if name in self._shadowed:
            self.imports.add_module("builtins")
            return f"builtins.{name}"
        return name

    def _primitive(self, tp: ir.Primitive, context: Context) -> Parts:
        name, module = _PRIMITIVES[tp.name]
        if module is not None:
            self.imports.add(module, name)
        elif name in BUILTIN_TYPES:
            name = self._builtin(name)
        if context == "input" and tp.name in _STRING_INPUTS:
            return _union([(name,), (self._builtin("str"),)])
        if context == "input" and tp.name == "bytes":
            # binary content users send: bytes, a file, or (filename, content[, type])
            self.imports.add(self._runtime_import + "_types", "FileInput")
            return ("FileInput",)
        return (name,)

    def _named(self, tp: ir.Named, context: Context) -> Parts:
        definition = self._defs.get(tp.name)
        wider = isinstance(definition, ir.Alias) and _has_inputs(definition, self._defs)
        if context == "input" and wider and isinstance(definition, ir.Alias):
            return self._parts(definition.type, context)  # spelled out in its input form
        self._import_definition(tp.name)
        named = tp.name
        if tp.args:
            named += "[" + ", ".join(self._one(a, context) for a in tp.args) + "]"
        if context != "input":
            return (named,)
        if isinstance(definition, ir.Enum):
            self._import_definition(definition.values_alias, module_of=tp.name)
            return _union([(named,), (definition.values_alias,)])
        if isinstance(definition, ir.Model) and definition.is_input and not tp.args:
            self._import_definition(tp.name + "Param", module_of=tp.name)
            return _union([(named,), (tp.name + "Param",)])
        return (named,)

    def _union(self, tp: ir.UnionOf, context: Context) -> Parts:
        members = [self._parts(m, context) for m in tp.members]
        disc = tp.discriminator
        if disc is None or context != "output":
            return _union(members)
        # Always a callable discriminator (not pydantic's `Field(discriminator=...)`),
        # so that a tag value the API adds later parses as `UnknownVariant`.
        self.imports.add("typing", "Annotated")
        self.imports.add("pydantic", "Discriminator")
        self.imports.add("pydantic", "Tag")
        for name in ("UNKNOWN_VARIANT", "UnknownVariant", "discriminate"):
            self.imports.add(self._runtime_import + "_models", name)
        tagged = [
            f"Annotated[{member}, Tag({naming.py_str(member)})]"
            for member in (" | ".join(m) for m in members)
        ]
        tagged.append("Annotated[UnknownVariant, Tag(UNKNOWN_VARIANT)]")
        mapping = ", ".join(f"{naming.py_str(v)}: {naming.py_str(n)}" for v, n in disc.mapping)
        tag_args = [naming.py_str(disc.wire_name), "{" + mapping + "}"]
        if disc.python_name is not None and disc.python_name != disc.wire_name:
            tag_args.append(naming.py_str(disc.python_name))  # the key of a TypedDict
        discriminator = "Discriminator(discriminate(" + ", ".join(tag_args) + "))"
        return ("Annotated[" + " | ".join(_union([(t,) for t in tagged])) + f", {discriminator}]",)

    def _import_definition(self, name: str, module_of: str | None = None) -> None:
        definition = self._defs.get(module_of or name)
        if definition is None or definition.module == self._here:
            return
        self.imports.add(self._model_import + definition.module, name)


Parts = tuple[str, ...]


def _union(members: list[Parts]) -> Parts:
    """The members of a union of these, nested unions flattened and repeats dropped."""
    return tuple(dict.fromkeys(part for member in members for part in member))


def _has_inputs(alias: ir.Alias, defs: dict[str, ir.Definition]) -> bool:
    """Whether an alias mentions enums or input models (so its input form is wider)."""
    for name in references(alias.type):
        definition = defs.get(name)
        if isinstance(definition, ir.Enum):
            return True
        if isinstance(definition, ir.Model) and definition.is_input:
            return True
    return False


def _same(a: Any, b: Any) -> bool:
    """Equal JSON values of the same type (`1` is not `True`, `1.0` is not `1`)."""
    return a == b and type(a) is type(b)
