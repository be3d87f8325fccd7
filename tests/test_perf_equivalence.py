"""Fast paths added for speed must give exactly what the slow, obvious code gives.

Each reference below is the straightforward version the fast path replaced; hypothesis
compares them on arbitrary text (ASCII-heavy, where the fast paths apply, and any Unicode).
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import jinja2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import naming
from generator.format import formatting, long_lines

ROOT = Path(__file__).resolve().parent.parent
TEXT = st.one_of(st.text(), st.text(alphabet=st.characters(max_codepoint=0x7F)))


def reference_py_str(text: str) -> str:
    quote = "'" if text.count('"') > text.count("'") else '"'
    return quote + "".join(naming._escape_char(ch, quote) for ch in text) + quote


def reference_clean_text(text: str) -> str:
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u2028\u2029\x85\x0b\x0c]", "\n", text)
    text = "".join(ch for ch in text if ch in "\n\t" or not naming._is_control(ch))
    lines = [line.rstrip() for line in text.expandtabs(4).split("\n")]
    return "\n".join(lines).strip("\n").strip()


@settings(max_examples=300)
@given(TEXT)
def test_py_str_fast_path_matches_the_reference(text: str) -> None:
    assert naming.py_str(text) == reference_py_str(text)
    assert ast.literal_eval(naming.py_str(text)) == text


@settings(max_examples=300)
@given(TEXT)
def test_clean_text_fast_path_matches_the_reference(text: str) -> None:
    assert naming.clean_text(text) == reference_clean_text(text)


def test_every_control_character_is_handled_like_the_reference() -> None:
    for every in ("".join(map(chr, range(128))), "".join(map(chr, range(256)))):
        text = "a" + every + "b"
        assert naming.clean_text(text) == reference_clean_text(text)
        assert naming.py_str(text) == reference_py_str(text)


def generated_modules() -> list[Path]:
    folders = [ROOT / "generated", ROOT / "tests" / "golden"]
    return sorted(p for folder in folders for p in folder.rglob("*.py"))


@pytest.mark.parametrize("path", generated_modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_docstring_scan_agrees_with_the_syntax_tree(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    scanned = long_lines._docstring_lines(source)
    if scanned is not None:  # None means "ask ast", which is always allowed
        assert scanned == long_lines._parsed_docstring_lines(source)


@pytest.mark.parametrize(
    "source",
    [
        'x = """\nlong\n"""\n',  # a triple-quoted value, not a docstring line
        'def f():\n    """a \\""" b"""\n',  # an escaped delimiter
        "x = '''\nlong\n'''\n",  # the other quotes
        'def f():\n    """open\n',  # never closed
        'def f():\n    """a""" + """b"""\n',  # two strings on a line
        "x = 1 + \\\n    2\n",  # a continued line
    ],
)
def test_docstring_scan_gives_up_on_shapes_it_does_not_know(source: str) -> None:
    assert long_lines._docstring_lines(source) is None


def test_long_code_after_a_docstring_still_needs_black() -> None:
    long_call = "f(" + ", ".join(["argument"] * 12) + ")"
    source = f'def g() -> None:\n    """{"word " * 30}"""\n    {long_call}\n'
    assert formatting.needs_black(source)
    assert not formatting.needs_black(f'def g() -> None:\n    """{"word " * 30}"""\n')


def render_with_cache(
    folder: str,
    monkeypatch: pytest.MonkeyPatch,
    installed: Path | None = None,
    write_bytecode: bool = False,
) -> dict[str, str]:
    """The Svix SDK rendered with `folder` as the user cache and `installed` as the
    compiled templates' folder beside the templates (None: there is none)."""
    from generator import render
    from generator.pipeline import generate

    monkeypatch.setenv("SDKGEN_CACHE_DIR", folder)
    beside = installed if installed is not None else Path(folder or "/nonexistent") / "none"
    monkeypatch.setattr(render, "_installed_folder", lambda: beside)
    monkeypatch.setattr(sys, "dont_write_bytecode", not write_bytecode)
    render.environment.cache_clear()
    try:
        return generate(ROOT / "spec" / "svix.yaml", ROOT / "spec" / "svix.sdkgen.yaml").files
    finally:
        render.environment.cache_clear()


