"""Tests for generator.spec.validate: version gate, meta-schema, and the semantic checks."""

from __future__ import annotations

import importlib.resources
import json
import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator.problems import Problem, join_pointer
from generator.spec.loader import LoadedSpec, load_spec
from generator.spec.validate import _meta_validator, validate

SPECS = Path(__file__).resolve().parent / "specs" / "loader"
REAL_SPECS = Path(__file__).resolve().parents[2] / "shared" / "specs"

HEAD_30 = 'openapi: 3.0.3\ninfo: {title: T, version: "1"}\n'
HEAD_31 = 'openapi: 3.1.0\ninfo: {title: T, version: "1"}\n'


def load_text(tmp_path: Path, text: str, name: str = "openapi.yaml") -> LoadedSpec:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return load_spec(path)


def check(tmp_path: Path, text: str) -> list[Problem]:
    """Validate a spec; a text without an `openapi:` line gets a two-line 3.1 header."""
    text = textwrap.dedent(text).lstrip("\n")
    if not text.startswith(("openapi:", "swagger:", "info:")):
        text = HEAD_31 + text
    return validate(load_text(tmp_path, text))


def line_of(tmp_path: Path, fragment: str) -> int:
    """The 1-based line of the one line of the written spec that contains `fragment`."""
    lines = (tmp_path / "openapi.yaml").read_text(encoding="utf-8").splitlines()
    (number,) = [n for n, line in enumerate(lines, 1) if fragment in line]
    return number


def with_message(problems: list[Problem], fragment: str) -> list[Problem]:
    return [p for p in problems if fragment in p.message]


# ---- version ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pointer", "fragment"),
    [
        ('swagger: "1.2"\ninfo: {title: T}\npaths: {}\n', "/swagger", "unsupported Swagger"),
        ("info: {title: T}\npaths: {}\n", "", "missing `openapi`"),
        ("openapi: 4.0.0\npaths: {}\n", "/openapi", "unsupported OpenAPI version 4.0.0"),
        ("openapi: 3.2.0\npaths: {}\n", "/openapi", "unsupported OpenAPI version 3.2.0"),
        ("openapi: 3.1\npaths: {}\n", "/openapi", "must be a string"),
    ],
)
def test_unsupported_versions_give_one_problem(
    tmp_path: Path, text: str, pointer: str, fragment: str
) -> None:
    (problem,) = check(tmp_path, text)
    assert problem.pointer == pointer
    assert fragment in problem.message
    assert problem.hint


@pytest.mark.parametrize("head", [HEAD_30, HEAD_31])
def test_minimal_specs_are_valid(tmp_path: Path, head: str) -> None:
    assert check(tmp_path, head + "paths: {}\n") == []


# ---- meta-schema -----------------------------------------------------------------------


def test_meta_schema_error_has_pointer_and_line(tmp_path: Path) -> None:
    problems = check(
        tmp_path,
        """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths:
          /pets:
            get:
              parameters:
                - name: limit
                  in: body
                  schema: {type: integer}
              responses:
                "200": {description: ok}
        """,
    )
    (problem,) = problems
    assert problem.pointer == "/paths/~1pets/get/parameters/0/in"
    assert problem.line == line_of(tmp_path, "in: body")
    assert "'body' is not one of" in problem.message


def test_meta_schema_error_in_31(tmp_path: Path) -> None:
    problems = check(
        tmp_path,
        """
        paths:
          /pets:
            get:
              responses:
                "200": {description: ok, colour: red}
        """,
    )
    (problem,) = problems
    assert problem.pointer == "/paths/~1pets/get/responses/200"
    assert problem.line == line_of(tmp_path, "colour: red")
    assert "'colour' was unexpected" in problem.message
    assert problem.hint and "x-" in problem.hint


def test_missing_required_field(tmp_path: Path) -> None:
    (problem,) = check(tmp_path, 'openapi: 3.0.3\ninfo: {version: "1"}\npaths: {}\n')
    assert (problem.pointer, problem.line) == ("/info", 2)
    assert problem.message == "'title' is a required property"


def test_one_of_failures_are_reduced_to_one_short_message(tmp_path: Path) -> None:
    problems = check(
        tmp_path,
        """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths:
          /pets:
            get:
              parameters:
                - name: limit
                  schema: {type: integer}
              responses:
                "200": {description: ok}
        """,
    )
    assert len(problems) == 1
    assert problems[0].pointer.startswith("/paths/~1pets/get/parameters/0")
    assert len(problems[0].message) < 120


