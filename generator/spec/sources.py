"""Where a spec comes from: a file, standard input (`-`) or an `http(s)://` URL.

Only the root document is read from stdin or the network. A spec from stdin reads its
relative `$ref`s from the working folder, as a file there would; a downloaded spec reads
none (sdkgen never fetches a `$ref` from the network), and says so when it has some.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..problems import Problem, SpecError

STDIN = "-"
STDIN_NAME = "<stdin>"
MAX_DOWNLOAD = 64 * 1024 * 1024  # larger than any real spec (GitHub's: 12 MB)
DOWNLOAD_TIMEOUT = 60.0


@dataclass(frozen=True, slots=True)
class SpecText:
    """A spec that is not a local file: its text, its name for messages, its folder.

    `path` is where the document would be if it were a file (relative `$ref`s resolve from
    its folder); `remote` means none may be read at all.
    """

    name: str
    data: bytes
    path: Path
    remote: bool = False


SpecInput = Path | SpecText
"""What every command takes as a spec."""


def is_url(argument: str) -> bool:
    return urlsplit(argument).scheme in ("http", "https")


def resolve(argument: str | Path) -> SpecInput:
    """The spec an argument names; raises SpecError when it cannot be read."""
    text = str(argument)
    if text == STDIN:
        return SpecText(STDIN_NAME, sys.stdin.buffer.read(), Path.cwd() / STDIN_NAME)
    if is_url(text):
        return SpecText(text, download(text), _virtual_path(text), remote=True)
    return Path(argument)


def spec_bytes(spec: SpecInput) -> bytes:
    """The raw bytes of the root document (what the provenance hashes)."""
    return spec.data if isinstance(spec, SpecText) else spec.read_bytes()


def download(url: str, timeout: float = DOWNLOAD_TIMEOUT) -> bytes:
    """The body of a GET of `url`; raises SpecError naming the URL and what went wrong."""
    # Imported here: urllib.request pulls in http, ssl and email (50 ms), which a spec
    # read from a file, the usual run, never needs.
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"Accept": "application/json, */*;q=0.5"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data: bytes = response.read(MAX_DOWNLOAD + 1)
    except urllib.error.HTTPError as exc:
        raise _failed(url, f"the server answered HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise _failed(url, f"cannot connect: {exc.reason}") from None
    except TimeoutError:
        raise _failed(url, f"no answer within {timeout:.0f} s") from None
    except (OSError, ValueError) as exc:
        raise _failed(url, f"download failed: {exc}") from None
    if len(data) > MAX_DOWNLOAD:
        raise _failed(url, f"the document is larger than {MAX_DOWNLOAD // 2**20} MB")
    return data


def _failed(url: str, reason: str) -> SpecError:
    hint = "check the URL, or download the spec and give sdkgen the file"
    return SpecError([Problem(url, "", f"cannot download the spec: {reason}", hint=hint)])


def _virtual_path(url: str) -> Path:
    """A file name for a downloaded spec: the URL's last segment decides YAML or JSON."""
    name = urlsplit(url).path.rsplit("/", 1)[-1] or "openapi"
    return Path("/nonexistent-remote-spec") / name
