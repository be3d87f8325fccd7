"""What an output folder was generated from, recorded in the output itself.

`sdkgen check` reads this file first: a different spec hash, config hash or generator
version explains a stale folder in one line, before any diff. Only facts that are the same
on every machine go in: no dates, temporary paths, host or user names.
"""

from __future__ import annotations

import ast
import dataclasses
import hashlib
import json
from typing import Any

from .. import __version__, ir
from ..config import Config
from ..format.formatting import black_version

PROVENANCE = ".sdkgen-provenance.json"


def provenance_text(
    spec_bytes: bytes, document: Any, config: Config, api: ir.Api, bundled: str = ""
) -> str:
    """The provenance file's content: stable JSON, keys sorted, one trailing newline.

    `bundled`: `digest(document)`, when the caller made it already."""
    record = {
        "generator": {"name": "sdkgen", "version": __version__},
        "spec": {
            "sha256": hashlib.sha256(spec_bytes).hexdigest(),
            # covers files pulled in through `$ref`s
            "bundled_sha256": bundled or digest(document),
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


def with_formatter(text: str, modules: int) -> str:
    """The provenance with the formatter that shaped `modules` modules of the output.

    Black's version is recorded only when black laid some module out: output the layout
    engine wrote alone is the same whatever black is installed, and so is its record.
    """
    record = json.loads(text)
    record["formatter"] = {"name": "black", "modules": modules}
    if modules:
        record["formatter"]["version"] = black_version()
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


def formatter_only(
    previous: str | None, current: str, changed: dict[str, tuple[str | None, str]]
) -> str | None:
    """One line, when a different black is the whole reason an output folder is stale.

    `changed` maps each changed file to (its text on disk or None, the text generation
    writes). The answer is None unless the provenance differs in the formatter alone and
    every other changed file is a Python module with the same syntax tree on both sides:
    then the difference is layout only, and a diff would show nothing worth reading.
    """
    try:
        old = json.loads(previous) if previous is not None else None
    except ValueError:
        return None
    new = json.loads(current)
    if not isinstance(old, dict) or old.get("formatter") == new.get("formatter"):
        return None
    if any(old.get(key) != new[key] for key in new if key != "formatter"):
        return None
    modules = [path for path in changed if path != PROVENANCE]
    if not all(path.endswith(".py") and _same_code(*changed[path]) for path in modules):
        return None
    was, now = (
        record.get("version", "(not used)") if isinstance(record, dict) else "?"
        for record in (old["formatter"], new["formatter"])
    )
    return (
        f"layout only: this folder was formatted with black {was}, this sdkgen has black {now}; "
        f"{len(modules)} module(s) differ in line breaks, not in code"
    )


def _same_code(on_disk: str | None, generated: str) -> bool:
    """Whether two module texts parse to the same syntax tree (layout aside)."""
    if on_disk is None:
        return False
    try:
        return ast.dump(ast.parse(on_disk)) == ast.dump(ast.parse(generated))
    except (SyntaxError, ValueError, RecursionError):
        return False


def _short(value: Any) -> str:
    text = json.dumps(value, sort_keys=True)
    return text if len(text) <= 120 else text[:117] + "..."
