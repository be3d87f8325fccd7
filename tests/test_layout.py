"""The layout engine must agree with black on every shape the generator writes."""

from __future__ import annotations

import black
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.format import layout
from generator.format.layout import Bracket, Node

MODE = black.Mode()

NAMES = st.text(alphabet="abcdefghij_", min_size=1, max_size=30).map(lambda s: "n" + s)
SCALARS = st.one_of(
    NAMES,
    st.integers(min_value=0, max_value=10**12).map(str),
    st.text(alphabet="abc xyz", max_size=25).map(lambda s: f'"{s}"'),
)
KEYWORDS = st.builds(lambda k, v: f"{k}={v}", NAMES, NAMES)


def _nodes(children: st.SearchStrategy[Node]) -> st.SearchStrategy[Node]:
    items = st.lists(children, min_size=1, max_size=6)
    arguments = st.lists(st.one_of(children, KEYWORDS), min_size=1, max_size=6)
    return st.one_of(
        st.builds(lambda name, i: layout.call(f"{name}(", i), NAMES, arguments),
        st.builds(lambda i: layout.atom("[", i, "]"), items),
        st.builds(
            lambda keys, values: layout.atom(
                "{", [_keyed(f'"{k}"', v) for k, v in zip(keys, values, strict=False)], "}"
            ),
            st.lists(NAMES, min_size=1, max_size=5, unique=True),
            st.lists(children, min_size=5, max_size=5),
        ),
    )


def _keyed(key: str, value: Node) -> Node:
    if isinstance(value, str):
        return f"{key}: {value}"
    return Bracket(f"{key}: {value.head}", value.items, value.tail, value.kind, value.magic)


NODES = st.recursive(SCALARS, _nodes, max_leaves=25)


def _statement(node: Node, indent: int) -> tuple[str, str]:
    """Source with the node laid out by us, and the same source formatted by black."""
    body = layout.render(node, indent)
    wrapper = "".join(f"{' ' * (4 * level)}if x:\n" for level in range(indent // 4))
    ours = wrapper + body + "\n"
    return ours, black.format_str(wrapper + " " * indent + layout.flat(node) + "\n", mode=MODE)


@settings(max_examples=400, deadline=None)
@given(NODES.filter(lambda n: isinstance(n, Bracket)), st.sampled_from([0, 4, 8, 12, 16]))
def test_layout_matches_black(node: Node, indent: int) -> None:
    ours, theirs = _statement(node, indent)
    if layout.fits(ours):  # beyond the line length the formatter falls back to black
        assert ours == theirs


def test_magic_trailing_commas_explode_their_bracket() -> None:
    node = layout.exploded("f(", ["a=1", "b=2"])
    assert layout.render(node, 4) == "    f(\n        a=1,\n        b=2,\n    )"
    assert (
        black.format_str(layout.render(node, 0) + "\n", mode=MODE) == layout.render(node, 0) + "\n"
    )


def test_call_arguments_hug_when_they_fit_at_the_next_level() -> None:
    node = layout.call("value = function_with_a_long_name(", ["argument_one"] * 6)
    ours = layout.render(node)
    assert ours.count("\n") == 2
    assert black.format_str(layout.flat(node) + "\n", mode=MODE) == ours + "\n"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(NAMES.map(str.capitalize), min_size=1, max_size=12, unique=True),
    st.sampled_from([0, 4]),
)
def test_imports_match_black(names: list[str], indent: int) -> None:
    node = layout.import_from(".some_module_name", names)
    ours, theirs = _statement(node, indent)
    assert ours == theirs


LONG_NAMES = st.text(alphabet="abcdefghij", min_size=1, max_size=70).map(lambda s: "N" + s)
ANNOTATIONS = st.one_of(
    LONG_NAMES,
    st.lists(LONG_NAMES, min_size=1, max_size=3).map(lambda m: layout.union([*m, "None"])),
    LONG_NAMES.map(lambda n: layout.call("list[", [n], "]")),
    st.lists(LONG_NAMES, min_size=1, max_size=2).map(
        lambda m: layout.union([layout.call("list[", [m[0]], "]"), *m[1:], "None"])
    ),
)
DEFAULTS = st.one_of(
    st.none(),
    st.just("None"),
    st.builds(lambda cls, member: f"{cls}.{member.upper()}", LONG_NAMES, NAMES),
)


@settings(max_examples=400, deadline=None)
@given(NAMES, ANNOTATIONS, DEFAULTS, st.sampled_from([4, 8]))
@example("enforcement", layout.union(["N" * 58, "None"]), "N" * 58 + ".ENFORCED", 4)  # GitHub
@example("n" * 60, "N" * 10, "None", 4)
@example("n" * 10, "N" * 70, "None", 4)
def test_annotated_statements_match_black(
    name: str, annotation: Node, default: str | None, indent: int
) -> None:
    """Model fields and TypedDict keys: `name: annotation = default` in a class body."""
    ours, theirs = _statement(layout.Annotated(name, annotation, default), indent)
    if layout.fits(ours):
        assert ours == theirs


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(LONG_NAMES, LONG_NAMES.map(lambda n: "self." + n.lower())),
    st.one_of(
        st.lists(SCALARS, min_size=1, max_size=4).map(lambda v: layout.call("Literal[", v, "]")),
        LONG_NAMES.map(lambda n: layout.call("to_raw(", ["api." + n.lower()])),
    ),
    st.sampled_from([0, 4, 8]),
)
@example("N" * 83, layout.call("Literal[", ['"read"', '"write"'], "]"), 0)  # GitHub
@example("self.a" + "n" * 64, layout.call("to_raw_async(", ["api.a" + "n" * 64]), 8)
def test_assignments_match_black(target: str, value: Node, indent: int) -> None:
    """Enum value aliases and raw-method attributes: `target = value`."""
    ours, theirs = _statement(layout.assign(target, value), indent)
    if layout.fits(ours):
        assert ours == theirs


