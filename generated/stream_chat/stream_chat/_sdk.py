"""What makes this SDK this SDK: its name, version and base error class.

The rest of the runtime (`_base_client`, `_exceptions`, ...) is the same in every SDK
sdkgen writes; it reads these names from here.
"""

__title__ = "stream-chat-events"
__version__ = "1.0.0"


class StreamChatError(Exception):
    """Base class of every error raised by this SDK."""


SdkError = StreamChatError
"""The base error class under the name the shared runtime uses."""