def test_meta_schema_problems_are_capped(tmp_path: Path) -> None:
    paths = "\n".join(f"  /p{i}:\n    get: {{responses: {{'200': {{}}}}}}" for i in range(70))
    problems = check(tmp_path, HEAD_30 + "paths:\n" + paths + "\n")
    assert len(problems) == 51
    assert with_message(problems, "... and 20 more meta-schema problems")


def test_long_instances_are_shortened(tmp_path: Path) -> None:
    tags = "[" + ", ".join(f"tag{i}" for i in range(100)) + "]"
    (problem,) = check(tmp_path, HEAD_31 + f"paths: {{}}\ntags: {{names: {tags}}}\n")
    assert problem.pointer == "/tags"
    assert len(problem.message) < 120


def test_fast_meta_schema_gives_the_same_answers_as_the_shipped_one() -> None:
    from jsonschema.validators import validator_for

    folder = importlib.resources.files("openapi_spec_validator") / "resources" / "schemas"
    schema = json.loads((folder / "v3.1" / "schema.json").read_text(encoding="utf-8"))
    shipped = validator_for(schema)(schema)
    fast = _meta_validator("3.1")
    base: dict[str, Any] = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}}
    operation = {"responses": {"200": {"description": "ok"}}}
    documents = [
        {**base, "paths": {}},
        {**base},
        {**base, "paths": {"/a": {"get": {**operation, "parameters": [{"name": "x"}]}}}},
        {**base, "paths": {"/a": {"get": {**operation, "parameters": [{"$ref": 3}]}}}},
        {**base, "paths": {"/a": {"get": {"responses": {"200": {"content": {}}}}}}},
        {**base, "paths": {"/a": {"post": {**operation, "requestBody": {"content": 1}}}}},
        {**base, "components": {"schemas": {"A": 3, "B": {"type": "object"}, "C": True}}},
        {**base, "components": {"securitySchemes": {"s": {"type": "http"}}}},
        {**base, "webhooks": {"w": {"post": {**operation, "x-ok": 1, "bad": 2}}}},
        {**base, "paths": {"/a": {"parameters": [{"in": "path", "name": "a"}]}}},
    ]

    def answers(validator: Any, document: dict[str, Any]) -> set[tuple[str, str]]:
        return {
            (join_pointer("", *error.absolute_path), error.message)
            for error in validator.iter_errors(document)
        }

    for document in documents:
        assert answers(fast, document) == answers(shipped, document), document


# ---- references ------------------------------------------------------------------------


def test_dangling_ref_is_reported_at_the_ref(tmp_path: Path) -> None:
    problems = check(
        tmp_path,
        """
        paths: {}
        components:
          schemas:
            A:
              type: object
              properties:
                b:
                  $ref: "#/components/schemas/Missing"
        """,
    )
    (problem,) = problems
    assert problem.pointer == "/components/schemas/A/properties/b/$ref"
    assert problem.line == line_of(tmp_path, "schemas/Missing")
    assert "does not resolve" in problem.message
    assert problem.hint and "define `Missing` under components/schemas" in problem.hint


def test_dangling_ref_in_a_bundled_file_is_reported_in_that_file(tmp_path: Path) -> None:
    (tmp_path / "pet.yaml").write_text(
        "type: object\nproperties:\n  tag:\n    $ref: openapi.yaml#/components/schemas/Tag\n",
        encoding="utf-8",
    )
    problems = check(
        tmp_path,
        HEAD_31 + "paths: {}\ncomponents:\n  schemas:\n    Pet: {$ref: pet.yaml}\n",
    )
    (problem,) = problems
    assert Path(problem.file).name == "pet.yaml"
    assert (problem.pointer, problem.line) == ("/properties/tag/$ref", 4)


def test_ref_cycle_without_structure(tmp_path: Path) -> None:
    problems = check(
        tmp_path,
        """
        paths: {}
        components:
          schemas:
            B: {$ref: "#/components/schemas/A"}
            A: {$ref: "#/components/schemas/B"}
            C: {$ref: "#/components/schemas/C"}
            D: {$ref: "#/components/schemas/A"}
        """,
    )
    messages = sorted(p.message for p in problems)
    assert messages == ["reference cycle A -> B -> A", "reference cycle C -> C"]
    (first,) = with_message(problems, "A -> B")
    assert (first.pointer, first.line) == ("/components/schemas/A/$ref", line_of(tmp_path, "A: {"))


