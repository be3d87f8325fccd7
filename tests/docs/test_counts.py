"""Each IR operation and model appears in the docs exactly once where expected."""

from __future__ import annotations

import re

import pytest

from generator.docs.markdown import anchor, breakable_name
from generator.docs.readme import client_variable
from generator.pipeline import Generation
from tests.support.mkdocs import load_config

from .conftest import docs_of

NAMES = ("svix", "idioms", "petstore")


def _count(pattern: str, text: str) -> int:
    return len(re.findall(pattern, text, re.M))


@pytest.mark.parametrize("name", NAMES)
def test_every_operation_once_in_readme_and_once_on_its_page(
    name: str, all_generations: dict[str, Generation]
) -> None:
    generation = all_generations[name]
    api, files = generation.api, docs_of(generation)
    readme = files["README.md"]
    var = client_variable(api)
    assert _count(r"^### `", readme) == len(api.operations)
    assert _count(r"^#### Usage$", readme) == len(api.operations)
    for resource in api.resources:
        page = files[f"docs/{resource.class_name}.md"]
        assert _count(r"^<a id=", page) == _count(r"^## ", page) == len(resource.operations)
        for op in resource.operations:
            label = f"{var}.{resource.name}.{op.name}"
            assert _count(rf"^### `{re.escape(label)}`$", readme) == 1, label
            badge = " · **deprecated**" if op.deprecated else ""
            entry = f"  - [`{label}`](#{anchor(label)}){badge}\n"
            assert readme.count(entry) == 1, f"{label}: TOC"
            # the human title under the method's own anchor, the Python name just below
            target = (
                rf'^<a id="{re.escape(anchor(op.name))}"></a>\n\n## (.+)\n\n`{re.escape(label)}`'
            )
            assert _count(target, page) == 1, label
            link = rf"\[[^\n]+\]\(#{re.escape(anchor(op.name))}\)"
            badge = r" \*\*deprecated\*\*" if op.deprecated else ""
            method = re.escape(breakable_name(op.name))  # `name`, or <code> with <wbr>s
            row = rf"^\| {link}{badge} \| {method} \|"
            assert _count(row, page) == 1, op.name
            assert _count(rf"`{re.escape(op.http_method)}` `{re.escape(op.path)}`", readme) >= 1
    documented = {path for path in files if re.fullmatch(r"docs/[^/]+\.md", path)}
    expected = {f"docs/{r.class_name}.md" for r in api.resources}
    expected |= {"docs/index.md", "docs/changes.md"}
    assert documented == expected


@pytest.mark.parametrize("name", NAMES)
def test_every_model_has_one_page_one_index_row_and_one_nav_entry(
    name: str, all_generations: dict[str, Generation]
) -> None:
    generation = all_generations[name]
    api, files = generation.api, docs_of(generation)
    names = [d.name for group in (api.models, api.enums, api.aliases) for d in group]
    pages = {p.removeprefix("docs/models/")[:-3] for p in files if p.startswith("docs/models/")}
    assert sorted(pages) == sorted(names)
    index = files["docs/index.md"]
    site = load_config(files["mkdocs.yml"])
    nav = {next(iter(entry)): next(iter(entry.values())) for entry in site["nav"]}
    model_nav = [next(iter(entry.values())) for entry in nav["Models"]]
    pages = ("Home", "What changed", "Models", "Webhooks")
    groups = [group for title, group in nav.items() if title not in pages]
    resource_nav = [next(iter(entry.values())) for group in groups for entry in group]
    assert sorted(model_nav) == sorted(f"models/{n}.md" for n in names)
    assert sorted(resource_nav) == sorted(f"{r.class_name}.md" for r in api.resources)
    for n in names:
        assert index.count(f"](models/{n}.md)") == 1, n
        page = files[f"docs/models/{n}.md"]
        assert _count(r"^# ", page) == 1


def test_svix_counts_match_the_spec(svix_generation: Generation) -> None:
    """59 operations (seed 000), and a page for ListResponse shown with its instances."""
    files = docs_of(svix_generation)
    assert _count(r"^### `svix\.", files["README.md"]) == 59
    page = files["docs/models/ListResponse.md"]
    assert page.startswith("# ListResponse\\[T\\]\n")
    assert "[ListResponse](ListResponse.md)\\[[ApplicationOut](ApplicationOut.md)\\]" in page
    status = files["docs/models/MessageStatus.md"]
    assert "| `SUCCESS` | `0` |" in status and "| `SENDING` | `3` |" in status
