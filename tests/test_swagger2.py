"""Swagger 2.0 input: converted to OpenAPI 3.0 when loaded, problems still at 2.0 lines.

Each test writes a small 2.0 spec, loads it as every command does (`load_spec`), and
looks at the OpenAPI 3.0 document later stages see, or at where a problem is reported.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator.pipeline import generate
from generator.problems import SpecError
from generator.spec.loader import LoadedSpec, load_spec
from generator.spec.validate import validate
from tests.test_cli import run

HEAD = 'swagger: "2.0"\ninfo: {title: Pets, version: "1"}\n'


def write(tmp_path: Path, text: str, name: str = "swagger.yaml") -> Path:
    path = tmp_path / name
    path.write_text(HEAD + textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def load(tmp_path: Path, text: str) -> LoadedSpec:
    return load_spec(write(tmp_path, text))


def line_of(path: Path, fragment: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    (number,) = [n for n, line in enumerate(lines, 1) if fragment in line]
    return number


PETS = """
host: api.example.com
basePath: /v1
schemes: [https, http]
consumes: [application/json]
produces: [application/json]
paths:
  /pets:
    parameters:
      - {name: X-Trace, in: header, type: string}
    get:
      operationId: listPets
      parameters:
        - {name: tags, in: query, type: array, items: {type: string}, collectionFormat: multi}
        - {name: ids, in: query, type: array, items: {type: integer}}
        - {name: sizes, in: query, type: array, items: {type: string}, collectionFormat: pipes}
        - {$ref: "#/parameters/limit"}
      responses:
        "200":
          description: pets
          headers: {X-Total: {type: integer, description: how many}}
          schema: {type: array, items: {$ref: "#/definitions/Pet"}}
        default: {$ref: "#/responses/Error"}
    post:
      operationId: addPet
      consumes: [application/json, text/json]
      parameters:
        - {name: pet, in: body, required: true, schema: {$ref: "#/definitions/Pet"}}
      responses:
        "201": {description: created, schema: {$ref: "#/definitions/Pet"}}
  /pets/{id}/photo:
    post:
      operationId: uploadPhoto
      consumes: [multipart/form-data]
      parameters:
        - {name: id, in: path, required: true, type: integer}
        - {name: file, in: formData, required: true, type: file}
        - {name: caption, in: formData, type: string, description: shown below}
      responses:
        "200": {description: the photo, schema: {type: file}}
  /pets/{id}/rename:
    post:
      operationId: renamePet
      parameters:
        - {name: id, in: path, required: true, type: integer}
        - {$ref: "#/parameters/newName"}
      responses:
        "204": {description: renamed}
parameters:
  limit: {name: limit, in: query, type: integer, default: 20}
  newName: {name: name, in: formData, type: string, required: true}
responses:
  Error: {description: failed, schema: {$ref: "#/definitions/Error"}}
definitions:
  Pet:
    type: object
    required: [name]
    x-ms-client-flatten: true
    properties:
      name: {type: string}
      owner: {$ref: "#/definitions/Owner", x-nullable: true}
      nickname: {type: string, x-nullable: true}
  Owner: {type: object, properties: {name: {type: string}}}
  Error: {type: object, properties: {message: {type: string}}}
securityDefinitions:
  basic: {type: basic}
  key: {type: apiKey, name: X-Key, in: header}
  robot: {type: oauth2, flow: application, tokenUrl: "https://auth.example.com/token",
          scopes: {"pets:read": read pets}}
  people: {type: oauth2, flow: accessCode, authorizationUrl: "https://auth.example.com/a",
           tokenUrl: "https://auth.example.com/t", scopes: {}}
