"""Stand-in for the module each SDK gets rendered from `templates/sdk/sdk.py.jinja`.

It lets the runtime be imported, linted and tested here, inside the generator; it is
never copied into an SDK (see `generator.runtime.RUNTIME_FILES`).
"""

__title__ = "sdk"
__version__ = "0.0.0"


class SdkError(Exception):
    """Base class of every error raised by this SDK."""
