"""Generating a package into a folder and importing it in the test process, then forgetting it."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

from generator.config import Config
from generator.output.writer import write_tree
from generator.pipeline import Generation, generate


def generate_into(
    folder: Path,
    spec: Path,
    config: Config | Path | None = None,
    *,
    assert_no_warnings: bool = False,
) -> Generation:
    """The SDK of `spec` generated and written to `folder`, as `sdkgen generate` writes it.

    `config` is a parsed `Config` or the path of an `sdkgen.yaml`; with
    `assert_no_warnings` a spec that draws any warning fails the test.
    """
    if isinstance(config, Path):
        generation = generate(spec, config)
    else:
        generation = generate(spec, config=config)
    if assert_no_warnings:
        assert generation.warnings == [], generation.warnings
    write_tree(folder, generation.files)
    return generation


@contextmanager
def generated_package(
    spec: Path,
    folder: Path,
    package: str,
    config: Config | Path | None = None,
    *,
    assert_no_warnings: bool = False,
) -> Iterator[ModuleType]:
    """`package`, generated from `spec` into `folder` and imported for the block.

    The one way tests build and import an SDK in process; see `generate_into` for
    `config` and `assert_no_warnings`, `imported_package` for the clean-up.
    """
    generate_into(folder, spec, config, assert_no_warnings=assert_no_warnings)
    with imported_package(folder, package) as module:
        yield module


@contextmanager
def imported_package(folder: Path, package: str) -> Iterator[ModuleType]:
    """`package` imported from `folder` for the duration of the block.

    Afterwards the folder leaves `sys.path` and the package and its submodules leave
    `sys.modules`, so another test can import a different build under the same name.
    """
    sys.path.insert(0, str(folder))
    try:
        yield importlib.import_module(package)
    finally:
        sys.path.remove(str(folder))
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]
