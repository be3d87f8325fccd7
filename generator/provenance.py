"""What an output folder was generated from, recorded in the output itself.

`sdkgen check` reads this file first: a different spec hash, config hash or generator
version explains a stale folder in one line, before any diff. Only facts that are the same
on every machine go in: no dates, temporary paths, host or user names.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from typing import Any

from . import __version__, ir
from .config import Config
from .formatting import black_version

PROVENANCE = ".sdkgen-provenance.json"


def provenance_text(spec_bytes: bytes, document: Any, config: Config, api: ir.Api) -> str:
    """The provenance file's content: stable JSON, keys sorted, one trailing newline."""
    record = {
        "generator": {"name": "sdkgen", "version": __version__},
        "formatter": {"name": "black", "version": black_version()},
        "spec": {
            "sha256": hashlib.sha256(spec_bytes).hexdigest(),
            "bundled_sha256": digest(document),  # covers files pulled in through `$ref`s
        },
        "config_sha256": digest(dataclasses.asdict(config)),
        "counts": {
            "operations": len(api.operations),
            "models": len(api.models),
            "enums": len(api.enums),
            "aliases": len(api.aliases),
        },
    }
    return json.dumps(record, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def digest(value: Any) -> str:
    """The digest of a JSON-able value, whatever its key order (`fastcheck` keys on it)."""
    canonical = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def explain(previous: str | None, current: str) -> list[str]:
    """One line per provenance field that differs (what `check` prints before the diff)."""
    try:
        old = json.loads(previous) if previous is not None else None
    except ValueError:
        old = None
    if not isinstance(old, dict):
        return [f"{PROVENANCE} is missing or unreadable: the folder was not written by sdkgen"]
    new = json.loads(current)
    return [
        f"{key} changed: {_short(old.get(key))} -> {_short(new[key])}"
        for key in sorted(new)
        if old.get(key) != new[key]
    ]


def _short(value: Any) -> str:
    text = json.dumps(value, sort_keys=True)
    return text if len(text) <= 120 else text[:117] + "..."
