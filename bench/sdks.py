"""Generated SDKs the import and per-call figures load: ours and the peer's, side by side."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .common import SDKGEN, run_once
from .peers import peer_generator


@dataclass(frozen=True)
class Sdk:
    root: Path  # goes on PYTHONPATH
    package: str
    client: str  # the client class


def generate_ours(spec: Path, config: Path | None, out: Path) -> Sdk:
    extra: list[str | Path] = ["--config", config] if config is not None else []
    run_once([SDKGEN, "generate", spec, "--output", out, "--quiet", *extra])
    (package,) = [p.parent.name for p in out.glob("*/_client.py")]
    found = re.search(
        r"^class (\w+)\(BaseClient\)", (out / package / "_client.py").read_text(), re.M
    )
    assert found is not None
    return _compiled(Sdk(out, package, found.group(1)))


def generate_peer(spec: Path, out: Path) -> Sdk:
    run_once([peer_generator(), "generate", "--path", spec, "--output-path", out, "--overwrite"])
    (package,) = [p.parent.name for p in out.glob("*/client.py")]
    return _compiled(Sdk(out, package, "AuthenticatedClient"))


def _compiled(sdk: Sdk) -> Sdk:
    """Bytecode written ahead, as `pip install` does (this environment sets
    PYTHONDONTWRITEBYTECODE, so nothing would be cached otherwise)."""
    subprocess.run(
        ["python3", "-m", "compileall", "-q", str(sdk.root / sdk.package)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return sdk


def peer_endpoint_module(sdk: Sdk) -> str:
    """The dotted name of the peer's first endpoint module (its SDK has one per operation)."""
    first = sorted((sdk.root / sdk.package / "api").glob("*/*.py"))
    first = [p for p in first if p.name != "__init__.py"]
    return f"{sdk.package}.api.{first[0].parent.name}.{first[0].stem}"
