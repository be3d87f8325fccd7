"""Base class of the resource namespaces (`client.application`, ...) and raw views."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TypeVar, cast

from typing_extensions import ParamSpec

from ._response import RawResponse

if TYPE_CHECKING:
    from ._base_client import BaseClient

_P = ParamSpec("_P")
_T = TypeVar("_T")
_R = TypeVar("_R", bound="BaseResource")


class BaseResource:
    """A namespace of operations sharing the client's connection pool and settings."""

    def __init__(self, client: BaseClient, *, _raw: bool = False) -> None:
        self._client = client
        self._raw = _raw

    @property
    def _plain(self: _R) -> _R:
        """This namespace in normal (not raw) mode: what fetches the following pages."""
        return type(self)(self._client) if self._raw else self

    def _raw_twin(self: _R) -> _R:
        return type(self)(self._client, _raw=True)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


def to_raw(method: Callable[_P, _T]) -> Callable[_P, RawResponse[_T]]:
    """Retype a method of a raw-mode namespace: same arguments, a `RawResponse` back."""
    return cast("Callable[_P, RawResponse[_T]]", method)


def to_raw_async(
    method: Callable[_P, Awaitable[_T]],
) -> Callable[_P, Awaitable[RawResponse[_T]]]:
    """Async twin of `to_raw`."""
    return cast("Callable[_P, Awaitable[RawResponse[_T]]]", method)
