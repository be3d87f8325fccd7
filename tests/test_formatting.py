"""Generated code is in black's style without running black on it: prove it file by file."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.formatting import black_format, needs_black
from generator.pipeline import generate

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
    comment = f"class A:\n    # {key} {key}\n    x = 1\n"
    assert not needs_black(comment) and black_format(comment) == comment
