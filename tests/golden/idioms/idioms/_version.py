"""The SDK's distribution name and version (sent in the User-Agent header)."""

__title__ = "idioms"
__version__ = "2024.1"
