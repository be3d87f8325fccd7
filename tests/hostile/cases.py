"""The hostile and broken spec battery: each file in `specs/` with the outcome it must have.

- `refused`: `sdkgen validate` and `sdkgen generate` exit 1, print exactly these problem
  lines (`file:line: /pointer: message (hint: ...)`), no traceback, nothing written.
- `warned`: `validate` reports these lines (exit 1 when one is an error); `generate` works
  around them, prints them as warnings, and writes an SDK that passes the safety checks
  (every module parses, the package imports in a clean folder without side effects, every
  operation in the spec is generated). `generate --strict` refuses when one is an error.
- `generated`: no problem at all; the SDK passes the safety checks.

Cases built in code (a 50 MB spec, 3,000 levels of nesting) live in `test_bounds.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Outcome = Literal["refused", "warned", "generated"]
_REF = "/paths/~1pets/get/responses/200/content/application~1json/schema/$ref"
_LOCAL = (
    "(hint: copy the file next to the spec and refer to it by a relative path, "
    "or allow its folder with --allow-ref-root)"
)


@dataclass(frozen=True)
class Case:
    """One spec file in `specs/` and what sdkgen must do with it."""

    spec: str
    outcome: Outcome
    lines: tuple[str, ...] = ()  # problem lines as printed, in order (warnings included)
    strict_refuses: bool = False  # `generate --strict` exits 1 (a `warned` case with an error)
    text_must_survive: tuple[str, ...] = field(default=())  # spec text that must reach the SDK
    builder_lines: tuple[str, ...] = ()  # warnings only `generate` gives (from the IR builder)
    reported_not_generated: int = 0  # operations left out on purpose, with a warning

    @property
    def generate_lines(self) -> list[str]:
        """What `generate` prints: validation and builder problems, sorted as the CLI does."""
        return sorted((*self.lines, *self.builder_lines), key=lambda line: line.split(": ")[:2])

    @property
    def id(self) -> str:
        return self.spec.rsplit(".", 1)[0]


CASES: tuple[Case, ...] = (
    # -- not a usable document -------------------------------------------------------------
    Case("empty.yaml", "refused", ("empty.yaml:1: /: the spec is empty",)),
    Case("top_level_list.yaml", "refused", (
        "top_level_list.yaml:1: /: the spec is a list, not a mapping",
    )),
    Case("top_level_scalar.yaml", "refused", (
        "top_level_scalar.yaml:1: /: the spec is a str, not a mapping",
    )),
    Case("malformed_yaml.yaml", "refused", (
        "malformed_yaml.yaml:8:1: /: invalid YAML: while parsing a flow mapping: "
        "did not find expected ',' or '}' (it starts at line 7, column 22) "
        "(hint: close the { or [ opened there, and quote values inside it that hold "
        ", : [ ] { or })",
    )),
    Case("malformed_json.json", "refused", (
        "malformed_json.json:4:13: /: invalid JSON: Expecting property name enclosed in double "
        "quotes (hint: look just before there for a missing comma, quote or bracket, or a "
        "trailing comma)",
    )),
    Case("invalid_utf8.yaml", "refused", (
        "invalid_utf8.yaml:2: /: not valid UTF-8 (byte 34: invalid start byte) "
        "(hint: save the file as UTF-8)",
    )),
    Case("lone_surrogate.json", "refused", (
        "lone_surrogate.json:1: /info/title: lone surrogate \\ud800 in text: not valid Unicode "
        "(hint: escape a character outside the BMP as a pair (\\ud83d\\ude00), or write it)",
    )),
    Case("alias_bomb.yaml", "refused", (
        "alias_bomb.yaml: /: YAML aliases expand too much (38 nodes written, over 5000001 used) "
        "(hint: repeat less through aliases (`*name`); use `$ref` to share large parts)",
    )),
    # -- not OpenAPI 3.0/3.1 -----------------------------------------------------------------
    Case("not_openapi.yaml", "refused", (
        "not_openapi.yaml:1: /: missing `openapi` field: which version is this? "
        "(hint: add `openapi: 3.1.0` (or the 3.0.x version it follows) at the top level)",
    )),
    Case("swagger2.yaml", "generated"),  # converted to OpenAPI 3.0 when loaded
    Case("openapi_3_9.yaml", "refused", (
        "openapi_3_9.yaml:1: /openapi: unsupported OpenAPI version 3.9.0 "
        "(hint: sdkgen reads OpenAPI 3.0.x and 3.1.x)",
    )),
    # -- references that cannot or must not be followed ------------------------------------
    Case("missing_file_ref.yaml", "refused", (
        f"missing_file_ref.yaml:12: {_REF}: cannot load no-such-file.yaml: file not found "
        "(hint: the path is relative to the file that contains the `$ref`)",
    )),
    Case("ref_outside.yaml", "refused", (
        f"ref_outside.yaml:12: {_REF}: reference ../../../../outside.yaml leaves the spec's "
        f"folder {_LOCAL}",
    )),
    Case("ref_file.yaml", "refused", (
        f"ref_file.yaml:12: {_REF}: reference file:///etc/passwd is not a relative file path "
        f"{_LOCAL}",
    )),
    Case("ref_http.yaml", "refused", (
        f"ref_http.yaml:12: {_REF}: remote reference https://example.com/pet.yaml is not "
        "supported (hint: remote refs are not fetched; copy the file next to the spec and "
        "refer to it by a relative path)",
    )),
    Case("ref_absolute.yaml", "refused", (
        f"ref_absolute.yaml:12: {_REF}: reference to the absolute path /etc/passwd is refused "
        f"{_LOCAL}",
    )),
    # -- valid enough to generate, with a warning (an error under --strict) -----------------
    Case("dangling_ref.yaml", "warned", (
        f"dangling_ref.yaml:12: {_REF}: warning: `$ref` #/components/schemas/Pet does not "
        "resolve: nothing is defined there (hint: define `Pet` under components/schemas, or "
        "correct the reference)",
    ), strict_refuses=True, builder_lines=(
        "dangling_ref.yaml:12: /paths/~1pets/get/responses/200/content/application~1json/"
        "schema: warning: no schema named 'Pet'; typed as Any",
    )),
    Case("allof_cycle.yaml", "warned", (
        "allof_cycle.yaml:17: /components/schemas/A/allOf/0/$ref: warning: allOf cycle "
        "A -> B -> A (hint: an object cannot include itself; make one of them refer to the "
        "other by property)",
    ), strict_refuses=True),
    Case("conflicting_allof.yaml", "warned", (
        "conflicting_allof.yaml:19: /components/schemas/Both/allOf/1: warning: allOf members "
        "disagree on property `id`: type 'string' in allOf/0, 'integer' in allOf/1 (hint: "
        "declare the property once, or with the same type in every member)",
    ), strict_refuses=True),
    Case("duplicate_operation_ids.yaml", "warned", (
        "duplicate_operation_ids.yaml:10: /paths/~1owners/get/operationId: warning: duplicate "
        "operationId `getThing`: GET /pets uses it too (hint: operationIds must be unique; "
        "rename the one on GET /owners)",
    ), strict_refuses=True),
    Case("path_var_without_param.yaml", "warned", (
        "path_var_without_param.yaml:5: /paths/~1pets~1{petId}/get: warning: path parameter "
        "`petId` of GET /pets/{petId} is not declared (hint: add a parameter with `in: path`, "
        "`name: petId` and `required: true`)",
    ), strict_refuses=True),
    Case("param_without_schema.yaml", "warned", (
        "param_without_schema.yaml:8: /paths/~1pets/get/parameters/0: warning: 'schema' is a "
        "required property (hint: add the missing field)",
    ), strict_refuses=True),
    Case("unknown_type.yaml", "warned", (
        "unknown_type.yaml:9: /components/schemas/Pet/properties/age/type: warning: 'int' is "
        "not one of ['array', 'boolean', 'integer', 'number', 'object', 'string']",
    ), strict_refuses=True),
    Case("mixed_enum.yaml", "warned", (
        "mixed_enum.yaml:10: /paths/~1a/get/parameters/0/schema/enum: warning: enum mixes "
        "values of types boolean, number, string (hint: keep one type per enum, or use oneOf "
        "with one enum per type)",
        "mixed_enum.yaml:15: /components/schemas/Mode/enum: warning: enum mixes values of "
        "types boolean, number, string (hint: keep one type per enum, or use oneOf with one "
        "enum per type)",
    )),
    Case("bad_patterns.yaml", "warned", (
        "bad_patterns.yaml:17: /components/schemas/Thing/properties/letters/pattern: warning: "
        "pattern '^\\\\p{L}+$' is left out of the SDK: Python cannot compile it (bad escape \\p)",
        "bad_patterns.yaml:18: /components/schemas/Thing/properties/evil/pattern: warning: "
        "pattern '^(a+)+$' is left out of the SDK: it repeats an unbounded repeat, as in "
        "`(a+)+`, which may backtrack catastrophically",
        "bad_patterns.yaml:19: /components/schemas/Thing/properties/nested/pattern: warning: "
        "pattern '^(\\\\w+\\\\s?)*$' is left out of the SDK: it repeats an unbounded repeat, "
        "as in `(a+)+`, which may backtrack catastrophically",
    )),
    # -- accepted encodings -------------------------------------------------------------------
    Case("utf16_bom.yaml", "generated"),
    # -- injection: spec text is data, never code, template or markup -----------------------
    Case("inject_jinja.yaml", "generated", text_must_survive=("{{ 7*7 }}", "{% raw %}")),
    Case("inject_docstrings.yaml", "generated", text_must_survive=("close", "trailing quote")),
    Case("inject_path_key.yaml", "warned", (
        "inject_path_key.yaml:30: /paths/~1e~1{f'{open(\"MARKER\",\"w\")}'}/get: warning: path "
        "parameter `open(\"MARKER\",\"w\")` of GET /e/{f'{open(\"MARKER\",\"w\")}'} is not "
        "declared (hint: add a parameter with `in: path`, `name: open(\"MARKER\",\"w\")` and "
        "`required: true`)",
        "inject_path_key.yaml:33: /paths/~1e~1{f'{open(\"MARKER\",\"w\")}'}/get/parameters/0: "
        "warning: path parameter `f'{open(\"MARKER\",\"w\")}'` does not appear in the path "
        "/e/{f'{open(\"MARKER\",\"w\")}'} (hint: remove it, or add "
        "`{f'{open(\"MARKER\",\"w\")}'}` to the path)",
    ), strict_refuses=True),
    Case("inject_names.yaml", "warned", (
        "inject_names.yaml:92: /components/schemas: warning: '../../x' does not match "
        "'^[a-zA-Z0-9._-]+$'",
        "inject_names.yaml:92: /components/schemas: warning: '/etc/passwd' does not match "
        "'^[a-zA-Z0-9._-]+$'",
    ), strict_refuses=True),
    Case("internal_operation.yaml", "warned", builder_lines=(
        "internal_operation.yaml:9: /paths/~1private/get: warning: 1 operation(s) marked "
        "`x-internal: true` are not generated (set include_internal: true to generate them)",
    ), reported_not_generated=1),
    Case("inject_pyproject.yaml", "generated"),
    Case("inject_markdown.yaml", "generated"),
    Case("inject_literals.yaml", "warned", builder_lines=(
        "inject_literals.yaml:29: /components/schemas/Thing/properties/ratio: warning: default "
        "'1e400' does not match the type; ignored",
    )),
    Case("inject_keywords.yaml", "generated"),
)  # fmt: skip
