"""A reproducible random sample of the corpus: the same seed and size give the same specs."""

from __future__ import annotations

import random
from pathlib import Path


def corpus_specs(root: Path) -> list[Path]:
    """Every OpenAPI document of the directory (`api/**/*.json`), sorted by path."""
    return sorted(root.rglob("*.json"))


def draw(specs: list[Path], seed: int, size: int) -> list[Path]:
    """`size` specs chosen with `seed`, in a stable order; all of them when size is larger."""
    if size >= len(specs):
        return list(specs)
    chosen = random.Random(seed).sample(specs, size)
    return sorted(chosen)
