"""The SDK's distribution name and version (sent in the User-Agent header)."""

__title__ = "petstore-sdk"
__version__ = "1.2.0"
