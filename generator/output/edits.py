"""Persistent edits: what a person changed in generated files survives regeneration.

`generate` records the generation it wrote, untouched by anyone, in the output folder
(`.sdkgen-pristine.json.gz`: gzip'd lines `["path", "text"]`, no timestamp; see
`pristine_bytes`; older records, one JSON object, are still read).
The next run merges three versions of every generated file: that pristine record (the
base), the file on disk (the person's edits) and the new generation (see `merge`):

- a file nobody edited is simply the new generation;
- edits that do not overlap what the new spec changes are kept, and listed;
- overlapping ones leave conflict markers in the file, and are listed;
- a generated file the person deleted stays deleted;
- a file still holding the conflict markers of an earlier run is left as it is, and its
  base stays the generation it was last merged with, until the person resolves it;
- an edited file the new generation no longer has is kept (it is theirs now).

The records sdkgen keeps beside the SDK (`.sdkgen-*`) are never merged. Without a
pristine record (output of an older sdkgen) there is no base, and the new generation wins
as it always did.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .merge import conflict_markers, merge3

PRISTINE = ".sdkgen-pristine.json.gz"
_RECORD_PREFIX = ".sdkgen-"


@dataclass
class Reconciled:
    """What goes on disk for one generation, and what happened to the person's edits."""

    files: dict[str, str]  # path -> text to write (merged); deleted files are absent
    kept: list[str] = field(default_factory=list)  # edits merged cleanly
    conflicts: list[str] = field(default_factory=list)  # conflict markers written
    deleted: list[str] = field(default_factory=list)  # deleted by the person: stay deleted
    orphaned: list[str] = field(default_factory=list)  # edited, no longer generated: kept
    held: dict[str, str] = field(default_factory=dict)  # unresolved: path -> base kept

    def pristine(self, files: dict[str, str]) -> dict[str, str]:
        """What the pristine record holds after this generation: `files`, except for the
        files left unmerged, whose base stays what it was."""
        return {**files, **self.held}


def is_record(path: str) -> bool:
    """sdkgen's own bookkeeping files, always rewritten whole."""
    return "/" not in path and path.startswith(_RECORD_PREFIX)


PristinePart = tuple[frozenset[str], bytes]  # paths, and `pristine_part` of exactly them


def pristine_part(files: Mapping[str, str]) -> bytes:
    """One gzip member recording `files` (sdkgen's records left out): a JSON array
    `[path, text]` per line, by path.

    A record is such members end to end (gzip reads them as one stream), so a part can be
    compressed where its files were made: the docs' part in the process that renders the
    docs, while this one still formats the code. zlib's default level: level 9 took twice
    as long (0.7 s on GitHub's SDK) for a file 2 % smaller. Records are compared
    decompressed, so one written at another level or cut into other parts is neither
    stale nor rewritten."""
    lines = "".join(_entry(path, files[path]) for path in sorted(files) if not is_record(path))
    return gzip.compress(lines.encode("utf-8"), compresslevel=6, mtime=0)


def _entry(path: str, text: str) -> str:
    return json.dumps([path, text], ensure_ascii=False) + "\n"  # JSON escapes line breaks


def pristine_bytes(files: dict[str, str], parts: Sequence[PristinePart] = ()) -> bytes:
    """The pristine record of `files`: the same bytes for the same files and parts.

    `parts` were compressed already (`pristine_part`), each of files that `files` holds
    with the same texts; the others are compressed here, in a member of their own first."""
    covered = {path for paths, _ in parts for path in paths}
    rest = {path: text for path, text in files.items() if path not in covered}
    return b"".join([pristine_part(rest), *(data for _, data in parts)])


def read_pristine(outdir: Path) -> dict[str, str] | None:
    """The last pristine generation recorded in `outdir`; None when there is none."""
    try:
        text = gzip.decompress((outdir / PRISTINE).read_bytes()).decode("utf-8")
        if text.startswith("{"):  # a record written before the parts (one JSON object)
            data = json.loads(text)
        else:  # only "\n" separates entries: a text may hold U+2028, which splitlines cuts at
            data = dict(json.loads(line) for line in text.split("\n") if line)
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(data, dict):
        return None
    return {str(k): v for k, v in data.items() if isinstance(v, str)}


