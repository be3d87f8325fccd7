"""`sdkgen release`: the SDK's next version, from what changed in its API.

The version last generated is the one in the output's `pyproject.toml`; the API changes
since then (the same report as `sdkgen diff OUTDIR SPEC`) say which semantic version part
moves. The new version goes into the config (`version:`), where `generate` reads it, and
the Markdown report becomes that version's section at the top of the changelog. Both
files are edited as text, so the config keeps its comments.
"""

from __future__ import annotations

import re
from pathlib import Path

from .. import naming

_SEMVER = re.compile(r"(\d+)\.(\d+)\.(\d+)")
_PYPROJECT_VERSION = re.compile(r'^version = "([^"\n]*)"$', re.MULTILINE)
_CONFIG_VERSION = re.compile(r"^version:.*$", re.MULTILINE)
CHANGELOG_TITLE = "# Changelog\n"


class ReleaseError(Exception):
    """A release cannot be prepared as asked (the message says why and what to do)."""


def generated_version(outdir: Path) -> str:
    """The SDK version `generate` last wrote into `outdir/pyproject.toml`."""
    try:
        text = (outdir / "pyproject.toml").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ReleaseError(f"cannot read {outdir / 'pyproject.toml'}: {exc}") from None
    found = _PYPROJECT_VERSION.search(text)
    if found is None:
        raise ReleaseError(f"{outdir / 'pyproject.toml'} names no version")
    return found.group(1)


def next_version(current: str, bump: str) -> str:
    """`current` (MAJOR.MINOR.PATCH) with `bump` (major, minor or patch) applied; the
    parts below it start again at 0."""
    parts = _SEMVER.fullmatch(current)
    if parts is None:
        raise ReleaseError(
            f"the SDK version {current!r} is not MAJOR.MINOR.PATCH: "
            "set `version:` in the config to one, then run `make generate`"
        )
    major, minor, patch = (int(p) for p in parts.groups())
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def with_version(config_text: str, version: str) -> str:
    """The config text with its top-level `version:` set (added when there is none)."""
    line = f"version: {naming.yaml_str(version)}"
    if _CONFIG_VERSION.search(config_text):
        return _CONFIG_VERSION.sub(lambda _: line, config_text, count=1)
    separator = "" if not config_text or config_text.endswith("\n") else "\n"
    return f"{config_text}{separator}{line}\n"


def with_section(changelog: str | None, version: str, section: str) -> str:
    """The changelog with `section` (a `## <version>` Markdown block) first, under the
    title; refuses a version that already has a section."""
    text = changelog if changelog else CHANGELOG_TITLE
    if re.search(rf"^## {re.escape(version)}$", text, re.MULTILINE):
        raise ReleaseError(f"the changelog already has a section for {version}")
    title, sep, rest = text.partition("\n## ")
    if not title.startswith("# "):  # no title of its own: the section goes first
        return f"{section.rstrip()}\n\n{text}"
    body = f"{sep.lstrip()}{rest}" if sep else ""
    return f"{title.rstrip()}\n\n{section.rstrip()}\n" + (f"\n{body}" if body else "")
