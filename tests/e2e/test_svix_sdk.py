"""The generated Svix SDK, installed with pip, used as its docs say, against Prism.

Seed 000 is the README of the SDK this project must match; every usage snippet of its
Reference section runs here in three forms (sync, async with the `a` prefix, `.raw`),
against Prism mocking `spec/svix.yaml` with request validation on, so a call whose
arguments the SDK puts on the wire wrongly fails with Prism's 422.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path
from typing import Any

import pytest

from tests.support.paths import require_shared
from tests.support.prism import MockServer
from tests.support.seeds import SEED_000, ReferenceEntry, reference_entries
from tests.support.venvs import Venv

from .conftest import Script, Sdk, failures, run_scripts

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("svix")]

TOKEN = "YOUR_BEARER_TOKEN"
FORMS = ("sync", "async", "raw")
# How each form reaches method `{1}` of namespace `{0}`.
_METHODS = {"sync": "{0}.{1}", "async": "{0}.a{1}", "raw": "{0}.raw.{1}"}
_ASSIGNMENT = re.compile(r"(\w+) = ")


@pytest.fixture(scope="module")
def reference() -> list[ReferenceEntry]:
    require_shared(SEED_000, "seed 000, the README whose usage snippets are run")
    return reference_entries()


def _client(url: str, token: str | None = TOKEN) -> str:
    construct = f"Svix(access_token={token!r}, base_url={url!r})"
    return f"from svix_python_sdk import Svix\n\nsvix = {construct}\n"


def snippet_in_form(entry: ReferenceEntry, form: str) -> str:
    """The usage snippet rewritten for `form` (`svix.x.y(` → `await svix.x.ay(`, ...)."""
    documented = f"svix.{entry.resource}.{entry.method}("
    awaited = "await " if form == "async" else ""
    replacement = f"{awaited}svix.{_METHODS[form].format(entry.resource, entry.method)}("
    assert entry.usage.count(documented) == 1, f"{entry.label}: one call expected:\n{entry.usage}"
    return entry.usage.replace(documented, replacement)


def _capture_result(code: str) -> tuple[str, str]:
    """The snippet with its result in a variable, and that variable's name.

    A snippet that discards the result (`svix.application.remove_app(...)`) gets
    `result = ` in front, so that what the call returned can be checked too.
    """
    assignment = _ASSIGNMENT.match(code)
    if assignment is None:
        return "result = " + code, "result"
    return code, assignment[1]


def snippet_script(entry: ReferenceEntry, form: str, url: str) -> Script:
    """The usage snippet in one form, followed by checks of what it returned."""
    code, var = _capture_result(snippet_in_form(entry, form))
    returns = repr(entry.returns)
    label = f"{entry.label} ({form})"
    if form == "sync":
        return Script(label, f"{_client(url)}{code}check_result({var}, {returns})\nsvix.close()\n")
    if form == "raw":
        checks = (
            f"assert 200 <= {var}.status < 300, {var}.status\n"
            f"assert {var}.round_trip_time > 0\n"
            f"check_result({var}.parse(), {returns})\n"
        )
        return Script(label, _client(url) + code + checks)
    checks = f"await acheck_result({var}, {returns})\nawait svix.aclose()\n"
    main = textwrap.indent(code + checks, "    ")
    async_code = f"async def main() -> None:\n{main}\n\nasyncio.run(main())\n"
    return Script(label, "import asyncio\n" + _client(url) + async_code)


def _run(sdk: Sdk, venv: Venv, scripts: list[Script], tmp_path: Path) -> list[dict[str, Any]]:
    """Run scripts that leave what they saw in `observed`; fail if any script crashed."""
    outcomes = run_scripts(sdk, venv, scripts, tmp_path)
    crashed = [o.report() for o in outcomes if o.error is not None]
    assert not crashed, "\n".join(crashed)
    return [o.observed for o in outcomes]


# ---------------------------------------------------------------------------------------
# The package itself
# ---------------------------------------------------------------------------------------


def test_generated_project_passes_ruff(svix_sdk: Sdk, svix_venv: Venv) -> None:
    done = svix_venv.module("ruff", "check", "--no-cache", ".", cwd=svix_sdk.project)
    assert done.returncode == 0, done.stdout + done.stderr


def test_generated_package_passes_mypy_strict(
    svix_sdk: Sdk, svix_venv: Venv, tmp_path: Path
) -> None:
    done = svix_venv.module(
        "mypy", "--strict", "--cache-dir", tmp_path, svix_sdk.package, cwd=svix_sdk.project
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_repr_hides_the_token_and_version_matches_config(
    svix_sdk: Sdk, svix_venv: Venv, svix_config: dict[str, Any], tmp_path: Path
) -> None:
    script = Script(
        "repr and version",
        "import svix_python_sdk\n"
        + _client("http://127.0.0.1:9", token="tok-SECRET-123")
        + "observed = {'reprs': [repr(svix), str(svix), repr(svix.application),"
        " repr(svix.application.raw)], 'version': svix_python_sdk.__version__}\n",
    )
    [observed] = _run(svix_sdk, svix_venv, [script], tmp_path)
    for text in observed["reprs"]:
        assert "tok-SECRET" not in text
    assert observed["reprs"][0].startswith("Svix(")
    assert observed["version"] == svix_config["version"]


# ---------------------------------------------------------------------------------------
# Seed 000's Reference snippets
# ---------------------------------------------------------------------------------------


def test_seed_reference_has_every_operation(reference: list[ReferenceEntry], svix_sdk: Sdk) -> None:
    documented = {entry.label for entry in reference}
    generated = {
        f"{r.name}.{op.name}" for r in svix_sdk.generation.api.resources for op in r.operations
    }
    assert len(reference) == 59
    assert documented == generated


@pytest.mark.parametrize("form", FORMS)
def test_reference_snippets_run_against_prism(
    form: str,
    reference: list[ReferenceEntry],
    svix_sdk: Sdk,
    svix_venv: Venv,
    svix_prism: MockServer,
    tmp_path: Path,
) -> None:
    scripts = [snippet_script(entry, form, svix_prism.url) for entry in reference]
    outcomes = run_scripts(svix_sdk, svix_venv, scripts, tmp_path)
    assert len(outcomes) == len(reference)
    problems = failures(outcomes, svix_prism)
    assert not problems, problems


def test_reference_snippets_type_check(
    reference: list[ReferenceEntry], svix_venv: Venv, tmp_path: Path
) -> None:
    """Every snippet, in every form, is accepted by `mypy --strict` against the installed SDK."""
    functions = []
    for number, entry in enumerate(reference):
        for form in FORMS:
            define = "async def" if form == "async" else "def"
            body = textwrap.indent(snippet_in_form(entry, form), "    ")
            functions.append(f"{define} snippet_{number}_{form}() -> None:\n{body}")
    module = tmp_path / "snippets.py"
    module.write_text(_client("http://127.0.0.1:4010") + "\n\n" + "\n\n".join(functions))
    done = svix_venv.module(
        "mypy", "--strict", "--cache-dir", tmp_path / ".mypy_cache", module, cwd=tmp_path
    )
    assert done.returncode == 0, done.stdout + done.stderr


# ---------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------

# Leaves what `{call}` raised in `observed` (`{call}` may await: it runs in `main`).
_ERROR_SCRIPT = """\
import asyncio

