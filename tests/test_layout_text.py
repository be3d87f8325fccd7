"""The statement-text front end must lay out what templates write exactly as black does."""

from __future__ import annotations

import io
import tokenize

import black
import pytest
from black.mode import TargetVersion
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.format import formatting, layout, long_lines, reading, text
from generator.format.layout import Bracket, Node
from generator.testsuite import _statement
from tests.support.paths import REPO

MODE = black.Mode(target_versions={TargetVersion.PY310})  # as the formatter runs it

NAMES = st.text(alphabet="abcdefghij_", min_size=1, max_size=30).map(lambda s: "n" + s)
STRINGS = (
    st.text(alphabet="abc ()[]{},#:=|'", max_size=25)
    .filter(lambda s: "'''" not in s)  # triple quotes are left alone
    .map(lambda s: f'"{s}"')
)
SCALARS = st.one_of(NAMES, st.integers(min_value=0, max_value=10**12).map(str), STRINGS)
KEYWORDS = st.builds(lambda k, v: f"{k}={v}", NAMES, SCALARS)


def _nodes(children: st.SearchStrategy[Node]) -> st.SearchStrategy[Node]:
    items = st.lists(children, min_size=2, max_size=6)
    arguments = st.lists(st.one_of(children, KEYWORDS), min_size=1, max_size=6)
    magic = st.booleans()
    return st.one_of(
        st.builds(
            lambda n, i, m: Bracket(f"{n}(", tuple(i), ")", "call", m), NAMES, arguments, magic
        ),
        st.builds(lambda n, i, m: Bracket(f"{n}[", tuple(i), "]", "call", m), NAMES, items, magic),
        st.builds(lambda i, m: Bracket("[", tuple(i), "]", "atom", m), items, magic),
        st.builds(
            lambda keys, values, m: Bracket(
                "{",
                tuple(_keyed(f'"{k}"', v) for k, v in zip(keys, values, strict=False)),
                "}",
                "atom",
                m,
            ),
            st.lists(NAMES, min_size=1, max_size=5, unique=True),
            st.lists(children, min_size=5, max_size=5),
            magic,
        ),
        st.lists(children, min_size=2, max_size=4).map(lambda m: layout.union(map(_plain, m))),
    )


def _plain(node: Node) -> Node:
    """The node without trailing commas (the generator never writes one inside a union)."""
    if isinstance(node, Bracket):
        return Bracket(node.head, tuple(map(_plain, node.items)), node.tail, node.kind)
    if isinstance(node, layout.Union):
        return layout.Union(tuple(map(_plain, node.members)))
    return node


def _keyed(key: str, value: Node) -> Node:
    if isinstance(value, layout.Union):
        return layout.Union((_keyed(key, value.members[0]), *value.members[1:]))
    if isinstance(value, Bracket):
        return Bracket(f"{key}: {value.head}", value.items, value.tail, value.kind, value.magic)
    return f"{key}: {layout.flat(value)}"


NODES = st.recursive(SCALARS, _nodes, max_leaves=20)


def written(node: Node) -> str:
    """The node as a template writes it: one line, a trailing comma where it must split."""
    if isinstance(node, Bracket):
        items = ", ".join(written(i) for i in node.items)
        return node.head + items + ("," if node.magic else "") + node.tail
    if isinstance(node, layout.Union):
        return " | ".join(written(m) for m in node.members)
    return layout.flat(node)


