"""The docs site: its home page (docs/index.md) and mkdocs.yml (navigation, search)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .. import ir, naming
from . import markdown as md


@dataclass(frozen=True, slots=True)
class SchemeRow:
    name: str
    kind: str
    argument: str
    env_var: str
    description: str


@dataclass(frozen=True, slots=True)
class LinkRow:
    link: str
    description: str


@dataclass(frozen=True, slots=True)
class IndexPage:
    title: str
    description: str
    schemes: list[SchemeRow]
    resources: list[LinkRow]
    models: list[LinkRow]  # empty when the models have a page of their own
    models_apart: bool
    model_count: int
    webhooks: int  # how many events the API sends (listed on webhooks/index.md)


# Above this many models, they are listed on docs/models/index.md, not on the home page and
# in every page's navigation (GitHub's 6,400 made each page 1 MB and the site 7 GB).
MANY_MODELS = 1000


MANY_EVENTS = 100  # GitHub sends 270 kinds: 100 KB of navigation on every page


def models_apart(api: ir.Api) -> bool:
    return len(definitions(api)) > MANY_MODELS


@dataclass(frozen=True, slots=True)
class ModelsPage:
    title: str
    models: list[LinkRow]


_KINDS = {"bearer": "HTTP bearer token", "basic": "HTTP basic", "api_key": "API key"}


def index_page(api: ir.Api, client_var: str) -> IndexPage:
    schemes = [
        SchemeRow(
            name=md.cell(s.key),
            kind=_KINDS[s.kind]
            + (f" ({s.location} {md.code(s.wire_name)})" if s.kind == "api_key" else ""),
            argument=md.code(s.arg_name)
            + (f", {md.code(s.password_arg)}" if s.password_arg else "")
            + _client_credentials_args(s),
            env_var=md.code(s.env_var)
            + (f", {md.code(s.password_env_var)}" if s.password_env_var else "")
            + _client_credentials_env(s),
            description=md.cell(s.description),
        )
        for s in api.security_schemes
    ]
    resources = [
        LinkRow(
            f"[{md.code(f'{client_var}.{r.name}')}]({md.resource_stems(api)[r.class_name]}.md)",
            md.cell(r.description or r.title),
        )
        for r in api.resources
    ]
    return IndexPage(
        title=naming.md_inline(api.title),
        description=naming.md_block(api.description),
        schemes=schemes,
        resources=resources,
        models=[] if models_apart(api) else model_rows(api, "models/"),
        models_apart=models_apart(api),
        model_count=len(definitions(api)),
        webhooks=len(api.webhooks),
    )


def model_rows(api: ir.Api, folder: str) -> list[LinkRow]:
    """A link to every model page (`folder` is where they are from the linking page)."""
    stems = md.model_stems(d.name for d in definitions(api))
    return [
        LinkRow(
            f"[{md.code(d.name)}]({folder}{stems[d.name]}.md)",
            md.cell(_first_line(d.description)),
        )
        for d in definitions(api)
    ]


def models_page(api: ir.Api) -> ModelsPage:
    return ModelsPage(naming.md_inline(api.title), model_rows(api, ""))


def _first_line(text: str) -> str:
    return text.strip().split("\n")[0] if text else ""


def definitions(api: ir.Api) -> list[ir.Definition]:
    """Every model, enum and alias, sorted by name (the order of the Models pages)."""
    found: list[ir.Definition] = [*api.models, *api.enums, *api.aliases]
    return sorted(found, key=lambda d: d.name)


@dataclass(frozen=True, slots=True)
class NavEntry:
    title: str  # YAML string literal
    path: str


@dataclass(frozen=True, slots=True)
class NavGroup:
    title: str  # YAML string literal
    entries: list[NavEntry]


@dataclass(frozen=True, slots=True)
class SiteConfig:
    site_name: str  # YAML string literal
    site_description: str
    groups: list[NavGroup]  # the resource pages: the spec's x-tagGroups, or one group
    models: list[NavEntry]
    models_apart: bool  # only models/index.md is in the nav
    webhooks: list[NavEntry]  # the overview first; empty when the API has none
    events_apart: bool  # only the overview is in the nav


def site_config(api: ir.Api) -> SiteConfig:
    def entry(title: str, path: str) -> NavEntry:
        return NavEntry(yaml_str(title), path)

    found = definitions(api)
    pages, models = md.resource_stems(api), md.model_stems(d.name for d in found)
    resources = {r.name: r for r in api.resources}

    def entries(names: Iterable[str]) -> list[NavEntry]:
        chosen = [resources[n] for n in names]
        return [entry(r.title or r.class_name, f"{pages[r.class_name]}.md") for r in chosen]

    grouped = [(title, names) for title, names in api.resource_groups]
    placed = {name for _, names in grouped for name in names}
    rest = [r.name for r in api.resources if r.name not in placed]
    if rest:
        grouped.append(("Other resources" if grouped else "Resources", tuple(rest)))
    events_apart = len(api.webhooks) > MANY_EVENTS  # the overview lists them
    listed = [entry(d.name, f"models/{models[d.name]}.md") for d in found]
    if models_apart(api):
        listed = [entry("All models", "models/index.md")]
    return SiteConfig(
        site_name=yaml_str(f"{api.title} Python SDK"),
        models_apart=models_apart(api),
        site_description=yaml_str(f"Reference of the Python SDK for the {api.title}"),
        groups=[NavGroup(yaml_str(title), entries(names)) for title, names in grouped],
        models=listed,
        webhooks=[entry("Overview", "webhooks/index.md")] * bool(api.webhooks)
        + [entry(w.name, f"webhooks/{w.page}.md") for w in api.webhooks] * (not events_apart),
        events_apart=events_apart,
    )


def yaml_str(text: str) -> str:
    """A double-quoted YAML scalar (JSON string syntax is valid YAML)."""
    flat = " ".join(naming.clean_text(text).split())
    escaped = flat.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def _client_credentials_args(scheme: ir.SecurityScheme) -> str:
    """`, client_id, client_secret` for a scheme that fetches its own OAuth2 tokens."""
    flow = scheme.client_credentials
    if flow is None:
        return ""
    return f" (or {md.code(flow.client_id_arg)}, {md.code(flow.client_secret_arg)})"


def _client_credentials_env(scheme: ir.SecurityScheme) -> str:
    flow = scheme.client_credentials
    if flow is None:
        return ""
    return f", {md.code(flow.client_id_env_var)}, {md.code(flow.client_secret_env_var)}"
