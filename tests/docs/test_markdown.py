"""Unit tests of the docs building blocks: anchors, linked types, examples, escaping."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator import ir
from generator.docs.examples import Examples, primitive_example
from generator.docs.markdown import (
    TypeSpeller,
    anchor,
    breakable_name,
    breakable_path,
    constraints_text,
    github_slug,
    mkdocs_slug,
    plain,
    resolve_fragments,
)
from generator.output.writer import write_tree
from generator.pipeline import generate

from .linkcheck import check


def test_method_names_may_wrap_only_after_their_underscores() -> None:
    assert breakable_name("list") == "`list`"
    assert breakable_name("_private") == "`_private`"
    assert breakable_name("get_all_topics") == "<code>get_<wbr>all_<wbr>topics</code>"
    assert breakable_name("a_<b>") == "<code>a_<wbr>&lt;b&gt;</code>"  # never markup
    path = "<code>/repos<wbr>/&#123;owner&#125;<wbr>/topics&#95;x</code>"
    assert breakable_path("/repos/{owner}/topics_x") == path  # Markdown reads none of it
    assert breakable_path("/a|<b>") == "<code>/a&#124;&lt;b&gt;</code>"


def test_slugs_of_operation_headings_agree() -> None:
    assert anchor("svix.message_attempt.list_by_endpoint") == "svixmessage_attemptlist_by_endpoint"
    assert github_slug("HTTP response details") == mkdocs_slug("HTTP response details")
    with pytest.raises(ValueError):
        anchor("a  b")  # GitHub keeps both hyphens, MkDocs collapses them


def test_types_are_spelled_as_python_with_links() -> None:
    enum = ir.Enum("Status", "status", "int", (ir.EnumMember("OK", 0),))
    page = ir.Named("ListResponse", (ir.Named("Status"),))
    defs: dict[str, ir.Definition] = {
        "Status": enum,
        "ListResponse": ir.Model("ListResponse", "list_response", (), type_params=("T",)),
    }
    types = TypeSpeller(defs, "models/")
    assert plain(page) == "ListResponse[Status]"
    assert types.markdown(page) == (
        "[ListResponse](models/ListResponse.md)\\[[Status](models/Status.md)\\]"
    )
    assert types.markdown(ir.Nullable(ir.ListOf(ir.Primitive("str")))) == "list\\[str\\] \\| None"
    assert types.markdown(ir.Named("Unknown")) == "Unknown"


def test_constraints_read_as_words() -> None:
    c = ir.Constraints(min_length=1, max_length=256, pattern="^a|b$", minimum=1, format="uint16")
    text = constraints_text(c)
    assert text == "length 1..256; ≥ 1; format `uint16`; pattern `^a\\|b$`"


def test_redoc_operation_links_point_into_the_docs() -> None:
    page = (
        "# T\n\nSee [create](#operation/v1.app.create), [tagged](#tag/App/operation/v1.app.get),"
        " [gone](#section/Auth) and [here](#t).\n\n```\n[code](#operation/v1.app.create)\n```\n"
    )
    targets = {"v1.app.create": "AppApi.md#create", "v1.app.get": "AppApi.md#get"}
    fixed = resolve_fragments(page, targets, "../")
    assert "[create](../AppApi.md#create)" in fixed
    assert "[tagged](../AppApi.md#get)" in fixed
    assert " gone and [here](#t)" in fixed
    assert "[code](#operation/v1.app.create)" in fixed  # code blocks are left alone


def test_links_to_the_specs_own_site_keep_their_text_only() -> None:
    """GitHub's prose links to `/rest/...` on docs.github.com: nothing there in these docs."""
    page = (
        '# T\n\n<a id="get"></a>\n\nSee [the guide](/rest/guides#paging), [a\nwrapped one]'
        "(/github/about), [web](https://example.com/x), [model](models/A.md#fields),"
        " [method](#get) and [bad](${externalDocsUrl}/rest).\n\n"
        '=== "Sync"\n\n    ```json\n    {"doc": "[kept](/rest/in-code)"}\n    ```\n'
    )
    fixed = resolve_fragments(page, {})
    assert "See the guide, a\nwrapped one, [web](https://example.com/x)," in fixed
    assert "[model](models/A.md#fields), [method](#get) and bad." in fixed
    assert '"[kept](/rest/in-code)"' in fixed  # code, also indented in a tab, is left alone


