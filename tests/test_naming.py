"""Names and escaping: every spec string must become valid, inert Python and Markdown."""

from __future__ import annotations

import ast
import keyword

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import naming

ANY_TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=40)


@pytest.mark.parametrize(
    ("text", "snake", "pascal"),
    [
        ("rateLimit", "rate_limit", "RateLimit"),
        ("HTTPBearer", "http_bearer", "HTTPBearer"),
        ("prevIterator", "prev_iterator", "PrevIterator"),
        ("event-type.aggregate", "event_type_aggregate", "EventTypeAggregate"),
        (
            "ListResponse_ApplicationOut_",
            "list_response_application_out",
            "ListResponseApplicationOut",
        ),
        ("Code1xx", "code1xx", "Code1xx"),
        ("URLs", "urls", "URLs"),
        ("userIDs", "user_ids", "UserIDs"),
        ("X-RateLimit-Limit", "x_rate_limit_limit", "XRateLimitLimit"),
        ("émile zola", "emile_zola", "EmileZola"),
    ],
)
def test_case_conversions(text: str, snake: str, pascal: str) -> None:
    assert naming.snake_case(text) == snake
    assert naming.pascal_case(text) == pascal


@pytest.mark.parametrize(
    ("wire", "field"),
    [
        ("class", "class_"),
        ("from", "from_"),
        ("json", "json_"),  # would shadow BaseModel.json
        ("model_config", "model_config_"),
        ("date", "date_"),  # would shadow the `date` type in the class namespace
        ("123abc", "field_123abc"),
        ("", "field"),
        ("type", "type"),  # soft keyword, a fine attribute name
        ("id", "id"),
    ],
)
def test_field_names_never_break_a_model(wire: str, field: str) -> None:
    assert naming.field_name(wire) == field


def test_parameter_names_avoid_self_and_keywords() -> None:
    assert naming.param_name("self") == "self_"
    assert naming.param_name("in") == "in_"
    assert naming.param_name("request_options") == "request_options_"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Field", "FieldModel"),
        ("Optional", "OptionalModel"),
        ("None", "NoneModel"),
        ("1st", "Model1st"),
    ],
)
def test_class_names_avoid_names_the_generated_code_imports(name: str, expected: str) -> None:
    assert naming.class_name(name) == expected


@pytest.mark.parametrize(
    ("name", "module"),
    [("CON", "con_"), ("../../x", "x"), ("/etc/passwd", "etc_passwd"), ("Lpt1", "lpt1_")],
)
def test_module_names_are_safe_file_names(name: str, module: str) -> None:
    assert naming.module_name(name) == module


def test_enum_member_names() -> None:
    assert naming.enum_member_name(0, "Success") == "SUCCESS"
    assert naming.enum_member_name("endpoint.replay") == "ENDPOINT_REPLAY"
    assert naming.enum_member_name(100, "Code1xx") == "CODE1XX"
    assert naming.enum_member_name(5) == "VALUE_5"
    assert naming.enum_member_name("") == "EMPTY"
    assert naming.enum_member_name("None") == "NONE"


def test_dedupe_keeps_the_first_and_numbers_the_rest() -> None:
    assert naming.dedupe(["a", "b", "a", "a"]) == ["a", "b", "a_2", "a_3"]
    assert naming.dedupe(["body"], taken={"body"}) == ["body_2"]


@settings(max_examples=300)
@given(ANY_TEXT)
def test_identifiers_are_always_valid(text: str) -> None:
    for make in (naming.field_name, naming.param_name, naming.method_name, naming.module_name):
        name = make(text)
        assert name.isidentifier() and name.isascii()
        assert not keyword.iskeyword(name)
        assert not name.startswith("_")
    cls = naming.class_name(text)
    assert cls.isidentifier() and cls[0].isupper()


@settings(max_examples=300)
@given(ANY_TEXT)
def test_string_literals_round_trip(text: str) -> None:
    literal = naming.py_str(text)
    assert ast.literal_eval(literal) == text
    assert "\n" not in literal and "\r" not in literal


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab'\"\\\n", max_size=12))
def test_string_literals_are_quoted_as_black_quotes_them(text: str) -> None:
    """Black picks the quotes needing fewer escapes (double on a tie); a literal quoted
    otherwise would make `black --check` fail on any line black never had to split."""
    from generator.format.formatting import black_format

    source = f"x = {naming.py_str(text)}\n"
    assert black_format(source) == source


@settings(max_examples=300)
@given(ANY_TEXT)
def test_docstrings_cannot_end_early(text: str) -> None:
    body = naming.docstring_body(text)
    module = ast.parse(f'def f():\n    """{body}"""\n    return 1\n')
    function = module.body[0]
    assert isinstance(function, ast.FunctionDef)
    assert len(function.body) == 2  # the docstring and `return 1`: nothing injected
    doc = ast.get_docstring(function, clean=False)
    assert doc is not None and doc.strip() == naming.clean_text(text).strip()


@pytest.mark.parametrize(
    "hostile",
    [
        '"""; import os; os.system("x"); """',
        'ends with a quote"',
        "back\\",
        "\u2028line\x85",
        "{{ 7*7 }}",
    ],
)
def test_hostile_text_stays_data(hostile: str) -> None:
    assert ast.literal_eval(naming.py_str(hostile)) == hostile
    ast.parse(f'x = 1\n"""{naming.docstring_body(hostile)}"""\n')
    assert "\n" not in naming.comment_text(hostile)


def test_json_values_become_python_literals() -> None:
    value = {"a": [1, 2.5, None, True, 'x"y'], "b": {}}
    assert ast.literal_eval(naming.py_literal(value)) == value


def test_toml_strings_cannot_add_keys() -> None:
    import tomllib

    hostile = 'x"\nversion = "9"\n[tool.evil]\n'
    parsed = tomllib.loads(f"name = {naming.toml_str(hostile)}\n")
    assert parsed == {"name": hostile}


def test_markdown_inline_escapes_tables_and_html() -> None:
    assert naming.md_inline("a | b <script>") == "a \\| b &lt;script&gt;"
    assert naming.md_code("uses `x`") == "`` uses `x` ``"


def test_file_stems_are_unique_ignoring_case_and_never_devices() -> None:
    stems = naming.file_stems(["Pet", "PET", "Pet_2", "Con", "Index"], reserved=["index"])
    assert len({s.lower() for s in stems.values()}) == 5
    assert stems["PET"] == "PET"  # sorted first, so it keeps its name
    assert stems["Con"] != "Con" and stems["Index"] != "Index"
    assert naming.file_stems(["PET", "Pet"]) == naming.file_stems(["Pet", "PET"])
    long = naming.file_stems(["A" * 300, "A" * 299])
    assert len(set(long.values())) == 2 and all(len(s) <= 64 for s in long.values())
