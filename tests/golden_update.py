"""`make golden`: rewrite tests/golden/<name>/ from tests/specs/golden/<name>.yaml."""

from __future__ import annotations

from generator.output.writer import write_tree

from .golden_specs import GOLDEN, generated, golden_specs, snapshot


def main() -> None:
    for spec in golden_specs():
        out = GOLDEN / spec.stem
        write_tree(out, snapshot(generated(spec)), force=True)
        print(f"updated {out.relative_to(GOLDEN.parent.parent)}")


if __name__ == "__main__":
    main()