def test_examples_prefer_the_spec_then_formats_patterns_and_names() -> None:
    examples = Examples({})
    text = ir.Primitive("str")
    assert examples.value(text, "from the spec") == "from the spec"
    assert examples.value(text, 12) != 12  # an example of the wrong type is not used
    assert examples.value(text, hint="idempotency_key") == "my-idempotency-key"
    email = ir.Constraints(format="email")
    assert examples.value(text, constraints=email) == "user@example.com"
    digits = ir.Constraints(pattern="^[0-9]+$")
    assert re.fullmatch("[0-9]+", examples.value(text, constraints=digits, hint="code"))
    short = ir.Constraints(max_length=3)
    assert len(examples.value(text, constraints=short, hint="name")) <= 3
    assert primitive_example("int", ir.Constraints(minimum=5)) == 5
    assert primitive_example("datetime", ir.Constraints()) == "2024-01-01T00:00:00Z"
    values = [examples.value(text, hint="x") for _ in range(3)]
    assert "string_example" not in values


SPEC = """\
openapi: 3.0.3
info: {title: "Café API — ünïcode 🚀", version: "1.0"}
paths:
  /items/{item_id}:
    get:
      operationId: items.get
      summary: "Lire un élément ☕"
      description: "Returns the item. <script>alert(1)</script> | pipes | and *Markdown*."
      parameters:
        - {name: item_id, in: path, required: true, schema: {type: string}, example: "itm_ü1"}
      responses:
        "200":
          description: "L'élément"
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Item"}
components:
  schemas:
    Item:
      type: object
      description: "Un élément — with «quotes»"
      required: [id]
      properties:
        id: {type: string, description: "Identifiant | unique"}
"""


def test_unicode_survives_and_html_is_neutralized(tmp_path: Path) -> None:
    spec = tmp_path / "cafe.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    files = generate(spec).files
    out = tmp_path / "out"
    write_tree(out, files)
    readme = (out / "README.md").read_bytes().decode("utf-8")
    assert "# Café API — ünïcode 🚀" in readme
    assert "Lire un élément ☕" in readme
    assert 'item_id="itm_ü1"' in readme
    assert "<script>" not in readme and "&lt;script&gt;" in readme
    assert not re.search("Ã.|â€|ðŸ", readme), "mojibake"
    model = files["docs/models/Item.md"]
    assert "Un élément — with «quotes»" in model
    assert "Identifiant \\| unique." in model  # a pipe cannot break the table
    assert not check({k: v for k, v in files.items() if k.endswith(".md")}).broken


HEADERS_SPEC = """\
openapi: 3.0.3
info: {title: Events, version: "1"}
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Api-Key}
    jwt: {type: apiKey, in: query, name: token}
security: [{key: [], jwt: []}]
paths:
  /sync:
    post:
      operationId: syncEvents
      summary: Sync
      deprecated: true
      responses:
        "201": {description: Created}
        "429":
          description: Too many requests
          headers:
            X-RateLimit-Limit:
              description: The number of allowed requests in the current period
              schema: {type: integer}
            X-RateLimit-Reset:
              description: Timestamp when number of requests will be reset
              schema: {type: integer}
"""


def test_resource_page_lists_status_headers_auth_and_deprecation(tmp_path: Path) -> None:
    spec = tmp_path / "events.yaml"
    spec.write_text(HEADERS_SPEC, encoding="utf-8")
    files = generate(spec).files
    (page,) = [text for path, text in files.items() if re.fullmatch(r"docs/\w+Api\.md", path)]
    row = next(line for line in page.splitlines() if line.startswith("| `429` |"))
    assert "`X-RateLimit-Limit`: The number of allowed requests in the current period" in row
    assert "<br>`X-RateLimit-Reset`: Timestamp when number of requests will be reset" in row
    assert "| `201` | Created |" in page
    assert "[key](index.md#authentication)" in page and " + [jwt](index.md#authentication)" in page
    assert "> **Deprecated:**" in page and "> **Deprecated:**" in files["README.md"]
    assert "| key | API key (header `X-Api-Key`) |" in files["docs/index.md"]
    assert not check({k: v for k, v in files.items() if k.endswith(".md")}).broken
