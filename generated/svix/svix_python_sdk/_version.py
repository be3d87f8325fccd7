"""The SDK's distribution name and version (sent in the User-Agent header)."""

__title__ = "svix-python-sdk"
__version__ = "1.0.0"
