"""The runtime as a package: what is copied into SDKs, and that it stays black-clean at
the line length generated SDKs are checked with."""

from __future__ import annotations

import subprocess
import sys

from generator.runtime import FOLDER, RUNTIME_FILES, runtime_sources


def test_every_runtime_module_is_copied_and_the_stand_in_is_not() -> None:
    on_disk = {p.name for p in FOLDER.glob("_*.py")} - {"__init__.py"}
    assert on_disk - set(RUNTIME_FILES) == {"_sdk.py"}
    assert set(runtime_sources()) == set(RUNTIME_FILES)


def test_runtime_modules_are_black_clean_at_line_length_88() -> None:
    files = [str(FOLDER / name) for name in RUNTIME_FILES]
    done = subprocess.run(
        [sys.executable, "-m", "black", "--check", "--line-length", "88", *files],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


def test_runtime_modules_import_only_each_other_and_their_dependencies() -> None:
    allowed_third_party = {"anyio", "httpx", "pydantic", "typing_extensions"}
    for name, text in runtime_sources().items():
        for line in text.splitlines():
            if line.startswith(("import ", "from ")) and not line.startswith("from ."):
                top = line.split()[1].split(".")[0]
                stdlib = top in sys.stdlib_module_names
                assert stdlib or top in allowed_third_party, f"{name}: {line}"
