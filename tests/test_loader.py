"""Tests for generator.spec.loader (reading, parsing, bundling) and generator.spec.locate
(lines)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.problems import Problem, SpecError, join_pointer
from generator.spec.loader import LoadedSpec, load_spec

SPECS = Path(__file__).resolve().parent / "specs" / "loader"
REPO = Path(__file__).resolve().parents[1]


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def load_error(path: Path) -> tuple[Problem, ...]:
    with pytest.raises(SpecError) as caught:
        load_spec(path)
    return caught.value.problems


def all_refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [ref for value in node.values() for ref in all_refs(value)]
    if isinstance(node, list):
        return [ref for item in node for ref in all_refs(item)]
    return []


MINIMAL = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {}}


# ---- reading and parsing ---------------------------------------------------------------


def test_yaml_and_json_load_to_the_same_document(tmp_path: Path) -> None:
    yaml_spec = write(
        tmp_path, "a.yaml", "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\n"
    )
    json_spec = write(tmp_path, "a.json", json.dumps(MINIMAL))
    assert load_spec(yaml_spec).root == load_spec(json_spec).root == MINIMAL


def test_unknown_suffix_is_sniffed_and_bom_is_accepted(tmp_path: Path) -> None:
    as_json = tmp_path / "spec.txt"
    as_json.write_bytes(b"\xef\xbb\xbf  \n" + json.dumps(MINIMAL).encode())
    as_yaml = write(tmp_path, "spec", "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\n")
    assert load_spec(as_json).root == MINIMAL
    assert load_spec(as_yaml).root == MINIMAL


def test_yaml_keys_stay_as_written_and_dates_stay_strings(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        "openapi.yaml",
        """
        openapi: 3.0.3
        info: {title: T, version: 2024-01-31}
        paths:
          /a:
            get:
              responses:
                200: {description: ok}
                on: {description: not a boolean}
        """,
    )
    root = load_spec(spec).root
    assert root["info"]["version"] == "2024-01-31"
    assert list(root["paths"]["/a"]["get"]["responses"]) == ["200", "on"]


def test_missing_file(tmp_path: Path) -> None:
    (problem,) = load_error(tmp_path / "nope.yaml")
    assert problem.message == "file not found"
    assert problem.file.endswith("nope.yaml")


def test_directory_is_not_a_spec(tmp_path: Path) -> None:
    (problem,) = load_error(tmp_path)
    assert "directory" in problem.message


def test_invalid_yaml_reports_the_parser_line(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        "bad.yaml",
        """
        openapi: 3.1.0
        info:
          title: T
          version: "1"
        paths:
          /a: {get: {responses: {}}
        components: {}
        """,
    )
    (problem,) = load_error(spec)
    assert problem.message.startswith("invalid YAML: ")
    assert problem.line == 7  # where the parser noticed the missing `}`
    assert problem.pointer == ""


def test_invalid_json_reports_the_line(tmp_path: Path) -> None:
    spec = write(tmp_path, "bad.json", '{\n  "openapi": "3.1.0",\n  "info": {,\n}\n')
    (problem,) = load_error(spec)
    assert problem.message.startswith("invalid JSON: ")
    assert problem.line == 3


def test_invalid_utf8_is_a_problem(tmp_path: Path) -> None:
    spec = tmp_path / "latin1.yaml"
    spec.write_bytes(b"openapi: 3.1.0\ninfo:\n  title: caf\xe9\n")
    (problem,) = load_error(spec)
    assert "UTF-8" in problem.message
    assert problem.line == 3


@pytest.mark.parametrize(("text", "what"), [("- a\n- b\n", "list"), ("", "empty"), ("42\n", "int")])
def test_top_level_must_be_a_mapping(tmp_path: Path, text: str, what: str) -> None:
    (problem,) = load_error(write(tmp_path, "spec.yaml", text))
    assert what in problem.message


def test_non_string_yaml_keys_are_refused(tmp_path: Path) -> None:
    (problem,) = load_error(write(tmp_path, "spec.yaml", "? [a, b]\n: 1\n"))
    assert "keys must be strings" in problem.message
    assert problem.line == 1


# ---- YAML alias bombs ------------------------------------------------------------------


def billion_laughs(levels: int = 9, width: int = 10) -> str:
    lines = ['a0: &a0 ["lol"]']
    for level in range(1, levels + 1):
        aliases = ", ".join([f"*a{level - 1}"] * width)
        lines.append(f"a{level}: &a{level} [{aliases}]")
    return "openapi: 3.1.0\n" + "\n".join(lines) + "\n"


def test_billion_laughs_is_refused_quickly(tmp_path: Path) -> None:
    spec = write(tmp_path, "bomb.yaml", billion_laughs())
    started = time.perf_counter()
    (problem,) = load_error(spec)
    assert time.perf_counter() - started < 5.0  # expanding it would take hours
    assert "YAML aliases expand too much" in problem.message


def test_merge_key_bomb_is_refused_quickly(tmp_path: Path) -> None:
    lines = ["a0: &a0 {k0: lol}"]
    for level in range(1, 25):
        lines.append(f"a{level}: &a{level} {{<<: [*a{level - 1}, *a{level - 1}], k{level}: x}}")
    spec = write(tmp_path, "bomb.yaml", "\n".join(lines) + "\n")
    started = time.perf_counter()
    (problem,) = load_error(spec)
    assert time.perf_counter() - started < 5.0  # expanding it would take hours
    assert "expand too much" in problem.message


def test_recursive_alias_is_refused(tmp_path: Path) -> None:
    (problem,) = load_error(write(tmp_path, "loop.yaml", "a: &a\n  b: *a\n"))
    assert "recursive" in problem.message


def test_a_few_anchors_still_load(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        "anchors.yaml",
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        x-error: &error
          description: failed
          content: {application/json: {schema: {type: object}}}
        paths:
          /a: {get: {responses: {"400": *error, "500": *error}}}
          /b: {get: {responses: {"400": *error, "500": {<<: *error, description: boom}}}}
        """,
    )
    paths = load_spec(spec).root["paths"]
    assert paths["/a"]["get"]["responses"]["400"]["description"] == "failed"
    assert paths["/b"]["get"]["responses"]["500"]["description"] == "boom"


