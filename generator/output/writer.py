"""Writes a generated tree safely, and compares one with what is on disk.

- Nothing is touched until every file is rendered and formatted. The new tree is staged
  in a temporary folder next to the output, the files that stay (unchanged generated
  files, the user's own) are hard-linked in, and the staged folder replaces the output
  with two renames: a failed or interrupted run leaves the previous output as it was.
- An unchanged regeneration touches nothing: no rename, no file rewritten.
- A manifest (`.sdkgen-manifest.json`) lists what the generator wrote; files missing
  from the new tree are removed only if the manifest says the generator created them,
  and an existing file the generator did not create is never overwritten silently.
- What people changed in generated files is merged into the new generation, not lost
  (see `edits`): the folder holds the merged files, the manifest and the pristine record
  describe the generation itself.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..parallel import InThread
from .edits import (
    PRISTINE,
    Disk,
    PristinePart,
    Reconciled,
    pristine_bytes,
    reconcile,
    same_pristine,
    unresolved,
    unresolved_in,
)

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
    kept: list[str] = field(default_factory=list)  # hold edits that regeneration keeps
    conflicts: list[str] = field(default_factory=list)  # edits regeneration cannot merge
    unresolved: list[str] = field(default_factory=list)  # conflict markers still on disk

    @property
    def clean(self) -> bool:
        return not (self.added or self.removed or self.changed or self.unresolved)


@dataclass
class Written:
    """What `write_generation` did: the paths written or removed, and the edits merged."""

    touched: list[str]
    edits: Reconciled
    unresolved: list[str]  # generated files holding conflict markers after the write
    digests: dict[str, str]  # the manifest's: sha256 of each generated file (see `file_digests`)


def file_digests(files: dict[str, str]) -> dict[str, str]:
    """Path -> sha256 of each file's UTF-8 text, sorted by path."""
    return {path: hashlib.sha256(files[path].encode("utf-8")).hexdigest() for path in sorted(files)}


def manifest_text(files: dict[str, str], digests: dict[str, str] | None = None) -> str:
    """The manifest of `files`; `digests`, when the caller has them, saves hashing again."""
    entries = digests if digests is not None else file_digests(files)
    return json.dumps({"generator": "sdkgen", "files": entries}, indent=2) + "\n"


