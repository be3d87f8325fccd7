"""Importing a generated package in the test process, and forgetting it afterwards."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType


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
