"""The generated documentation: README.md, docs/ (one page per resource and per model,
plus a home page) and mkdocs.yml, all built from the IR.

Pages link to each other with relative links and heading anchors that GitHub and MkDocs
compute alike; `tests/docs` checks every link and that each operation and model appears
exactly once where expected.
"""

from __future__ import annotations

from typing import Any

import jinja2

from .. import ir
from ..python.views import definitions_by_name
from ..python.views_api import ResourceView, resource_modules
from .examples import Examples
from .markdown import anchor, model_stems, resolve_fragments, resource_stems
from .pages import PageInputs, model_page, model_usage, resource_page
from .readme import build_calls, client_arguments, client_variable, readme_view
from .samples import Samples
from .site import definitions, index_page, models_apart, models_page, site_config
from .webhooks import webhook_index, webhook_pages


def render_docs(
    api: ir.Api, env: jinja2.Environment, code_views: dict[str, ResourceView] | None = None
) -> dict[str, str]:
    """Relative path -> Markdown/YAML text of every documentation file.

    `code_views` are the resource modules' views (by resource name) when the caller has
    them already; the method signatures on the resource pages are taken from them.
    """
    code_views = code_views or resource_modules(api)
    defs = definitions_by_name(api)
    examples = Examples(defs)
    calls = build_calls(api, examples)
    pages, models = resource_stems(api), model_stems(defs)
    var = client_variable(api)
    files: dict[str, str] = {}

    def put(path: str, template: str, **context: Any) -> None:
        files[path] = env.get_template(template).render(package=api.package, **context)

    put("README.md", "project/README.md.jinja", readme=readme_view(api, defs, calls))
    put("docs/index.md", "docs/index.md.jinja", page=index_page(api, var))
    inputs = PageInputs(api, defs, calls, (var, client_arguments(api)), Samples(defs, examples))
    for resource in api.resources:
        page = resource_page(resource, code_views[resource.name], inputs)
        put(f"docs/{pages[resource.class_name]}.md", "docs/resource.md.jinja", page=page)
    usage = model_usage(api, var)
    for d in definitions(api):
        put(
            f"docs/models/{models[d.name]}.md",
            "docs/model.md.jinja",
            page=model_page(api, d, defs, usage),
        )
    pages_of_webhooks = webhook_pages(api, defs)
    if pages_of_webhooks:
        index = webhook_index(api, pages_of_webhooks)
        put("docs/webhooks/index.md", "docs/webhooks.md.jinja", page=index)
    for webhook_page in pages_of_webhooks:
        put(f"docs/webhooks/{webhook_page.stem}.md", "docs/webhook.md.jinja", page=webhook_page)
    put("mkdocs.yml", "docs/mkdocs.yml.jinja", site=site_config(api))
    put("docs/assets/sdk.css", "docs/sdk.css.jinja")
    put("docs/changes.md", "docs/changes.md.jinja")
    if models_apart(api):
        put("docs/models/index.md", "docs/models.md.jinja", page=models_page(api))
    readme_targets = {
        op.operation_id: "#" + anchor(f"{var}.{r.name}.{op.name}")
        for r in api.resources
        for op in r.operations
        if op.operation_id
    }
    docs_targets = {
        op.operation_id: f"{pages[r.class_name]}.md#{anchor(op.name)}"
        for r in api.resources
        for op in r.operations
        if op.operation_id
    }
    for path, text in files.items():
        if path == "README.md":
            files[path] = resolve_fragments(text, readme_targets)
        elif path.endswith(".md"):
            files[path] = resolve_fragments(text, docs_targets, "../" * (path.count("/") - 1))
    return files
