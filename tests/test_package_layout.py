"""The shape of `generator/`: stage packages that import each other without cycles, all
named in the README's "How it works" table."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.support.paths import REPO

GENERATOR = REPO / "generator"


def _node(module: str) -> str:
    """A stage package (`generator.spec`) or a top-level module (`generator.ir`)."""
    return ".".join(module.split(".")[:2])


def _imports(path: Path) -> set[str]:
    """The modules of generator/ this file imports, lazy imports included."""
    parts = path.relative_to(REPO).with_suffix("").parts
    package = parts[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else ()
            source = ".".join([*base, *([node.module] if node.module else [])])
            for alias in node.names:
                name = f"{source}.{alias.name}"
                sub = REPO.joinpath(*name.split("."))
                is_module = sub.with_suffix(".py").is_file() or (sub / "__init__.py").is_file()
                found.add(name if is_module else source)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {m for m in found if m.startswith("generator.")}


def _graph() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {}
    for path in sorted(GENERATOR.rglob("*.py")):
        if "runtime" in path.parts or "__pycache__" in path.parts:
            continue
        me = _node(".".join(path.relative_to(REPO).with_suffix("").parts))
        edges.setdefault(me, set()).update(_node(m) for m in _imports(path) if _node(m) != me)
    return edges


def test_stages_import_each_other_without_cycles() -> None:
    edges = _graph()
    done: set[str] = set()

    def visit(node: str, path: tuple[str, ...]) -> None:
        assert node not in path, " -> ".join([*path, node])
        if node in done:
            return
        for other in sorted(edges.get(node, ())):
            visit(other, (*path, node))
        done.add(node)

    for node in sorted(edges):
        visit(node, ())
    assert {"generator.spec", "generator.model", "generator.python"} <= set(edges)


def _how_it_works() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    start = text.index("\n## How it works\n")
    end = text.find("\n## ", start + 1)
    return [line for line in text[start:end].splitlines() if line.startswith("| `")]


def test_the_readme_table_names_every_folder_and_module() -> None:
    rows = _how_it_works()
    for path in sorted(GENERATOR.glob("*.py")):
        if path.name not in ("__init__.py", "__main__.py"):
            assert any(f"`{path.name}`" in row for row in rows), path.name
    for folder in sorted(p for p in GENERATOR.iterdir() if (p / "__init__.py").is_file()):
        (row,) = [row for row in rows if row.startswith(f"| `{folder.name}/`")]
        if folder.name == "runtime":
            continue  # its modules are the SDK's, described as one
        for module in sorted(folder.glob("*.py")):
            if module.name != "__init__.py":
                assert f"`{module.name}`" in row, f"{folder.name}/{module.name}"
