"""The generated SDK's own test suite: every operation called against a mock server.

Each resource gets `tests/test_<resource>.py` with three tests per operation (the method,
its async twin and its `.raw` twin), called with the same example values as the docs
(`examples`), which are valid for the spec: a validating mock server (Prism, started by
the project's `scripts/mock`) accepts them and answers from the spec. `tests/conftest.py`
builds the clients and skips these tests, saying how to start the mock, when none runs.
An operation's tests are skipped, with the reason, when the config says so (`tests.skip`:
a mock server cannot serve it) or when the spec declares no success response for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import jinja2

from . import ir, naming
from .docs.examples import Examples
from .docs.readme import client_arguments
from .docs.usage import example_call
from .format import layout, text

CLIENT = "client"  # the variable the tests call through


@dataclass(frozen=True, slots=True)
class OperationTest:
    """The three calls of one operation's tests, as code laid out like black."""

    name: str  # test name stem: the method's name
    sync: str
    asynchronous: str
    raw: str
    returns: bool  # whether the method returns a value worth looking at
    skip: str | None  # why the config skips it, as a Python string literal
    deprecated: bool  # the calls run inside `pytest.warns(DeprecationWarning)`


def render_tests(api: ir.Api, env: jinja2.Environment) -> dict[str, str]:
    """Relative path -> text of `tests/conftest.py`, one test module per resource and
    `scripts/mock`."""
    defs: dict[str, ir.Definition] = {
        d.name: d for group in (api.models, api.enums, api.aliases) for d in group
    }
    examples = Examples(defs)

    def render(template: str, **context: Any) -> str:
        return env.get_template(template).render(package=api.package, **context)

    files = {
        "tests/conftest.py": render(
            "project/tests/conftest.py.jinja", credentials=client_arguments(api)
        ),
        "scripts/mock": render("project/scripts/mock.jinja"),
    }
    skips = dict(api.untested)
    for resource in api.resources:
        tests = [_operation_test(resource, op, examples, skips) for op in resource.operations]
        needs_pytest = any(t.skip is not None or t.deprecated for t in tests)
        files[f"tests/test_{resource.module}.py"] = render(
            "project/tests/test_resource.py.jinja",
            resource=resource,
            tests=tests,
            needs_pytest=needs_pytest,
        )
    return files


def _operation_test(
    resource: ir.Resource, op: ir.Operation, examples: Examples, skips: dict[str, str]
) -> OperationTest:
    call = example_call(CLIENT, resource, op, examples)
    reason = skips.get(op.operation_id) or _unservable(op)
    deeper = 1 if op.deprecated else 0  # inside `with pytest.warns(...)`
    result = "result" if call.result else ""
    return OperationTest(
        name=op.name,
        sync=_statement(call.parts(result=result), 1 + deeper),
        asynchronous=_statement(
            call.parts(prefix="await ", is_async=True, result=result), 3 + deeper
        ),
        raw=_statement(call.parts(namespace=".raw", result="response"), 1 + deeper),
        returns=call.result is not None,
        skip=None if reason is None else naming.py_str(f"{op.operation_id}: {reason}"),
        deprecated=op.deprecated,
    )


def _unservable(op: ir.Operation) -> str | None:
    """Why a mock server cannot answer `op` with success, if it cannot."""
    if any(r.status.startswith("2") or r.status == "default" for r in op.responses):
        return None
    return "the spec declares no success response, so a mock cannot answer with one"


def _statement(parts: tuple[str | None, layout.Bracket | str], levels: int) -> str:
    """The call (assigned to its variable) laid out as black does at its depth in the
    test, so that black has nothing left to do there: a long `x = f(` head is wrapped
    in parentheses when that makes it fit."""
    variable, call = parts
    indent = 4 * levels
    if variable is None:
        return layout.render(call, indent)
    if isinstance(call, str):  # `x = f()` too long: black wraps it, even if still too long
        plain = layout.render(f"{variable} = {call}", indent)
        wrapped = layout.Parens(f"{variable} = ", call)
        return plain if layout.fits(plain) else layout.render(wrapped, indent)
    # Arguments read as nodes: black counts on splitting a long one (a dict example) when
    # it decides whether the call in parentheses fits.
    arguments = tuple(text.node(a) if isinstance(a, str) else a for a in call.items)
    call = layout.Bracket(call.head, arguments, call.tail, call.kind, call.magic, call.bare)
    return layout.render(layout.assign(variable, call), indent)
