"""What a resource method says about deprecation, to type checkers and at run time.

PEP 702's `@deprecated` makes mypy (`--enable-error-code deprecated`) and pyright report a
use: on a deprecated operation it marks every call; for a deprecated parameter, which
keyword-only arguments make possible, the method gets two `@overload`s, one without the
deprecated parameters and one, decorated, with them, so only a call that passes one is
reported. At run time the decorator (or the method's own check, for a parameter) warns
once per call site, pointing at the caller's line.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import ir, naming
from .pyview import Imports

OPTIONAL_NONE_LOCATIONS = frozenset({"query", "header", "cookie", "path"})


@dataclass(frozen=True, slots=True)
class Deprecation:
    """How one operation's method is marked."""

    decorators: list[str]  # `@deprecated(...)` on the method itself
    overloaded: tuple[str, ...]  # deprecated parameters that get an overload of their own
    overload_decorator: str | None  # the `@deprecated(...)` of that overload
    param_warnings: list[tuple[str, str]]  # (condition, message literal) in the body

    @property
    def typed_raw(self) -> bool:
        """Whether the raw twin needs typed declarations for checkers to report it."""
        return bool(self.decorators or self.overloaded)


def deprecation(op: ir.Operation, imports: Imports) -> Deprecation:
    """The operation deprecated: the method is. A required deprecated parameter is passed
    by every call: the method is too. Optional ones: an overload of their own."""
    deprecated_params = [p for p in op.params if p.deprecated]
    required = [p.name for p in deprecated_params if p.required]
    decorators: list[str] = []
    if op.deprecated:
        message = f"{op.name} is deprecated: the API may remove it in a future version."
        decorators.append(_decorator(message))
    elif required:
        decorators.append(_decorator(_params_message(op.name, required)))
    overloaded: tuple[str, ...] = ()
    overload_decorator = None
    if not decorators and deprecated_params:
        overloaded = tuple(p.name for p in deprecated_params)
        overload_decorator = _decorator(_params_message(op.name, list(overloaded)))
        imports.add("typing", "overload")
    if decorators or overload_decorator is not None:
        imports.add("typing_extensions", "deprecated")
    # a required parameter's warning comes from the method's decorator, unless the
    # operation's own decorator says something else
    warned = [p for p in deprecated_params if op.deprecated or not p.required]
    return Deprecation(decorators, overloaded, overload_decorator, _warnings(op, warned, imports))


def _decorator(message: str) -> str:
    return f"@deprecated({naming.py_str(message)})"


def _params_message(operation: str, names: list[str]) -> str:
    if len(names) == 1:
        return f"{operation}: the parameter {names[0]} is deprecated by the API."
    listed = ", ".join(names[:-1]) + f" and {names[-1]}"
    return f"{operation}: the parameters {listed} are deprecated by the API."


def _warnings(op: ir.Operation, params: list[ir.Param], imports: Imports) -> list[tuple[str, str]]:
    """A DeprecationWarning, pointing at the caller's line, when a deprecated parameter
    is passed (a required one always is): (condition, message literal)."""
    found: list[tuple[str, str]] = []
    for p in params:
        imports.add_module("warnings")
        message = naming.py_str(f"{op.name}: the parameter {p.name} is deprecated by the API.")
        if p.required:
            condition = "True"
        elif p.location in OPTIONAL_NONE_LOCATIONS:
            condition = f"{p.name} is not None"
        else:
            condition = f"{p.name} is not NOT_GIVEN"
        found.append((condition, message))
    return found
