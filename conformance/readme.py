"""The runnable parts of a generated README: the client set-up and each usage snippet."""

from __future__ import annotations

import re
from dataclasses import dataclass

_FENCE = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
_HEADING = re.compile(r"^### `([^`]+)`\s*$", re.MULTILINE)
_ENDPOINT = re.compile(r"^`([A-Z]+)` `([^`]+)`", re.MULTILINE)
_CONSTRUCTION = re.compile(r"^(\w+) = (\w+)\(", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Snippet:
    """One `#### Usage` example and the endpoint its section documents."""

    label: str  # the section's name without the client variable: `pets.list_pets`
    code: str
    method: str  # GET, POST, ...
    path: str  # the path template, as the section shows it


@dataclass(frozen=True, slots=True)
class Readme:
    """The set-up every snippet assumes (imports, client), and the snippets."""

    prelude: str
    snippets: tuple[Snippet, ...]


def parse_readme(text: str) -> Readme:
    """Split a README that sdkgen wrote into its set-up code and its usage snippets."""
    return Readme(_prelude(text), tuple(_snippets(text)))


def _prelude(text: str) -> str:
    """Getting Started's imports and client construction, with retries off.

    Retries would only repeat a request Prism already refused, and slow the run down.
    """
    start = text.find("## Getting Started")
    block = _FENCE.search(text, start) if start >= 0 else None
    if block is None:
        return ""
    lines: list[str] = []
    for line in block[1].splitlines():
        if line.startswith("try:"):
            break
        lines.append(line)
    code = "\n".join(lines) + "\n"
    return _CONSTRUCTION.sub(r"\1 = \2(max_retries=0, ", code, count=1).replace(
        "(max_retries=0, )", "(max_retries=0)"
    )


def _snippets(text: str) -> list[Snippet]:
    reference = text.find("## Reference")
    if reference < 0:
        return []
    headings = list(_HEADING.finditer(text, reference))
    found = []
    for index, heading in enumerate(headings):
        end = headings[index + 1].start() if index + 1 < len(headings) else len(text)
        section = text[heading.end() : end]
        usage = section.find("#### Usage")
        block = _FENCE.search(section, usage) if usage >= 0 else None
        endpoint = _ENDPOINT.search(section, section.find("#### Endpoint"))
        if block is None or endpoint is None:
            continue
        label = heading[1].split(".", 1)[-1]
        found.append(Snippet(label, block[1], endpoint[1], endpoint[2]))
    return found
