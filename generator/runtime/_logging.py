"""The SDK's logger: responses at debug level, retries at info level.

Nothing logged carries a credential: paths are logged without their query string and
headers are never logged.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__.rpartition(".")[0])

_LOG_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_LOG_HANDLER = "sdk-stderr"  # names the handler added below, so it is added once


def log_from_environment(setting: str | None) -> None:
    """Turn on the SDK's logging to stderr when its `..._LOG` variable says so.

    `debug` logs every response (method, path, status, time) and every retry; `info`
    only the retries. Applications that configure `logging` themselves need no
    variable: the logger is named after the package.
    """
    level = _LOG_LEVELS.get((setting or "").strip().lower())
    if level is None:
        return
    log.setLevel(level)
    if not any(h.get_name() == _LOG_HANDLER for h in log.handlers):
        handler = logging.StreamHandler()
        handler.set_name(_LOG_HANDLER)
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s")
        )
        log.addHandler(handler)


def log_response(method: str, path: str, status: int, elapsed: float) -> None:
    log.debug("%s %s -> %s in %.3fs", method, path, status, elapsed)


def log_retry(method: str, path: str, attempt: int, retries: int, delay: float) -> None:
    log.info(
        "retrying %s %s in %.2fs (retry %d of %d)",
        method,
        path,
        delay,
        attempt,
        retries,
    )


def log_drift(method: str, path: str, errors: int) -> None:
    log.debug(
        "%s %s: the response differs from the API's documented type in %d places; "
        "kept as sent (strict_response_validation=True raises instead)",
        method,
        path,
        errors,
    )
