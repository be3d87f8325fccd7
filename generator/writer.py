"""Writes a generated tree safely, and compares one with what is on disk.

- Nothing is touched until every file is rendered and formatted, and the new tree is
  first staged in a temporary folder next to the output, so a failed run leaves the
  previous output as it was.
- A manifest (`.sdkgen-manifest.json`) lists what the generator wrote; files missing
  from the new tree are removed only if the manifest says the generator created them,
  and an existing file the generator did not create is never overwritten silently.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = ".sdkgen-manifest.json"
PROVENANCE = ".sdkgen-provenance.json"  # written by the pipeline; see provenance.py


class WriteError(Exception):
    """The output folder cannot be written as asked (the message says why)."""


@dataclass
class Drift:
    """How an output folder differs from what generation would write."""

    added: list[str] = field(default_factory=list)  # would be created
    removed: list[str] = field(default_factory=list)  # would be deleted
    changed: list[str] = field(default_factory=list)  # would be rewritten
    diffs: dict[str, list[str]] = field(default_factory=dict)

    @property
    def clean(self) -> bool:
        return not (self.added or self.removed or self.changed)


def manifest_text(files: dict[str, str]) -> str:
    entries = {
        path: hashlib.sha256(text.encode("utf-8")).hexdigest() for path, text in files.items()
    }
    return (
        json.dumps({"generator": "sdkgen", "files": dict(sorted(entries.items()))}, indent=2) + "\n"
    )


def read_manifest(outdir: Path) -> set[str]:
    """Paths the generator wrote last time (empty when there is no readable manifest)."""
    try:
        data = json.loads((outdir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    files = data.get("files") if isinstance(data, dict) else None
    return {p for p in files if _safe_relative(p)} if isinstance(files, dict) else set()


def _safe_relative(path: str) -> bool:
    parts = Path(path).parts
    return bool(parts) and not Path(path).is_absolute() and ".." not in parts


def write_tree(outdir: Path, files: dict[str, str], *, force: bool = False) -> list[str]:
    """Make `outdir` hold exactly `files` (plus whatever the user keeps there).

    Returns the paths written or removed: empty when the folder was already up to date,
    in which case no file was touched (modification times stay as they were).
    """
    for path in files:
        if not _safe_relative(path):
            raise WriteError(f"refusing to write outside the output folder: {path}")
    previous = read_manifest(outdir)
    if not force:
        _refuse_foreign(outdir, files, previous)
    outdir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.sdkgen-", dir=outdir.parent))
    try:
        everything = {**files, MANIFEST: manifest_text(files)}
        for path, text in everything.items():
            target = staging / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(text.encode("utf-8"))
        if not outdir.exists():
            os.replace(staging, outdir)
            return sorted(everything)
        touched = _move_in(staging, outdir, everything)
        for stale in sorted(previous - set(everything), reverse=True):
            if _remove(outdir, stale):
                touched.append(stale)
        return touched
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _refuse_foreign(outdir: Path, files: dict[str, str], previous: set[str]) -> None:
    foreign = [
        p
        for p in files
        if p not in previous and (outdir / p).exists() and _differs(outdir / p, files[p])
    ]
    if foreign:
        listed = ", ".join(sorted(foreign)[:5]) + (" ..." if len(foreign) > 5 else "")
        raise WriteError(
            f"{outdir} already has files sdkgen did not create: {listed}; "
            "move them away or pass --force to overwrite them"
        )


def _differs(path: Path, text: str) -> bool:
    try:
        return path.read_bytes() != text.encode("utf-8")
    except OSError:
        return True


def _move_in(staging: Path, outdir: Path, files: dict[str, str]) -> list[str]:
    """Replace changed files one by one (each `os.replace` is atomic); the manifest last."""
    touched: list[str] = []
    for path in sorted(files, key=lambda p: (p == MANIFEST, p)):
        target = outdir / path
        if not _differs(target, files[path]):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.is_dir():
            raise WriteError(f"{target} is a folder; sdkgen needs to write a file there")
        os.replace(staging / path, target)
        touched.append(path)
    return touched


def _remove(outdir: Path, path: str) -> bool:
    target = outdir / path
    removed = target.is_file()
    if removed:
        target.unlink()
    parent = target.parent
    while parent != outdir and parent.is_dir() and not any(parent.iterdir()):
        parent.rmdir()
        parent = parent.parent
    return removed


def drift(outdir: Path, files: dict[str, str], context_lines: int = 3) -> Drift:
    """What `write_tree(outdir, files)` would change, with short unified diffs."""
    result = Drift()
    expected = {**files, MANIFEST: manifest_text(files)}
    for path in sorted(expected, key=lambda p: (p != PROVENANCE, p)):  # provenance first
        target = outdir / path
        if not target.is_file():
            result.added.append(path)
            continue
        try:
            current = target.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            current = None
        if current != expected[path]:
            result.changed.append(path)
            if current is not None and path != MANIFEST:
                diff = difflib.unified_diff(
                    current.splitlines(), expected[path].splitlines(),
                    f"{path} (on disk)", f"{path} (generated)", n=context_lines, lineterm="",
                )  # fmt: skip
                result.diffs[path] = list(diff)
    result.removed = sorted(
        p for p in read_manifest(outdir) - set(expected) if (outdir / p).exists()
    )
    return result