# ---- bundling --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def multi() -> LoadedSpec:
    return load_spec(SPECS / "multi" / "openapi.yaml")


def test_bundled_document_has_only_local_refs(multi: LoadedSpec) -> None:
    refs = all_refs(multi.root)
    assert refs and all(ref.startswith("#/") for ref in refs)


def test_local_refs_are_kept(multi: LoadedSpec) -> None:
    operation = multi.root["paths"]["/pets/{pet_id}"]["get"]
    assert operation["parameters"] == [{"$ref": "#/components/parameters/PetId"}]
    assert multi.root["components"]["parameters"]["PetId"]["name"] == "pet_id"


def test_component_that_is_a_file_ref_takes_the_content(multi: LoadedSpec) -> None:
    pet = multi.root["components"]["schemas"]["Pet"]
    assert pet["type"] == "object"
    assert pet["properties"]["children"]["items"] == {"$ref": "#/components/schemas/Pet"}


def test_schemas_are_bundled_under_pointer_token_or_file_stem(multi: LoadedSpec) -> None:
    schemas = multi.root["components"]["schemas"]
    assert list(schemas) == ["Pet", "Error", "Tag", "owner"]
    pet = schemas["Pet"]["properties"]
    assert pet["tag"] == {"$ref": "#/components/schemas/Tag"}
    assert pet["owner"] == {"$ref": "#/components/schemas/owner"}
    assert schemas["Tag"] == {"type": "string", "description": "a short label"}


def test_cross_file_cycle_pet_owner_terminates(multi: LoadedSpec) -> None:
    owner = multi.root["components"]["schemas"]["owner"]
    assert owner["properties"]["pets"]["items"] == {"$ref": "#/components/schemas/Pet"}