def test_recursive_schemas_are_fine(tmp_path: Path) -> None:
    problems = check(
        tmp_path,
        """
        paths: {}
        components:
          schemas:
            Node:
              type: object
              properties:
                children: {type: array, items: {$ref: "#/components/schemas/Node"}}
                parent: {$ref: "#/components/schemas/Node"}
        """,
    )
    assert problems == []


# ---- operations ------------------------------------------------------------------------


def test_duplicate_operation_id(tmp_path: Path) -> None:
    problems = check(
        tmp_path,
        """
        paths:
          /health:
            get: {operationId: health, responses: {"204": {description: ok}}}
            head: {operationId: health, responses: {"204": {description: ok}}}
          /other:
            post: {operationId: health, responses: {"204": {description: ok}}}
        """,
    )
    assert [(p.pointer, p.line) for p in problems] == [
        ("/paths/~1health/head/operationId", line_of(tmp_path, "head:")),
        ("/paths/~1other/post/operationId", line_of(tmp_path, "post:")),
    ]
    assert all("GET /health uses it too" in p.message for p in problems)
    assert problems[0].hint and "HEAD /health" in problems[0].hint


def test_undeclared_path_parameter(tmp_path: Path) -> None:
    problems = check(
        tmp_path,
        """
        paths:
          /apps/{app_id}/items/{item_id}:
            parameters:
              - {name: item_id, in: path, required: true, schema: {type: string}}
            get:
              responses: {"200": {description: ok}}
        """,
    )
    (problem,) = problems
    pointer = "/paths/~1apps~1{app_id}~1items~1{item_id}/get"
    assert (problem.pointer, problem.line) == (pointer, line_of(tmp_path, "get:"))
    assert "`app_id`" in problem.message
    assert problem.hint and "add a parameter with `in: path`, `name: app_id`" in problem.hint


def test_path_parameters_through_refs_count(tmp_path: Path) -> None:
    problems = check(
        tmp_path,
        """
        paths:
          /apps/{app_id}:
            get:
              parameters: [{$ref: "#/components/parameters/AppId"}]
              responses: {"200": {description: ok}}
        components:
          parameters:
            AppId: {name: app_id, in: path, required: true, schema: {type: string}}
        """,
    )
    assert problems == []


def test_path_parameter_not_in_template_and_not_required(tmp_path: Path) -> None:
    problems = check(
        tmp_path,
        """
        paths:
          /apps:
            parameters:
              - {name: org, in: path, required: true, schema: {type: string}}
            get:
              parameters:
                - $ref: "#/components/parameters/AppId"
              responses: {"200": {description: ok}}
            post:
              responses: {"200": {description: ok}}
        components:
          parameters:
            AppId: {name: app_id, in: path, schema: {type: string}}
        """,
    )
    mine = with_message(problems, "path parameter")
    assert [(p.pointer, p.line) for p in mine] == [
        # the path-level parameter is reported once, not once per operation
        ("/paths/~1apps/parameters/0", line_of(tmp_path, "name: org")),
        ("/paths/~1apps/get/parameters/0", line_of(tmp_path, "- $ref")),
        ("/components/parameters/AppId", line_of(tmp_path, "AppId: {")),
    ]
    assert "does not appear in the path /apps" in mine[0].message
    assert mine[0].hint == "remove it, or add `{org}` to the path"
    assert mine[2].message == "path parameter `app_id` must be required"
    # the 3.1 meta-schema says so too, in its own words
    assert with_message(problems, "'required' is a required property")


def test_duplicate_parameters(tmp_path: Path) -> None:
    problems = check(
        tmp_path,
        """
        paths:
          /a:
            parameters:
              - {name: limit, in: query, schema: {type: integer}}
            get:
              parameters:
                - {name: limit, in: query, schema: {type: integer}}
                - {name: X-Trace, in: header, schema: {type: string}}
                - {name: x-trace, in: header, schema: {type: string}}
                - {name: limit, in: header, schema: {type: string}}
                - {$ref: "#/components/parameters/Limit"}
              responses: {"200": {description: ok}}
        components:
          parameters:
            Limit: {name: limit, in: query, schema: {type: integer}}
        """,
    )
    assert [(p.pointer, p.line) for p in problems] == [
        ("/paths/~1a/get/parameters/2", line_of(tmp_path, "name: x-trace")),
        ("/paths/~1a/get/parameters/4", line_of(tmp_path, "- {$ref")),
    ]
    assert "first listed at /paths/~1a/get/parameters/1" in problems[0].message
    assert "`limit` (in: query)" in problems[1].message