def test_compiled_template_cache_gives_the_same_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    uncached = render_with_cache("", monkeypatch)
    first = render_with_cache(str(tmp_path), monkeypatch)
    assert list((tmp_path / "templates").iterdir()), "compiled templates were cached"
    assert render_with_cache(str(tmp_path), monkeypatch) == first == uncached


def _compiling_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a template was compiled, not loaded compiled")

    monkeypatch.setattr(jinja2.Environment, "compile", refuse)


def test_templates_compiled_beside_them_serve_every_later_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first run that may write bytecode keeps the compiled templates beside them (as
    Python keeps `__pycache__`); later runs load them, even with no user cache at all."""
    installed = tmp_path / "__pycache__"
    expected = render_with_cache("", monkeypatch)
    assert render_with_cache("", monkeypatch, installed, write_bytecode=True) == expected
    assert list(installed.iterdir()), "the compiled templates were kept beside them"
    _compiling_fails(monkeypatch)
    assert render_with_cache("", monkeypatch, installed) == expected


def test_no_compiled_templates_are_written_where_python_writes_no_bytecode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = tmp_path / "__pycache__"
    render_with_cache("", monkeypatch, installed, write_bytecode=False)
    assert not installed.exists()


def test_precompiling_fills_the_folder_even_where_python_writes_no_bytecode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What `make setup` runs, like `compileall` after an editable install."""
    from generator import render

    installed = tmp_path / "__pycache__"
    expected = render_with_cache("", monkeypatch)
    monkeypatch.setattr(render, "_installed_folder", lambda: installed)
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    render.precompile_templates()
    assert len(list(installed.iterdir())) == len(render.builtin_templates())
    _compiling_fails(monkeypatch)
    assert render_with_cache("", monkeypatch, installed) == expected


def test_an_unusable_cache_folder_only_costs_speed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert render_with_cache(str(blocker / "cache"), monkeypatch)
    assert render_with_cache("", monkeypatch, blocker / "__pycache__", write_bytecode=True)


