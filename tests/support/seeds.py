"""The usage snippets of seed 000, the README of the Svix SDK this project must match.

Its **Reference** section has one `### `svix.<resource>.<method>`` heading per operation,
each with a ```python usage block and, for operations that return something, a Return
link naming the model (`ApplicationOut`, `ListResponseApplicationOut`, ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .paths import SEEDS

SEED_000 = SEEDS / "000_98e197adf5326581.txt"

_HEADING = re.compile(r"^### `svix\.(\w+)\.(\w+)`", re.MULTILINE)
_PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
_RETURN = re.compile(r"Return<a [^\n]*\n+\[`(\w+)`\]")


@dataclass(frozen=True, slots=True)
class ReferenceEntry:
    """One operation of the seed's reference: where it lives, how it is called, what it returns."""

    resource: str
    method: str
    usage: str  # the ```python block, ending with a newline
    returns: str | None  # model name from the Return link; None when nothing is returned

    @property
    def label(self) -> str:
        return f"{self.resource}.{self.method}"


def reference_entries(seed: Path = SEED_000) -> list[ReferenceEntry]:
    """Every operation of the seed's Reference section, in document order."""
    text = seed.read_text(encoding="utf-8")
    reference = text[text.index("## Reference") :]
    headings = list(_HEADING.finditer(reference))
    entries = []
    for heading, following in zip(headings, [*headings[1:], None], strict=True):
        section = reference[heading.end() : following.start() if following else None]
        usage = _PYTHON_BLOCK.search(section)
        if usage is None:
            raise ValueError(f"no ```python block under svix.{heading[1]}.{heading[2]}")
        returned = _RETURN.search(section)
        entries.append(
            ReferenceEntry(heading[1], heading[2], usage[1], returned[1] if returned else None)
        )
    return entries


def usage_snippets(seed: Path = SEED_000) -> list[tuple[str, str]]:
    """(operation label such as `application.list_all`, usage code) for every operation."""
    return [(entry.label, entry.usage) for entry in reference_entries(seed)]
