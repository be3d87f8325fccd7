"""What `generate` and `check` tell people about an output folder, on the CLI's console.

`check`: the API changes first (what SDK users will notice), one line of files, then an
excerpt of the diffs, clearly cut (--verbose: every file, every diff, the provenance).
`generate`: which of the person's edits were kept, left deleted or conflict. Hints name
the command that regenerates the folder: `make generate` in a repository `init` made.
"""

from __future__ import annotations

from pathlib import Path

from .console import Console
from .output.edits import is_record
from .output.provenance import PROVENANCE, explain
from .output.writer import Drift, Written
from .pipeline import Generation


def regenerate_hint(outdir: Path) -> str:
    """How this output is regenerated: `make generate` in a repository `init` scaffolded."""
    from .scaffold import STATE_FILE

    if (outdir.absolute().parent / STATE_FILE).is_file():
        return "make generate"
    return "sdkgen generate"


def count(paths: list[str]) -> str:
    return f"{len(paths)} file" + ("" if len(paths) == 1 else "s")


def report_edits(console: Console, outdir: Path, written: Written, hint: str) -> bool:
    """Which edits were kept, left deleted or conflict; True while conflicts remain."""
    edits = written.edits
    for label, paths in (
        ("kept your edits in", edits.kept),
        ("left deleted (you deleted them):", edits.deleted),
        ("kept, though no longer generated (you edited them):", edits.orphaned),
    ):
        if paths:
            console.info(f"{label} {count(paths)}: {', '.join(paths)}")
    if not written.unresolved:
        return False
    console.error(
        f"error: conflicting edits in {count(written.unresolved)} in {outdir}: "
        f"{', '.join(written.unresolved)}\n"
        "your edits overlap lines the new generation changes: resolve the conflict "
        "markers (<<<<<<< your edits / ======= / >>>>>>> new generation) in each, "
        f"then run `{hint}` again"
    )
    return True


def show_drift(
    console: Console,
    outdir: Path,
    result: Generation,
    found: Drift,
    recorded: str | None,
) -> None:
    """What changed: the API first, then one line of files; the provenance when the API
    did not change (or with --verbose), and every file with --verbose. `recorded` is the
    provenance record on disk."""
    from .diff import drift_report, to_text  # only `check` compares APIs

    report = drift_report(outdir, result.api)
    if report is not None:
        console.out(f"API changes since {outdir} was generated: " + to_text(report), nl=False)
    console.out(_files_line(found))
    explained = report is None or not report.changes or console.verbose
    if explained and (PROVENANCE in found.changed or PROVENANCE in found.added):
        for line in explain(recorded, result.files[PROVENANCE]):
            console.out(f"provenance: {line}")
    if console.verbose:
        for label, paths in (
            ("added", found.added),
            ("removed", found.removed),
            ("changed", found.changed),
        ):
            for path in paths:
                console.out(f"{label}: {path}")
    if found.kept:
        console.out(f"your edits are kept in {count(found.kept)}: {_names(found.kept)}")
    if found.conflicts:
        console.out(
            f"your edits conflict with the new generation in {count(found.conflicts)}: "
            f"{_names(found.conflicts)} (regenerating leaves conflict markers there)"
        )


def show_diffs(console: Console, diffs: dict[str, list[str]], limit: int | None) -> None:
    """The files' diffs: whole (`limit` None), or the first `limit` lines, clearly cut;
    without --verbose sdkgen's records are left out (they change with everything)."""
    if limit is not None:
        diffs = {path: diff for path, diff in diffs.items() if not is_record(path)} or diffs
    items = list(diffs.items())
    room = limit
    for index, (path, lines) in enumerate(items):
        if room is not None and len(lines) > room:
            if room > 0:
                console.out("\n".join(lines[:room]))
            cut = len(lines) - room + sum(len(rest) for _, rest in items[index + 1 :])
            files = count([p for p, _ in items[index:]])
            console.out(
                f"--- cut here: {cut} more diff lines in {files} (from {path} on); "
                "--verbose shows every diff"
            )
            return
        console.out("\n".join(lines))
        room = None if room is None else room - len(lines)


def _files_line(found: Drift) -> str:
    """One line: how many files differ, and the first few (sdkgen's records count only
    when nothing else differs: they change whenever anything does)."""
    kinds = (("changed", found.changed), ("added", found.added), ("removed", found.removed))
    counted = [(label, [p for p in paths if not is_record(p)]) for label, paths in kinds]
    if not any(paths for _, paths in counted):
        counted = list(kinds)
    numbers = ", ".join(f"{len(paths)} {label}" for label, paths in counted if paths)
    return f"files: {numbers} ({_names([p for _, paths in counted for p in paths])})"


def _names(paths: list[str], shown: int = 3) -> str:
    more = len(paths) - shown
    return ", ".join(paths[:shown]) + (f" and {more} more" if more > 0 else "")
