"""`sdkgen init`: the scaffold, its idempotence, and files the user owns."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from generator import naming
from generator.cli import main
from generator.config import parse_config

PETSTORE = Path(__file__).parent / "specs" / "golden" / "petstore.yaml"
DIFF = Path(__file__).parent / "specs" / "diff"
SCAFFOLD = (
    "sdkgen.yaml",
    "Makefile",
    "requirements-sdkgen.txt",
    ".github/workflows/sdk.yml",
    ".github/workflows/release.yml",
    ".github/workflows/docs.yml",
    ".pre-commit-config.yaml",
    ".gitignore",
    "README.md",
)


def init(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["init", *args])
    return result.exit_code, result.stdout, result.stderr


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def needs_make() -> None:
    if shutil.which("make") is None:
        pytest.skip("GNU make is not installed")


def test_init_writes_the_scaffold_then_changes_nothing(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    code, out, err = init(str(repo), "--spec", str(PETSTORE), "--package", "pets")
    assert code == 0, err
    assert out.splitlines() == ["created: spec/petstore.yaml", *(f"created: {p}" for p in SCAFFOLD)]
    assert (repo / "spec/petstore.yaml").read_bytes() == PETSTORE.read_bytes()
    first = snapshot(repo)
    assert ".sdkgen-init.json" in first

    code, out, _ = init(str(repo))  # the state file remembers the spec and the package
    assert code == 0
    assert out.splitlines() == [f"unchanged: {p}" for p in SCAFFOLD]
    assert snapshot(repo) == first


def test_rerun_keeps_a_user_edited_makefile(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    assert init(str(repo), "--spec", str(PETSTORE), "--package", "pets")[0] == 0
    makefile = repo / "Makefile"
    edited = makefile.read_text(encoding="utf-8") + "\nrelease: ## ours\n\ttwine upload dist/*\n"
    makefile.write_text(edited, encoding="utf-8")

    code, out, _ = init(str(repo), "--spec", str(PETSTORE), "--package", "pet_store")
    assert code == 0
    assert "kept (edited since sdkgen wrote it): Makefile" in out.splitlines()
    assert makefile.read_text(encoding="utf-8") == edited
    assert "updated: sdkgen.yaml" in out.splitlines()  # untouched files follow the options
    config = yaml.safe_load((repo / "sdkgen.yaml").read_text(encoding="utf-8"))
    assert config == {"package_name": "pet_store"}

    makefile.unlink()  # deleting a file is how users ask for sdkgen's version again
    assert "created: Makefile" in init(str(repo))[1].splitlines()


def test_files_the_user_had_before_init_are_left_alone(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# Our SDK\n", encoding="utf-8")
    code, out, _ = init(str(tmp_path), "--spec", str(PETSTORE))
    assert code == 0
    assert "kept (not sdkgen's): README.md" in out.splitlines()
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == "# Our SDK\n"


def test_a_spec_inside_the_repository_stays_where_it_is(tmp_path: Path) -> None:
    spec = tmp_path / "api" / "openapi.yaml"
    spec.parent.mkdir()
    shutil.copy(PETSTORE, spec)
    assert init(str(tmp_path), "--spec", str(spec))[0] == 0
    assert not (tmp_path / "spec").exists()
    assert "SPEC := api/openapi.yaml" in (tmp_path / "Makefile").read_text(encoding="utf-8")


def test_yaml_files_parse_to_what_they_should_say(tmp_path: Path) -> None:
    assert init(str(tmp_path), "--spec", str(PETSTORE), "--package", "pets")[0] == 0
    hooks = yaml.safe_load((tmp_path / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hook = hooks["repos"][0]["hooks"][0]
    assert hook["entry"] == "make -s check"  # the pinned sdkgen, no virtualenv to activate
    workflow = yaml.safe_load((tmp_path / ".github/workflows/sdk.yml").read_text("utf-8"))
    check = [step.get("run", "") for step in workflow["jobs"]["check"]["steps"]]
    assert "make setup" in check and "make check" in check
    test = [step.get("run", "") for step in workflow["jobs"]["test"]["steps"]]
    assert any("make test" in run for run in test)
    config = yaml.safe_load((tmp_path / "sdkgen.yaml").read_text(encoding="utf-8"))
    assert parse_config(config).package_name == "pets"


def test_awkward_spec_paths_reach_the_commands_intact(tmp_path: Path) -> None:
    needs_make()
    spec = tmp_path / "api specs" / "my $pec #1 'v2'.yaml"
    spec.parent.mkdir()
    shutil.copy(PETSTORE, spec)
    assert init(str(tmp_path), "--spec", str(spec))[0] == 0
    made = subprocess.run(
        ["make", "-s", "check", "SDKGEN=printf %s@@"],
        cwd=tmp_path, capture_output=True, text=True, check=True,
    )  # fmt: skip
    path = "api specs/my $pec #1 'v2'.yaml"
    assert made.stdout.split("@@")[:3] == ["check", path, "--config"]


def test_make_docs_builds_the_site_only_when_the_sdk_has_one(tmp_path: Path) -> None:
    needs_make()
    assert init(str(tmp_path), "--spec", str(PETSTORE))[0] == 0
    docs = ["make", "-s", "docs", "MKDOCS=echo mkdocs"]
    made = subprocess.run(docs, cwd=tmp_path, capture_output=True, text=True, check=True)
    assert "no sdk/mkdocs.yml" in made.stdout
    (tmp_path / "sdk").mkdir()
    (tmp_path / "sdk" / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    made = subprocess.run(docs, cwd=tmp_path, capture_output=True, text=True, check=True)
    assert made.stdout.strip() == "mkdocs build --strict -f sdk/mkdocs.yml"


def test_bad_input_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    code, _, err = init(str(tmp_path / "a"), "--spec", str(PETSTORE), "--package", "my-sdk")
    assert code == 1 and "'my-sdk' is not a valid Python package name" in err
    code, _, err = init(str(tmp_path / "b"))
    assert code == 2 and "--spec is needed the first time init runs" in err  # a usage error
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)))


@given(_TEXT)
def test_yaml_strings_read_back_as_written(text: str) -> None:
    assert yaml.safe_load(f"key: {naming.yaml_str(text)}\n") == {"key": text}


@given(_TEXT.filter(lambda t: "\x00" not in t))
def test_shell_words_split_back_as_written(text: str) -> None:
    assert shlex.split(naming.shell_word(text)) == [text]


def test_make_changes_prints_the_markdown_report_and_succeeds(tmp_path: Path) -> None:
    needs_make()
    spec = tmp_path / "spec" / "openapi.yaml"
    spec.parent.mkdir()
    spec.write_text((DIFF / "base.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    assert init(str(tmp_path), "--spec", str(spec))[0] == 0
    sdkgen = [f"SDKGEN={Path(sys.executable).with_name('sdkgen')}"]
    subprocess.run(["make", "-s", "generate", *sdkgen], cwd=tmp_path, check=True)
    spec.write_text((DIFF / "combined.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    made = subprocess.run(
        ["make", "-s", "changes", *sdkgen], cwd=tmp_path, capture_output=True, text=True
    )
    assert made.returncode == 0, made.stderr
    assert made.stdout == (DIFF / "reports" / "combined.md").read_text(encoding="utf-8")