security: [{key: []}]
"""


@pytest.fixture
def pets(tmp_path: Path) -> dict[str, Any]:
    return load(tmp_path, PETS).root


def test_the_document_becomes_openapi_3_0(pets: dict[str, Any]) -> None:
    assert pets["openapi"] == "3.0.3"
    assert "swagger" not in pets and "definitions" not in pets
    assert pets["servers"] == [
        {"url": "https://api.example.com/v1"},
        {"url": "http://api.example.com/v1"},
    ]
    assert pets["security"] == [{"key": []}]


def test_body_parameter_becomes_a_request_body_per_consumed_type(pets: dict[str, Any]) -> None:
    body = pets["paths"]["/pets"]["post"]["requestBody"]
    schema = {"$ref": "#/components/schemas/Pet"}
    assert body["content"] == {"application/json": {"schema": schema},
                               "text/json": {"schema": schema}}  # fmt: skip
    assert body["required"] is True
    assert "parameters" not in pets["paths"]["/pets"]["post"]


def test_form_parameters_become_one_multipart_body(pets: dict[str, Any]) -> None:
    op = pets["paths"]["/pets/{id}/photo"]["post"]
    assert [p["name"] for p in op["parameters"]] == ["id"]
    (media_type,) = op["requestBody"]["content"]
    assert media_type == "multipart/form-data"
    schema = op["requestBody"]["content"][media_type]["schema"]
    assert schema["properties"]["file"] == {"type": "string", "format": "binary"}
    assert schema["properties"]["caption"] == {"type": "string", "description": "shown below"}
    assert schema["required"] == ["file"]
    response = op["responses"]["200"]["content"]["application/json"]["schema"]
    assert response == {"type": "string", "format": "binary"}


def test_a_global_form_parameter_is_inlined_as_urlencoded(pets: dict[str, Any]) -> None:
    body = pets["paths"]["/pets/{id}/rename"]["post"]["requestBody"]
    assert body["required"] is True
    schema = body["content"]["application/x-www-form-urlencoded"]["schema"]
    assert schema == {"type": "object", "properties": {"name": {"type": "string"}},
                      "required": ["name"]}  # fmt: skip
    assert "newName" not in pets["components"].get("parameters", {})


def test_collection_formats_become_styles(pets: dict[str, Any]) -> None:
    params = {p.get("name", "ref"): p for p in pets["paths"]["/pets"]["get"]["parameters"]}
    assert (params["tags"]["style"], params["tags"]["explode"]) == ("form", True)
    assert (params["ids"]["style"], params["ids"]["explode"]) == ("form", False)
    assert (params["sizes"]["style"], params["sizes"]["explode"]) == ("pipeDelimited", False)
    assert params["tags"]["schema"] == {"type": "array", "items": {"type": "string"}}
    assert params["ref"] == {"$ref": "#/components/parameters/limit"}
    assert pets["components"]["parameters"]["limit"]["schema"] == {"type": "integer",
                                                                     "default": 20}  # fmt: skip
    assert pets["paths"]["/pets"]["parameters"][0]["schema"] == {"type": "string"}


def test_responses_get_content_from_produces(pets: dict[str, Any]) -> None:
    ok = pets["paths"]["/pets"]["get"]["responses"]["200"]
    assert ok["content"]["application/json"]["schema"]["items"] == {
        "$ref": "#/components/schemas/Pet"
    }
    assert ok["headers"]["X-Total"] == {"description": "how many", "schema": {"type": "integer"}}
    default = pets["paths"]["/pets"]["get"]["responses"]["default"]
    assert default == {"$ref": "#/components/responses/Error"}
    assert "content" in pets["components"]["responses"]["Error"]


def test_schemas_convert_nullable_and_drop_azure_extensions(pets: dict[str, Any]) -> None:
    pet = pets["components"]["schemas"]["Pet"]
    assert pet["properties"]["nickname"] == {"type": "string", "nullable": True}
    assert pet["properties"]["owner"] == {
        "allOf": [{"$ref": "#/components/schemas/Owner"}],
        "nullable": True,
    }
    assert "x-ms-client-flatten" not in pet


def test_security_definitions_become_schemes(pets: dict[str, Any]) -> None:
    schemes = pets["components"]["securitySchemes"]
    assert schemes["basic"] == {"type": "http", "scheme": "basic"}
    assert schemes["key"] == {"type": "apiKey", "name": "X-Key", "in": "header"}
    assert schemes["robot"]["flows"] == {
        "clientCredentials": {
            "tokenUrl": "https://auth.example.com/token",
            "scopes": {"pets:read": "read pets"},
        }
    }
    assert set(schemes["people"]["flows"]) == {"authorizationCode"}


def test_the_converted_document_is_valid_openapi(tmp_path: Path) -> None:
    assert validate(load(tmp_path, PETS)) == []


def test_x_ms_paths_join_paths_and_discriminator_values_become_a_mapping(
    tmp_path: Path,
) -> None:
    root = load(
        tmp_path,
        """
        paths:
          /things: {get: {operationId: list, responses: {"200": {description: ok}}}}
        x-ms-paths:
          /things?kind=big:
            get:
              operationId: listBig
              x-ms-pageable: {nextLinkName: next}
              x-ms-examples: {one: {$ref: ./examples/missing.json}}
              responses: {"200": {description: ok, schema: {$ref: "#/definitions/Shape"}}}
        definitions:
          Shape: {type: object, discriminator: kind, required: [kind],
                  properties: {kind: {type: string}}}
          Circle: {allOf: [{$ref: "#/definitions/Shape"}], x-ms-discriminator-value: circle}
          Square: {allOf: [{$ref: "#/definitions/Shape"}]}
        """,
    ).root
    assert list(root["paths"]) == ["/things", "/things?kind=big"]
    operation = root["paths"]["/things?kind=big"]["get"]
    assert "x-ms-pageable" not in operation and "x-ms-examples" not in operation
    assert root["components"]["schemas"]["Shape"]["discriminator"] == {
        "propertyName": "kind",
        "mapping": {
            "Square": "#/components/schemas/Square",
            "circle": "#/components/schemas/Circle",
        },
    }


def test_problems_point_at_the_swagger_2_file_and_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
        paths:
          /pets:
            post:
              parameters:
                - name: pet
                  in: body
                  schema:
                    type: objekt
              responses: {"200": {description: ok}}
        definitions:
          Pet:
            type: object
            properties:
              age: {type: integr}
        """,
    )
    problems = validate(load_spec(path))
    where = {(p.pointer, p.line) for p in problems}
    body = "/paths/~1pets/post/parameters/0/schema/type"
    assert (body, line_of(path, "type: objekt")) in where
    assert ("/definitions/Pet/properties/age/type", line_of(path, "integr")) in where
    assert all(p.file == str(path) for p in problems)


