"""Which regex `pattern`s a generated SDK may carry: those Python compiles and runs safely.

OpenAPI patterns are ECMA-262 regexes. Python's `re` rejects some of that syntax
(`\\p{L}`, `\\u{1F600}`, `(?<name>...)` before 3.12's spelling) and, like ECMA engines,
backtracks exponentially on nested unbounded quantifiers such as `(a+)+$`. A pattern
that fails to compile would break `import`; one that backtracks would hang validation on
hostile input. Both are dropped (with a warning) rather than carried into the IR.
"""

from __future__ import annotations

import functools
import importlib
import re
import warnings
from typing import Any

try:  # the parser behind `re`: public as `sre_parse` until 3.11, `re._parser` since
    sre_parse: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python 3.10
    sre_parse = importlib.import_module("sre_parse")

_MAX_PATTERN_LENGTH = 1_000
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
_UNBOUNDED = 100  # a repeat allowing at least this many runs counts as unbounded


@functools.lru_cache(maxsize=4096)  # specs repeat patterns (Svix: 565 uses of 25)
def pattern_issue(pattern: str) -> str | None:
    """Why `pattern` must not reach generated code, or None when it is safe to keep."""
    if len(pattern) > _MAX_PATTERN_LENGTH:
        return f"it is longer than {_MAX_PATTERN_LENGTH} characters"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # FutureWarning on ECMA-style sets like `[[`
            parsed = sre_parse.parse(pattern)
            re.compile(pattern)
    except (re.error, RecursionError, OverflowError) as exc:
        return f"Python cannot compile it ({_reason(exc)})"
    if _nested_unbounded(parsed, inside_repeat=False):
        return "it repeats an unbounded repeat, as in `(a+)+`, which may backtrack catastrophically"
    return None


def safe_pattern(pattern: Any) -> str | None:
    """`pattern` if it is a string Python can use safely, else None."""
    return pattern if isinstance(pattern, str) and pattern_issue(pattern) is None else None


def _reason(exc: BaseException) -> str:
    message = getattr(exc, "msg", None) or str(exc) or type(exc).__name__
    return str(message)


def _nested_unbounded(items: Any, *, inside_repeat: bool) -> bool:
    """True if an unbounded repeat sits inside another repeat: `(a+)+`, `(.*a){20}`."""
    for op, arg in items:
        name = str(op)
        if name in _REPEATS:
            _, high, body = arg
            unbounded = high is sre_parse.MAXREPEAT or high >= _UNBOUNDED
            if unbounded and inside_repeat:
                return True
            if _nested_unbounded(body, inside_repeat=inside_repeat or high > 1):
                return True
        elif name == "SUBPATTERN":
            if _nested_unbounded(arg[-1], inside_repeat=inside_repeat):
                return True
        elif name == "BRANCH":
            if any(_nested_unbounded(b, inside_repeat=inside_repeat) for b in arg[1]):
                return True
        elif name in ("ASSERT", "ASSERT_NOT") and _nested_unbounded(
            arg[1], inside_repeat=inside_repeat
        ):
            return True
    return False
