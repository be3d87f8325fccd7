"""What makes this SDK this SDK: its name, version and base error class.

The rest of the runtime (`_base_client`, `_exceptions`, ...) is the same in every SDK
sdkgen writes; it reads these names from here.
"""

__title__ = "idioms"
__version__ = "2024.1"


class IdiomsError(Exception):
    """Base class of every error raised by this SDK."""


SdkError = IdiomsError
"""The base error class under the name the shared runtime uses."""
