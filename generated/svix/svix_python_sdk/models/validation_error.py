"""The `ValidationError` model."""

from __future__ import annotations

from .._models import SdkModel


class ValidationError(SdkModel):
    """One problem found while validating a request; a 422 response can list several."""

    loc: list[str]
    """Where the problem is, e.g. `["body", "name"]` or `["query", "limit"]`."""

    msg: str
    """What is wrong."""

    type: str
    """The kind of error, e.g. `value_error.missing`."""
