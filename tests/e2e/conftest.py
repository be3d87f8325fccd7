"""Session fixtures of the Svix end-to-end tests, and the runner of SDK scripts.

Built once per session (all Svix tests share one xdist group, so one worker builds them):
the SDK generated from `spec/svix.yaml` with today's generator, installed with pip into
one fresh venv together with mypy and ruff, and one Prism mocking the same spec.

Scripts that call the SDK run inside that venv, all in one subprocess (`run_scripts`):
each in a fresh namespace, with its failure reported as data, so one bad call does not
hide the others and 177 calls do not cost 177 interpreter start-ups.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.output.writer import write_tree
from generator.pipeline import Generation, generate
from tests.support.paths import REPO
from tests.support.prism import MockServer, prism_mock
from tests.support.venvs import Venv, create_venv, staged_copy

SVIX_SPEC = REPO / "spec" / "svix.yaml"
SVIX_CONFIG = REPO / "spec" / "svix.sdkgen.yaml"
TOOLS = ("mypy", "ruff")


@dataclass(frozen=True, slots=True)
class Sdk:
    """A generated SDK project, where it was written, and the package's name."""

    generation: Generation
    project: Path  # the generated project folder (pyproject.toml, README.md, package)
    package: str
    client_class: str

    @property
    def env_vars(self) -> list[str]:
        """Environment variables the client may read settings or credentials from."""
        schemes = self.generation.api.security_schemes
        names = [s.env_var for s in schemes] + [s.password_env_var or "" for s in schemes]
        names += [name for name in os.environ if name.endswith("_BASE_URL")]
        return sorted({name for name in names if name})

    @property
    def readme(self) -> str:
        return (self.project / "README.md").read_text(encoding="utf-8")


def build_sdk(spec: Path, config: Path | None, out: Path, ref_roots: Sequence[Path] = ()) -> Sdk:
    """Generate an SDK from `spec` with the current generator and write it to `out`."""
    generation = generate(spec, config, ref_roots=ref_roots)
    write_tree(out, generation.files)
    package = generation.api.package
    return Sdk(generation, out, package.package_name, package.client_class)


def install(venv: Venv, projects: Sequence[Path], scratch: Path, *extra: str) -> None:
    """pip install copies of `projects` (plus `extra` requirements) in one resolver run."""
    copies = [staged_copy(project, scratch) for project in projects]
    venv.pip_install(*copies, *extra)


@pytest.fixture(scope="session")
def svix_config() -> dict[str, Any]:
    config: dict[str, Any] = yaml.safe_load(SVIX_CONFIG.read_text(encoding="utf-8"))
    return config


@pytest.fixture(scope="session")
def svix_sdk(tmp_path_factory: pytest.TempPathFactory) -> Sdk:
    """The Svix SDK as `sdkgen generate spec/svix.yaml --config ...` writes it today."""
    return build_sdk(SVIX_SPEC, SVIX_CONFIG, tmp_path_factory.mktemp("svix") / "svix")


@pytest.fixture(scope="session")
def svix_venv(svix_sdk: Sdk, tmp_path_factory: pytest.TempPathFactory) -> Venv:
    """A fresh venv with the generated Svix SDK, mypy and ruff installed."""
    venv = create_venv(tmp_path_factory.mktemp("svix-venv") / "venv")
    install(venv, [svix_sdk.project], tmp_path_factory.mktemp("svix-build"), *TOOLS)
    return venv


@pytest.fixture(scope="session")
def svix_prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServer]:
    """Prism mocking `spec/svix.yaml`, with request validation on."""
    with prism_mock(SVIX_SPEC, tmp_path_factory.mktemp("prism")) as server:
        yield server


# ---------------------------------------------------------------------------------------
# Running scripts in the venv
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Script:
    """A piece of Python run by the runner; `label` names it in failure reports."""

    label: str
    code: str


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened when a script ran."""

    label: str
    error: str | None  # exception type and message; None when the script succeeded
    detail: str  # traceback, and for an ApiException its status and body
    swallowed: tuple[str, ...]  # ApiExceptions created (and perhaps caught) while it ran
    observed: Any  # what the script left in its variable `observed` (JSON), else None

    @property
    def ok(self) -> bool:
        return self.error is None and not self.swallowed

    def report(self) -> str:
        what = self.error or f"API errors caught by the script: {list(self.swallowed)}"
        return f"--- {self.label}: {what}\n{self.detail}"


# Runs in the test venv (standard library and the SDK only). argv: package, scripts.json,
# results.json. A script may leave JSON-able findings in its variable `observed`. Its
# namespace offers `check_result` / `acheck_result`, which assert that a value is what an
# operation returns according to seed 000: a model of the named class, a page of models
# (`ListResponse<Item>`), or None.
RUNNER = """\
import asyncio, importlib, itertools, json, linecache, sys, traceback