def test_operation_without_responses(tmp_path: Path) -> None:
    problems = check(
        tmp_path,
        """
        paths:
          /a:
            get:
              operationId: a
              responses: {}
            post:
              operationId: b
        """,
    )
    mine = with_message(problems, "has no responses")
    assert [(p.pointer, p.line) for p in mine] == [
        ("/paths/~1a/get", line_of(tmp_path, "get:")),
        ("/paths/~1a/post", line_of(tmp_path, "post:")),
    ]
    assert mine[0].message == "GET /a has no responses"
    assert mine[0].hint and "add at least one response" in mine[0].hint


def test_webhooks_and_path_item_refs_are_checked(tmp_path: Path) -> None:
    problems = check(
        tmp_path,
        """
        paths:
          /a: {$ref: "#/components/pathItems/A"}
        webhooks:
          ping: {post: {operationId: a, responses: {"200": {description: ok}}}}
        components:
          pathItems:
            A: {get: {operationId: a, responses: {"200": {description: ok}}}}
        """,
    )
    (problem,) = problems
    assert problem.pointer == "/webhooks/ping/post/operationId"


def test_garbage_does_not_crash(tmp_path: Path) -> None:
    for text in [
        HEAD_31 + "paths: []\n",
        HEAD_31 + "paths: {/a: 3, /b: {get: 1, parameters: 2}}\n",
        HEAD_31 + "paths:\n  /c/{x}: {get: {parameters: [1, {$ref: 2}, {name: 3, in: path}]}}\n",
        HEAD_31 + "paths: {/a: {$ref: '#/nope'}}\ncomponents: {parameters: []}\n",
        HEAD_30 + "paths:\n  /a/{b}: {get: {responses: [], parameters: {}}}\n",
    ]:
        problems = check(tmp_path, text)
        assert problems and all(isinstance(p, Problem) for p in problems)
        assert not with_message(problems, "internal error")
        assert problems == sorted(problems, key=lambda p: p.sort_key)


def test_bundled_fixture_is_valid() -> None:
    assert validate(load_spec(SPECS / "multi" / "openapi.yaml")) == []
    assert validate(load_spec(SPECS / "cycle" / "openapi.yaml")) == []


# ---- real specs --------------------------------------------------------------------------


def real_spec(name: str) -> Path:
    if not REAL_SPECS.is_dir():
        pytest.skip(f"../shared/specs not available: {REAL_SPECS} is missing")
    path = REAL_SPECS / name
    if not path.is_file():
        pytest.skip(f"../shared/specs not available: {path} is missing")
    return path


@pytest.mark.real_specs
def test_real_svix_spec_is_valid() -> None:
    spec = load_spec(real_spec("svix.openapi.json"))
    assert len(spec.root["paths"]) == 169
    assert len(spec.root["components"]["schemas"]) == 402
    assert validate(spec) == []


@pytest.mark.real_specs
def test_real_svix_server_spec_has_a_duplicate_operation_id() -> None:
    spec = load_spec(real_spec("svix-server.openapi.json"))
    problems = validate(spec)
    (duplicate,) = with_message(problems, "duplicate operationId")
    assert duplicate.pointer == "/paths/~1api~1v1~1health/head/operationId"
    assert "`v1.health.get`" in duplicate.message
    assert "GET /api/v1/health" in duplicate.message
    assert duplicate.line is not None
    lines = real_spec("svix-server.openapi.json").read_text(encoding="utf-8").splitlines()
    assert '"operationId": "v1.health.get"' in lines[duplicate.line - 1]
    # The file also lists operations on /api/v1/app/{app_id} without an app_id parameter.
    undeclared = with_message(problems, "is not declared")
    assert undeclared and all("`app_id`" in p.message for p in undeclared)


@pytest.mark.real_specs
def test_real_simplyq_spec_loads_and_validates() -> None:
    spec = load_spec(real_spec("simplyq.openapi.yaml"))
    assert spec.root["openapi"] == "3.0.3"
    assert len(spec.root["paths"]) == 14
    assert len(spec.root["components"]["schemas"]) == 8
    assert validate(spec) == []
    line = spec.locate("/paths")[2]
    assert line is not None
    text = real_spec("simplyq.openapi.yaml").read_text(encoding="utf-8").splitlines()
    assert text[line - 1].startswith("paths:")
