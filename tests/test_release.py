"""Releases: `sdkgen release`, the scaffolded workflows (actionlint, YAML, pinning) and the
release job's build, run locally as far as a checked wheel."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator import __version__
from generator.cli import main
from generator.diff.release import ReleaseError, next_version, with_section, with_version
from generator.format.formatting import black_version
from generator.scaffold import ACTIONS, PYTHON_VERSIONS

DIFF = Path(__file__).parent / "specs" / "diff"
PETSTORE = Path(__file__).parent / "specs" / "golden" / "petstore.yaml"
WORKFLOWS = tuple(f".github/workflows/{name}.yml" for name in ("sdk", "release", "docs"))
BIN = Path(sys.executable).parent


def cli(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.output


@pytest.mark.parametrize(
    ("current", "bump", "expected"),
    [("1.2.3", "major", "2.0.0"), ("1.2.3", "minor", "1.3.0"), ("1.2.3", "patch", "1.2.4")],
)
def test_next_version_follows_semver(current: str, bump: str, expected: str) -> None:
    assert next_version(current, bump) == expected


def test_a_version_that_is_not_semver_is_refused_with_what_to_do() -> None:
    with pytest.raises(ReleaseError, match="set `version:` in the config"):
        next_version("2024-01", "minor")


def test_the_config_keeps_its_comments() -> None:
    config = "# ours\npackage_name: pets  # the import name\n"
    assert with_version(config, "1.0.0") == config + 'version: "1.0.0"\n'
    assert with_version('version: "0.9"\n# end\n', "1.0.0") == 'version: "1.0.0"\n# end\n'


def test_the_new_section_goes_first_under_the_title() -> None:
    log = "# Changelog\n\nOur intro.\n\n## 1.0.0\n\nFirst.\n"
    updated = with_section(log, "1.1.0", "## 1.1.0\n\nNew.\n")
    assert updated == "# Changelog\n\nOur intro.\n\n## 1.1.0\n\nNew.\n\n## 1.0.0\n\nFirst.\n"
    assert with_section(None, "1.0.0", "## 1.0.0\n\nA.\n") == "# Changelog\n\n## 1.0.0\n\nA.\n"
    with pytest.raises(ReleaseError, match=r"already has a section for 1\.0\.0"):
        with_section(log, "1.0.0", "## 1.0.0\n")


def test_release_bumps_the_config_and_prepends_the_change_report(tmp_path: Path) -> None:
    spec, config, out = tmp_path / "openapi.yaml", tmp_path / "sdkgen.yaml", tmp_path / "sdk"
    shutil.copy(DIFF / "base.yaml", spec)
    config.write_text('# our config\nversion: "1.4.2"\n', encoding="utf-8")
    assert cli("generate", spec, "-c", config, "-o", out, "-q")[0] == 0
    args = ("release", spec, "-c", config, "-o", out, "--changelog", tmp_path / "CHANGELOG.md")
    code, said = cli(*args)
    assert code == 0 and "no API changes since" in said
    assert not (tmp_path / "CHANGELOG.md").exists()

    shutil.copy(DIFF / "combined.yaml", spec)  # 3 breaking changes
    code, said = cli(*args)
    assert code == 0, said
    assert "release 2.0.0 (major bump from 1.4.2: 3 breaking changes" in said
    assert config.read_text(encoding="utf-8") == '# our config\nversion: "2.0.0"\n'
    changelog = (tmp_path / "CHANGELOG.md").read_text(encoding="utf-8")
    report = (DIFF / "reports" / "combined.md").read_text(encoding="utf-8")
    assert changelog == "# Changelog\n\n" + report.replace("## API changes", "## 2.0.0", 1)
    code, said = cli(*args)  # not regenerated yet: the same release again is refused
    assert code == 1 and "already has a section for 2.0.0" in said
    assert cli("generate", spec, "-c", config, "-o", out, "-q")[0] == 0
    assert 'version = "2.0.0"' in (out / "pyproject.toml").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def scaffolded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("repo")
    assert cli("init", root, "--spec", PETSTORE, "--package", "pets")[0] == 0
    return root


def test_the_generator_and_formatter_are_pinned(scaffolded: Path) -> None:
    pins = (scaffolded / "requirements-sdkgen.txt").read_text(encoding="utf-8")
    lines = [line for line in pins.splitlines() if line and not line.startswith("#")]
    assert lines == [f"sdkgen=={__version__}", f"black=={black_version()}"]


@pytest.mark.parametrize("path", WORKFLOWS)
def test_workflows_parse_and_pin_every_action_by_commit(scaffolded: Path, path: str) -> None:
    text = (scaffolded / path).read_text(encoding="utf-8")
    workflow = yaml.safe_load(text)
    assert workflow["permissions"] == {"contents": "read"}  # jobs ask for more themselves
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    uses = [step["uses"] for step in steps if "uses" in step]
    assert uses and all(re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", u) for u in uses), uses
    assert {f"{u}  # " for u in uses} <= {a.split("# ")[0] + "# " for a in ACTIONS.values()}


def test_ci_tests_every_supported_python(scaffolded: Path) -> None:
    workflow = yaml.safe_load((scaffolded / WORKFLOWS[0]).read_text(encoding="utf-8"))
    matrix = workflow["jobs"]["test"]["strategy"]["matrix"]["python-version"]
    assert matrix == list(PYTHON_VERSIONS) and workflow["jobs"]["test"]["needs"] == "check"


def test_release_publishes_with_trusted_publishing(scaffolded: Path) -> None:
    workflow = yaml.safe_load((scaffolded / WORKFLOWS[1]).read_text(encoding="utf-8"))
    assert workflow[True] == {"push": {"tags": ["v*"]}}  # YAML 1.1 reads `on` as True
    publish = workflow["jobs"]["publish"]
    assert publish["permissions"] == {"id-token": "write"}
    assert "password" not in str(publish) and publish["environment"] == "pypi"
    docs = yaml.safe_load((scaffolded / WORKFLOWS[2]).read_text(encoding="utf-8"))
    assert any("make docs" in s.get("run", "") for s in docs["jobs"]["build"]["steps"])
    assert docs["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}


def test_actionlint_passes_every_scaffolded_workflow(scaffolded: Path) -> None:
    actionlint = shutil.which("actionlint", path=str(BIN)) or shutil.which("actionlint")
    if actionlint is None:
        pytest.skip("actionlint is not installed (it comes with the lock: `make setup`)")
    done = subprocess.run(
        [actionlint, "-no-color", *WORKFLOWS],
        cwd=scaffolded, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


def _steps(workflow: Path, job: str) -> dict[str, str]:
    data = yaml.safe_load(workflow.read_text(encoding="utf-8"))
    return {s["name"]: s["run"] for s in data["jobs"][job]["steps"] if "run" in s}


def test_the_release_job_builds_a_wheel_twine_accepts(scaffolded: Path, tmp_path: Path) -> None:
    """The release job's own scripts, run here: the tag check, the build (without build
    isolation: no download in tests) with `twine check --strict`, the change report."""
    for tool in ("pyproject-build", "twine"):
        if not (BIN / tool).exists():
            pytest.skip(f"{tool} is not installed (it comes with the lock: `make setup`)")
    repo = tmp_path / "repo"
    shutil.copytree(scaffolded, repo)
    spec, config = repo / "spec/petstore.yaml", repo / "sdkgen.yaml"
    assert cli("generate", spec, "-c", config, "-o", repo / "sdk", "-q")[0] == 0
    changelog = "# Changelog\n\n## 1.0.0\n\nThe first.\n\n## 0.9.0\n\nOld.\n"
    (repo / "CHANGELOG.md").write_text(changelog, encoding="utf-8")
    steps = _steps(repo / WORKFLOWS[1], "build")
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}", "SDK_DIR": "sdk"}
    env.update(GITHUB_REF_NAME="v1.0.0", GITHUB_ENV=str(tmp_path / "github-env"))

    def run(script: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["bash", "-e", "-c", script], cwd=repo, env=env, capture_output=True, text=True,
            timeout=300, check=False,
        )  # fmt: skip

    wrong = run(steps["Check that the tag names the SDK's version"])
    assert wrong.returncode == 1 and "the tag v1.0.0 is not v" in wrong.stdout
    version = re.search(r'^version = "(.*)"$', (repo / "sdk/pyproject.toml").read_text(), re.M)
    assert version is not None
    env["GITHUB_REF_NAME"] = f"v{version.group(1)}"
    assert run(steps["Check that the tag names the SDK's version"]).returncode == 0
    assert (tmp_path / "github-env").read_text() == f"VERSION={version.group(1)}\n"

    build = steps["Build the sdist and the wheel, and check them"]
    assert "python -m build --outdir dist" in build and "twine check --strict dist/*" in build
    build = build.replace("python -m pip install build twine\n", "")
    built = run(build.replace("python -m build ", "python -m build --no-isolation "))
    assert built.returncode == 0, built.stdout + built.stderr
    assert built.stdout.count("PASSED") == 2
    names = sorted(p.name for p in (repo / "dist").iterdir())
    assert [n.rsplit(".", 1)[-1] for n in names] == ["whl", "gz"] and names[1].endswith(".tar.gz")

    env["VERSION"] = "1.0.0"
    notes = run(steps["Take this version's change report from CHANGELOG.md"])
    assert notes.returncode == 0 and (repo / "release-notes.md").read_text() == "\nThe first.\n\n"


def test_the_scaffold_makefile_finds_the_pinned_sdkgen_without_a_virtualenv(
    scaffolded: Path, tmp_path: Path
) -> None:
    if shutil.which("make") is None:
        pytest.skip("GNU make is not installed")
    repo = tmp_path / "repo"
    shutil.copytree(scaffolded, repo)
    planned = subprocess.run(
        ["make", "-n", "generate"], cwd=repo, capture_output=True, text=True, check=True
    )
    assert "-m venv .venv" in planned.stdout
    assert ".venv/bin/python -m pip install --quiet -r requirements-sdkgen.txt" in planned.stdout
    fake = repo / ".venv" / "bin" / "sdkgen"  # what `make setup` installs, stood in for
    fake.parent.mkdir(parents=True)
    fake.write_text('#!/bin/sh\necho "pinned sdkgen: $*"\n', encoding="utf-8")
    fake.chmod(0o755)
    (repo / ".venv" / ".sdkgen-installed").touch()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}  # no sdkgen, no virtualenv
    made = subprocess.run(
        ["make", "-s", "generate"], cwd=repo, env=env, capture_output=True, text=True, check=True
    )
    called = "generate spec/petstore.yaml --config sdkgen.yaml --output sdk"
    assert made.stdout == f"pinned sdkgen: {called}\n"
    gitignore = (repo / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert {"build/", "dist/", "*.egg-info/", ".venv/"} <= set(gitignore)
