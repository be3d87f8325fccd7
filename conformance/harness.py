"""One spec through the whole check: generate, install, type-check, lint, run snippets."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus.checks import Tools, check_package, generate_ours, package_dir
from tests.support.prism import prism_mock

from .classify import Verdict, excuse, judge
from .readme import Readme, parse_readme
from .runner import RUNNER
from .specs import Spec
from .venv import clean_env

REPO = Path(__file__).resolve().parents[1]
SNIPPET_SECONDS = 20
_BASE_URL_VAR = re.compile(r'environ(?:\.get\(|\[)\s*"([A-Z][A-Z0-9_]*_BASE_URL)"')
_PROJECT_NAME = re.compile(r'^name = "([^"]+)"', re.MULTILINE)


@dataclass
class SpecResult:
    """What happened to one spec; a step that did not run is ''."""

    name: str
    group: str
    invalid: bool
    generate: str = ""  # ok | refused | crash
    imports: str = ""  # yes | no
    mypy: str = ""
    ruff: str = ""
    detail: str = ""
    verdicts: list[Verdict] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {k: v for k, v in self.__dict__.items() if k != "verdicts"}
        data["snippets"] = [_verdict(v) for v in self.verdicts]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SpecResult:
        fields = {k: v for k, v in data.items() if k != "snippets"}
        verdicts = [Verdict(**v) for v in data["snippets"]]
        return cls(**fields, verdicts=verdicts)


def _verdict(verdict: Verdict) -> dict[str, str]:
    return {
        "label": verdict.label,
        "klass": verdict.klass,
        "owner": verdict.owner,
        "detail": verdict.detail,
    }


def check_spec(spec: Spec, python: Path, work: Path) -> SpecResult:
    """Run `spec` through every step, with SDKs installed into the venv of `python`."""
    result = SpecResult(spec.name, spec.group, spec.invalid)
    try:
        _check(spec, python, work, result)
    except Exception as exc:  # the harness's own failure: recorded, the run goes on
        result.verdicts = [Verdict("(harness)", "HarnessError", "harness", repr(exc)[:600])]
    return result


def _check(spec: Spec, python: Path, work: Path, result: SpecResult) -> None:
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    tools = Tools(python=REPO / ".venv" / "bin" / "python", tools_python=python, opc=python)
    report, _ = generate_ours(tools, spec.path, work / "sdk", REPO)
    result.generate = report["outcome"]
    package = package_dir(work / "sdk", report.get("package")) if result.generate == "ok" else None
    if package is None:
        result.detail = report.get("detail", "")[-600:] or "no package folder"
        return
    checks = check_package(tools, package, work / "mypy-cache")
    result.imports, result.mypy, result.ruff = checks["imports"], checks["mypy"], checks["ruff"]
    result.detail = checks["check_detail"]
    readme = parse_readme((work / "sdk" / "README.md").read_text(encoding="utf-8"))
    if readme.snippets and result.imports == "yes":
        result.verdicts = _snippets(spec, readme, python, work, package)


def _snippets(spec: Spec, readme: Readme, python: Path, work: Path, package: Path) -> list[Verdict]:
    """Install the SDK, run its snippets against Prism, judge each; uninstall it again."""
    project = package.parent
    name_match = _PROJECT_NAME.search((project / "pyproject.toml").read_text(encoding="utf-8"))
    project_name = name_match[1] if name_match else package.name
    venv = python.parent.parent
    pip = [str(python), "-m", "pip", "--disable-pip-version-check", "--quiet"]
    installed = subprocess.run(
        [*pip, "install", "--no-deps", "--no-build-isolation", str(project)],
        capture_output=True,
        text=True,
        env=clean_env(venv),
        check=False,
    )
    if installed.returncode != 0:
        return [_all(readme, "InstallFailed", "generator", installed.stderr[-600:])]
    try:
        return _against_prism(spec, readme, python, work, package)
    finally:
        subprocess.run(
            [*pip, "uninstall", "-y", project_name],
            env=clean_env(venv),
            capture_output=True,
            check=False,
        )


def _all(readme: Readme, klass: str, owner: str, detail: str) -> Verdict:
    return Verdict(f"({len(readme.snippets)} snippets)", klass, owner, detail)


def _against_prism(
    spec: Spec, readme: Readme, python: Path, work: Path, package: Path
) -> list[Verdict]:
    job = {
        "prelude": readme.prelude,
        "timeout": SNIPPET_SECONDS,
        "snippets": [{"label": s.label, "code": s.code} for s in readme.snippets],
    }
    job_path, results_path = work / "job.json", work / "results.json"
    job_path.write_text(json.dumps(job), encoding="utf-8")
    (work / "runner.py").write_text(RUNNER, encoding="utf-8")
    base_url_var = _base_url_variable(package)
    try:
        with prism_mock(spec.path, work) as server:
            env = clean_env(python.parent.parent, {base_url_var: server.url})
            timeout = 60 + SNIPPET_SECONDS * len(readme.snippets)
            done = subprocess.run(
                [str(python), str(work / "runner.py"), str(job_path), str(results_path)],
                cwd=work,
                env=env,
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
    except RuntimeError as exc:  # Prism refused the spec or did not start
        return [_all(readme, "PrismDidNotStart", "prism", str(exc)[-600:])]
    except subprocess.TimeoutExpired:
        return [_all(readme, "RunnerTimedOut", "generator", f"over {timeout} s")]
    if done.returncode != 0 or not results_path.exists():
        return [_all(readme, "RunnerCrashed", "generator", (done.stdout + done.stderr)[-600:])]
    results: list[dict[str, Any]] = json.loads(results_path.read_text(encoding="utf-8"))
    verdicts = []
    for snippet, outcome in zip(readme.snippets, results, strict=True):
        verdict = judge(snippet, outcome)
        verdicts.append(excuse(verdict, spec.excused.get(snippet.label), spec.invalid))
    return verdicts


def _base_url_variable(package: Path) -> str:
    """The environment variable the client reads its base URL from."""
    for module in sorted(package.glob("*.py")):
        found = _BASE_URL_VAR.search(module.read_text(encoding="utf-8"))
        if found:
            return found[1]
    raise RuntimeError(f"{package.name}: no *_BASE_URL variable found")
