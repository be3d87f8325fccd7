"""A reproducible random sample of the corpus: the same seed and size give the same specs."""

from __future__ import annotations

import random
from pathlib import Path


def corpus_specs(root: Path) -> list[Path]:
    """Every OpenAPI document of the directory (`api/**/*.json`), sorted by path."""
    return sorted(root.rglob("*.json"))


def draw(specs: list[Path], seed: int, size: int) -> list[Path]:
    """`size` specs chosen with `seed` (all of them when size is larger), in random order:
    a run stopped early has still covered a random subsample."""
    return random.Random(seed).sample(specs, min(size, len(specs)))
