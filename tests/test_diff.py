"""`sdkgen diff`: every breaking-change rule on a small spec pair, exit codes, formats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.diff import compare, summarize
from generator.diff.compare import ChangeReport
from generator.diff.summary import Summary, summary_text
from generator.pipeline import generate

from .diff_reports import DIFF_SPECS, PAIRS, REPORTS, markdown_report
from .support.paths import require_shared

BASE = DIFF_SPECS / "base.yaml"

# rule (tests/specs/diff/<rule>.yaml, changed from base.yaml) -> the one change it makes
# (text line without its sign) and whether that change breaks SDK users.
RULES: dict[str, tuple[str, bool]] = {
    "operation_removed": ("removed operation pets.get: GET /pets/{pet_id} (pets.get)", True),
    "operation_renamed": ("changed operation pets.get: renamed to pets.fetch", True),
    "required_param_added": (
        "added parameter pets.list(owner=): new required parameter of type str",
        True,
    ),
    "param_became_required": ("changed parameter pets.list(limit=): now required", True),
    "param_removed": ("removed parameter pets.list(limit=)", True),
    "param_type_changed": ("changed parameter pets.list(limit=): type int is now str", True),
    "response_type_changed": ("changed response pets.get: returns Kind instead of Pet", True),
    "response_field_removed": ("removed field Pet.age", True),
    "response_field_type_changed": ("changed field Pet.age: type int is now str", True),
    "response_field_became_optional": (
        "changed field Pet.name: now optional (may be absent)",
        True,
    ),
    "enum_value_removed": ('removed enum value Kind: value "bird"', True),
    "operation_added": (
        "added operation pets.delete: DELETE /pets/{pet_id} (pets.delete)",
        False,
    ),
    "optional_param_added": (
        "added parameter pets.list(owner=): new optional parameter of type str",
        False,
    ),
    "param_type_widened": ("changed parameter pets.list(limit=): type int is now float", False),
    "response_field_narrowed": ("changed field Pet.tag: type str | None is now str", False),
    "enum_value_added": ('added enum value Kind: value "fish"', False),
    "operation_deprecated": ("deprecated operation pets.get: deprecated", False),
    "endpoint_moved": (
        "changed operation pets.get: endpoint GET /pets/{pet_id} is now GET /animals/{pet_id}",
        False,
    ),
}


@pytest.fixture(scope="module")
def base() -> Summary:
    return summarize(generate(BASE).api)


def report_for(base: Summary, rule: str) -> ChangeReport:
    return compare(base, summarize(generate(DIFF_SPECS / f"{rule}.yaml").api))


def lines(report: ChangeReport) -> list[str]:
    return [
        f"{c.kind} {c.subject} {c.name}" + (f": {c.detail_text}" if c.detail else "")
        for c in report.changes
    ]


def test_every_rule_has_a_spec_pair() -> None:
    variants = {p.stem for p in DIFF_SPECS.glob("*.yaml")} - {"base", "combined"}
    assert variants == set(RULES) | {"input_field_became_required", "input_field_widened"}


@pytest.mark.parametrize("rule", sorted(RULES))
def test_each_rule_reports_one_classified_change(base: Summary, rule: str) -> None:
    expected, breaking = RULES[rule]
    report = report_for(base, rule)
    assert lines(report) == [expected]
    assert report.changes[0].breaking is breaking
    assert report.bump == ("major" if breaking else report.changes[0].bump)


def test_request_body_field_made_required_breaks_once_as_the_models_field(
    base: Summary,
) -> None:
    """The keyword argument `pets.create(kind=)` is that field: one change, not two."""
    report = report_for(base, "input_field_became_required")
    assert lines(report) == ["changed field PetIn.kind: now required"]
    assert all(c.breaking for c in report.changes)


def test_widening_what_users_send_is_compatible(base: Summary) -> None:
    report = report_for(base, "input_field_widened")
    assert lines(report) == ["changed field PetIn.tag: type str is now str | None"]
    assert report.bump == "minor" and not report.breaking


def test_the_same_spec_is_no_change(base: Summary) -> None:
    report = compare(base, summarize(generate(BASE).api))
    assert report.changes == () and report.bump == "none"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["diff", *args])
    return result.exit_code, result.stdout


@pytest.mark.parametrize(
    ("new", "code"),
    [("base", 0), ("operation_added", 3), ("endpoint_moved", 3), ("operation_removed", 4)],
)
def test_exit_codes_distinguish_none_compatible_and_breaking(new: str, code: int) -> None:
    assert run(str(BASE), str(DIFF_SPECS / f"{new}.yaml"))[0] == code


def test_text_report_leads_with_the_verdict() -> None:
    code, out = run(str(BASE), str(DIFF_SPECS / "combined.yaml"))
    assert code == 4
    first, *rest = out.splitlines()
    assert first == "3 breaking changes, 5 compatible changes; suggested version bump: major"
    assert rest[1] == "Breaking changes:"
    assert '  - removed enum value Kind: value "bird"' in rest


def test_json_report_is_machine_readable() -> None:
    code, out = run(str(BASE), str(DIFF_SPECS / "combined.yaml"), "--format", "json")
    data = json.loads(out)
    assert code == 4 and data["bump"] == "major"
    assert (data["breaking"], data["compatible"]) == (3, 5)
    removed = [c for c in data["changes"] if c["kind"] == "removed"]
    assert removed == [
        {
            "kind": "removed",
            "subject": "enum value",
            "name": "Kind",
            "detail": 'value "bird"',
            "breaking": True,
            "bump": "major",
        }
    ]


def test_help_documents_the_exit_codes() -> None:
    out = CliRunner().invoke(main, ["diff", "--help"]).stdout
    assert "0 no change" in out and "3 compatible" in out and "4 breaking" in out


def test_markdown_escapes_spec_text(tmp_path: Path) -> None:
    old = BASE.read_text(encoding="utf-8")
    new = tmp_path / "new.yaml"
    new.write_text(old.replace("enum: [cat, dog, bird]", 'enum: [cat, dog, "<b>`x`|"]'), "utf-8")
    code, out = run(str(BASE), str(new), "--format", "markdown")
    assert code == 4
    # spec text reaches Markdown only inside code spans long enough to hold its backticks
    assert out.splitlines()[-1] == '- Enum value `Kind`: value ``"<b>`x`|"``'


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_markdown_report_matches_the_golden_file(name: str) -> None:
    old, new = PAIRS[name]
    require_shared(old, "the Svix server spec pair")
    require_shared(new, "the Svix server spec pair")
    golden = REPORTS / f"{name}.md"
    assert markdown_report(old, new) == golden.read_text(
        encoding="utf-8"
    ), f"{golden} is stale; if the change is intended run `make golden` and review the diff"


def test_check_names_the_api_changes_since_the_output_was_generated(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    runner = CliRunner()
    assert runner.invoke(main, ["generate", str(BASE), "-o", str(out), "-q"]).exit_code == 0
    result = runner.invoke(main, ["check", str(DIFF_SPECS / "combined.yaml"), "-o", str(out)])
    assert result.exit_code == 1
    report = result.stdout[result.stdout.index("API changes since") :]  # after provenance
    assert report.startswith(
        f"API changes since {out} was generated: 3 breaking changes, 5 compatible changes; "
        "suggested version bump: major\n"
    )
    assert '  - removed enum value Kind: value "bird"' in result.stdout
    assert "\nfiles: 10 changed (README.md, " in result.stdout  # the files follow in one line


def test_check_of_an_output_without_a_summary_lists_files_only(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    runner = CliRunner()
    assert runner.invoke(main, ["generate", str(BASE), "-o", str(out), "-q"]).exit_code == 0
    (out / ".sdkgen-api.json").unlink()  # as written by an older sdkgen
    result = runner.invoke(main, ["check", str(DIFF_SPECS / "combined.yaml"), "-o", str(out)])
    assert result.exit_code == 1
    assert "API changes" not in result.stdout
    assert "files: 10 changed (README.md, " in result.stdout


def test_old_can_be_a_generated_folder(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    assert CliRunner().invoke(main, ["generate", str(BASE), "-o", str(out), "-q"]).exit_code == 0
    code, out_text = run(str(out), str(DIFF_SPECS / "combined.yaml"), "--format", "markdown")
    assert code == 4
    assert out_text == (REPORTS / "combined.md").read_text(encoding="utf-8")
    code, _ = run(str(tmp_path), str(BASE))  # a folder sdkgen did not write
    assert code == 1


_LIMIT = {"in": "query", "type": "int", "required": False}


def _op(**changes: object) -> dict[str, object]:
    op: dict[str, object] = {
        "call": "pets.list",
        "http": "GET /pets",
        "deprecated": False,
        "paginated": True,
        "returns": "ListResponse[Pet]",
        "params": {"limit": _LIMIT},
    }
    return {**op, **changes}


def _api(op: dict[str, object], **parts: object) -> Summary:
    return {"operations": {"pets.list": op}, "models": {}, "enums": {}, "aliases": {}, **parts}


@pytest.mark.parametrize(
    ("old", "new", "expected", "bump"),
    [
        (_api(_op()), _api(_op(paginated=False)),
         "changed operation pets.list: no longer auto-paginates", "major"),
        (_api(_op(paginated=False)), _api(_op()),
         "changed operation pets.list: now auto-paginates", "minor"),
        (_api(_op()), _api(_op(params={"limit": {**_LIMIT, "in": "header"}})),
         "changed parameter pets.list(limit=): sent in the header instead of the query", "patch"),
        (_api(_op(), models={"Pet": {"usage": "output", "deprecated": False, "fields": {}}}),
         _api(_op()), "removed model Pet", "major"),
        (_api(_op(), enums={"Kind": {"values": ["a"]}}), _api(_op()), "removed enum Kind", "major"),
        (_api(_op(), aliases={"Id": {"type": "str"}}), _api(_op(), aliases={"Id": {"type": "int"}}),
         "changed alias Id: type str is now int", "major"),
        (_api(_op(), models={"Pet": {"usage": "output", "deprecated": False, "fields": {
            "id": {"wire": "id", "type": "str", "required": True}}}}),
         _api(_op(), models={"Pet": {"usage": "output", "deprecated": False, "fields": {
             "id": {"wire": "ID", "type": "str", "required": True}}}}),
         "changed field Pet.id: JSON name id is now ID", "patch"),
    ],
)  # fmt: skip
def test_rules_without_a_spec_pair(old: Summary, new: Summary, expected: str, bump: str) -> None:
    report = compare(old, new)
    assert expected in lines(report)
    assert report.bump == bump


def test_the_stored_summary_is_the_summary_one_entry_per_line() -> None:
    """`.sdkgen-api.json` reads back as `summarize` (key order aside) and keeps each
    operation, model and enum on a line of its own, so a diff of two shows which."""
    api = generate(BASE).api
    text = summary_text(api)
    assert json.loads(text) == summarize(api)
    entries = [line for line in text.splitlines() if line.startswith("  ")]
    summary = summarize(api)
    sections = ("operations", "models", "enums", "aliases")
    assert len(entries) == sum(len(summary[s]) for s in sections)
    for line in entries:
        key, _, value = line.strip().rstrip(",").partition(": ")
        assert json.loads(key) and isinstance(json.loads(value), dict)
    assert text == summary_text(generate(BASE).api)
