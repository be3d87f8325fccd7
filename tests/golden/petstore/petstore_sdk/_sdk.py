"""What makes this SDK this SDK: its name, version and base error class.

The rest of the runtime (`_base_client`, `_exceptions`, ...) is the same in every SDK
sdkgen writes; it reads these names from here.
"""

__title__ = "petstore-sdk"
__version__ = "1.2.0"


class PetstoreError(Exception):
    """Base class of every error raised by this SDK."""


SdkError = PetstoreError
"""The base error class under the name the shared runtime uses."""
