"""Python SDK for the Svix API.

Start with `Svix(...)`; see README.md.
"""

from typing import TYPE_CHECKING, Any

from ._base_client import RawResponse
from ._client import DEFAULT_BASE_URL, SERVERS, Svix
from ._exceptions import (
    ApiConnectionError,
    ApiException,
    ApiResponseValidationError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    EncodingError,
    InternalServerError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._sdk import SvixError, __version__
from ._types import NOT_GIVEN, FileInput, NotGiven, RequestOptions, Timeout

if TYPE_CHECKING:
    from ._models import UnknownVariant

__all__ = [
    "DEFAULT_BASE_URL",
    "NOT_GIVEN",
    "SERVERS",
    "ApiConnectionError",
    "ApiException",
    "ApiResponseValidationError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "EncodingError",
    "FileInput",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RequestOptions",
    "Timeout",
    "UnknownVariant",
    "UnprocessableEntityError",
    "Svix",
    "SvixError",
    "__version__",
]


def __getattr__(name: str) -> Any:
    # Loaded on first use: it needs pydantic's model machinery, which importing the
    # client does not (that keeps the package fast to import).
    if name == "UnknownVariant":
        from ._models import UnknownVariant

        return UnknownVariant
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