@settings(max_examples=200, deadline=None)
@given(NAMES, LONG_NAMES, st.sampled_from([4, 8]))
@example("enabled_repositories", "N" * 80, 4)  # GitHub
def test_long_plain_annotations_match_black(name: str, annotation: str, indent: int) -> None:
    ours, theirs = _statement(layout.Annotated(name, annotation), indent)
    if layout.fits(ours):
        assert ours == theirs


@pytest.mark.parametrize(
    ("node", "indent"),
    [
        (layout.assign("N" * 83, layout.call("Literal[", ['"read"', '"write"'], "]")), 0),
        (layout.assign("N" * 83, layout.call("Literal[", [f'"v{i}"' for i in range(30)], "]")), 0),
        (layout.assign("self.a" + "n" * 64, layout.call("to_raw(", ["api.a" + "n" * 64])), 8),
        (layout.Annotated("enabled_repositories", "N" * 80), 4),
    ],
)
def test_long_names_no_longer_need_black(node: Node, indent: int) -> None:
    """Shapes GitHub's long names produce (350 of 500 statements black had to redo)."""
    ours, theirs = _statement(node, indent)
    assert layout.fits(ours) and ours == theirs


FIELD_CALLS = st.lists(
    st.one_of(
        st.just("default=None"),
        st.text(alphabet="ABCdef", min_size=1, max_size=60).map(lambda a: f'alias="{a}"'),
    ),
    min_size=1,
    max_size=2,
).map(lambda args: layout.call("Field(", args))


@settings(max_examples=400, deadline=None)
@given(NAMES, ANNOTATIONS, FIELD_CALLS)
@example(
    "default_email_customization_template",
    layout.union(["AccountCustomizationDefaultEmailCustomizationTemplate", "None"]),
    layout.call("Field(", ["default=None", 'alias="DefaultEmailCustomizationTemplate"']),
)  # AWS QuickSight: 2,000 such fields
@example(
    "authentication_method",
    "AccountCreateAccountSubscriptionBodyAuthenticationMethod",
    layout.call("Field(", ['alias="AuthenticationMethod"']),
)
@example("data", layout.call("list[", ["N" * 70], "]"), layout.call("Field(", ['alias="Data"']))
@example(
    "integer_parameters",
    layout.union(["AccountsCreateAnalysisBodyParametersIntegerParameters", "None"]),
    layout.call("Field(", ["default=None", 'alias="IntegerParameters"']),
)  # `name: annotation = (` exactly 88 characters: black still puts the call inside
def test_fields_with_a_field_call_match_black(name: str, annotation: Node, call: Bracket) -> None:
    wrapper = "class A:\n"
    ours = wrapper + layout.annotated_call(name, annotation, call, 4) + "\n"
    flat = f"    {name}: {layout.flat(annotation)} = {layout.flat(call)}\n"
    if layout.fits(ours):
        assert ours == black.format_str(wrapper + flat, mode=MODE)


@pytest.mark.parametrize(
    ("name", "annotation", "call"),
    [
        (
            "default_email_customization_template",
            layout.union(["AccountCustomizationDefaultEmailCustomizationTemplate", "None"]),
            layout.call("Field(", ["default=None", 'alias="DefaultEmailCustomizationTemplate"']),
        ),
        (
            "authentication_method",
            "AccountCreateAccountSubscriptionBodyAuthenticationMethod",
            layout.call("Field(", ['alias="AuthenticationMethod"']),
        ),
        ("data", layout.call("list[", ["N" * 70], "]"), layout.call("Field(", ['alias="Data"'])),
    ],
)
def test_long_field_calls_no_longer_need_black(name: str, annotation: Node, call: Bracket) -> None:
    """AWS's long names (QuickSight: 2,200 statements black had to redo)."""
    ours = "class A:\n" + layout.annotated_call(name, annotation, call, 4) + "\n"
    flat = f"class A:\n    {name}: {layout.flat(annotation)} = {layout.flat(call)}\n"
    assert layout.fits(ours) and ours == black.format_str(flat, mode=MODE)
