"""The golden specs: each `tests/specs/golden/<name>.yaml` (with an optional
`<name>.sdkgen.yaml` config) has its generated output committed in `tests/golden/<name>/`,
so a review shows exactly what a change does to users.

The runtime modules every SDK carries are left out of the snapshots: they are copies of
`generator/runtime/`, byte for byte, which `test_golden` checks; a runtime change shows
in review once, where it is made."""

from __future__ import annotations

from pathlib import Path

from generator.pipeline import generate
from generator.runtime import RUNTIME_FILES

ROOT = Path(__file__).resolve().parent
SPECS = ROOT / "specs" / "golden"
GOLDEN = ROOT / "golden"


def golden_specs() -> list[Path]:
    return sorted(p for p in SPECS.glob("*.yaml") if not p.name.endswith(".sdkgen.yaml"))


def config_for(spec: Path) -> Path | None:
    config = spec.with_name(spec.stem + ".sdkgen.yaml")
    return config if config.exists() else None


def generated(spec: Path) -> dict[str, str]:
    return generate(spec, config_for(spec)).files


def is_runtime_copy(path: str) -> bool:
    """Whether a generated file is one of the runtime modules copied into the package."""
    parts = path.split("/")
    return len(parts) == 2 and parts[1] in RUNTIME_FILES


def snapshot(files: dict[str, str]) -> dict[str, str]:
    """What a golden snapshot holds of a generation: every file but the runtime copies."""
    return {path: text for path, text in files.items() if not is_runtime_copy(path)}