def test_other_component_kinds_follow_the_pointer_or_the_position(multi: LoadedSpec) -> None:
    components = multi.root["components"]
    get = multi.root["paths"]["/pets/{pet_id}"]["get"]
    assert get["responses"]["default"] == {"$ref": "#/components/responses/Problem"}
    problem_schema = components["responses"]["Problem"]["content"]["application/json"]["schema"]
    assert problem_schema == {"$ref": "#/components/schemas/Error"}  # a chain inside common.yaml
    assert components["parameters"]["limit"]["in"] == "query"  # `parameters.yaml#/limit`


def test_path_item_refs_are_inlined(multi: LoadedSpec) -> None:
    pets = multi.root["paths"]["/pets"]
    assert "$ref" not in pets
    assert pets["get"]["parameters"] == [{"$ref": "#/components/parameters/limit"}]
    items = pets["get"]["responses"]["200"]["content"]["application/json"]["schema"]["items"]
    assert items == {"$ref": "#/components/schemas/Pet"}


def test_cross_file_cycle_fixture() -> None:
    schemas = load_spec(SPECS / "cycle" / "openapi.yaml").root["components"]["schemas"]
    assert schemas["A"]["properties"]["b"] == {"$ref": "#/components/schemas/B"}
    assert schemas["B"]["properties"]["a"] == {"$ref": "#/components/schemas/A"}


