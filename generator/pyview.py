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
from typing import Literal

from . import ir, naming
from .modules import references

Context = Literal["output", "input"]

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
    "uuid": ("UUID", "uuid"),
}
_STRING_INPUTS = frozenset({"datetime", "date", "time", "uuid"})
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

    def lines(self) -> list[list[str]]:
        """Import statements, one list per section (stdlib, third party, local)."""
        stdlib = [f"import {m}" for m in sorted(self.plain)] + _from_imports(self.stdlib)
        sections = [stdlib, _from_imports(self.third_party), _from_imports(self.local)]
        return [s for s in sections if s]

    def type_checking_lines(self) -> list[str]:
        type_only = {m: names - self.local.get(m, set()) for m, names in self.type_only.items()}
        return _from_imports({m: n for m, n in type_only.items() if n})


def _from_imports(section: dict[str, set[str]]) -> list[str]:
    return [
        f"from {module} import {', '.join(sorted(names, key=_isort_key))}"
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

    def annotation(self, tp: ir.TypeRef, context: Context = "output") -> str:
        if isinstance(tp, ir.Primitive):
            return self._primitive(tp, context)
        if isinstance(tp, ir.TypeParam):
            return tp.name
        if isinstance(tp, ir.Named):
            return self._named(tp, context)
        if isinstance(tp, ir.ListOf):
            if context == "input":
                self.imports.add("collections.abc", "Sequence")
                return f"Sequence[{self.annotation(tp.item, context)}]"
            return f"{self._builtin('list')}[{self.annotation(tp.item, context)}]"
        if isinstance(tp, ir.DictOf):
            if context == "input":
                self.imports.add("collections.abc", "Mapping")
                return f"Mapping[{self._builtin('str')}, {self.annotation(tp.value, context)}]"
            key = self._builtin("str")
            return f"{self._builtin('dict')}[{key}, {self.annotation(tp.value, context)}]"
        if isinstance(tp, ir.LiteralOf):
            self.imports.add("typing", "Literal")
            return "Literal[" + ", ".join(naming.py_literal(v) for v in tp.values) + "]"
        if isinstance(tp, ir.Nullable):
            return _join([self.annotation(tp.inner, context), "None"])
        return self._union(tp, context)

    def _builtin(self, name: str) -> str:
        if name in self._shadowed:
            self.imports.add_module("builtins")
            return f"builtins.{name}"
        return name

    def _primitive(self, tp: ir.Primitive, context: Context) -> str:
        name, module = _PRIMITIVES[tp.name]
        if module is not None:
            self.imports.add(module, name)
        elif name in BUILTIN_TYPES:
            name = self._builtin(name)
        if context == "input" and tp.name in _STRING_INPUTS:
            return f"{name} | {self._builtin('str')}"
        return name

    def _named(self, tp: ir.Named, context: Context) -> str:
        definition = self._defs.get(tp.name)
        wider = isinstance(definition, ir.Alias) and _has_inputs(definition, self._defs)
        if context == "input" and wider and isinstance(definition, ir.Alias):
            return self.annotation(definition.type, context)  # spelled out in its input form
        self._import_definition(tp.name)
        text = tp.name
        if tp.args:
            text += "[" + ", ".join(self.annotation(a, context) for a in tp.args) + "]"
        if context != "input":
            return text
        if isinstance(definition, ir.Enum):
            self.imports.add("typing", "Literal")
            values = ", ".join(naming.py_literal(m.value) for m in definition.members)
            return f"{text} | Literal[{values}]"
        if isinstance(definition, ir.Model) and definition.is_input and not tp.args:
            self._import_definition(tp.name + "Param", module_of=tp.name)
            return f"{text} | {tp.name}Param"
        return text

    def _union(self, tp: ir.UnionOf, context: Context) -> str:
        members = [self.annotation(m, context) for m in tp.members]
        disc = tp.discriminator
        if disc is None or context == "input":
            return _join(members)
        self.imports.add("typing", "Annotated")
        if disc.python_name is not None:
            self.imports.add("pydantic", "Field")
            field = f"Field(discriminator={naming.py_str(disc.python_name)})"
            return f"Annotated[{_join(members)}, {field}]"
        self.imports.add("pydantic", "Discriminator")
        self.imports.add("pydantic", "Tag")
        self.imports.add(self._runtime_import + "_models", "discriminate")
        tagged = [f"Annotated[{m}, Tag({naming.py_str(m)})]" for m in members]
        mapping = (
            "{"
            + ", ".join(f"{naming.py_str(v)}: {naming.py_str(n)}" for v, n in disc.mapping)
            + "}"
        )
        wire = naming.py_str(disc.wire_name)
        return f"Annotated[{_join(tagged)}, Discriminator(discriminate({wire}, {mapping}))]"

    def _import_definition(self, name: str, module_of: str | None = None) -> None:
        definition = self._defs.get(module_of or name)
        if definition is None or definition.module == self._here:
            return
        self.imports.add(self._model_import + definition.module, name)


def _join(parts: list[str]) -> str:
    return " | ".join(dict.fromkeys(parts))


def _has_inputs(alias: ir.Alias, defs: dict[str, ir.Definition]) -> bool:
    """Whether an alias mentions enums or input models (so its input form is wider)."""
    for name in references(alias.type):
        definition = defs.get(name)
        if isinstance(definition, ir.Enum):
            return True
        if isinstance(definition, ir.Model) and definition.is_input:
            return True
    return False
