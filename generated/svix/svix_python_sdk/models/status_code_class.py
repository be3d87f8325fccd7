"""The `StatusCodeClass` model."""

from __future__ import annotations

from typing import Literal

from .._models import OpenIntEnum


class StatusCodeClass(OpenIntEnum):
    """The different classes of HTTP status codes:
    - CodeNone = 0
    - Code1xx = 100
    - Code2xx = 200
    - Code3xx = 300
    - Code4xx = 400
    - Code5xx = 500
    """

    CODE_NONE = 0
    CODE1XX = 100
    CODE2XX = 200
    CODE3XX = 300
    CODE4XX = 400
    CODE5XX = 500


StatusCodeClassValue = Literal[0, 100, 200, 300, 400, 500]
"""The raw values of `StatusCodeClass`: wherever the SDK takes a `StatusCodeClass`, it takes these too."""
