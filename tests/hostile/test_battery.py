"""Every spec in the hostile battery gets exactly the outcome `cases.py` promises."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli import main
from generator.output.edits import PRISTINE

from .cases import CASES, Case
from .safety import (
    assert_imports_without_side_effects,
    assert_markdown_intact,
    assert_mkdocs_config_intact,
    assert_parses_and_has_no_dynamic_code,
    assert_pyproject_has_only_expected_keys,
    assert_ruff_clean,
    spec_operations,
    spec_title,
)

SPECS = Path(__file__).parent / "specs"
GENERATING = [c for c in CASES if c.outcome != "refused"]
WINDOWS_DEVICES = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"{d}{n}" for d in ("com", "lpt") for n in range(10)),
}


def _cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _problem_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if not line.startswith(("error:", "wrote "))]


@pytest.fixture(autouse=True)
def _in_specs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Problems name files relative to the working folder: run next to the specs."""
    monkeypatch.chdir(SPECS)


def test_the_battery_has_at_least_30_cases_and_every_file_is_in_it() -> None:
    assert len(CASES) >= 30
    assert sorted(c.spec for c in CASES) == sorted(p.name for p in SPECS.iterdir())


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_validate_reports_the_expected_problems(case: Case) -> None:
    result = _cli("validate", case.spec)
    expected = [line.replace(": warning: ", ": ") for line in case.lines]
    shown = [line.replace(": warning: ", ": ") for line in _problem_lines(result.output)]
    assert [line for line in shown if "no problems found" not in line] == expected
    has_error = case.outcome == "refused" or case.strict_refuses
    assert result.exit_code == (1 if has_error else 0)
    assert "Traceback" not in result.output


@pytest.mark.parametrize("case", [c for c in CASES if c.outcome == "refused"], ids=lambda c: c.id)
def test_refused_specs_write_nothing(case: Case, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = _cli("generate", case.spec, "-o", str(out))
    assert result.exit_code == 1
    assert _problem_lines(result.output) == list(case.lines)
    assert result.output.splitlines()[-1].endswith("nothing was written")
    assert not out.exists() and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("case", GENERATING, ids=[c.id for c in GENERATING])
def test_generated_sdk_is_safe(case: Case, tmp_path: Path) -> None:
    out = tmp_path / "deep" / "down" / "out"
    result = _cli("generate", case.spec, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert _problem_lines(result.output) == case.generate_lines
    generated = spec_operations(SPECS / case.spec) - case.reported_not_generated
    assert f" {generated} operations" in result.output.splitlines()[-1]  # none dropped silently
    assert sorted(p.name for p in tmp_path.rglob("*") if out not in (p, *p.parents)) == [
        "deep", "down",
    ], "something was written outside the output folder"  # fmt: skip
    written = [p.relative_to(out).as_posix().lower() for p in out.rglob("*") if p.is_file()]
    assert len(set(written)) == len(written), "file names that differ only by case"
    assert not any(Path(p).stem.split(".")[0] in WINDOWS_DEVICES for p in written)
    assert_parses_and_has_no_dynamic_code(out)
    assert_pyproject_has_only_expected_keys(out)
    assert_markdown_intact(out)
    assert_ruff_clean(out)
    assert_mkdocs_config_intact(out, spec_title(SPECS / case.spec))
    assert_imports_without_side_effects(out, tmp_path / "sandbox")
    everything = "\n".join(
        p.read_text(encoding="utf-8") for p in sorted(out.rglob("*.*")) if p.name != PRISTINE
    )  # the pristine record is gzip'd: the same texts
    for text in case.text_must_survive:
        assert text in everything, f"{text!r} did not reach the SDK as written"


@pytest.mark.parametrize("case", [c for c in GENERATING if c.strict_refuses], ids=lambda c: c.id)
def test_strict_refuses_specs_with_errors(case: Case, tmp_path: Path) -> None:
    result = _cli("generate", case.spec, "-o", str(tmp_path / "out"), "--strict")
    assert result.exit_code == 1
    assert not (tmp_path / "out").exists()