# Shapes of long lines the generator writes, each around `{N}`, a name of 60 to 99
# characters: across that range black sometimes leaves the line and sometimes wraps or
# joins it, which is exactly where a wrong "black cannot split this" would show.
SHAPES = {
    "import": "from .m import (\n    {N},\n    Short,\n)\n",
    "__all__": '__all__ = [\n    "{N}",\n    "Short",\n]\n',
    "union member": "x: (\n    {N}\n    | None\n) = None\n",
    "union in call": "def f() -> None:\n    g(\n        a,\n        {N}\n        | None,\n    )\n",
    "literal head": '{N} = Literal[\n    "a",\n    "b",\n]\n',
    "class head": "class {N}(\n    Base\n):\n    pass\n",
    "annotation": "class C:\n    field: {N}\n",
    "def head": "def {N}(\n    a: int,\n    b: int,\n) -> None:\n    pass\n",
    "async def head": "async def {N}(\n    a: int,\n    b: int,\n) -> None:\n    pass\n",
    "assign head": "def f() -> None:\n    result = {N}(\n        a,\n        b,\n    )\n",
    "attribute head": "def f() -> None:\n    self.{N} = g(\n        a,\n        b,\n    )\n",
    "call item": "def f() -> None:\n    g(\n        {N}(),\n        b,\n    )\n",
    "call head": "def f() -> None:\n    g(\n        {N}(\n            a,\n        ),\n    )\n",
    "dict entry": 'd = {{\n    "{N}": value,\n    "b": c,\n}}\n',
    "return head": "def f() -> (\n    {N}\n):\n    pass\n",
    "nested annotation": "class C:\n    class D:\n        field: {N}\n",
    "keyword": "def f() -> None:\n    g(\n        {N}={N},\n        b=c,\n    )\n",
    "keyword string": 'def f() -> None:\n    g(\n        a=1,\n        reason="{N} {N}",\n    )\n',
    "decorator": '@deprecated(\n    "{N}"\n)\ndef f() -> None:\n    pass\n',
    "decorator keyword": '@pytest.mark.skip(\n    reason="{N}"\n)\ndef f() -> None:\n    pass\n',
    "await head": (
        "async def f() -> None:\n    await client.api.{N}(\n        a,\n        b,\n    )\n"
    ),
    "await assign head": (
        "async def f() -> None:\n    result = await client.api.{N}(\n        a=1,\n    )\n"
    ),
    "string with escapes": (
        'def f() -> None:\n    g(\n        a=1,\n        raw="{N}\\n\\"{N}\'s\'",\n    )\n'
    ),
    "single-quoted string": (
        "def f() -> None:\n    g(\n        a=1,\n        raw='\"{N}\"',\n    )\n"
    ),
    "lone dict entry": 'd = {{\n    "k": {{\n        "description": "{N} {N}"\n    }},\n}}\n',
    "lone keyword": 'x = g(\n    text="{N} {N}"\n)\n',
    "last of several, no comma": 'd = {{\n    "a": 1,\n    "description": "{N} {N}"\n}}\n',
    "type ignore": (
        "def f() -> None:\n    _plain_method = self._plain.{N}  # type: ignore[deprecated]\n"
    ),
    "enum default head": "class C:\n    mode: {N} = (\n        {N}.ALWAYS\n    )\n",
    "enum default head, short name": "class C:\n    mode: {N} = (\n        X.ALWAYS\n    )\n",
    "attribute head, one argument": (
        "class C:\n    def f(self) -> None:\n"
        "        self.{N} = to_raw(\n            api.{N}\n        )\n"
    ),
    "assign head, one short argument": "def f() -> None:\n    x = {N}(\n        api.x\n    )\n",
    "type ignore item": (
        "def f() -> None:\n    return g(\n        a,\n"
        "        next_page=lambda cursor: self.{N}(q=q, page=p + int(cursor)),"
        "  # type: ignore[deprecated]\n    )\n"
    ),
    "type ignore after an opening bracket": (
        "def f() -> None:\n    return g(  # type: ignore[deprecated]\n"
        "        {N},\n        {N},\n    )\n"
    ),
    "await empty call": "async def f() -> None:\n    await client.api.{N}()\n",
    "lambda keyword head": (
        "def f() -> None:\n    g(\n        a,\n        next_page=lambda cursor: self._plain.{N}(\n"
        "            a=a,\n            b=b,\n        ),\n    )\n"
    ),
    "dotted assign head": (
        "def f() -> None:\n    response = client.api.raw.{N}(\n        a=1,\n    )\n"
    ),
    "return type": "class C:\n    def f(\n        self,\n    ) -> {N}:\n        pass\n",
    "return type at the top": "def f(\n    a: int,\n) -> {N}:\n    pass\n",
    "dotted return type": "def f(\n    a: int,\n) -> m.{N}:\n    pass\n",
    "parameter": "def f(\n    self,\n    api: {N},\n) -> None:\n    pass\n",
    "parameter, dotted type": "def f(\n    self,\n    api: m.{N},\n) -> None:\n    pass\n",
    "class name": "class {N}:\n    pass\n",
    "returned call head": "def f() -> None:\n    return {N}(\n        a,\n        b,\n    )\n",
    "returned call head, one argument": (
        "class C:\n    def f(self) -> None:\n        return {N}(\n            self._raw_twin()\n"
        "        )\n"
    ),
    "assign head, a string too long one level deeper": (
        'def f() -> None:\n    result = client.api.{N}(\n        arn="' + "a" * 74 + '",\n'
        "        b=1,\n    )\n"
    ),
    "assign head, a dict too long one level deeper": (
        "def f() -> None:\n    result = client.api.{N}(\n"
        '        body={{"k": "' + "a" * 64 + '"}},\n        b=1,\n    )\n'
    ),
    "keyword union head": (
        "def f() -> None:\n    g(\n        a,\n        as_type={N}\n        | int,\n    )\n"
    ),
    "long name, annotation split": (
        "class C:\n    {N}: (\n        Info | None\n    ) = Field(\n        default=None,\n    )\n"
    ),
    "dict entry, empty dict": 'd = {{\n    "{N}": {{}},\n    "b": c,\n}}\n',
    "dict entry, empty list": 'd = {{\n    "{N}": [],\n    "b": c,\n}}\n',
    "dict entry head": 'd = {{\n    "{N}": {{\n        "a": 1,\n    }},\n    "b": c,\n}}\n',
    "dict entry list head": 'd = {{\n    "{N}": [\n        1,\n    ],\n    "b": c,\n}}\n',
    "lone keyword name": "x = g(\n    {N}={N}\n)\n",
    "lone keyword, call inside": "x = g(\n    h(\n        {N}={N}\n    ),\n    a,\n)\n",
    "keyword opening a bracket": (
        "def f() -> None:\n    g(\n        {N}=(\n            a if b else c\n        )\n"
        "        + int(cursor),\n        b=2,\n    )\n"
    ),
    "keyword opening a list": "x = g(\n    {N}=[\n        1,\n    ],\n    b=2,\n)\n",
    "assigned string": 'class C:\n    NAME_OF_IT = "{N}"\n',
    "assigned number, long target": "def f() -> None:\n    x_{N} = 12345\n",
    "returned name": "def f() -> None:\n    return {N}\n",
    "returned string": 'def f() -> None:\n    return "{N}"\n',
    "long target, wrapped atom": "def f() -> None:\n    {N}.{N} = (\n        None\n    )\n",
    "long target, wrapped call": "def f() -> None:\n    {N}.{N} = (\n        g(a)\n    )\n",
    "return await head": "async def f() -> None:\n    return await api.{N}(\n        a=1,\n    )\n",
    "nested class name": "class C:\n    class {N}:\n        pass\n",
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_black_is_skipped_only_where_it_would_change_nothing(shape: str) -> None:
    wrong = []
    for size in range(60, 100):
        source = SHAPES[shape].format(N=("Abcd" * 25)[:size])
        too_long = max(len(line) for line in source.split("\n")) > 88
        skipped = too_long and not formatting.needs_black(source)
        if skipped and formatting.black_format(source) != source:
            wrong.append(size)
    assert not wrong, f"black changes {shape} at name lengths {wrong}"


@pytest.mark.parametrize(
    ("shape", "size"),
    [
        ("annotation", 80),
        ("assign head", 76),
        ("literal head", 80),
        ("await assign head", 60),
        ("return type", 79),
        ("return type", 80),
        ("dotted return type", 90),
        ("returned call head", 77),
        ("returned call head, one argument", 74),
        ("assigned string", 75),
        ("assign head, a dict too long one level deeper", 66),
        ("returned name", 80),
    ],
)
def test_right_hand_sides_black_would_wrap_still_call_for_black(shape: str, size: int) -> None:
    source = SHAPES[shape].format(N=("Abcd" * 25)[:size])
    assert formatting.needs_black(source)
    assert formatting.black_format(source) != source


def test_black_results_are_cached_by_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path))
    source = "x = [" + ", ".join(["item_number"] * 12) + "]\n"
    files = {"m.py": source, "README.md": "x" * 200}
    first = formatting.format_files(files)
    assert first["m.py"] == formatting.black_format(source) != source
    (entry,) = (tmp_path / "black").iterdir()
    assert entry.read_text(encoding="utf-8") == first["m.py"]
    entry.write_text("# from the cache\n", encoding="utf-8")  # proves the next run reads it
    assert formatting.format_files(files)["m.py"] == "# from the cache\n"
    monkeypatch.setenv("SDKGEN_CACHE_DIR", "")
    assert formatting.format_files(files) == first


@settings(max_examples=500)
@given(
    st.text(alphabet="a/~0", max_size=4),
    st.lists(st.one_of(st.text(alphabet="a/~01", max_size=4), st.integers(0, 20)), max_size=4),
)
def test_join_pointer_fast_path_matches_the_reference(
    pointer: str, tokens: list[str | int]
) -> None:
    from generator.problems import escape_pointer_token, join_pointer

    expected = pointer + "".join("/" + escape_pointer_token(str(t)) for t in tokens)
    assert join_pointer(pointer, *tokens) == expected


@pytest.mark.parametrize(
    "shape",
    [
        "keyword union head",
        "lone keyword name",
        "dict entry, empty dict",
        "dict entry head",
        "keyword opening a bracket",
        "return type",
        "parameter",
        "class name",
    ],
)
def test_lines_black_leaves_are_not_sent_to_it(shape: str) -> None:
    """The skip must happen, not only be safe: each of these shapes, too long, is one
    black leaves as it is, and the formatter must know it (else black runs for it)."""
    source = SHAPES[shape].format(N=("Abcd" * 25)[:95])
    assert max(len(line) for line in source.split("\n")) > 88
    assert not formatting.needs_black(source)
    assert formatting.black_format(source) == source
