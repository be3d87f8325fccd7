"""Digests of the generator's output, so a restructuring can prove it changes no byte.

Each spec of `SMALL` (in `make test`) and of the big, slow ones (`big()`: the full Svix
and GitHub specs, the corpus sample the suite uses, the peer generators' specs; run with
`-m corpus`) has its output recorded in `tests/digests/<name>.txt`: one token per file,
the first 12 hex digits of the sha256 of its path and content, headed by the digests of
the spec and config it was made from (a newer spec is reported, not compared). Tokens
without paths keep GitHub's 13,000 files to 170 kB; a file whose token was not recorded
is named from the output side.

    python -m tests.support.digests            # record every spec that is available
    python -m tests.support.digests NAME ...   # record only these
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator.pipeline import generate
from tests.support.paths import REPO, SPECS

DIGESTS = REPO / "tests" / "digests"
CORPUS_SAMPLE = 12  # seed 1: the sample tests/test_examples_valid.py reads


@dataclass(frozen=True)
class Source:
    """A spec to digest the output of: its name in tests/digests/, and where it is."""

    name: str
    spec: Callable[[], Path | None]  # None: not available here
    config: Path | None = None


def _fixed(path: Path) -> Callable[[], Path | None]:
    return lambda: path if path.exists() else None


def _small() -> list[Source]:
    found = [
        Source("spec-svix", _fixed(REPO / "spec/svix.yaml"), REPO / "spec/svix.sdkgen.yaml"),
        Source(
            "spec-stream-chat-events",
            _fixed(REPO / "spec/stream-chat-events.yaml"),
            REPO / "spec/stream-chat-events.sdkgen.yaml",
        ),
    ]
    tests = REPO / "tests" / "specs"
    for folder in ("golden", ".", "pagination", "regressions", "wire", "swagger2"):
        for spec in sorted((tests / folder).glob("*.yaml")):
            if spec.name.endswith(".sdkgen.yaml"):
                continue
            config = spec.with_name(spec.stem + ".sdkgen.yaml")
            name = f"{folder.strip('.') or 'specs'}-{spec.stem}"
            found.append(Source(name, _fixed(spec), config if config.exists() else None))
    return found


def _github() -> Path | None:
    """GitHub's spec, when `scripts/fetch-github-spec.sh` has fetched it (no download here)."""
    path = REPO / ".cache/octokit-openapi/package/generated/api.github.com.json"
    return path if path.exists() else None


def _big() -> list[Source]:
    from conformance.specs import corpus_sample, peer_specs

    found = [
        Source(
            "svix-full",
            _fixed(SPECS / "svix-server.openapi.json"),
            REPO / "bench/svix-full.sdkgen.yaml",
        ),
        Source("github", _github),
    ]
    for spec in corpus_sample(1, CORPUS_SAMPLE):
        name = "corpus-" + spec.name.replace("/", "_")
        found.append(Source(name, _fixed(spec.path)))
    for spec in peer_specs():  # the other generators' test specs (../shared/peer-specs)
        if not spec.invalid:
            found.append(Source("peer-" + spec.name.replace("/", "_"), _fixed(spec.path)))
    return found


SMALL = _small()


def big() -> list[Source]:
    """The slow ones (the corpus sample is drawn from the fetched directory, if any)."""
    return _big()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def header(source: Source, spec: Path) -> str:
    config = _sha(source.config.read_bytes()) if source.config else "none"
    return f"# spec {_sha(spec.read_bytes())} config {config}"


def token(path: str, content: str) -> str:
    return _sha(f"{path}\0{content}".encode())[:12]


PROVENANCE = ".sdkgen-provenance.json"


def comparable(path: str, content: str) -> str:
    """The content, but for the provenance's count of modules black shaped and black's
    version (written only when black shaped one): fewer is the point of the layout work,
    and says nothing about what the SDK holds."""
    if path != PROVENANCE:
        return content
    data = json.loads(content)
    data.get("formatter", {}).pop("modules", None)
    data.get("formatter", {}).pop("version", None)
    return json.dumps(data, indent=2, sort_keys=True)


def tokens(source: Source, spec: Path) -> dict[str, str]:
    """Relative path -> token of every file generated from the spec."""
    return tokens_of(generate(spec, source.config).files)


def tokens_of(files: dict[str, str]) -> dict[str, str]:
    """Relative path -> token of each generated file."""
    return {p: token(p, comparable(p, content)) for p, content in sorted(files.items())}


def black_shaped(files: dict[str, str]) -> int:
    """How many modules of the output black had to format (the provenance's count)."""
    formatter: dict[str, int] = json.loads(files[PROVENANCE]).get("formatter", {})
    return formatter.get("modules", 0)


def text(source: Source, spec: Path) -> str:
    return "\n".join([header(source, spec), *tokens(source, spec).values()]) + "\n"


def recorded(name: str) -> tuple[str, list[str]] | None:
    """(header, tokens) as recorded, or None when never recorded."""
    path = DIGESTS / f"{name}.txt"
    if not path.exists():
        return None
    first, *rest = path.read_text(encoding="utf-8").splitlines()
    return first, rest


def differences(expected: list[str], actual: dict[str, str]) -> list[str]:
    """The output files whose path and content were not recorded, then how many recorded
    files the output lacks (changed or gone), one line each."""
    known = set(expected)
    found = [f"changed or new: {path}" for path, tok in actual.items() if tok not in known]
    lost = len(known - set(actual.values()))
    if lost:
        found.append(f"{lost} recorded file(s) not in the output (changed or removed)")
    return found


def main(names: list[str]) -> int:
    DIGESTS.mkdir(exist_ok=True)
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=REPO
    ).stdout.strip()
    for source in [*SMALL, *big()]:
        if names and source.name not in names:
            continue
        spec = source.spec()
        if spec is None:
            print(f"skipped {source.name}: spec not available", file=sys.stderr)
            continue
        (DIGESTS / f"{source.name}.txt").write_text(text(source, spec), encoding="utf-8")
        print(f"recorded {source.name} at {commit}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