def black_says(source: str, indent: int) -> str:
    """Black's layout of one statement at `indent` (blank lines black adds left out)."""
    wrapper = "".join(f"{' ' * (4 * level)}if x:\n" for level in range(indent // 4))
    body = "\n" + " " * (indent + 4) + "pass" if source.endswith(":") else ""
    out = black.format_str(f"{wrapper}{' ' * indent}{source}{body}\n", mode=MODE)
    lines = [line for line in out.split("\n") if line.strip()]
    lines = lines[indent // 4 :]
    if body:
        lines = lines[:-1]
    return "\n".join(lines)


def assert_like_black(source: str, indent: int, may_refuse: bool = False) -> None:
    ours = text.statement(source, indent)
    if ours is None and may_refuse:
        return
    assert ours is not None, f"not placed: {source}"
    if layout.fits(ours):  # beyond the line length the formatter falls back to black
        assert ours == black_says(source, indent)


@settings(max_examples=200, deadline=None)
@given(NODES.filter(lambda n: isinstance(n, Bracket)), st.sampled_from([0, 4, 8, 16]))
def test_expressions_match_black(node: Node, indent: int) -> None:
    assert_like_black(written(node), indent)


# `x = a | {...}`: black may split at a member's bracket where `layout` wraps the union in
# parentheses (`layout`'s own limit, not the front end's); the views assign unions of names.
VALUES = st.one_of(
    NODES.filter(lambda n: not isinstance(n, layout.Union)),
    st.lists(NAMES, min_size=2, max_size=8).map(layout.union),
)


@settings(max_examples=150, deadline=None)
@given(NAMES, VALUES, st.sampled_from([0, 8]))
def test_assignments_match_black(target: str, value: Node, indent: int) -> None:
    assert_like_black(f"{target} = {written(value)}", indent)


@settings(max_examples=150, deadline=None)
@given(NODES.filter(lambda n: isinstance(n, Bracket)), st.sampled_from([4, 8]))
def test_what_the_views_built_comes_back_from_its_text(node: Node, indent: int) -> None:
    """Templates that write a node's text get what `layout.render` made of the node."""
    assert text.statement(written(node), indent) == layout.render(node, indent)


PARAMETERS = st.lists(
    st.builds(
        lambda n, a, d: f"{n}: {a}" + (f" = {d}" if d else ""),
        NAMES,
        st.sampled_from(["int", "str | None", "Sequence[Mapping[str, Any]] | None", "A" * 40]),
        st.sampled_from(["", "None", "NOT_GIVEN", '"(x, y)"']),
    ),
    min_size=0,
    max_size=6,
    unique_by=lambda p: p.split(":")[0],
).map(lambda ps: sorted(ps, key=lambda p: "=" in p))


@settings(max_examples=150, deadline=None)
@given(NAMES, PARAMETERS, st.booleans(), st.sampled_from(["None", "Page[ApplicationOut]", "X"]))
def test_signatures_match_black(name: str, params: list[str], magic: bool, returns: str) -> None:
    items = ", ".join(["self", "*", *params] if params else ["self"])
    # without a trailing comma black may split `Page[` instead: the front end refuses that
    refusable = not magic and "[" in returns
    assert_like_black(f"def {name}({items}{',' if magic else ''}) -> {returns}:", 4, refusable)


CASES = [
    # strings holding brackets, commas, `#`, quotes; f-strings with calls inside
    'return Request(method="GET", path="/a/(b)/[c],{d}#e", query=[("x,y", x), ("#", y)],)',
    'x = f("a(b", "c,d", "#e", f"{g(1,)} and {h[2]}", \'q"\', "n" * 40, "m" * 30)',
    'message = f"{name}: the parameter {param} is deprecated by the API, see {url} (now)"',
    # nested calls and keyword arguments
    'return Request(method="POST", path=format_path("/v1/app/{app_id}/msg/{msg_id}", '
    '{"app_id": app_id, "msg_id": styled(msg_id, "label", explode=True)}), '
    'json=encode_body(MessageIn, {"eventType": event_type, "payload": payload}),)',
    # lambdas
    "next_page=lambda cursor: self._plain.list_attempted_messages(app_id=app_id, "
    "endpoint_id=endpoint_id, iterator=cursor, request_options=request_options)",
    # subscripts and unions in annotations
    "data: Annotated[Union[Aaaaaaaaaaaaaaaaaaaaaaaaa, Bbbbbbbbbbbbbbbbbbbbbbbbbbbbb], "
    'Discriminator(discriminate("type", {"a": "A"}))] = Field(default=None, alias="Data")',
    "items: list[ApplicationOutWithAVeryLongNameIndeed | EndpointOutWithAnEvenLongerName]"
    " | None = None",
    'X_VALUES = Literal["read", "write", "admin", "maintain", "triage", "pull", "push", "x"]',
    # model fields: a long list default splits at its own brackets; a Field(...) call
    "allowed_event_types_for_this_endpoint: list[EventTypeName] | None = "
    '["message.attempt.exhausted", "message.attempt.failing", "endpoint.created"]',
    "default_email_customization_template: AccountCustomizationDefaultEmailCustomizationTemplate"
    ' | None = Field(default=None, alias="DefaultEmailCustomizationTemplate")',
    "class ApplicationWithAVeryLongNameThatNeedsSplitting(BasePage[ApplicationOut], Generic[T]):",
    # imports, and tuples the client declares
    "from .resources.x_amz_target_aws242_service_catalog_service_accept_port_980d0c76 import "
    "XAmzTargetAws242ServiceCatalogServiceAcceptPortfolioShareApi",
    "from .models import Application, ApplicationIn, ApplicationOut, ApplicationPatch, Endpoint",
    'SERVERS: tuple[str, ...] = ("https://api.eu.svix.com", "https://api.us.svix.com",)',
    '_CREDENTIALS: tuple[tuple[str, str], ...] = (("HTTPBearer", "token"),)',
    # keyword defaults and `->`
    "def list(self, *, limit: int | None = None, iterator: str | None = None, "
    "request_options: RequestOptions | None = None,) -> Page[ApplicationOut]:",
    "async def alist(self, *, limit: int | None = None, "
    "request_options: RequestOptions | None = None,) -> Page[ApplicationOut]:",
    "def x_amz_target_aws242_service_catalog_service_accept_portfolio_share(self) -> "
    "XAmzTargetAws242ServiceCatalogServiceAcceptPortfolioShareApi:",
    "self.list_attempts_by_endpoint_something = "
    "to_raw(api.list_attempts_by_endpoint_something_else)",
    'warnings.warn("list: the parameter something_long is deprecated by the API.", '
    "DeprecationWarning, stacklevel=2)",
    'security=(("api_key",), ("bearer", "oauth")),',
    "return cast(Page[ApplicationOut], await self._client._arequest(_list_request(limit=limit), "
    "Page[ApplicationOut], raw=self._raw, options=request_options,),)",
]


@pytest.mark.parametrize("source", CASES)
@pytest.mark.parametrize("indent", [0, 8])
def test_shapes_the_templates_write_match_black(source: str, indent: int) -> None:
    if source.endswith(","):  # an item: black sees it inside its exploded bracket
        laid_out = text.item(source[:-1], indent + 4)
        assert laid_out is not None
        wrapped = black_says(f"f({source})", indent)
        assert "\n".join(["f(", laid_out, ")"]) == "\n".join(
            line[indent:] if i in (0, len(wrapped.split("\n")) - 1) else line
            for i, line in enumerate(wrapped.split("\n"))
        ).replace(" " * indent + "f(", "f(")
        return
    assert_like_black(source, indent)


@pytest.mark.parametrize(
    "source",
    [
        "x = 1  # a comment stays where it is",
        "if (a,",  # not a whole line
        "x[a,] = 1",
        "x = a + f(b, c,)",  # a split black would make at `+`
        "lambda: (",
        "x = [a.name for a, b in pkgutil.walk_packages(package.__path__, prefix)]",  # `for a, b`
        "x = f(key=lambda a, b: a, other=1)",  # a lambda's parameters
    ],
)
def test_what_it_cannot_place_is_left_for_black(source: str) -> None:
    assert text.statement(source, 0) is None


def test_a_module_is_laid_out_line_by_line() -> None:
    long = ", ".join(f"argument_{i}=value_{i}" for i in range(8))
    module = (
        '"""Docstring: f(a, b,) stays as written, and so does a long line ' + "x" * 80 + '"""\n'
        "\n"
        f"result = function({long})\n"
        "\n"
        "def g():\n"
        '    """f(a,)"""\n'
        "    return h(a, b,)\n"
        "\n"
        "call(\n"
        f"    inner({long}),\n"
        ")\n"
    )
    laid_out = text.lay_out(module)
    assert laid_out.split("\n")[0] == module.split("\n")[0]
    assert '    """f(a,)"""' in laid_out
    assert laid_out == black.format_str(module, mode=MODE).replace("\n\n\ndef", "\n\ndef").replace(
        "\n\n\ncall", "\n\ncall"
    )


def _python_tokens(line: str) -> list[tuple[int, str]] | None:
    """What Python's own lexer makes of one line (None: not a whole line, or a comment)."""
    found = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(line).readline):
            if tok.type in (tokenize.NEWLINE, tokenize.NL, tokenize.ENDMARKER):
                continue
            if tok.type in (tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT):
                return None
            found.append((tok.type, tok.string))
    except (tokenize.TokenError, SyntaxError):
        return None
    return found


def _structure(tokens: list[tuple[int, str]]) -> list[tuple[int, str]]:
    return [(k, t) for k, t in tokens if k in (tokenize.STRING, tokenize.OP) and t != "."]


def test_the_lexer_agrees_with_tokenize_on_generated_code() -> None:
    """Every line of the committed SDKs that is a whole statement or item, read both ways."""
    compared = 0
    for path in sorted((REPO / "generated").rglob("*.py")):
        inside = False  # a docstring
        for line in path.read_text(encoding="utf-8").split("\n"):
            code = line.strip()
            if code.count('"""') % 2:
                inside = not inside
            if not code or inside or '"""' in code or "'''" in code:
                continue
            expected = _python_tokens(code)
            if expected is None:
                continue
            ours = reading.tokens(code)
            assert ours is not None, code
            # names, numbers and dots run together into one token of ours (`self._plain.list`)
            assert _structure([(t.kind, t.text) for t in ours]) == _structure(expected), code
            assert "".join(t.text for t in ours).replace(" ", "") == "".join(
                t for _, t in expected
            ).replace(" ", ""), code
            compared += 1
    assert compared > 5000


SIMPLE = st.builds(
    lambda target, function, args, bracket: (
        f"{target}{function}{bracket[0]}{', '.join(args)}{bracket[1]}"
    ),
    st.sampled_from(["", "x = ", "self.some_rather_long_attribute_name_here = "]),
    NAMES,
    st.lists(st.one_of(SCALARS, KEYWORDS), min_size=1, max_size=8),
    st.sampled_from(["()", "[]"]),
)


@settings(max_examples=200, deadline=None)
@given(SIMPLE, st.sampled_from([0, 8]), st.booleans())
def test_the_simple_call_shortcut_agrees_with_the_front_end(
    source: str, indent: int, as_item: bool
) -> None:
    """`x = f(a, b)` and friends skip the lexer: they must come out the same."""
    if as_item:
        if " = " in source:
            return
        assert text._place(source + ",", indent) == text.item(source, indent)
    else:
        assert text._place(source, indent) == text.statement(source, indent)


@pytest.mark.parametrize("bases", ["SdkModel", "TypedDict, total=False", "BasePage[X], Generic[T]"])
@pytest.mark.parametrize("name", ["Short", "N" * 70, "N" * 84])
def test_class_headers_agree_with_black(name: str, bases: str) -> None:
    source = f"class {name}({bases}):"
    assert text._place(source, 0) == text.statement(source, 0)
    assert_like_black(source, 0)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(NAMES.map(str.capitalize), min_size=1, max_size=12, unique=True),
    st.sampled_from([0, 4, 8]),
)
def test_imports_are_laid_out_as_the_engine_does(names: list[str], indent: int) -> None:
    source = f"from .some_module_name import {', '.join(names)}"
    expected = layout.render(layout.import_from(".some_module_name", names), indent)
    assert (text._place(source, indent) or " " * indent + source) == expected


def black_decorates(source: str, indent: int) -> str:
    """Black's layout of a decorator line at `indent` (a `def` under it, left out)."""
    return black_says(f"{source}\n{' ' * indent}def f():", indent).rsplit("\n", 1)[0]


DECORATORS = st.builds(
    lambda name, arguments, magic: f"@{name}({', '.join(arguments)}{',' if magic else ''})",
    st.sampled_from(["deprecated", "pytest.mark.skip", "a.very_long_decorator_name_here"]),
    st.lists(
        st.one_of(
            KEYWORDS,
            NODES.map(written),
            st.text(alphabet="ab ,()#", min_size=60, max_size=110).map(lambda s: f'"{s}"'),
            st.text(alphabet="ab ", min_size=60, max_size=90).map(lambda s: f'reason="{s}"'),
        ),
        min_size=1,
        max_size=4,
    ),
    st.booleans(),
)


@settings(max_examples=200, deadline=None)
@given(DECORATORS, st.sampled_from([0, 4, 8]))
def test_decorators_match_black(source: str, indent: int) -> None:
    ours = text.statement(source, indent)
    assert ours is not None, f"not placed: {source}"
    assert ours == black_decorates(source, indent)
    assert text._place(source, indent) == ours


@pytest.mark.parametrize(
    "source",
    [
        '@deprecated("list_by_msg_attempted_destinations_0 is deprecated: the API may remove it'
        ' in a future version.")',
        '@deprecated("AgentTasksAgentTasksCreateTaskInRepoResponse.user_collaborators is'
        ' deprecated by the API.")',
        '@pytest.mark.skip(reason="actions/download-artifact: the spec declares no success'
        ' response, so a mock cannot answer with one")',
        '@pytest.mark.skip(reason="v1.health.get: no success response")',
    ],
)
@pytest.mark.parametrize("indent", [0, 4, 8])
def test_decorators_the_templates_write_match_black(source: str, indent: int) -> None:
    assert text._place(source, indent) in (black_decorates(source, indent), None)
    assert text.statement(source, indent) == black_decorates(source, indent)


@pytest.mark.parametrize("source", ["@a.b(c)(d)", "@f(a)[1]", "@(x)", "@x", "@x[1](a)"])
def test_decorators_of_other_shapes_are_left_for_black(source: str) -> None:
    assert text.statement(source, 0) is None


@pytest.mark.parametrize("prefix", ["", "await "])
@pytest.mark.parametrize("levels", [1, 3])
@pytest.mark.parametrize("size", range(40, 100, 3))
def test_generated_test_calls_match_black(prefix: str, levels: int, size: int) -> None:
    """`result = await client.api.long_method(\\n a=1,\\n)` in a generated test: black wraps
    the right-hand side in parentheses when that makes its head fit, else leaves it."""
    method = ("abcd_" * 20)[:size]
    arguments = ('a="my-org"', "runner_id=1", 'labels=["gpu", "accelerated"]')
    call = layout.exploded(f"{prefix}client.api.{method}(", arguments)
    for variable in ("result", "response", None):
        target = "" if variable is None else f"{variable} = "
        source = f"{target}{prefix}client.api.{method}({', '.join(arguments)},)"
        assert _statement((variable, call), levels) == black_says(source, 4 * levels)
        bare = f"{prefix}client.api.{method}()"  # no arguments: black wraps it when long
        assert _statement((variable, bare), levels) == black_says(f"{target}{bare}", 4 * levels)


@pytest.mark.parametrize("indent", [4, 8])
@pytest.mark.parametrize("name", ["mode", "secret_scanning_push_protection", "n" * 35])
@pytest.mark.parametrize("member", ["ALWAYS", "DISABLED", "M" * 30])
def test_enum_defaults_match_black(indent: int, name: str, member: str) -> None:
    """`name: Enum = Enum.MEMBER` for enum names of every length around the limit: black
    wraps the value, the annotation, or both in parentheses, in that order of preference."""
    for size in range(20, 120, 3):
        enum = ("CodeSecurityBody" * 8)[:size]
        source = f"{name}: {enum} = {enum}.{member}"
        assert text.statement(source, indent) == black_says(source, indent), source


def left_alone_by_the_formatter(laid_out: str) -> bool:
    """Whether the formatter would send none of these lines to black."""
    lines = ["", *laid_out.split("\n"), "", ""]
    return all(
        long_lines._black_leaves(line, lines[i - 1], lines[i + 1], lines[i + 2])
        for i, line in enumerate(lines)
        if len(line) > layout.LINE_LENGTH
    )


RETURN_TYPES = [
    "{N}",
    "{N} | None",
    "list[{N}] | None",
    "None | list[{N}]",
    "{N} | {N}",
    "RawResponse[{N}]",
    "dict[str, {N}]",
    "RawResponse[list[{N}]]",
]


@pytest.mark.parametrize("returns", RETURN_TYPES)
@pytest.mark.parametrize("parameters", ["", "self,", "self, *, limit: int | None = None,", "self"])
@pytest.mark.parametrize("indent", [0, 4])
def test_return_types_match_black(returns: str, parameters: str, indent: int) -> None:
    """A return type too long for the `) -> T:` line: black wraps it in parentheses (a
    plain name only when that makes it fit, unless the parameters are empty), then splits
    a union at its `|`; the formatter then has nothing left to give black."""
    for size in range(30, 110, 3):
        name = ("CopilotListResponse" * 6)[:size]
        source = f"def {name[:20].lower()}({parameters}) -> {returns.format(N=name)}:"
        ours = text.statement(source, indent)
        if ours is None:  # the non-magic parameters with a subscript: refused, as before
            assert "[" in returns and parameters in ("", "self"), source
            continue
        assert ours == black_says(source, indent), source
        assert left_alone_by_the_formatter(ours), source


@pytest.mark.parametrize("indent", [0, 4])
def test_return_types_of_other_shapes_are_left_for_black(indent: int) -> None:
    name = "CopilotListResponse" * 5
    assert text.statement(f"def f(self,) -> m.{name}:", indent) is None
    assert text.statement(f"def f() -> list[{name}]:", indent) is None


@pytest.mark.parametrize("returns", RETURN_TYPES)
@pytest.mark.parametrize("body", ["\n        pass", " ..."])
def test_return_types_after_parameters_a_template_split_match_black(
    returns: str, body: str
) -> None:
    """resource.py.jinja writes one parameter per line, then `) -> T:` on its own (or an
    overload's `) -> T: ...`)."""
    for size in range(40, 110, 3):
        name = ("CopilotListResponse" * 6)[:size]
        module = (
            "class Api:\n    def copilot_list(\n        self,\n        *,\n"
            f"        org: str,\n    ) -> {returns.format(N=name)}:{body}\n"
        )
        laid_out = text.lay_out(module)
        assert laid_out == formatting.black_format(module), module
        assert not formatting.needs_black(laid_out), module


RIGHT_HAND_SIDES = [
    "return {N}(self)",
    "return {N}(self._raw_twin())",
    "return {N}(first_argument, second_argument)",
    "return {N}(first_argument, second_argument,)",
    "return await api.{N}(a=1,)",
    "return self.{N}",
    "return {N}",
    'return "{N}"',
    'X_{N} = "{N}"',
    "{N} = 12345",
    "x = self.{N}",
    "self.{N} = None",
    'ERROR = "The {N} parameter must be in UUID format"',
]


@pytest.mark.parametrize("source", RIGHT_HAND_SIDES)
@pytest.mark.parametrize("indent", [0, 4, 8])
def test_right_hand_sides_match_black(source: str, indent: int) -> None:
    """`return value` and `x = atom` too long: black wraps the value in parentheses when
    that makes it fit (a dotted name always), as `layout.Assign` does for calls."""
    for size in range(30, 110, 3):
        statement = source.format(N=("secret_scanning_push_protection_" * 4)[:size])
        ours = text.statement(statement, indent)
        assert ours == black_says(statement, indent), statement
        assert left_alone_by_the_formatter(ours), statement


@pytest.mark.parametrize("source", ['x = f"{N}"', "return a + {N}", "x = -{N}", "x = {N}[0]"])
def test_right_hand_sides_of_other_shapes_still_reach_black(source: str) -> None:
    """Not wrapped by the front end: left on one line, which the formatter gives black."""
    for size in range(30, 110, 3):
        statement = source.format(N=("secret_scanning_push_protection_" * 4)[:size])
        ours = text.statement(statement, 4)
        if ours is not None and ours != black_says(statement, 4):
            assert not left_alone_by_the_formatter(ours), statement


FIELD_ANNOTATIONS = [
    "{N}",
    "{N} | None",
    "bool | None",
    "list[{N}] | None",
    "str",
    "list[{N}]",
    "dict[str, {N}]",
]
FIELD_CALLS = [
    'Field(default=None, alias="secret_scanning_push_protection_enabled_for_new_repositories",)',
    'Field(alias="from")',
    'Field(default=None, alias="secret_scanning_push_protection_enabled_for_new_repositories")',
    'Field(default=None, validation_alias=AliasChoices("ProvisioningArtifacts", "provisioning"),)',
]


@pytest.mark.parametrize("annotation", FIELD_ANNOTATIONS)
@pytest.mark.parametrize("call", FIELD_CALLS)
def test_fields_with_long_annotations_match_black(annotation: str, call: str) -> None:
    """`name: annotation = Field(...)` where neither `name: annotation = Field(` nor
    `name: annotation = (` fits: black puts the annotation in parentheses (`name: (`, the
    annotation, `) = Field(...)`), except for a lone name too long for its line before an
    exploded call, or splits a subscript at its bracket (`name: list[`, the item,
    `] = Field(...)`). Where that first line is too long itself, black's choices are
    others: only the formatter's fallback to black is checked there."""
    opening = annotation.split("[")[0] + "[" if annotation.endswith("]") else "("
    for name_size in range(5, 100, 12):
        for size in range(5, 90, 12):
            name = ("deprecated_secret_scanning_push_" * 3)[:name_size]
            source = f"{name}: {annotation.format(N=('SecretScanningPush' * 5)[:size])} = {call}"
            ours = text.statement(source, 4)
            assert ours is not None
            if 4 + name_size + 2 + len(opening) <= layout.LINE_LENGTH:
                assert ours == black_says(source, 4), source
            elif ours != black_says(source, 4):
                assert not left_alone_by_the_formatter(ours), source


EXAMPLE_ARGUMENTS = [
    ('vehicle_details={"vehicle": "Motorbike", "vehicle_registration": "JU51 SAY"}',),
    ('org="my-org"', 'body={"pattern": "my-pattern", "custom_pattern_version": "my-version-1"}'),
    ('account_urls=["https://facebook.com/GitHub", "https://www.youtube.com/@GitHub"]',),
    ('labels=["gpu", "accelerated"]', 'settings={"a": {"b": 1.5, "c": [1, 2, 3]}, "d": "e"}'),
]


@pytest.mark.parametrize("arguments", EXAMPLE_ARGUMENTS)
@pytest.mark.parametrize("prefix", ["", "await "])
def test_generated_test_calls_with_example_values_match_black(
    arguments: tuple[str, ...], prefix: str
) -> None:
    """A dict or list example that fits beside a short head but not one level deeper: black
    still wraps a long head in parentheses, counting on splitting the example."""
    for size in range(30, 100, 3):
        method = ("abcd_" * 20)[:size]
        call = layout.exploded(f"{prefix}client.api.{method}(", arguments)
        source = f"response = {prefix}client.api.{method}({', '.join(arguments)},)"
        for levels in (1, 3):
            ours = text.lay_out(_statement(("response", call), levels) + "\n")
            assert ours == black_says(source, 4 * levels) + "\n", source


COMPREHENSIONS = [
    "names = [m.name for m in pkgutil.walk_packages({P}.__path__, prefix)]",
    "names = [m.name for m in pkgutil.walk_packages({P}.__path__, prefix, onerror=None)]",
    "names = [m for m in {P}]",
    "names = [m.name for m in {P}.items()]",
    "names = {{m.name for m in pkgutil.walk_packages({P}.__path__, prefix)}}",
    "return list(m.name for m in pkgutil.walk_packages({P}.__path__, prefix))",
]


@pytest.mark.parametrize("source", COMPREHENSIONS)
@pytest.mark.parametrize("indent", [0, 4, 8])
def test_comprehensions_match_black(source: str, indent: int) -> None:
    """test_smoke.py.jinja's `[m.name for m in pkgutil.walk_packages(package.__path__, ...)]`
    for package names of every length: black splits at the `for`, then at the call."""
    for size in range(5, 100, 4):
        statement = source.format(P=("kotak_mahindra_general_insurance_sdk" * 3)[:size])
        ours = text.statement(statement, indent)
        assert ours == black_says(statement, indent), statement
        if "walk_packages" in source:  # a long `for m in name` line still goes to black
            assert left_alone_by_the_formatter(ours), statement


@pytest.mark.parametrize(
    "source",
    [
        "if {P} is not NOT_GIVEN:",
        "if {P} is not None:",
        "if {P} == 1:",
        "if {P} in CHOICES:",
        "if self.{P} not in x.y:",
    ],
)
@pytest.mark.parametrize("indent", [0, 8])
def test_conditions_match_black(source: str, indent: int) -> None:
    """A deprecated parameter's `if name is not NOT_GIVEN:` with a long name: black puts
    the condition in parentheses, split before the operator if it still does not fit."""
    for size in range(40, 110, 3):
        statement = source.format(P=("secret_scanning_push_protection_enabled_" * 3)[:size])
        ours = text.statement(statement, indent)
        assert ours == black_says(statement, indent), statement
        assert left_alone_by_the_formatter(ours), statement


SUMS = [
    "{N}=({N} if isinstance({N}, int) else 1) + int(cursor)",
    "{N}=({N} if isinstance({N}, int) else 0) + int(cursor) + 1",
    "{N} + int(cursor)",
    "offset=({N} if isinstance({N}, int) else 0) + len(items)",
]


@pytest.mark.parametrize("source", SUMS)
@pytest.mark.parametrize("indent", [0, 16])
def test_sums_and_conditionals_match_black(source: str, indent: int) -> None:
    """A page-number pager's `page=(page if isinstance(page, int) else 1) + int(cursor)`
    argument too long: black splits before the `+`, then inside the parentheses before
    `if` and `else`, then the call."""
    for size in range(3, 90, 4):
        argument = source.format(N=("page_number_" * 8)[:size])
        ours = text.item(argument, indent + 4)
        assert ours is not None, argument
        laid_out = "\n".join([" " * indent + "g(", ours, " " * indent + ")"])
        assert laid_out == black_says(f"g({argument},)", indent), argument
        assert left_alone_by_the_formatter(laid_out), argument


def test_sums_with_other_operators_are_left_flat() -> None:
    assert text.node("a - b + c") == "a - b + c"
    assert text.node("x=a * b + c") == "x=a * b + c"
