"""The golden specs: each `tests/specs/golden/<name>.yaml` (with an optional
`<name>.sdkgen.yaml` config) has its full generated output committed in
`tests/golden/<name>/`, so a review shows exactly what a change does to users."""

from __future__ import annotations

from pathlib import Path

from generator.pipeline import generate

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
