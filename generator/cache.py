"""The user-level cache: compiled templates and black's results, keyed by content.

It lives under `$SDKGEN_CACHE_DIR` (default `$XDG_CACHE_HOME/sdkgen`, else
`~/.cache/sdkgen`); setting `SDKGEN_CACHE_DIR` to an empty string turns it off. Entries are
named by what produced them, so a stale entry is never used, only left behind; a folder
that cannot be written only costs speed.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from pathlib import Path


def cache_dir(kind: str) -> Path | None:
    """The folder for one kind of entry, created on demand; None when caching is off."""
    root = os.environ.get("SDKGEN_CACHE_DIR")
    if root is None:
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        root = str(Path(base) / "sdkgen")
    if not root:
        return None
    folder = Path(root) / kind
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder


def key(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def read(folder: Path, name: str) -> str | None:
    try:
        return (folder / name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def write(folder: Path, name: str, text: str) -> None:
    """Write atomically (a concurrent reader sees all or nothing); failures are ignored."""
    with contextlib.suppress(OSError):
        fd, temp = tempfile.mkstemp(dir=folder, prefix=".tmp-")
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(temp, folder / name)
