"""A line-based three-way merge (diff3), so regeneration keeps what people changed.

`merge3(base, ours, theirs)`: `base` is the last pristine generation, `ours` the file on
disk (the person's edits), `theirs` the new generation. Lines that are unchanged in both
versions are sync points; between two sync points, a region changed on one side only
takes that side, a region changed identically on both takes it once, and a region changed
differently on both sides becomes a git-style conflict:

    <<<<<<< your edits
    ...
    =======
    ...
    >>>>>>> new generation

The matching comes from difflib (with its "popular line" heuristic off: generated code
repeats blank lines and brackets, and must still align), so the result is deterministic.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

OURS_MARKER = "<<<<<<< your edits"
SEPARATOR = "======="
THEIRS_MARKER = ">>>>>>> new generation"
_MARKER_LINE = re.compile(r"^(<{7}|>{7})( |$)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Merged:
    """The merged text and how many regions conflict (0: merged cleanly)."""

    text: str
    conflicts: int


def merge3(base: str, ours: str, theirs: str) -> Merged:
    """Merge the changes from `base` to `ours` and from `base` to `theirs`."""
    if ours == theirs or theirs == base:
        return Merged(ours, 0)
    if ours == base:
        return Merged(theirs, 0)
    old, mine, new = (text.splitlines(keepends=True) for text in (base, ours, theirs))
    out: list[str] = []
    conflicts = 0
    for region_base, region_ours, region_theirs in _regions(old, mine, new):
        if region_ours == region_theirs or region_theirs == region_base:
            out.extend(region_ours)
        elif region_ours == region_base:
            out.extend(region_theirs)
        else:
            conflicts += 1
            out.extend(_conflict(region_ours, region_theirs))
    return Merged("".join(out), conflicts)


def conflict_markers(text: str) -> int:
    """How many lines of `text` start or end a conflict region."""
    return sum(1 for _ in _MARKER_LINE.finditer(text))


def _regions(
    base: list[str], ours: list[str], theirs: list[str]
) -> list[tuple[list[str], list[str], list[str]]]:
    """Split the three versions into aligned regions: each is either a stable line (the
    same in all three) or the stretch between two stable lines."""
    in_ours, in_theirs = _matches(base, ours), _matches(base, theirs)
    regions: list[tuple[list[str], list[str], list[str]]] = []
    o = a = b = 0
    while o < len(base) or a < len(ours) or b < len(theirs):
        if o < len(base) and in_ours.get(o) == a and in_theirs.get(o) == b:
            regions.append(([base[o]], [ours[a]], [theirs[b]]))
            o, a, b = o + 1, a + 1, b + 1
            continue
        o2 = next((i for i in range(o, len(base)) if i in in_ours and i in in_theirs), len(base))
        a2 = in_ours.get(o2, len(ours))
        b2 = in_theirs.get(o2, len(theirs))
        regions.append((base[o:o2], ours[a:a2], theirs[b:b2]))
        o, a, b = o2, a2, b2
    return regions


def _matches(base: Sequence[str], other: Sequence[str]) -> dict[int, int]:
    """Index in `base` -> index in `other` of every line difflib aligns between them."""
    matcher = difflib.SequenceMatcher(None, base, other, autojunk=False)
    return {
        block.a + k: block.b + k
        for block in matcher.get_matching_blocks()
        for k in range(block.size)
    }


def _conflict(ours: list[str], theirs: list[str]) -> list[str]:
    return [
        OURS_MARKER + "\n",
        *_terminated(ours),
        SEPARATOR + "\n",
        *_terminated(theirs),
        THEIRS_MARKER + "\n",
    ]


def _terminated(lines: list[str]) -> list[str]:
    """The lines, the last one ended with a newline so the marker after it stands alone."""
    if lines and not lines[-1].endswith(("\n", "\r")):
        return [*lines[:-1], lines[-1] + "\n"]
    return lines