def test_name_collisions_get_numbers_by_file_order() -> None:
    spec = load_spec(SPECS / "collide" / "openapi.yaml")
    schemas = spec.root["components"]["schemas"]
    assert list(schemas) == ["Pet", "Pet2", "Pet3"]
    assert schemas["Pet"]["description"] == "the main file's own Pet"
    assert schemas["Pet2"]["description"] == "a pet from a"  # a/ sorts before b/
    assert schemas["Pet3"]["description"] == "a pet from b"
    schema_of = {
        path: item["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        for path, item in spec.root["paths"].items()
    }
    assert schema_of == {
        "/a": "#/components/schemas/Pet3",
        "/b": "#/components/schemas/Pet2",
        "/c": "#/components/schemas/Pet2",  # same file+pointer, same name
    }


def test_refused_and_broken_refs_are_all_reported() -> None:
    problems = load_error(SPECS / "refused" / "openapi.yaml")
    by_name = {p.pointer.split("/")[3]: p for p in problems}
    assert sorted(by_name) == sorted(
        ["Outside", "Remote", "LocalFile", "Absolute", "Missing", "NoSuchPointer"]
    )
    assert all(p.pointer.endswith("/$ref") for p in problems)
    assert list(problems) == sorted(problems, key=lambda p: p.sort_key)
    assert "leaves the spec's folder" in by_name["Outside"].message
    assert "copy the file next to the spec" in (by_name["Outside"].hint or "")
    assert by_name["Outside"].line == 7
    assert "remote refs are not fetched" in (by_name["Remote"].hint or "")
    assert by_name["Remote"].line == 9
    assert "not a relative file path" in by_name["LocalFile"].message
    assert "absolute path" in by_name["Absolute"].message
    assert "file not found" in by_name["Missing"].message
    assert "has no /Nope" in by_name["NoSuchPointer"].message


def test_sibling_keys_next_to_refs_are_kept(tmp_path: Path) -> None:
    write(tmp_path, "common.yaml", "Name: {type: string}\n")
    spec = write(
        tmp_path,
        "openapi.yaml",
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            Local: {type: string}
            A:
              type: object
              properties:
                local: {$ref: "#/components/schemas/Local", description: kept, nullable: true}
                remote: {description: also kept, $ref: "common.yaml#/Name", default: x}
        """,
    )
    properties = load_spec(spec).root["components"]["schemas"]["A"]["properties"]
    assert properties["local"] == {
        "$ref": "#/components/schemas/Local",
        "description": "kept",
        "nullable": True,
    }
    assert properties["remote"] == {
        "$ref": "#/components/schemas/Name",
        "description": "also kept",
        "default": "x",
    }


def test_refs_back_into_the_main_file_become_local(tmp_path: Path) -> None:
    write(
        tmp_path,
        "schemas/pet.yaml",
        "properties:\n  tag: {$ref: '../openapi.yaml#/components/schemas/Tag'}\n",
    )
    spec = write(
        tmp_path,
        "openapi.yaml",
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            Tag: {type: string}
            Pet: {$ref: schemas/pet.yaml}
        """,
    )
    pet = load_spec(spec).root["components"]["schemas"]["Pet"]
    assert pet["properties"]["tag"] == {"$ref": "#/components/schemas/Tag"}


def test_ref_to_a_whole_file_in_a_parameter_list_is_a_parameter(tmp_path: Path) -> None:
    write(tmp_path, "limit.yaml", "name: limit\nin: query\nschema: {type: integer}\n")
    write(tmp_path, "shared.yaml", "components:\n  schemas:\n    Limit: {type: integer}\n")
    spec = write(
        tmp_path,
        "openapi.yaml",
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths:
          /a:
            get:
              parameters:
                - $ref: limit.yaml
                - {name: b, in: query, schema: {$ref: "shared.yaml#/components/schemas/Limit"}}
              responses: {"204": {description: none}}
        """,
    )
    root = load_spec(spec).root
    parameters = root["paths"]["/a"]["get"]["parameters"]
    assert parameters[0] == {"$ref": "#/components/parameters/limit"}
    assert parameters[1]["schema"] == {"$ref": "#/components/schemas/Limit"}
    assert root["components"]["parameters"]["limit"]["name"] == "limit"


def test_refs_inside_example_values_are_data(tmp_path: Path) -> None:
    write(tmp_path, "common.yaml", "Name: {type: string, example: {$ref: not/a/file.yaml}}\n")
    spec = write(
        tmp_path,
        "openapi.yaml",
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            Name: {$ref: "common.yaml#/Name"}
        """,
    )
    name = load_spec(spec).root["components"]["schemas"]["Name"]
    assert name["example"] == {"$ref": "not/a/file.yaml"}


def test_a_broken_referenced_file_is_reported_at_its_own_line(tmp_path: Path) -> None:
    write(tmp_path, "bad.yaml", "Pet:\n  type: object\n  properties: [\n")
    spec = write(
        tmp_path,
        "openapi.yaml",
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths: {}
        components: {schemas: {Pet: {$ref: "bad.yaml#/Pet"}}}
        """,
    )
    problems = load_error(spec)
    own = [p for p in problems if p.file.endswith("bad.yaml")]
    assert len(own) == 1 and own[0].message.startswith("invalid YAML") and own[0].line == 4
    at_ref = [p for p in problems if p.file.endswith("openapi.yaml")]
    assert at_ref and at_ref[0].pointer == "/components/schemas/Pet/$ref"


def test_path_item_ref_loop_is_reported(tmp_path: Path) -> None:
    write(tmp_path, "item.yaml", "get:\n  callbacks:\n    cb:\n      '{$url}': {$ref: item.yaml}\n")
    spec = write(
        tmp_path,
        "openapi.yaml",
        'openapi: 3.1.0\ninfo: {title: T, version: "1"}\npaths:\n  /a: {$ref: item.yaml}\n',
    )
    (problem,) = load_error(spec)
    assert problem.file.endswith("item.yaml")
    assert "leads back to itself" in problem.message


def test_components_must_be_a_mapping_to_bundle_into(tmp_path: Path) -> None:
    write(tmp_path, "pet.yaml", "type: object\n")
    spec = write(
        tmp_path,
        "openapi.yaml",
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths: {}
        webhooks:
          ping: {post: {requestBody: {content: {a/b: {schema: {$ref: pet.yaml}}}}}}
        components: []
        """,
    )
    (problem,) = load_error(spec)
    assert (problem.pointer, problem.line) == ("/components", 6)


# ---- determinism -----------------------------------------------------------------------


def copy_tree(source: Path, target: Path, reverse: bool) -> None:
    files = sorted(path for path in source.rglob("*") if path.is_file())
    for path in reversed(files) if reverse else files:
        destination = target / path.relative_to(source)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, destination)


def test_bundling_does_not_depend_on_file_creation_order(tmp_path: Path) -> None:
    copy_tree(SPECS / "multi", tmp_path / "one", reverse=False)
    copy_tree(SPECS / "multi", tmp_path / "two", reverse=True)
    one = load_spec(tmp_path / "one" / "openapi.yaml").root
    two = load_spec(tmp_path / "two" / "openapi.yaml").root
    assert json.dumps(one) == json.dumps(two)


