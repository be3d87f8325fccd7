"""Snippet failures that are not the generator's, with evidence, from the excuse files.

An entry is either plain evidence text (the shape of `../shared/peer-specs/manifest.json`'s
`excused`: it covers the snippet whatever fails) or an object that pins the evidence to the
failure it explains, so that it cannot hide a different one:

    {"class": "RequestInvalid", "covers": ["required%20query"], "evidence": "curl ... -> 422"}

`class` must equal the failure class; for a RequestInvalid, every violation Prism names
must contain one of the `covers` strings (when given). An object without `evidence` pins
the evidence text of the file it overrides (the manifest's).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# The judge (classify.py) cuts a failure's detail, a violation list included, at this many
# characters; a cut last violation is not checked.
DETAIL_LIMIT = 600
# Violations are joined as `location: message; location: message`; a message may hold
# "; " itself ("must NOT have additional properties; found 'key'").
_NEXT_VIOLATION = re.compile(r"; (?=[^\s;:]+: )")


@dataclass(frozen=True, slots=True)
class Excuse:
    """Why one snippet's failure is not the generator's, and which failure that is."""

    evidence: str
    klass: str | None = None  # None: any failure (a plain-text entry)
    covers: tuple[str, ...] = ()

    def explains(self, klass: str, detail: str) -> bool:
        """Whether this excuse is about the failure `klass` with `detail`."""
        if self.klass is not None and klass != self.klass:
            return False
        if not self.covers:
            return True
        found = split_violations(detail)
        if len(detail) >= DETAIL_LIMIT:
            found = found[:-1] or found
        return all(any(c in violation for c in self.covers) for violation in found)


def split_violations(detail: str) -> list[str]:
    """A RequestInvalid detail as its violations (`location: message` each)."""
    return _NEXT_VIOLATION.split(detail)


Excuses = dict[str, dict[str, Excuse]]  # spec file -> snippet label -> excuse


def load(path: Path, base: Excuses | None = None) -> Excuses:
    """The `excused` section of `path` merged over `base` (its entries win); `base`
    alone when the file is absent."""
    merged = {spec: dict(labels) for spec, labels in (base or {}).items()}
    if not path.exists():
        return merged
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    for spec, labels in document.get("excused", {}).items():
        into = merged.setdefault(spec, {})
        for label, entry in labels.items():
            into[label] = _entry(entry, into.get(label), f"{path.name}: {spec}: {label}")
    return merged


def _entry(entry: str | dict[str, Any], earlier: Excuse | None, where: str) -> Excuse:
    if isinstance(entry, str):
        return Excuse(entry)
    evidence = entry.get("evidence") or (earlier.evidence if earlier else "")
    if not evidence or not entry.get("class"):
        raise ValueError(f"{where}: an excuse needs a 'class' and its 'evidence'")
    return Excuse(evidence, str(entry["class"]), tuple(entry.get("covers", ())))