package, scripts_path, results_path = sys.argv[1:4]
sdk = importlib.import_module(package)
models = importlib.import_module(package + ".models")
created = []
_original_init = sdk.ApiException.__init__


def _recording_init(self, *args, **kwargs):
    _original_init(self, *args, **kwargs)
    created.append(f"{self.status} {self.method} {self.url}: {self.body!r}"[:1500])


sdk.ApiException.__init__ = _recording_init


def _page_item(returns):
    return getattr(models, returns.removeprefix("ListResponse"))


def _check_items(items, item_class, where):
    assert items, f"{where} yielded no items"
    for item in items:
        assert isinstance(item, item_class), f"{where}: {type(item)} is not {item_class}"


def check_result(value, returns):
    if returns is None:
        assert value is None, f"expected None, got {type(value)}"
    elif returns.startswith("ListResponse"):
        _check_items(value.data, _page_item(returns), ".data")
        first = list(itertools.islice(value.auto_paging_iter(), 5))
        _check_items(first, _page_item(returns), "auto_paging_iter()")
    else:
        expected = getattr(models, returns)
        assert isinstance(value, expected), f"{type(value)} is not {expected}"


async def acheck_result(value, returns):
    if returns is not None and returns.startswith("ListResponse"):
        _check_items(value.data, _page_item(returns), ".data")
        first = []
        async for item in value.auto_paging_aiter():
            first.append(item)
            if len(first) == 5:
                break
        _check_items(first, _page_item(returns), "auto_paging_aiter()")
    else:
        check_result(value, returns)


def run(label, code):
    filename = f"<{label}>"
    linecache.cache[filename] = (len(code), None, code.splitlines(True), filename)
    namespace = {"__name__": "__snippet__", "check_result": check_result,
                 "acheck_result": acheck_result}
    del created[:]
    try:
        exec(compile(code, filename, "exec"), namespace)
    except BaseException as exc:
        detail = traceback.format_exc(limit=-8)
        if isinstance(exc, sdk.ApiException):
            detail += f"status {exc.status}, body {exc.body!r}"
        return {"error": f"{type(exc).__name__}: {exc}"[:1500], "detail": detail[-4000:]}
    return {"error": None, "detail": "", "observed": namespace.get("observed")}


results = []
with open(scripts_path, encoding="utf-8") as scripts:
    for script in json.load(scripts):
        outcome = run(script["label"], script["code"])
        results.append({"label": script["label"], "swallowed": list(created), **outcome})
with open(results_path, "w", encoding="utf-8") as out:
    json.dump(results, out, default=repr)
"""


def run_scripts(sdk: Sdk, venv: Venv, scripts: Sequence[Script], workdir: Path) -> list[Outcome]:
    """Run every script in `venv`, in order, in one interpreter; one outcome per script.

    Credentials and base URLs never come from this machine's environment: the variables
    the client reads them from are unset.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    runner, scripts_json, results_json = (
        workdir / name for name in ("runner.py", "scripts.json", "results.json")
    )
    runner.write_text(RUNNER, encoding="utf-8")
    payload = [{"label": s.label, "code": s.code} for s in scripts]
    scripts_json.write_text(json.dumps(payload), encoding="utf-8")
    unset: dict[str, str | None] = {name: None for name in sdk.env_vars}
    done = venv.run(runner, sdk.package, scripts_json, results_json, cwd=workdir, env=unset)
    if done.returncode != 0 or not results_json.exists():
        raise AssertionError(f"the script runner crashed:\n{done.stdout}\n{done.stderr}")
    return [
        Outcome(r["label"], r["error"], r["detail"], tuple(r["swallowed"]), r.get("observed"))
        for r in json.loads(results_json.read_text(encoding="utf-8"))
    ]


def failures(outcomes: Sequence[Outcome], prism: MockServer | None = None) -> str:
    """A failure message listing every script that failed (empty when none did)."""
    failed = [o for o in outcomes if not o.ok]
    if not failed:
        return ""
    text = f"{len(failed)} of {len(outcomes)} scripts failed:\n"
    text += "\n".join(o.report() for o in failed)
    if prism is not None:
        text += f"\n--- Prism's violations this session:\n{prism.violations()}"
    return text
