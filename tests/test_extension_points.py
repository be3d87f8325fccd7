"""Extension points: template overrides (`--templates`, config `templates`) and resource hooks
(config `resources: {name: {extend: module:Class}}`), used the way a user would."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.config import parse_config
from generator.problems import SpecError
from generator.render import builtin_templates
from tests.runtime.loopback import serving
from tests.support.imports import imported_package

PETSTORE = Path(__file__).parent / "specs" / "golden" / "petstore.yaml"

README_OVERRIDE = """\
# {{ package.project_name }} (ACME edition)

{% include "builtin/project/README.md.jinja" %}
"""

PETS_EXTRAS = '''\
"""Hand-written helpers on `client.pets`, kept across regenerations."""

from __future__ import annotations

from petstore_sdk._resource import BaseResource
from petstore_sdk.models import PetKind


class PetsExtras(BaseResource):
    def count(self, kind: PetKind) -> int:
        """How many pets of one kind there are on the first page."""
        from petstore_sdk.resources.pets import PetsApi

        assert isinstance(self, PetsApi)
        return len(self.list_pets(kind=kind).data)
'''


def _cli(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.output


def _project(tmp_path: Path, config: str) -> Path:
    (tmp_path / "templates" / "project").mkdir(parents=True)
    (tmp_path / "templates" / "project" / "README.md.jinja").write_text(README_OVERRIDE)
    (tmp_path / "sdkgen.yaml").write_text(config)
    return tmp_path / "sdkgen.yaml"


def test_a_config_template_replaces_the_builtin_and_can_include_it(tmp_path: Path) -> None:
    config = _project(tmp_path, "package_name: petstore_sdk\ntemplates: templates\n")
    out = tmp_path / "out"
    code, output = _cli("generate", PETSTORE, "-c", config, "-o", out)
    assert code == 0, output
    readme = (out / "README.md").read_text()
    assert readme.startswith("# petstore-sdk (ACME edition)\n")
    assert "pip install" in readme  # the built-in README follows, included whole

    assert _cli("check", PETSTORE, "-c", config, "-o", out)[0] == 0
    # The output depends on the template's text: editing it is drift, cache or not.
    template = tmp_path / "templates" / "project" / "README.md.jinja"
    template.write_text(README_OVERRIDE.replace("ACME", "Initech"))
    code, output = _cli("check", PETSTORE, "-c", config, "-o", out)
    assert code == 1, output
    assert "README.md" in output


def test_the_templates_option_overrides_like_the_config_key(tmp_path: Path) -> None:
    config = _project(tmp_path, "package_name: petstore_sdk\n")
    out = tmp_path / "out"
    code, output = _cli(
        "generate", PETSTORE, "-c", config, "-o", out, "--templates", tmp_path / "templates"
    )
    assert code == 0, output
    assert (out / "README.md").read_text().startswith("# petstore-sdk (ACME edition)")
    # Without the option the same folder is drift: check uses what it is given.
    assert _cli("check", PETSTORE, "-c", config, "-o", out)[0] == 1
    options = ("--templates", tmp_path / "templates")
    assert _cli("check", PETSTORE, "-c", config, "-o", out, *options)[0] == 0


def test_a_misspelt_override_is_refused_with_the_name_it_was_meant_to_be(tmp_path: Path) -> None:
    config = _project(tmp_path, "templates: templates\n")
    wrong = tmp_path / "templates" / "sdk" / "resources.py.jinja"
    wrong.parent.mkdir()
    wrong.write_text("{{ nothing }}\n")
    out = tmp_path / "out"
    code, output = _cli("generate", PETSTORE, "-c", config, "-o", out)
    assert code != 0
    assert "'sdk/resources.py.jinja' replaces no built-in template" in output
    assert "did you mean 'sdk/resource.py.jinja'" in output
    assert "Traceback" not in output
    assert not out.exists()


def test_every_template_the_docs_table_names_exists() -> None:
    table = (Path(__file__).parents[1] / "docs" / "templates.md").read_text()
    named = {line.split("`")[1] for line in table.splitlines() if line.startswith("| `")}
    assert named == set(builtin_templates())


@pytest.mark.parametrize(
    "extend",
    [
        "os.system('rm -rf /'):X",  # nothing from a config reaches code unchecked
        "pkg.class:Extras",  # a keyword is not a module name
        "pkg.extras",  # no class
        ".extras:Extras\nimport os",
    ],
)
def test_a_resource_hook_must_name_a_module_and_a_class(extend: str) -> None:
    with pytest.raises(SpecError) as caught:
        parse_config({"resources": {"pets": {"extend": extend}}}, "sdkgen.yaml")
    (problem,) = caught.value.problems
    assert problem.pointer == "/resources/pets/extend"


class _Pets(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        kind = self.path.partition("kind=")[2]
        pets = [{"id": str(i), "name": f"pet{i}", "kind": kind, "createdAt": "2024-01-01T00:00:00Z"}
                for i in range(3 if kind == "dog" else 1)]  # fmt: skip
        body = json.dumps({"data": pets, "has_more": False}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def pets_server() -> Iterator[str]:
    with serving(ThreadingHTTPServer(("127.0.0.1", 0), _Pets)) as url:
        yield url


def test_a_resource_hook_adds_methods_that_survive_regeneration(
    tmp_path: Path, pets_server: str
) -> None:
    config = tmp_path / "sdkgen.yaml"
    config.write_text(
        "package_name: petstore_sdk\nresources:\n  pets: {extend: .extras.pets:PetsExtras}\n"
    )
    out = tmp_path / "out"
    extras = out / "petstore_sdk" / "extras"
    extras.mkdir(parents=True)
    (extras / "__init__.py").write_text("")
    (extras / "pets.py").write_text(PETS_EXTRAS)
    for _ in range(2):  # the second run leaves the user's module alone
        code, output = _cli("generate", PETSTORE, "-c", config, "-o", out)
        assert code == 0, output
    assert (extras / "pets.py").read_text() == PETS_EXTRAS
    assert _cli("check", PETSTORE, "-c", config, "-o", out)[0] == 0

    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-p", "petstore_sdk"],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    with imported_package(out, "petstore_sdk") as sdk:
        client = sdk.Petstore(api_key="k", base_url=pets_server)
        assert client.pets.count("dog") == 3
        assert client.pets.count("cat") == 1


def test_an_unknown_resource_in_the_hooks_is_a_warning_naming_the_resources(
    tmp_path: Path,
) -> None:
    config = tmp_path / "sdkgen.yaml"
    config.write_text("resources:\n  pet: {extend: .extras:Extras}\n")
    code, output = _cli("generate", PETSTORE, "-c", config, "-o", tmp_path / "out")
    assert code == 0, output
    assert "config resources: 'pet' is not a resource" in output
    assert "pets" in output
