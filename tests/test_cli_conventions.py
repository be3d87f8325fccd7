"""The command line a Python user expects: stdin and URLs as specs, -v/-q, colour, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli import main
from generator.output.edits import PRISTINE
from tests.runtime.loopback import serving_folder
from tests.support.paths import REPO

PETSTORE = REPO / "tests" / "specs" / "golden" / "petstore.yaml"
MULTI = REPO / "tests" / "specs" / "loader" / "multi"
COMMANDS = ("generate", "check", "validate", "diff", "init", "release")


def cli(*args: object, stdin: str | None = None, color: bool = False, **env: str) -> Result:
    runner = CliRunner()
    return runner.invoke(main, [str(a) for a in args], input=stdin, color=color, env=env)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A loopback HTTP server over a folder holding the petstore spec and a multi-file spec."""
    root = tmp_path_factory.mktemp("served")
    (root / "petstore.yaml").write_bytes(PETSTORE.read_bytes())
    for path in MULTI.iterdir():
        if path.is_file():
            (root / path.name).write_bytes(path.read_bytes())
    with serving_folder(root) as url:
        yield url


def test_a_spec_from_standard_input_generates(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    result = cli("generate", "-", "-o", out, stdin=PETSTORE.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.output
    assert (out / "petstore_sdk" / "_client.py").is_file()
    check = cli("check", "-", "-o", out, stdin=PETSTORE.read_text(encoding="utf-8"))
    assert check.exit_code == 0, check.output


def test_problems_in_standard_input_are_named_stdin_with_line_and_column(tmp_path: Path) -> None:
    result = cli("generate", "-", "-o", tmp_path / "out", stdin="openapi: 3.1.0\ninfo: [x\n")
    assert result.exit_code == 1
    assert "<stdin>:3:1: /: invalid YAML: while parsing a flow sequence" in result.stderr
    assert "(it starts at line 2, column 7)" in result.stderr and "hint:" in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_spec_from_a_url_generates(served: str, tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    result = cli("generate", f"{served}/petstore.yaml", "-o", out)
    assert result.exit_code == 0, result.output
    assert (out / "petstore_sdk" / "_client.py").is_file()
    validate = cli("validate", f"{served}/petstore.yaml")
    assert validate.exit_code == 0 and "no problems found" in validate.stderr


def test_a_missing_url_is_a_clear_error(served: str, tmp_path: Path) -> None:
    result = cli("generate", f"{served}/nope.yaml", "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert f"{served}/nope.yaml: /: cannot download the spec: the server answered HTTP 404" in (
        result.stderr
    )
    assert "Traceback" not in result.output and not (tmp_path / "out").exists()


def test_an_unreachable_url_is_a_clear_error(tmp_path: Path) -> None:
    with ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler) as closed:
        port = closed.server_address[1]  # bound, then closed: nothing listens there
    result = cli("validate", f"http://127.0.0.1:{port}/openapi.yaml")
    assert result.exit_code == 1
    assert "cannot download the spec: cannot connect" in result.stderr


def test_a_downloaded_spec_does_not_fetch_its_refs(served: str, tmp_path: Path) -> None:
    result = cli("generate", f"{served}/openapi.yaml", "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert "is relative to a downloaded spec: it would be fetched" in result.stderr
    assert "hint: download the spec with the files it refers to" in result.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_takes_verbose_and_quiet(command: str) -> None:
    result = cli(command, "--help")
    assert result.exit_code == 0
    assert "-v, --verbose" in result.stdout and "-q, --quiet" in result.stdout


def test_verbose_and_quiet_together_are_a_usage_error(tmp_path: Path) -> None:
    result = cli("generate", PETSTORE, "-o", tmp_path / "out", "-v", "-q")
    assert result.exit_code == 2 and "cannot be used together" in result.stderr


def test_quiet_prints_nothing_and_verbose_prints_stage_timings(tmp_path: Path) -> None:
    quiet = cli("generate", PETSTORE, "-o", tmp_path / "a", "-q")
    assert quiet.exit_code == 0 and quiet.output == ""
    verbose = cli("generate", PETSTORE, "-o", tmp_path / "b", "--verbose")
    assert verbose.exit_code == 0
    assert "  build: " in verbose.stderr and "  format: " in verbose.stderr
    assert "wrote " in verbose.stderr


def test_quiet_check_prints_only_the_verdict(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    assert cli("generate", PETSTORE, "-o", out, "-q").exit_code == 0
    (out / "petstore_sdk" / "_client.py").write_text("# edited\n", encoding="utf-8")
    (out / PRISTINE).unlink()  # no base to merge with: the edit is drift
    quiet = cli("check", PETSTORE, "-o", out, "-q")
    assert quiet.exit_code == 1
    assert quiet.stdout == "" and quiet.stderr.startswith("error: ") and "is stale" in quiet.stderr
    verbose = cli("check", PETSTORE, "-o", out, "-v", "--diff-lines", "1")
    assert "more diff lines" not in verbose.stdout and "-# edited" in verbose.stdout
    normal = cli("check", PETSTORE, "-o", out, "--diff-lines", "1")
    assert cli("generate", PETSTORE, "-o", tmp_path / "fresh", "-q").exit_code == 0
    generated = (tmp_path / "fresh" / "petstore_sdk" / "_client.py").read_text(encoding="utf-8")
    # The diff: ---/+++/@@ headers, every generated line removed, the edit added; one shown.
    more = 3 + len(generated.splitlines()) + 1 - 1
    cut = f"--- cut here: {more} more diff lines in 1 file (from petstore_sdk/_client.py on); "
    assert cut + "--verbose shows every diff\n" in normal.stdout


def test_quiet_diff_says_it_with_the_exit_code_only() -> None:
    result = cli("diff", PETSTORE, PETSTORE, "-q")
    assert result.exit_code == 0 and result.output == ""


def test_errors_are_coloured_on_a_terminal_unless_no_color(tmp_path: Path) -> None:
    missing = tmp_path / "missing.yaml"
    missing.write_text("openapi: 3.1.0\ninfo: [x\n", encoding="utf-8")
    args = ("generate", missing, "-o", tmp_path / "out")
    assert "\x1b[" in cli(*args, color=True).stderr
    assert "\x1b[" not in cli(*args, color=True, NO_COLOR="1").stderr


def test_no_colour_into_a_pipe(tmp_path: Path) -> None:
    spec = tmp_path / "broken.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: [x\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "generator", "validate", str(spec)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1 and "invalid YAML" in done.stderr
    assert "\x1b[" not in done.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("generate",),  # no spec
        ("generate", "does-not-exist.yaml", "-o", "x"),
        ("check", PETSTORE),  # no --output
        ("validate", "does-not-exist.yaml"),
        ("diff", PETSTORE),  # no NEW
        ("init", "{tmp}/repo"),  # no --spec the first time
        ("generate", PETSTORE, "-o", "x", "--no-such-option"),
        ("frobnicate",),
    ],
)
def test_usage_errors_exit_2_everywhere(args: tuple[object, ...], tmp_path: Path) -> None:
    result = cli(*(str(a).replace("{tmp}", str(tmp_path)) for a in args))
    assert result.exit_code == 2, result.output
    assert "Usage:" in result.stderr and "Traceback" not in result.output


def test_top_level_help_shows_whole_descriptions() -> None:
    result = cli("--help")
    commands = result.stdout.split("Commands:", 1)[1].strip().splitlines()
    assert len(commands) == len(COMMANDS)
    assert not any(line.rstrip().endswith("...") for line in commands), commands


def test_drift_from_another_black_is_explained_in_one_line(tmp_path: Path) -> None:
    """A folder laid out by another black (same code, other line breaks) is stale, and
    `check` says why in one line instead of a diff."""
    out = tmp_path / "sdk"
    assert cli("generate", PETSTORE, "-o", out, "-q").exit_code == 0
    provenance = out / ".sdkgen-provenance.json"
    record = json.loads(provenance.read_text(encoding="utf-8"))
    record["formatter"] = {"modules": 1, "name": "black", "version": "23.1.0"}
    provenance.write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    client = out / "petstore_sdk" / "_client.py"
    text = client.read_text(encoding="utf-8")
    client.write_text(text.replace("(\n        self,\n", "(self,\n", 1), encoding="utf-8")
    assert client.read_text(encoding="utf-8") != text
    (out / PRISTINE).unlink()  # as that sdkgen left it: no pristine record
    result = cli("check", PETSTORE, "-o", out, SDKGEN_CACHE_DIR="")
    assert result.exit_code == 1
    assert "layout only: this folder was formatted with black 23.1.0" in result.stderr
    assert "1 module(s) differ in line breaks, not in code" in result.stderr
    assert result.stdout == ""  # no diff
    client.write_text(text.replace("return", "return  ", 1) + "x = 1\n", encoding="utf-8")
    code_changed = cli("check", PETSTORE, "-o", out, SDKGEN_CACHE_DIR="")
    assert code_changed.exit_code == 1 and "layout only" not in code_changed.output
    assert "files: 1 changed (petstore_sdk/_client.py)" in code_changed.stdout