class Disk:
    """What an output folder holds, each file read at most once.

    `check` looks at every file three times (to merge edits, to compare, for conflict
    markers) and `generate` twice; on a large SDK each pass reads thousands of files and
    decompresses the pristine record again.
    """

    def __init__(self, outdir: Path) -> None:
        self.outdir = outdir
        self._texts: dict[str, str | None] = {}
        self._pristine: dict[str, str] | None = None
        self._pristine_read = False

    def text(self, path: str) -> str | None:
        """The file's text as its bytes decode (no newline translation); None when it is
        missing, unreadable or not UTF-8."""
        if path not in self._texts:
            self._texts[path] = _read(self.outdir / path)
        return self._texts[path]

    def pristine(self) -> dict[str, str] | None:
        """`read_pristine(outdir)`, read once (callers must not change it)."""
        if not self._pristine_read:
            self._pristine, self._pristine_read = read_pristine(self.outdir), True
        return self._pristine


def same_pristine(path: Path, files: dict[str, str], disk: Disk | None = None) -> bool:
    """Whether `path` records exactly `files` (compared decompressed: another zlib may
    compress the same text into other bytes, which is not a change)."""
    if path.name != PRISTINE:
        recorded = None
    elif disk is not None and disk.outdir == path.parent:
        recorded = disk.pristine()
    else:
        recorded = read_pristine(path.parent)
    return recorded == {p: t for p, t in files.items() if not is_record(p)}


def reconcile(
    outdir: Path,
    files: dict[str, str],
    previous: set[str],
    discard: bool = False,
    disk: Disk | None = None,
) -> Reconciled:
    """Merge the new generation `files` with the edits made in `outdir` since the last one.

    `previous` is what the last generation wrote (the manifest); `discard` restores the
    pristine generation, edits and deletions alike. `disk`: `outdir` as read so far.
    """
    disk = disk if disk is not None else Disk(outdir)
    base = None if discard else disk.pristine()
    if base is None:
        return Reconciled(dict(files))
    result = Reconciled({})
    for path in sorted(files):
        new = files[path]
        _merge_one(result, path, base.get(path), disk.text(path), new, path in previous)
    for path in sorted(set(base) - set(files)):
        current = disk.text(path)
        if path in previous and current is not None and current != base[path]:
            result.orphaned.append(path)
    return result


def _merge_one(
    result: Reconciled, path: str, base: str | None, disk: str | None, new: str, ours: bool
) -> None:
    if is_record(path) or base is None or disk in (base, new):
        result.files[path] = new
    elif disk is None:
        if not ours:  # not generated last time: a new file, not a deletion
            result.files[path] = new
        else:
            result.deleted.append(path)
    elif conflict_markers(disk) > conflict_markers(base):  # an earlier conflict, unresolved
        result.files[path] = disk
        result.held[path] = base
    else:
        merged = merge3(base, disk, new)
        result.files[path] = merged.text
        (result.conflicts if merged.conflicts else result.kept).append(path)


def unresolved(outdir: Path, files: dict[str, str], disk: Disk | None = None) -> list[str]:
    """Generated files in `outdir` holding conflict markers the generation itself does not
    (a spec may well put such a line in a docstring): conflicts nobody resolved yet."""
    disk = disk if disk is not None else Disk(outdir)
    on_disk = {path: text for path in files if (text := disk.text(path)) is not None}
    return unresolved_in(on_disk, files, disk.pristine() or {})


def unresolved_in(found: dict[str, str], files: dict[str, str], base: dict[str, str]) -> list[str]:
    """`unresolved` for a folder holding `found` (path -> text) whose pristine record
    holds `base`: what the writer knows it has just written, without reading it back."""
    result = []
    for path in sorted(files):
        text = found.get(path)
        if text is None or text == files[path] or is_record(path):
            continue
        if conflict_markers(text) > conflict_markers(base.get(path, files[path])):
            result.append(path)
    return result


def _read(path: Path) -> str | None:
    try:
        return path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
