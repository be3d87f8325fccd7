"""The test suite every generated SDK carries, run as its maintainers run it.

For our Svix spec, the full Svix spec, Stream Chat and SimplyQ: generate the SDK, start
Prism with the project's own `scripts/mock SPEC --daemon`, and run `pytest tests` in the
project with the SDK installed (pip, into a fresh venv, with pytest). Every operation's
three tests (sync, async, raw) must pass; the only skips are the ones the config names
(operations Prism cannot serve), so a skip cannot hide a failure.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest

from tests.support.paths import REPO, SPECS, require_shared
from tests.support.prism import ensure_prism
from tests.support.venvs import Venv, create_venv

from .conftest import Sdk, build_sdk, install

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("generated_suite")]

SUITES = {  # name -> (spec, config)
    "svix": (REPO / "spec/svix.yaml", REPO / "spec/svix.sdkgen.yaml"),
    "stream_chat": (
        REPO / "spec/stream-chat-events.yaml",
        REPO / "spec/stream-chat-events.sdkgen.yaml",
    ),
    "simplyq": (SPECS / "simplyq.openapi.yaml", None),
    "svix_full": (
        SPECS / "svix.openapi.json",
        REPO / "tests/specs/testsuite/svix-full.sdkgen.yaml",
    ),
}


@pytest.fixture(scope="module")
def sdks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Sdk]:
    found = {}
    for name, (spec, config) in SUITES.items():
        if spec.is_relative_to(SPECS) and not spec.exists():
            continue  # its test skips with the reason
        found[name] = build_sdk(spec, config, tmp_path_factory.mktemp(name) / name)
    return found


@pytest.fixture(scope="module")
def venv(sdks: dict[str, Sdk], tmp_path_factory: pytest.TempPathFactory) -> Venv:
    """One venv with pytest and every SDK (their package names differ)."""
    made = create_venv(tmp_path_factory.mktemp("suite-venv") / "venv")
    projects = [sdk.project for sdk in sdks.values()]
    install(made, projects, tmp_path_factory.mktemp("suite-build"), "pytest")
    return made


@pytest.mark.parametrize("name", sorted(SUITES))
def test_the_generated_suite_passes_against_prism(
    name: str, sdks: dict[str, Sdk], venv: Venv, tmp_path: Path
) -> None:
    spec, _ = SUITES[name]
    if spec.is_relative_to(SPECS):
        require_shared(spec, f"the spec of {name}")
    sdk = sdks[name]
    port = _free_port()
    env = {"PRISM": str(ensure_prism()), "PRISM_PORT": str(port), "PATH": os.environ["PATH"]}
    started = subprocess.run(
        ["bash", "scripts/mock", str(spec), "--daemon"],
        cwd=sdk.project, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert started.returncode == 0, started.stdout + started.stderr
    try:
        done = venv.run(
            "-m", "pytest", "tests", "-q", "-p", "no:cacheprovider", "-rs",
            cwd=sdk.project, env={"TEST_API_BASE_URL": f"http://127.0.0.1:{port}"},
        )  # fmt: skip
    finally:
        _stop(sdk.project / ".prism.pid")
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    operations = len(sdk.generation.api.operations)
    skipped = sum(
        path.read_text(encoding="utf-8").count("@pytest.mark.skip(")
        for path in (sdk.project / "tests").glob("test_*.py")
    )
    assert skipped == 3 * len(sdk.generation.api.untested)  # no other skip in these specs
    passed = 3 * operations - skipped + 2  # and the two smoke tests
    expected = f"{passed} passed" + (f", {skipped} skipped" if skipped else "")
    assert re.match(rf"{expected} in ", summary), summary


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _stop(pid_file: Path) -> None:
    """Stop the mock `scripts/mock --daemon` started (its own process group)."""
    try:
        pid = int(pid_file.read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(pid, sig)
        except ProcessLookupError:
            return
        for _ in range(50):
            try:
                os.killpg(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.1)
