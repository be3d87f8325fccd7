"""Python SDK for the Petstore.

Start with `Petstore(...)`; see README.md.
"""

from ._base_client import RawResponse
from ._client import DEFAULT_BASE_URL, SERVERS, Petstore
from ._exceptions import (
    ApiConnectionError,
    ApiException,
    ApiResponseValidationError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    PetstoreError,
)
from ._models import UnknownVariant
from ._types import NOT_GIVEN, NotGiven, RequestOptions, Timeout
from ._version import __version__

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
    "Petstore",
    "PetstoreError",
    "__version__",
]
