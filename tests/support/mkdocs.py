"""Reading a generated mkdocs.yml the way MkDocs does, as far as tests need it."""

from __future__ import annotations

from typing import Any

import yaml


class _Loader(yaml.SafeLoader):
    """SafeLoader plus MkDocs' `!relative` tag (a path relative to the config's folder)."""


def _relative(loader: yaml.SafeLoader, node: yaml.Node) -> str:
    value = loader.construct_scalar(node) if isinstance(node, yaml.ScalarNode) else ""
    return f"!relative {value}"


_Loader.add_constructor("!relative", _relative)


def load_config(text: str) -> dict[str, Any]:
    found: dict[str, Any] = yaml.load(text, Loader=_Loader)
    return found