def read_manifest(outdir: Path) -> set[str]:
    """Paths the generator wrote last time (empty when there is no readable manifest)."""
    try:
        data = json.loads((outdir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    files = data.get("files") if isinstance(data, dict) else None
    return {p for p in files if _safe_relative(p)} if isinstance(files, dict) else set()


_PLAIN_PATH = re.compile(r"[\w.-]+(?:/[\w.-]+)*")


def _safe_relative(path: str) -> bool:
    """Whether `path` names a file inside the output folder (relative, no `..`)."""
    if _PLAIN_PATH.fullmatch(path):  # what the generator writes: no need to ask pathlib
        names = path.split("/")
        return ".." not in names and any(name != "." for name in names)
    parts = Path(path).parts
    return bool(parts) and not Path(path).is_absolute() and ".." not in parts


def write_tree(
    outdir: Path, files: dict[str, str], *, force: bool = False, discard_edits: bool = False
) -> list[str]:
    """Make `outdir` hold `files` (plus whatever the user keeps there), merged with the
    edits made to the previous generation unless `discard_edits`.

    Returns the paths written or removed: empty when the folder was already up to date,
    in which case no file was touched (modification times stay as they were).
    """
    return write_generation(outdir, files, force=force, discard_edits=discard_edits).touched


def write_generation(
    outdir: Path,
    files: dict[str, str],
    *,
    force: bool = False,
    discard_edits: bool = False,
    pristine_parts: Sequence[PristinePart] = (),
) -> Written:
    """`write_tree`, saying also which edits were kept, conflicted or left deleted.

    `pristine_parts`: parts of the pristine record compressed already (see
    `edits.pristine_part`), each of files `files` holds with those very texts."""
    for path in files:
        if not _safe_relative(path):
            raise WriteError(f"refusing to write outside the output folder: {path}")
        if path in (MANIFEST, PRISTINE):
            raise WriteError(f"{path} is sdkgen's own record, not a generated file")
    previous = read_manifest(outdir)
    real = outdir.resolve() if outdir.is_symlink() else outdir
    disk = Disk(real)
    if not force and outdir.exists():
        _refuse_foreign(outdir, files, previous, disk)
    outdir = real
    edits = reconcile(outdir, files, previous, discard=discard_edits, disk=disk)
    pristine = edits.pristine(files)
    # A part holding a file whose base an unresolved conflict keeps records the wrong text.
    parts = [part for part in pristine_parts if not part[0] & edits.held.keys()]
    # Compressing the pristine record (a third of a second on GitHub's SDK) lets other
    # threads run: it goes on while the files are written.
    with InThread(lambda: pristine_bytes(pristine, parts)) as compressed:
        everything = {path: text.encode("utf-8") for path, text in edits.files.items()}
        digests = file_digests(files)
        everything[MANIFEST] = manifest_text(files, digests).encode("utf-8")
        gone = previous - set(files) - set(edits.orphaned)
        touched = _write(outdir, everything, gone, pristine, compressed.result, disk)
    # The folder now holds `edits.files` (see `_write`): no need to read it back.
    return Written(touched, edits, unresolved_in(edits.files, files, pristine), digests)


def _write(
    outdir: Path,
    everything: dict[str, bytes],
    gone: set[str],
    pristine: dict[str, str],
    pristine_record: Callable[[], bytes],
    disk: Disk,
) -> list[str]:
    """Stage `everything` and the pristine record (`pristine_record()`: the bytes that
    record `pristine`), then swap them in with the user's files and minus `gone`
    (`disk`: what `outdir` holds, as read so far)."""
    outdir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.sdkgen-", dir=outdir.parent))
    try:
        _stage(staging, everything)
        everything = {**everything, PRISTINE: pristine_record()}
        _stage(staging, {PRISTINE: everything[PRISTINE]})
        if not outdir.exists():
            os.chmod(staging, 0o777 & ~_umask())
            os.replace(staging, outdir)
            return sorted(everything)
        touched = [p for p in sorted(everything) if _differs(disk, p, everything[p], pristine)]
        stale = sorted(p for p in gone if (outdir / p).is_file())
        if touched or stale:
            _carry_over(outdir, staging, set(touched), set(stale))
            _swap(staging, outdir)
        return sorted([*touched, *stale])
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _stage(staging: Path, files: dict[str, bytes]) -> None:
    """Write `files` under `staging`, making each folder once."""
    made: set[str] = set()
    for path in files:
        folder = path.rpartition("/")[0]
        if folder and folder not in made:
            (staging / folder).mkdir(parents=True, exist_ok=True)
            made.add(folder)
    root = os.fspath(staging)
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    for path, data in files.items():  # os calls: a file object costs more than the write
        handle = os.open(f"{root}/{path}", flags, 0o666)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(handle, view) :]
        finally:
            os.close(handle)


def _carry_over(outdir: Path, staging: Path, touched: set[str], stale: set[str]) -> None:
    """Link into the staged tree what stays: unchanged generated files and the user's files.

    Hard links keep each file's inode and modification time, and leave `outdir` untouched,
    so a run that dies before the swap changes nothing.
    """
    for folder, dirs, names in os.walk(outdir):
        here = Path(folder)
        relative = here.relative_to(outdir)
        for name in dirs:
            target = staging / relative / name
            if target.is_file() or target.is_symlink():
                raise WriteError(f"{here / name} is a folder; sdkgen needs to write a file there")
            target.mkdir(exist_ok=True)
        for name in names:
            path = (relative / name).as_posix()
            if path in touched or path in stale:
                continue
            target = staging / path
            if target.is_dir():
                raise WriteError(f"{here / name} is a file; sdkgen needs a folder there")
            target.unlink(missing_ok=True)
            _link(here / name, target)
    for path in stale:
        _prune_empty(staging, (staging / path).parent)


def _link(source: Path, target: Path) -> None:
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:  # no hard links here (another file system): a copy keeps the mtime
        shutil.copy2(source, target, follow_symlinks=False)


def _prune_empty(root: Path, folder: Path) -> None:
    while folder != root and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def _swap(staging: Path, outdir: Path) -> None:
    """Two renames: the previous folder aside, the staged one in; then the old one goes."""
    os.chmod(staging, outdir.stat().st_mode & 0o7777)
    previous = staging.with_name(staging.name + "-previous")
    os.replace(outdir, previous)
    try:
        os.replace(staging, outdir)
    except OSError:
        os.replace(previous, outdir)
        raise
    shutil.rmtree(previous, ignore_errors=True)


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def _refuse_foreign(outdir: Path, files: dict[str, str], previous: set[str], disk: Disk) -> None:
    foreign = [
        p for p in files if p not in previous and (outdir / p).exists() and disk.text(p) != files[p]
    ]
    if foreign:
        listed = ", ".join(sorted(foreign)[:5]) + (" ..." if len(foreign) > 5 else "")
        raise WriteError(
            f"{outdir} already has files sdkgen did not create: {listed}; "
            "move them away or pass --force to overwrite them"
        )


def _differs(disk: Disk, path: str, data: bytes, files: dict[str, str]) -> bool:
    """Whether the folder does not hold `data` at `path` (for the pristine record: the
    files it records, whatever bytes another zlib would compress them into)."""
    if path == PRISTINE:
        return not same_pristine(disk.outdir / path, files, disk)
    text = disk.text(path)  # None: missing, unreadable or not UTF-8, so not `data`
    return text is None or text.encode("utf-8") != data


def drift(outdir: Path, files: dict[str, str], context_lines: int = 3) -> Drift:
    """What `write_tree(outdir, files)` would change, with short unified diffs; edits that
    regeneration keeps are not drift, conflict markers left in a file are."""
    disk = Disk(outdir)
    previous = read_manifest(outdir)
    edits = reconcile(outdir, files, previous, disk=disk)
    result = Drift(kept=edits.kept, conflicts=edits.conflicts)
    expected = {**edits.files, MANIFEST: manifest_text(files)}
    for path in sorted(expected, key=lambda p: (p != PROVENANCE, p)):  # provenance first
        raw = disk.text(path)
        if raw is None and not (outdir / path).is_file():
            result.added.append(path)
            continue
        # As `read_text` reads it: universal newlines (a checkout with CRLF is no drift).
        current = None if raw is None else raw.replace("\r\n", "\n").replace("\r", "\n")
        if current != expected[path]:
            result.changed.append(path)
            if current is not None and path != MANIFEST:
                diff = difflib.unified_diff(
                    current.splitlines(), expected[path].splitlines(),
                    f"{path} (on disk)", f"{path} (generated)", n=context_lines, lineterm="",
                )  # fmt: skip
                result.diffs[path] = list(diff)
    if not (outdir / PRISTINE).is_file():
        result.added.append(PRISTINE)
    elif not same_pristine(outdir / PRISTINE, edits.pristine(files), disk):
        result.changed.append(PRISTINE)
    result.removed = sorted(
        p for p in previous - set(files) - set(edits.orphaned) if (outdir / p).exists()
    )
    result.unresolved = unresolved(outdir, files, disk)
    return result