def test_external_files_are_bundled_as_swagger_2(tmp_path: Path) -> None:
    (tmp_path / "pet.yaml").write_text(
        "type: object\nproperties:\n  kids: {type: array, items: {$ref: '#'}}\n"
        "  tag: {$ref: 'common.yaml#/definitions/Tag'}\n",
        encoding="utf-8",
    )
    (tmp_path / "common.yaml").write_text(
        "definitions:\n  Tag: {type: object, properties: {name: {type: strin}}}\n",
        encoding="utf-8",
    )
    path = write(
        tmp_path,
        """
        paths:
          /pets:
            get:
              responses: {"200": {description: ok, schema: {$ref: "#/definitions/Pet"}}}
        definitions:
          Pet: {$ref: pet.yaml}
        """,
    )
    spec = load_spec(path)
    schemas = spec.root["components"]["schemas"]
    assert sorted(schemas) == ["Pet", "Tag"]
    assert schemas["Pet"]["properties"]["kids"]["items"] == {"$ref": "#/components/schemas/Pet"}
    (problem,) = [p for p in validate(spec) if "strin" in p.message]
    assert problem.file.endswith("common.yaml")
    assert problem.pointer == "/definitions/Tag/properties/name/type" and problem.line == 2


def test_a_collection_format_without_equivalent_is_a_warning(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
        paths:
          /pets:
            get:
              parameters:
                - {name: ids, in: query, type: array, items: {type: string}, collectionFormat: tsv}
              responses: {"200": {description: ok}}
        """,
    )
    (note,) = validate(load_spec(path))
    assert note.severity == "warning" and "tab-separated" in note.message
    assert note.line == line_of(path, "collectionFormat: tsv")


def test_generate_check_and_validate_accept_swagger_2(tmp_path: Path) -> None:
    spec = write(tmp_path, PETS)
    out = tmp_path / "sdk"
    assert run("validate", str(spec))[0] == 0
    assert run("generate", str(spec), "-o", str(out))[0] == 0
    assert run("check", str(spec), "-o", str(out))[0] == 0
    assert len(generate(spec).api.operations) == 4


def test_a_broken_swagger_2_spec_is_refused_with_its_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
        paths:
          /pets:
            get:
              responses: {"200": {description: ok, schema: {$ref: "#/definitions/Nope"}}}
        """,
    )
    with pytest.raises(SpecError) as raised:
        generate(path, strict=True)
    (problem,) = [p for p in raised.value.problems if p.severity == "error"]
    assert problem.pointer.startswith("/paths/~1pets/get/responses/200/schema")
    assert problem.line == line_of(path, "Nope")
