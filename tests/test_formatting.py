"""Generated code is in black's style without running black on it: prove it file by file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator import naming
from generator.format.formatting import black_format, format_files, needs_black
from generator.pipeline import generate
from generator.render import docstring

from .golden_specs import config_for, golden_specs

REPO = Path(__file__).resolve().parents[1]
SHARED_SPECS = REPO.parent / "shared" / "specs"
OWN_SPECS = [
    (REPO / "spec" / "svix.yaml", REPO / "spec" / "svix.sdkgen.yaml"),
    (REPO / "tests" / "specs" / "runtime.yaml", None),
    *[(spec, config_for(spec)) for spec in golden_specs()],
]
REAL_SPECS = ["svix.openapi.json", "svix-server.openapi.json", "simplyq.openapi.yaml"]


def _unstable(spec: Path, config: Path | None) -> list[str]:
    files = generate(spec, config).files
    return [p for p, text in files.items() if p.endswith(".py") and black_format(text) != text]


@pytest.mark.parametrize(("spec", "config"), OWN_SPECS, ids=[s.stem for s, _ in OWN_SPECS])
def test_output_is_already_black_formatted(spec: Path, config: Path | None) -> None:
    assert _unstable(spec, config) == []


@pytest.mark.real_specs
@pytest.mark.parametrize("name", REAL_SPECS)
def test_real_spec_output_is_already_black_formatted(name: str) -> None:
    spec = SHARED_SPECS / name
    if not spec.exists():
        pytest.skip(f"../shared/specs/{name} not available")
    assert _unstable(spec, None) == []


def test_long_docstring_lines_do_not_need_black() -> None:
    source = 'def f():\n    """' + "word " * 30 + '"""\n    return 1\n'
    assert not needs_black(source)


def test_long_code_lines_need_black() -> None:
    assert needs_black("x = [" + ", ".join(["item_number"] * 12) + "]\n")


def test_lines_black_cannot_split_either_do_not_need_it() -> None:
    key = "k" * 50
    assert not needs_black(f'x = {{\n    "{key}": "{key}",\n}}\n')
    assert not needs_black(f"f(\n    {key}={key},\n)\n")
    for keyword in (f'    reason="{key} {key}"\n', f'    a=1,\n    reason="{key} {key}",\n'):
        decorated = f"@skip(\n{keyword})\ndef f():\n    pass\n"
        assert not needs_black(decorated) and black_format(decorated) == decorated
    comment = f"class A:\n    # {key} {key}\n    x = 1\n"
    assert not needs_black(comment) and black_format(comment) == comment


DOCSTRING_TEXTS = [
    'Use the `status` property. See "[About secret scanning](/about)."',
    '"Quoted" at the start',
    'Both "ends" "',
    "The default value:\n\n  - `PR_TITLE` - the title.\n  - `MERGE_MESSAGE` - the message.",
    "First line\n    indented more\n  indented less\n\n    back",
    "Ends with a backslash \\",
    "Tabs\n\tinside\n\t\tand deeper",
    "Trailing spaces   \n  on lines   \n",
]


@pytest.mark.parametrize("text", DOCSTRING_TEXTS)
@pytest.mark.parametrize("indent", [0, 4, 8])
def test_docstrings_are_written_as_black_normalizes_them(text: str, indent: int) -> None:
    wrapper = "".join(f"{' ' * (4 * level)}if x:\n" for level in range(indent // 4))
    body = docstring([naming.docstring_body(text)], indent)
    after = "\n\n" if indent == 0 else "\n"  # black sets a module docstring apart
    source = f"{wrapper}{' ' * indent}{body}{after}{' ' * indent}y = 1\n"
    assert black_format(source) == source


DECORATED = """class Client:
    @deprecated("stream_sink_create is deprecated: the API may remove it in a future version.")
    def stream_sink_create(self) -> None:
        pass


@dataclass(frozen=True, slots=True, kw_only=True, repr=False, eq=True, order=False, match_args=True)
class Plain:
    x: int
"""


def test_long_decorators_go_to_black_alone_not_their_module() -> None:
    """A decorator alone does not parse: cut out without the `def` it decorates, it once
    failed the whole batch and sent every module holding a long line to black whole (the
    full Svix spec: 11 modules, 240 KB, five times slower)."""
    sent: list[str] = []

    def formatter(source: str) -> str:
        sent.append(source)
        return black_format(source)

    formatted = format_files({"m.py": DECORATED}, formatter=formatter)["m.py"]
    assert formatted == black_format(DECORATED)
    assert formatted != DECORATED
    assert len(sent) == 1 and "class Plain" not in sent[0] and "x: int" not in sent[0]


@pytest.mark.real_specs
def test_the_benchmarks_full_svix_sdk_needs_black_for_nothing() -> None:
    """The spec `make bench` times: importing black alone would be a fifth of the run.
    The two modules that last needed it hold a `# type: ignore` line and an example
    string with both kinds of quotes; black must leave them as they are."""
    spec = SHARED_SPECS / "svix.openapi.json"
    if not spec.exists():
        pytest.skip("../shared/specs/svix.openapi.json not available")
    files = generate(spec, REPO / "bench" / "svix-full.sdkgen.yaml", warnings=False).files
    assert json.loads(files[".sdkgen-provenance.json"])["formatter"]["modules"] == 0
    for path in ("svix_python_sdk/resources/app.py", "tests/test_event_type.py"):
        assert black_format(files[path]) == files[path], path