from svix_python_sdk import ApiException, SvixError

{client}

async def main() -> None:
    global observed
    try:
        {call}
    except SvixError as error:
        observed = {{
            "class": type(error).__name__,
            "is_api_exception": isinstance(error, ApiException),
            "status": getattr(error, "status", None),
            "reason": getattr(error, "reason", None),
            "body": getattr(error, "body", None),
            "round_trip_time": getattr(error, "round_trip_time", None),
        }}
    else:
        observed = "no error"


asyncio.run(main())
"""


def _error_scripts(
    namespace: str, method: str, arguments: str, token: str | None, url: str
) -> list[Script]:
    """One call in every form, each leaving what it raised in `observed`."""
    scripts = []
    for form in FORMS:
        awaited = "await " if form == "async" else ""
        call = f"svix.{_METHODS[form].format(namespace, method)}({arguments})"
        code = _ERROR_SCRIPT.format(client=_client(url, token), call=awaited + call)
        scripts.append(Script(f"{call} ({form})", code))
    return scripts


def test_request_prism_rejects_raises_unprocessable_entity(
    svix_sdk: Sdk, svix_venv: Venv, svix_prism: MockServer, tmp_path: Path
) -> None:
    """rate_limit must be at least 1: Prism answers 422, the SDK raises its subclass."""
    arguments = 'name="x", rate_limit=0'
    scripts = _error_scripts(
        "application", "create_new_application", arguments, TOKEN, svix_prism.url
    )
    for script, observed in zip(scripts, _run(svix_sdk, svix_venv, scripts, tmp_path), strict=True):
        assert isinstance(observed, dict), f"{script.label}: {observed}"
        assert observed["class"] == "UnprocessableEntityError", script.label
        assert observed["is_api_exception"]
        assert observed["status"] == 422
        assert observed["reason"] == "Unprocessable Entity"
        assert isinstance(observed["body"], dict), f"body not parsed: {observed['body']!r}"
        assert observed["round_trip_time"] > 0


def test_call_without_token_raises_authentication_error(
    svix_sdk: Sdk, svix_venv: Venv, svix_prism: MockServer, tmp_path: Path
) -> None:
    """No token passed and none in the environment: Prism answers 401."""
    scripts = _error_scripts("application", "list_all", "", None, svix_prism.url)
    for script, observed in zip(scripts, _run(svix_sdk, svix_venv, scripts, tmp_path), strict=True):
        assert isinstance(observed, dict), f"{script.label}: {observed}"
        assert observed["class"] == "AuthenticationError", script.label
        assert observed["is_api_exception"]
        assert observed["status"] == 401


# ---------------------------------------------------------------------------------------
# The generated README
# ---------------------------------------------------------------------------------------

_HEADING_OR_BLOCK = re.compile(
    r"^## (?P<heading>[^\n]+)$|^```python\n(?P<code>.*?)^```", re.M | re.S
)
_PLACEHOLDER_CLIENT = re.compile(r'Svix\(access_token="YOUR_\w+"\)')
REQUIRED_README_SECTIONS = ("getting started", "async", "raw http response")


def readme_snippets(readme: str) -> list[tuple[str, str]]:
    """(section heading, code) of every ```python block of a README, in order."""
    heading = ""
    snippets = []
    for match in _HEADING_OR_BLOCK.finditer(readme):
        if match["heading"] is not None:
            heading = match["heading"].strip()
        else:
            snippets.append((heading, match["code"]))
    return snippets


def readme_script(heading: str, code: str, url: str, number: int) -> Script:
    """A README snippet pointed at Prism.

    Its placeholder client gets Prism's URL; snippets that use a client without making
    one (`client.application.raw...`) find one made beforehand, under both usual names.
    """
    client = f'Svix(access_token="YOUR_ACCESS_TOKEN", base_url={url!r})'
    preamble = f"from svix_python_sdk import Svix\n\nclient = svix = {client}\n\n"
    return Script(f"README #{number} ({heading})", preamble + _PLACEHOLDER_CLIENT.sub(client, code))


def test_readme_snippets_run_against_prism(
    svix_sdk: Sdk, svix_venv: Venv, svix_prism: MockServer, tmp_path: Path
) -> None:
    """Every ```python block of the README runs, and no API error is raised (or caught)."""
    snippets = readme_snippets(svix_sdk.readme)
    headings = {heading.lower() for heading, _ in snippets}
    missing = [s for s in REQUIRED_README_SECTIONS if s not in headings]
    assert not missing, f"README has no python snippet under {missing}: {sorted(headings)}"
    scripts = [readme_script(h, code, svix_prism.url, n) for n, (h, code) in enumerate(snippets)]
    outcomes = run_scripts(svix_sdk, svix_venv, scripts, tmp_path)
    problems = failures(outcomes, svix_prism)
    assert not problems, problems


def test_readme_has_one_usage_block_per_operation(svix_sdk: Sdk) -> None:
    """The Reference section: one Usage block per operation, calling that operation."""
    usage = [code for heading, code in readme_snippets(svix_sdk.readme) if heading == "Reference"]
    api = svix_sdk.generation.api
    assert len(usage) == len(api.operations) == 59
    for code, (resource, op) in zip(
        usage, [(r, op) for r in api.resources for op in r.operations], strict=True
    ):
        assert f"svix.{resource.name}.{op.name}(" in code, code


# One tab (Sync, Async, Raw response) of an Example: a fenced block in a `/// tab` block.
_EXAMPLE_BLOCK = re.compile(
    r"^/// tab \| (?P<tab>Sync|Async|Raw response)\n\n```python\n(?P<code>.*?)^```", re.M | re.S
)


def test_resource_page_examples_run_against_prism(
    svix_sdk: Sdk, svix_venv: Venv, svix_prism: MockServer, tmp_path: Path
) -> None:
    """Every tab of the Example of every method on the docs/<Resource>.md pages runs too."""
    scripts = []
    for page in sorted((svix_sdk.project / "docs").glob("*Api.md")):
        for number, match in enumerate(_EXAMPLE_BLOCK.finditer(page.read_text("utf-8"))):
            heading = f"{page.name} example {number} ({match['tab']})"
            code = textwrap.dedent(match["code"])
            scripts.append(readme_script(heading, code, svix_prism.url, number))
    assert len(scripts) == 3 * len(svix_sdk.generation.api.operations)
    outcomes = run_scripts(svix_sdk, svix_venv, scripts, tmp_path)
    problems = failures(outcomes, svix_prism)
    assert not problems, problems
