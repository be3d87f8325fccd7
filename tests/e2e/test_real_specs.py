"""Public specs from `../shared/specs`, generated without a config, installed with pip.

Each SDK must import completely (every module, every model) and pass `mypy --strict`;
the one for the public Svix spec also makes a few calls, sync and async, against Prism
mocking that spec. SDKs share a venv unless their names clash (the two Svix specs both
become `svix_sdk`), so pip and mypy are installed as few times as possible.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.support.paths import SPECS, require_shared
from tests.support.prism import MockServer, prism_mock
from tests.support.venvs import Venv, create_venv

from .conftest import Script, Sdk, build_sdk, failures, install, run_scripts

pytestmark = [pytest.mark.e2e, pytest.mark.real_specs, pytest.mark.xdist_group("real_specs")]

REAL_SPECS = ("svix.openapi.json", "svix-server.openapi.json", "simplyq.openapi.yaml")
SVIX_PUBLIC = "svix.openapi.json"

# argv: package. Imports every module of the package and every public model name.
IMPORT_EVERYTHING = """\
import importlib, pkgutil, sys
package = importlib.import_module(sys.argv[1])
for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
    importlib.import_module(module.name)
models = importlib.import_module(sys.argv[1] + ".models")
assert models.__all__, "models.__all__ is empty"
for name in models.__all__:
    getattr(models, name)
print(len(models.__all__))
"""


@dataclass
class _SharedVenv:
    venv: Venv
    names: set[str] = field(default_factory=set)  # projects and packages installed in it


class RealSdks:
    """Generates and installs each real spec's SDK on first use, once per session."""

    def __init__(self, tmp: pytest.TempPathFactory) -> None:
        self._tmp = tmp
        self._venvs: list[_SharedVenv] = []
        self._installed: dict[str, tuple[Sdk, Venv]] = {}

    def get(self, spec_name: str) -> tuple[Sdk, Venv]:
        """The SDK generated from `../shared/specs/<spec_name>`, and the venv it is in."""
        spec = require_shared(SPECS / spec_name, "a public spec to generate an SDK from")
        if spec_name not in self._installed:
            sdk = build_sdk(spec, None, self._tmp.mktemp("real") / spec.stem.replace(".", "-"))
            self._installed[spec_name] = (sdk, self._install(sdk))
        return self._installed[spec_name]

    def _install(self, sdk: Sdk) -> Venv:
        names = {sdk.package, sdk.generation.api.package.project_name}
        scratch = self._tmp.mktemp("real-build")
        for shared in self._venvs:
            if not names & shared.names:
                install(shared.venv, [sdk.project], scratch)
                shared.names |= names
                return shared.venv
        venv = create_venv(self._tmp.mktemp("real-venv") / "venv")
        install(venv, [sdk.project], scratch, "mypy")
        self._venvs.append(_SharedVenv(venv, names))
        return venv


@pytest.fixture(scope="session")
def real_sdks(tmp_path_factory: pytest.TempPathFactory) -> RealSdks:
    return RealSdks(tmp_path_factory)


@pytest.mark.parametrize("spec_name", REAL_SPECS)
def test_generated_sdk_imports_every_module_and_model(spec_name: str, real_sdks: RealSdks) -> None:
    sdk, venv = real_sdks.get(spec_name)
    done = venv.run("-c", IMPORT_EVERYTHING, sdk.package)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("spec_name", REAL_SPECS)
def test_generated_sdk_passes_mypy_strict(
    spec_name: str, real_sdks: RealSdks, tmp_path: Path
) -> None:
    sdk, venv = real_sdks.get(spec_name)
    done = venv.module("mypy", "--strict", "--cache-dir", tmp_path, sdk.package, cwd=sdk.project)
    assert done.returncode == 0, done.stdout[-20000:] + done.stderr


# ---------------------------------------------------------------------------------------
# Calls against Prism mocking the public Svix spec
# ---------------------------------------------------------------------------------------

# (namespace, method, arguments, return type as seed 000 names it), each called sync and async.
_CALLS = (
    ("application", "list", 'limit=2, order="ascending"', "ListResponseApplicationOut"),
    ("application", "create", 'name="My first application"', "ApplicationOut"),
    ("endpoint", "get", 'app_id="unique-app-identifier", endpoint_id="unique-ep-identifier"',
     "EndpointOut"),
    ("message", "create", 'app_id="unique-app-identifier", event_type="user.signup", '
     'payload={"email": "test@example.com"}', "MessageOut"),
)  # fmt: skip


def _call_scripts(sdk: Sdk, url: str) -> list[Script]:
    client = (
        f"from {sdk.package} import {sdk.client_class}\n\n"
        f"svix = {sdk.client_class}(access_token='YOUR_BEARER_TOKEN', base_url={url!r})\n"
    )
    scripts = []
    for namespace, method, arguments, returns in _CALLS:
        call = f"svix.{namespace}.{method}({arguments})"
        sync = f"{client}result = {call}\ncheck_result(result, {returns!r})\n"
        scripts.append(Script(f"{call} (sync)", sync))
        main = (
            f"async def main() -> None:\n"
            f"    result = await svix.{namespace}.a{method}({arguments})\n"
            f"    await acheck_result(result, {returns!r})\n"
            f"    await svix.aclose()\n"
        )
        async_code = f"import asyncio\n{client}\n{main}\nasyncio.run(main())\n"
        scripts.append(Script(f"{call} (async)", async_code))
    return scripts


@pytest.fixture(scope="module")
def svix_public_prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServer]:
    spec = require_shared(SPECS / SVIX_PUBLIC, "the public Svix spec to mock")
    with prism_mock(spec, tmp_path_factory.mktemp("prism-real")) as server:
        yield server


def test_public_svix_sdk_calls_prism(
    real_sdks: RealSdks, svix_public_prism: MockServer, tmp_path: Path
) -> None:
    sdk, venv = real_sdks.get(SVIX_PUBLIC)
    scripts = _call_scripts(sdk, svix_public_prism.url)
    outcomes = run_scripts(sdk, venv, scripts, tmp_path)
    problems = failures(outcomes, svix_public_prism)
    assert not problems, problems
