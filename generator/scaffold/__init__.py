"""`sdkgen init`: scaffold the repository an SDK lives in, and keep it scaffolded.

The scaffold is a handful of small files (config, Makefile, CI workflow, pre-commit
config, maintainer README) rendered from `templates/scaffold/`. Users are expected to
edit them, so a state file (`.sdkgen-init.json`) records the hash of what init wrote:
re-running init updates a file only while it still holds exactly that, and otherwise
leaves it alone and says so. Running init twice changes nothing.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from .. import __version__, naming
from ..format.formatting import black_version
from ..problems import Problem, SpecError
from ..render import environment
from ..spec.loader import load_spec

STATE_FILE = ".sdkgen-init.json"
CONFIG_FILE = "sdkgen.yaml"
OUTPUT_DIR = "sdk"
REQUIREMENTS = "requirements-sdkgen.txt"
PYTHON_VERSIONS = ("3.10", "3.11", "3.12", "3.13")  # what the generated SDK supports
DOCS_REQUIREMENTS = ("mkdocs>=1.6,<2", "mkdocs-material>=9.5,<10")

# Every action the workflows use, pinned by commit (a tag can be moved; a commit cannot).
ACTIONS = {
    "checkout": "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683  # v4.2.2",
    "setup_python": "actions/setup-python@42375524e23c412d93fb67b49958b491fce71c38  # v5.4.0",
    "upload_artifact": "actions/upload-artifact@65c4c4a1ddee5b72f698fdd19549f0f0fb45cf08  # v4.6.0",
    "download_artifact": (
        "actions/download-artifact@fa0a91b85d4f404e444e00e005971372dc801d16  # v4.1.8"
    ),
    "pypi_publish": (
        "pypa/gh-action-pypi-publish@76f52bc884231f62b9a034ebfe128415bbaabdfc  # v1.12.4"
    ),
    "upload_pages_artifact": (
        "actions/upload-pages-artifact@56afc609e74202658d3ffba0e8f6dda462b719fa  # v3.0.1"
    ),
    "deploy_pages": "actions/deploy-pages@d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e  # v4.0.5",
}

_TEMPLATES = {
    CONFIG_FILE: "sdkgen.yaml.jinja",
    "Makefile": "Makefile.jinja",
    REQUIREMENTS: "requirements-sdkgen.txt.jinja",
    ".github/workflows/sdk.yml": "github-workflow.yml.jinja",
    ".github/workflows/release.yml": "release-workflow.yml.jinja",
    ".github/workflows/docs.yml": "docs-workflow.yml.jinja",
    ".pre-commit-config.yaml": "pre-commit-config.yaml.jinja",
    ".gitignore": "gitignore.jinja",
    "README.md": "README.md.jinja",
}


@dataclass(frozen=True, slots=True)
class Options:
    """What the scaffold is made from; remembered in the state file between runs."""

    spec: str  # POSIX path of the spec, relative to the repository
    package: str | None
    title: str


def scaffold(root: Path, spec: Path | None, package: str | None) -> list[tuple[str, str]]:
    """Write the scaffold into `root`; returns (action, path) for every file considered."""
    state = _read_state(root)
    recorded: dict[str, str] = dict(state.get("files", {}))
    files = _spec_copy(root, spec)
    options = _options(root, spec, package, state)
    files.update(render_scaffold(options))
    actions = []
    for path, text in files.items():
        action = _place(root, path, text, recorded.get(path))
        if action in ("created", "updated", "unchanged"):
            recorded[path] = _sha(text.encode("utf-8"))
        actions.append((action, path))
    _write_state(root, options, recorded)
    return actions


def render_scaffold(options: Options) -> dict[str, str]:
    """Relative path -> text of every scaffold file."""
    env = _environment()
    view = {
        "spec": options.spec,
        "package": options.package,
        "title": options.title,
        "config": CONFIG_FILE,
        "output": OUTPUT_DIR,
        "requirements": REQUIREMENTS,
        "sdkgen_version": __version__,
        "black_version": black_version(),
        "python_versions": PYTHON_VERSIONS,
        "docs_requirements": [naming.shell_word(r) for r in DOCS_REQUIREMENTS],
        "actions": ACTIONS,
    }
    return {
        path: env.get_template(f"scaffold/{name}").render(**view)
        for path, name in _TEMPLATES.items()
    }


def _environment() -> jinja2.Environment:
    env = environment().overlay()
    env.filters["yaml"] = naming.yaml_str
    env.filters["make"] = naming.make_word
    env.filters["md_code"] = naming.md_code
    env.filters["md_inline"] = naming.md_inline
    return env


def remembers_spec(root: Path) -> bool:
    """Whether an earlier `init` in `root` recorded which spec it was made for."""
    return isinstance(_read_state(root).get("spec"), str)


def _options(root: Path, spec: Path | None, package: str | None, state: dict[str, Any]) -> Options:
    problems: list[Problem] = []
    if spec is None and not isinstance(state.get("spec"), str):
        problems.append(Problem(str(root), "", "--spec is needed the first time init runs"))
    if package is not None and naming.module_name(package) != package:
        problems.append(
            Problem(
                "--package",
                "",
                f"{package!r} is not a valid Python package name",
                hint="use lower-case letters, digits and underscores",
            )
        )
    if problems:
        raise SpecError(problems)
    where = _spec_in_repo(root, spec) if spec is not None else str(state["spec"])
    if any(ch in where for ch in "\n\r\0"):
        raise SpecError([Problem(where, "", "the spec path cannot contain line breaks")])
    if package is None and isinstance(state.get("package"), str):
        package = state["package"]
    title = load_spec(spec if spec is not None else root / where).root.get("info", {}).get("title")
    return Options(where, package, title if isinstance(title, str) and title else "API")


def _spec_in_repo(root: Path, spec: Path) -> str:
    """Where the spec lives in the repository: where it is, or `spec/<name>` for a copy."""
    try:
        return spec.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return f"spec/{spec.name}"


def _spec_copy(root: Path, spec: Path | None) -> dict[str, str]:
    """The spec file to copy in, when it lives outside the repository."""
    if spec is None or not _spec_in_repo(root, spec).startswith("spec/"):
        return {}
    try:
        return {f"spec/{spec.name}": spec.read_text(encoding="utf-8")}
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError([Problem(str(spec), "", f"cannot read the spec: {exc}")]) from None


def _place(root: Path, path: str, text: str, recorded: str | None) -> str:
    """Write one file unless the user owns it; the word says what happened."""
    target = root / path
    data = text.encode("utf-8")
    if target.is_file():
        current = target.read_bytes()
        if current == data:
            return "unchanged"
        if recorded != _sha(current):
            return "kept (edited since sdkgen wrote it)" if recorded else "kept (not sdkgen's)"
    target.parent.mkdir(parents=True, exist_ok=True)
    existed = target.exists()
    target.write_bytes(data)
    return "updated" if existed else "created"


def _read_state(root: Path) -> dict[str, Any]:
    try:
        data = json.loads((root / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) and isinstance(data.get("files", {}), dict) else {}


def _write_state(root: Path, options: Options, files: dict[str, str]) -> None:
    state = {
        "generator": "sdkgen init",
        "spec": options.spec,
        "package": options.package,
        "files": dict(sorted(files.items())),
    }
    text = json.dumps(state, indent=2) + "\n"
    target = root / STATE_FILE
    if not target.is_file() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
