"""Operations without an operationId: each keeps its own example, docs section and summary.

Examples and API summaries used to be keyed by operationId, so every operation without
one showed the last such operation's example (issue 13, item 4).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from generator.pipeline import generate

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Zoo", "version": "1"},
    "paths": {
        "/cats": {"get": {"responses": {"204": {"description": "ok"}}}},
        "/dogs/{dog_id}": {
            "get": {
                "parameters": [
                    {"name": "dog_id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {"204": {"description": "ok"}},
            },
            "delete": {"operationId": "removeDog", "responses": {"204": {"description": "ok"}}},
        },
        "/birds": {"post": {"responses": {"204": {"description": "ok"}}}},
    },
}


def _generate(tmp_path: Path) -> dict[str, str]:
    spec = tmp_path / "zoo.yaml"
    spec.write_text(yaml.safe_dump(SPEC), encoding="utf-8")
    return generate(spec).files


def _usage_by_section(readme: str) -> dict[str, str]:
    """README section heading (`zoo.cats.get`) -> the code of its Usage block."""
    found = {}
    for section in re.split(r"^### ", readme, flags=re.MULTILINE)[1:]:
        heading = section.split("\n", 1)[0].strip("`")
        usage = re.search(r"#### Usage\n\n```python\n(.*?)```", section, re.DOTALL)
        if usage:
            found[heading] = usage[1]
    return found


def test_each_operation_without_an_id_shows_its_own_call(tmp_path: Path) -> None:
    usage = _usage_by_section(_generate(tmp_path)["README.md"])
    assert len(usage) == 4, usage
    for heading, code in usage.items():
        assert f"{heading}(" in code, f"section {heading} shows {code!r}"


def test_resource_pages_show_each_operations_own_call(tmp_path: Path) -> None:
    files = _generate(tmp_path)
    pages = {path: text for path, text in files.items() if re.fullmatch(r"docs/\w+Api\.md", path)}
    calls = [line.strip() for text in pages.values() for line in text.splitlines()]
    examples = [c for c in calls if re.match(r"(\w+ = )?zoo\.\w+\.\w+\(", c)]
    targets = {re.sub(r"^\w+ = ", "", c).split("(")[0] for c in examples}
    assert {
        "zoo.cats.get",
        "zoo.birds.post",
        "zoo.dogs.get_by_dog_id",
        "zoo.dogs.remove_dog",
    } == targets


def test_api_summary_keeps_every_operation(tmp_path: Path) -> None:
    """Operations without an id are keyed by their call, which survives a path change."""
    summary = json.loads(_generate(tmp_path)[".sdkgen-api.json"])
    assert sorted(summary["operations"]) == [
        "birds.post",
        "cats.get",
        "dogs.get_by_dog_id",
        "removeDog",
    ]
