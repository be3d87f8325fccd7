"""The SDK's distribution name and version (sent in the User-Agent header)."""

__title__ = "stream-chat-events"
__version__ = "1.0.0"
