"""`python -m conformance.run --only`: re-running chosen specs of an earlier run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conformance import run
from conformance.harness import SpecResult
from conformance.specs import Spec


def spec(name: str, group: str = "corpus") -> Spec:
    return Spec(Path("/nowhere") / name, name, group)


def test_only_picks_peer_and_corpus_specs_drawn_or_not(tmp_path: Path) -> None:
    (tmp_path / "b.com").mkdir()
    (tmp_path / "b.com" / "openapi.json").write_text("{}", encoding="utf-8")
    drawn = [spec("opc/x.yaml", "peer"), spec("a.com/openapi.json")]

    picked = run.chosen(drawn, ["b.com/openapi.json", "opc/x.yaml", "b.com/openapi.json"], tmp_path)

    assert [(s.name, s.group) for s in picked] == [
        ("b.com/openapi.json", "corpus"),
        ("opc/x.yaml", "peer"),
    ]
    assert picked[0].path == tmp_path / "b.com" / "openapi.json"


def test_an_unknown_name_stops_the_run_with_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match=r"no peer spec or corpus spec named nope\.json"):
        run.chosen([spec("a.com/openapi.json")], ["nope.json"], tmp_path)


def test_resume_reruns_the_chosen_specs_and_keeps_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = [SpecResult(name, "corpus", False, generate="crash") for name in ("a", "b", "c")]
    results = tmp_path / "results.jsonl"
    results.write_text("".join(json.dumps(r.to_json()) + "\n" for r in old), encoding="utf-8")
    ran: list[str] = []

    def check(spec: Spec, python: Path, work: Path) -> SpecResult:
        ran.append(spec.name)
        return SpecResult(spec.name, "corpus", False, generate="ok")

    monkeypatch.setattr(run, "check_spec", check)
    monkeypatch.setattr(run, "ensure_venv", lambda venv: venv / "bin" / "python")

    returned = run.run_all([spec("b")], tmp_path, 1, resume=True, rerun={"b"})

    assert ran == ["b"]
    assert [r.generate for r in returned] == ["ok"]
    lines = [json.loads(line) for line in results.read_text(encoding="utf-8").splitlines()]
    assert [(line["name"], line["generate"]) for line in lines] == [
        ("a", "crash"),
        ("c", "crash"),
        ("b", "ok"),
    ]


def test_the_report_applies_todays_excuses_to_stored_verdicts(tmp_path: Path) -> None:
    from conformance.classify import Verdict
    from conformance.excuses import Excuse
    from conformance.report import load

    verdicts = [
        Verdict("a.form", "RequestInvalid", "generator", "body.Ids: Ids must be array"),
        Verdict("a.other", "RequestInvalid", "generator", "query.q: must be integer"),
    ]
    stored = SpecResult("x.com/openapi.json", "corpus", False, generate="ok", verdicts=verdicts)
    results = tmp_path / "results.jsonl"
    results.write_text(json.dumps(stored.to_json()) + "\n", encoding="utf-8")
    listed = {
        "x.com/openapi.json": {
            "a.form": Excuse("Prism refuses form arrays", "RequestInvalid", ("must be array",)),
            "a.other": Excuse("pinned to another failure", "RequestInvalid", ("must be array",)),
        }
    }

    (result,) = load([results], listed).values()

    assert [v.owner for v in result.verdicts] == ["excused", "generator"]


def test_a_string_the_snippet_writes_is_not_a_repr_on_the_wire() -> None:
    from conformance.classify import judge
    from conformance.readme import Snippet

    # AWS Lambda: X-Amz-Log-Type is an enum of "None" and "Tail"
    sent = {
        "method": "POST",
        "path": "/functions/f/invocations",
        "headers": [["X-Amz-Log-Type", "None"]],
        "body": None,
        "status": 200,
        "response": None,
    }
    outcome = {"error": None, "requests": [sent]}
    writes = 'aws.invoke(function_name="f", x_amz_log_type="None")\n'
    passes = 'aws.invoke(function_name="f", log=None)\n'  # None the value, sent as text

    written = judge(Snippet("a.invoke", writes, "POST", "/functions/{f}/invocations"), outcome)
    assert written.klass == "ok"
    leaked = judge(Snippet("a.invoke", passes, "POST", "/functions/{f}/invocations"), outcome)
    assert leaked.klass == "PythonReprOnWire"