def test_names_do_not_depend_on_the_order_refs_are_met(tmp_path: Path) -> None:
    copy_tree(SPECS / "collide", tmp_path, reverse=False)
    main = tmp_path / "openapi.yaml"
    forward = load_spec(main).root["components"]
    text = main.read_text(encoding="utf-8")
    main.write_text(
        text.replace("b/pet.yaml", "TMP")
        .replace("a/pet.yaml", "b/pet.yaml")
        .replace("TMP", "a/pet.yaml")
    )
    backward = load_spec(main).root["components"]
    assert json.dumps(forward) == json.dumps(backward)


def test_bundling_does_not_depend_on_the_hash_seed() -> None:
    script = (
        "import json, sys; from pathlib import Path; from generator.spec.loader import load_spec; "
        "print(json.dumps(load_spec(Path(sys.argv[1])).root))"
    )
    outputs = set()
    for seed in ("1", "2", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
        result = subprocess.run(
            [sys.executable, "-c", script, str(SPECS / "multi" / "openapi.yaml")],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            cwd=REPO,
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1
    assert json.loads(outputs.pop()) == load_spec(SPECS / "multi" / "openapi.yaml").root


# ---- locate ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pointer", "line"),
    [
        ("", 1),
        ("/openapi", 2),
        ("/info/version", 3),
        ("/paths/~1a~1{id}", 5),
        ("/paths/~1a~1{id}/get/parameters/0", 8),
        ("/paths/~1a~1{id}/get/parameters/0/schema/type", 8),
        ("/paths/~1a~1{id}/get/parameters/1", 9),
        ("/paths/~1a~1{id}/get/parameters/1/in", 11),
        ("/paths/~1a~1{id}/get/responses/200/description", 16),
        ("/components/schemas/a~1b~0c", 24),
        ("/components/schemas/Empty", 25),
        ("/components/schemas/List/1/1", 26),
        ("/components/schemas/List/2/x", 26),
        ("/components/schemas/Key", 27),
        ("/components/schemas/Key/type", 28),
    ],
)
def test_json_locate_lines(pointer: str, line: int) -> None:
    spec = load_spec(SPECS / "lines" / "lines.json")
    file, inner, found = spec.locate(pointer)
    assert (Path(file).name, inner, found) == ("lines.json", pointer, line)


@pytest.mark.parametrize(
    ("pointer", "line"),
    [
        ("", 1),
        ("/info/version", 4),
        ("/paths/~1a~1{id}/get", 7),
        ("/paths/~1a~1{id}/get/parameters/0", 9),
        ("/paths/~1a~1{id}/get/parameters/0/schema/type", 13),
        ("/paths/~1a~1{id}/get/parameters/1", 14),
        ("/paths/~1a~1{id}/get/parameters/1/in", 14),
        ("/paths/~1a~1{id}/get/responses/200", 16),
        ("/paths/~1a~1{id}/get/responses/200/description", 17),
        ("/components/schemas/a~1b~0c/type", 23),
        ("/components/schemas/Derived/title", 29),
        ("/components/schemas/Derived/description", 26),  # merged in from the anchor
    ],
)
def test_yaml_locate_lines(pointer: str, line: int) -> None:
    spec = load_spec(SPECS / "lines" / "lines.yaml")
    assert spec.locate(pointer)[1:] == (pointer, line)


@pytest.mark.parametrize(
    "pointer", ["/nope", "/paths/~1a~1{id}/get/parameters/7", "/openapi/x", "bad"]
)
@pytest.mark.parametrize("name", ["lines.json", "lines.yaml"])
def test_locate_unknown_pointers_give_no_line(name: str, pointer: str) -> None:
    assert load_spec(SPECS / "lines" / name).locate(pointer)[2] is None


def test_locate_maps_bundled_content_back_to_its_file(multi: LoadedSpec) -> None:
    file, pointer, line = multi.locate("/components/schemas/Pet/properties/owner")
    assert Path(file).as_posix().endswith("multi/schemas/pet.yaml")
    assert (pointer, line) == ("/properties/owner", 8)
    file, pointer, line = multi.locate("/components/schemas/Tag/description")
    assert (Path(file).name, pointer, line) == ("common.yaml", "/Tag/description", 3)
    file, pointer, line = multi.locate("/components/schemas/owner/properties/pets/items")
    assert (Path(file).name, pointer, line) == ("owner.json", "/properties/pets/items", 7)
    file, pointer, line = multi.locate("/paths/~1pets/get/operationId")
    assert (Path(file).name, pointer, line) == ("pets.yaml", "/get/operationId", 2)
    file, pointer, line = multi.locate("/paths/~1pets~1{pet_id}/get/operationId")
    assert (Path(file).name, pointer, line) == ("openapi.yaml", pointer, 10)


def test_problem_is_located(multi: LoadedSpec) -> None:
    problem = multi.problem("/components/parameters/limit/in", "bad", hint="fix it")
    assert Path(problem.file).name == "parameters.yaml"
    assert (problem.pointer, problem.line, problem.hint) == ("/limit/in", 3, "fix it")
    assert problem.severity == "error"
    warning = multi.problem("/info/title", "meh", severity="warning")
    assert (Path(warning.file).name, warning.line, warning.severity) == (
        "openapi.yaml",
        3,
        "warning",
    )


def test_files_are_named_relative_to_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy_tree(SPECS / "multi", tmp_path / "api", reverse=False)
    monkeypatch.chdir(tmp_path)
    spec = load_spec(Path("api/openapi.yaml"))
    assert spec.locate("/info")[0] == str(Path("api/openapi.yaml"))
    assert spec.locate("/components/schemas/Tag")[0] == str(Path("api/common.yaml"))
    monkeypatch.chdir(SPECS)
    outside = load_spec(tmp_path / "api" / "openapi.yaml")
    assert outside.locate("/info")[0] == str(tmp_path / "api" / "openapi.yaml")


def test_a_spec_built_by_hand_still_locates() -> None:
    spec = LoadedSpec({"openapi": "3.1.0"}, Path("x.yaml"))
    assert spec.locate("/openapi") == ("x.yaml", "/openapi", None)


def expected_lines(node: Any, pointer: str = "", line: int = 1) -> tuple[dict[str, int], int]:
    """Where `json.dumps(indent=2)` puts each value: its own line, and a closing line."""
    lines = {pointer: line}
    if not isinstance(node, (dict, list)) or not node:
        return lines, line
    items = node.items() if isinstance(node, dict) else enumerate(node)
    current = line
    for key, value in items:
        inner, current = expected_lines(value, join_pointer(pointer, key), current + 1)
        lines.update(inner)
    return lines, current + 1


keys = st.text(max_size=6).filter(lambda key: key != "$ref")  # a `$ref` would be followed
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=4),
    max_leaves=30,
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(document=st.dictionaries(keys, json_values, max_size=5))
def test_json_locate_finds_the_line_of_every_value(
    tmp_path: Path, document: dict[str, Any]
) -> None:
    path = tmp_path / "random.json"
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    spec = load_spec(path)
    for pointer, line in expected_lines(document)[0].items():
        assert spec.locate(pointer)[2] == line, pointer


def test_large_json_spec_loads_without_hanging(tmp_path: Path) -> None:
    """A 13 MB spec loads in one pass: the bound only catches a quadratic walk or a hang
    (speed itself is measured by `make bench`, not by timed tests)."""
    schema = {
        "type": "object",
        "description": "x" * 200,
        "properties": {f"field{i}": {"type": "string", "description": "y" * 50} for i in range(40)},
    }
    schemas = {f"Schema{i}": schema for i in range(2200)}
    document = {**MINIMAL, "components": {"schemas": schemas}}
    path = tmp_path / "big.json"
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    assert path.stat().st_size > 13_000_000
    started = time.perf_counter()
    spec = load_spec(path)
    assert time.perf_counter() - started < 30.0
    assert len(spec.root["components"]["schemas"]) == 2200
