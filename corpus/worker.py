"""One generation, run in its own process so a crash or a blow-up stays contained.

`python -m corpus.worker SPEC OUT` runs sdkgen's pipeline on SPEC and writes the SDK to
OUT. It prints one JSON line: `outcome` is `ok`, `refused` (the generator reported
problems: a clear refusal) or `crash` (any other exception: a bug), with the message or
the traceback, and the package name when generation succeeded.
"""

from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path

from generator.output.writer import write_tree
from generator.pipeline import generate
from generator.problems import SpecError


def run(spec: Path, out: Path) -> dict[str, str]:
    """Generate an SDK from `spec` into `out`; what happened, as JSON-ready strings."""
    try:
        generation = generate(spec)
        write_tree(out, generation.files)
    except SpecError as exc:
        errors = [p for p in exc.problems if p.severity == "error"] or list(exc.problems)
        first = errors[0] if errors else None
        detail = f"{first.pointer}: {first.message}" if first is not None else "no detail"
        return {"outcome": "refused", "detail": f"{len(errors)} errors; {detail}"}
    except RecursionError:
        return {"outcome": "crash", "detail": "RecursionError\n" + traceback.format_exc()[-3000:]}
    except Exception:  # every exception here is a generator bug; record it for the CSV
        return {"outcome": "crash", "detail": traceback.format_exc()[-3000:]}
    return {"outcome": "ok", "detail": "", "package": generation.api.package.package_name}


def main() -> None:
    spec, out = Path(sys.argv[1]), Path(sys.argv[2])
    print(json.dumps(run(spec, out)))


if __name__ == "__main__":
    main()
