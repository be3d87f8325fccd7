"""The generator's output is byte-identical to what was recorded in `tests/digests/`.

Restructuring the generator (templates that write the code, a layout front end reading
statement text) must not change a byte of any SDK; these tests regenerate every recorded
spec and name the files that differ. An intended change of output re-records the specs it
touches (`python -m tests.support.digests NAME`) and says why in its commit. The big specs
(full Svix, GitHub, the corpus sample) take a minute: they run with `-m corpus`.
"""

from __future__ import annotations

import pytest

from generator.pipeline import generate
from tests.support import digests
from tests.support.digests import Source


def _check(source: Source) -> None:
    spec = source.spec()
    if spec is None:
        pytest.skip(f"{source.name}: spec not available (see tests/support/digests.py)")
    recorded = digests.recorded(source.name)
    assert recorded is not None, f"never recorded: python -m tests.support.digests {source.name}"
    header, expected = recorded
    if header != digests.header(source, spec):
        pytest.skip(f"{source.name}: the spec or config changed since its output was recorded")
    files = generate(spec, source.config).files
    found = digests.differences(expected, digests.tokens_of(files))
    assert not found, f"{source.name}: output differs from tests/digests/:\n" + "\n".join(found)
    # The layout front end writes every recorded SDK in black's layout: black, and its
    # import, are needed for none. A module it must format again is a shape to teach
    # generator/format (compare its lines with black's, see tests/test_layout_text.py).
    shaped = digests.black_shaped(files)
    assert shaped == 0, f"{source.name}: black had to format {shaped} module(s)"


@pytest.mark.parametrize("source", digests.SMALL, ids=lambda s: s.name)
def test_output_is_as_recorded(source: Source) -> None:
    _check(source)


@pytest.mark.corpus
@pytest.mark.parametrize("source", digests.big(), ids=lambda s: s.name)
def test_big_output_is_as_recorded(source: Source) -> None:
    _check(source)


def test_a_changed_file_is_named() -> None:
    expected = [digests.token("a.py", "x = 1\n"), digests.token("b.py", "y = 2\n")]
    actual = {"a.py": digests.token("a.py", "x = 1\n"), "b.py": digests.token("b.py", "y = 3\n")}
    assert digests.differences(expected, actual) == [
        "changed or new: b.py",
        "1 recorded file(s) not in the output (changed or removed)",
    ]
