"""Generated docs of the Svix spec and of the golden specs, generated once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import Generation, generate
from tests.golden_specs import config_for, golden_specs
from tests.support.paths import REPO

SVIX = (REPO / "spec" / "svix.yaml", REPO / "spec" / "svix.sdkgen.yaml")


@pytest.fixture(scope="session")
def svix_generation() -> Generation:
    return generate(*SVIX)


@pytest.fixture(scope="session")
def all_generations(svix_generation: Generation) -> dict[str, Generation]:
    found = {"svix": svix_generation}
    for spec in golden_specs():
        found[spec.stem] = generate(spec, config_for(spec))
    return found


def docs_of(generation: Generation) -> dict[str, str]:
    """The documentation files of a generation (README, docs/, mkdocs.yml)."""
    return {
        path: text
        for path, text in generation.files.items()
        if path.endswith(".md") or path == "mkdocs.yml"
    }


def spec_path(name: str) -> Path:
    return SVIX[0] if name == "svix" else REPO / "tests" / "specs" / "golden" / f"{name}.yaml"
