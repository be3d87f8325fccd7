"""Checks that a generated SDK is safe to have: it parses, imports without side effects,
keeps its packaging metadata and Markdown intact, and generated every operation."""

from __future__ import annotations

import ast
import importlib
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from tests.support.mkdocs import load_config

tomllib: Any = importlib.import_module("tomllib" if sys.version_info >= (3, 11) else "tomli")

PROJECT_KEYS = {
    "name", "version", "description", "readme", "requires-python", "dependencies", "classifiers",
}  # fmt: skip
TOP_KEYS = {"build-system", "project", "tool"}
TOOL_KEYS = {"setuptools", "mypy", "ruff"}
# `loads` is not listed: `json.loads` is how the runtime parses bodies, and the loaders
# that run code (`pickle.loads`, `marshal.loads`) cannot be reached without importing
# their modules, which DYNAMIC_MODULES refuses (and `__import__`, which is listed).
DYNAMIC_CALLS = frozenset(("eval", "exec", "__import__", "system", "popen"))
DYNAMIC_MODULES = frozenset(("pickle", "marshal", "subprocess", "shelve", "dill"))
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Imports every module of the package, every model, builds the client and walks its
# namespaces. Run in a clean folder: whatever the spec smuggled in would show up there.
IMPORT_ALL = """
import functools, importlib, inspect, pkgutil, sys
sys.path.insert(0, sys.argv[2])
name = sys.argv[1]
package = importlib.import_module(name)
for info in pkgutil.walk_packages(package.__path__, name + "."):
    importlib.import_module(info.name)
models = importlib.import_module(name + ".models")
for export in models.__all__:
    getattr(models, export)
base = importlib.import_module(name + "._base_client").BaseClient
clients = [c for _, c in inspect.getmembers(package, inspect.isclass) if issubclass(c, base)]
client = clients[0](base_url="http://127.0.0.1:9")
namespaces = [
    key for key, value in vars(type(client)).items() if isinstance(value, functools.cached_property)
]
for key in namespaces:
    getattr(client, key)
client.close()
print(len(models.__all__), "models", len(namespaces), "namespaces")
"""


def python_files(outdir: Path) -> list[Path]:
    return sorted(p for p in outdir.rglob("*.py") if "__pycache__" not in p.parts)


def assert_parses_and_has_no_dynamic_code(outdir: Path) -> None:
    """Every module parses; none calls eval/exec/system or imports pickle-like modules."""
    files = python_files(outdir)
    assert files, f"no Python files in {outdir}"
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            assert (
                _called(node) not in DYNAMIC_CALLS
            ), f"{path}:{getattr(node, 'lineno', 0)}: dynamic call"
            assert not (_imported(node) & DYNAMIC_MODULES), f"{path}: imports {_imported(node)}"


def _called(node: ast.AST) -> str | None:
    if not isinstance(node, ast.Call):
        return None
    if isinstance(node.func, ast.Name):
        return node.func.id
    if not isinstance(node.func, ast.Attribute):
        return None
    owner = node.func.value
    if isinstance(owner, ast.Name) and owner.id == "json":
        return f"json.{node.func.attr}"  # parses data, runs nothing (unlike pickle.loads)
    return node.func.attr


def _imported(node: ast.AST) -> set[str]:
    if isinstance(node, ast.Import):
        return {alias.name.split(".")[0] for alias in node.names}
    if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
        return {node.module.split(".")[0]}
    return set()


def assert_ruff_clean(outdir: Path) -> None:
    """The generated project's own lint settings (pyproject.toml) pass on hostile input too."""
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--quiet",
         "--config", str(outdir / "pyproject.toml"), str(outdir)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-1000:]


def package_name(outdir: Path) -> str:
    (package,) = [p.parent.name for p in outdir.glob("*/__init__.py")]
    return package


def assert_imports_without_side_effects(outdir: Path, sandbox: Path) -> str:
    """Import everything in a subprocess whose working and home folders are `sandbox`."""
    sandbox.mkdir()
    before = _tree(sandbox), _tree(outdir)
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(sandbox),
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONHASHSEED": "0",
    }
    result = subprocess.run(
        [sys.executable, "-I", "-B", "-c", IMPORT_ALL, package_name(outdir), str(outdir)],
        cwd=sandbox, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    assert (_tree(sandbox), _tree(outdir)) == before, "importing the SDK wrote files"
    return result.stdout


def _tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def assert_pyproject_has_only_expected_keys(outdir: Path) -> dict[str, Any]:
    data: dict[str, Any] = tomllib.loads((outdir / "pyproject.toml").read_text(encoding="utf-8"))
    assert set(data) == TOP_KEYS
    assert set(data["project"]) == PROJECT_KEYS
    assert set(data["tool"]) == TOOL_KEYS
    assert set(data["build-system"]) == {"requires", "build-backend"}
    return data


# Fenced blocks, then code spans (a run of backticks closed by the same run on its line).
# fenced blocks (also indented, inside the docs site's tabs) and code spans
_CODE = re.compile(r"^( *)```.*?^\1```|(?<!`)(`+)(?!`)[^\n]*?(?<!`)\2(?!`)", re.M | re.S)


def assert_markdown_intact(outdir: Path) -> None:
    """Fences balanced, table rows as wide as their header, no raw HTML tags from the spec."""
    for path in sorted(outdir.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        fences = [line for line in text.splitlines() if line.lstrip().startswith("```")]
        assert len(fences) % 2 == 0, f"{path}: unbalanced code fences"
        rendered = _CODE.sub("", text)  # HTML inside code blocks and spans is shown, not run
        raw_html = re.search(r"<(?:script|iframe|img|b)\b|<!--", rendered, re.I)
        assert not raw_html, f"{path}: raw HTML"
        _assert_tables(path, text)


MKDOCS_KEYS = {
    "site_name", "site_description", "docs_dir", "site_dir", "use_directory_urls", "theme",
    "plugins", "markdown_extensions", "validation", "nav", "extra_css",
}  # fmt: skip


def assert_mkdocs_config_intact(outdir: Path, title: str) -> None:
    """Where the SDK has a docs site, spec text cannot add keys or nav entries to it."""
    path = outdir / "mkdocs.yml"
    if not path.exists():
        return
    config = load_config(path.read_text(encoding="utf-8"))
    assert set(config) == MKDOCS_KEYS
    assert config["site_name"] == " ".join(f"{title} Python SDK".split())  # one line
    for section in config["nav"]:
        assert isinstance(section, dict) and len(section) == 1


def _assert_tables(path: Path, text: str) -> None:
    width = None
    for line in text.splitlines():
        if not line.startswith("|"):
            width = None
            continue
        cells = len(re.findall(r"(?<!\\)\|", line.replace("\\\\", "")))
        width = width or cells
        assert cells == width, f"{path}: table row has {cells} pipes, header {width}: {line}"


def spec_operations(spec: Path) -> int:
    """How many operations the spec declares (what the SDK must have, one way or another)."""
    root = yaml.safe_load(spec.read_bytes())  # bytes: PyYAML honours a UTF-16 BOM
    paths = root.get("paths") or {}
    return sum(1 for item in paths.values() for key in item if key in METHODS)


def spec_title(spec: Path) -> str:
    return str(yaml.safe_load(spec.read_bytes())["info"]["title"])
