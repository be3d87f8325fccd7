"""Same spec and config, byte-identical output: whatever the hash seed or process."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CASES = [
    ("spec/svix.yaml", "spec/svix.sdkgen.yaml"),
    ("tests/specs/golden/idioms.yaml", "tests/specs/golden/idioms.sdkgen.yaml"),
]

DIGEST = """
import hashlib, sys
from pathlib import Path
from generator.pipeline import generate
config = Path(sys.argv[2]) if sys.argv[2] != "-" else None
files = generate(Path(sys.argv[1]), config).files
digest = hashlib.sha256()
for path in sorted(files):
    digest.update(path.encode() + b"\\0" + files[path].encode() + b"\\0")
print(len(files), digest.hexdigest())
"""


def _digest(spec: str, config: str, seed: str, jobs: str = "") -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "SDKGEN_JOBS": jobs}
    result = subprocess.run(
        [sys.executable, "-c", DIGEST, spec, config],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        check=True,
    )
    return result.stdout.strip()


@pytest.mark.parametrize(("spec", "config"), CASES, ids=[Path(s).stem for s, _ in CASES])
def test_output_does_not_depend_on_the_hash_seed(spec: str, config: str) -> None:
    first = _digest(spec, config, "1")
    second = _digest(spec, config, "4242")
    assert first == second
    assert int(first.split()[0]) > 10


@pytest.mark.parametrize(("spec", "config"), CASES, ids=[Path(s).stem for s, _ in CASES])
def test_output_is_the_same_with_stages_forked_or_serial(spec: str, config: str) -> None:
    """A fresh interpreter forks the docs and validation beside the rest (see
    `generator.parallel`); SDKGEN_JOBS=1 runs every stage in one process."""
    assert _digest(spec, config, "7") == _digest(spec, config, "7", jobs="1")


def test_committed_svix_sdk_is_what_the_generator_writes() -> None:
    """`make check` in test form: generated/svix must be regenerated with the code."""
    result = subprocess.run(
        [sys.executable, "-m", "generator", "check", "spec/svix.yaml", "-c",
         "spec/svix.sdkgen.yaml", "-o", "generated/svix"],
        capture_output=True, text=True, cwd=REPO,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]


def test_hashes_of_generated_files_are_recorded_in_the_manifest() -> None:
    manifest = (REPO / "generated/svix/.sdkgen-manifest.json").read_text(encoding="utf-8")
    readme = (REPO / "generated/svix/README.md").read_bytes()
    assert hashlib.sha256(readme).hexdigest() in manifest
