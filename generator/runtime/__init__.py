"""The runtime every generated SDK carries: HTTP, retries, errors, models, pagination.

These modules are ordinary Python, linted and type-checked with the generator and
unit-tested in `tests/runtime/unit/`. Generation copies each of them byte for byte into
the SDK's package; the one module that differs per SDK, `_sdk` (name, version, base
error class), is rendered from `templates/sdk/sdk.py.jinja` instead, and the stand-in
here is not copied. This file is not copied either.
"""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).resolve().parent

RUNTIME_FILES = (
    "_base_client.py",
    "_bodies.py",
    "_credentials.py",
    "_encoding.py",
    "_exceptions.py",
    "_logging.py",
    "_loops.py",
    "_models.py",
    "_request.py",
    "_resource.py",
    "_response.py",
    "_retries.py",
    "_serialize.py",
    "_tolerant.py",
    "_types.py",
)
"""The modules copied into every SDK, as they are."""


def runtime_sources() -> dict[str, str]:
    """File name -> text of every module copied into an SDK."""
    return {
        name: (FOLDER / name).read_bytes().decode("utf-8") for name in RUNTIME_FILES
    }
