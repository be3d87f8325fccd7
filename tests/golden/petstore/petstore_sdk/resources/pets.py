"""Operations on pets."""

from __future__ import annotations

from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from typing_extensions import deprecated

from .._base_client import Request
from .._encoding import encode_body, format_path
from .._resource import BaseResource, to_raw, to_raw_async
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..models.new_pet import NewPet
from ..models.new_pet_owner import NewPetOwner
from ..models.pet import Pet
from ..models.pet_kind import PetKind, PetKindValue
from ..models.pet_list import PetList

if TYPE_CHECKING:
    from .._response import RawResponse
    from ..models.new_pet_owner import NewPetOwnerParam


def _create_pet_request(
    *,
    name: Any,
    kind: Any,
    tag: Any,
    birthday: Any,
    owner: Any,
) -> Request:
    return Request(
        method="POST",
        path="/pets",
        json=encode_body(
            NewPet,
            {
                "name": name,
                "kind": kind,
                "tag": tag,
                "birthday": birthday,
                "owner": owner,
            },
        ),
        content_type="application/json",
        security=(("api_key",),),
    )


def _delete_pet_request(
    *,
    pet_id: Any,
) -> Request:
    return Request(
        method="DELETE",
        path=format_path("/pets/{petId}", {"petId": pet_id}),
        security=(("api_key",),),
        response_kind="empty",
    )


def _list_pets_request(
    *,
    limit: Any,
    starting_after: Any,
    kind: Any,
) -> Request:
    return Request(
        method="GET",
        path="/pets",
        query=[("limit", limit), ("starting_after", starting_after), ("kind", kind)],
        security=(("api_key",),),
    )


def _show_pet_by_id_request(
    *,
    pet_id: Any,
) -> Request:
    return Request(
        method="GET",
        path=format_path("/pets/{petId}", {"petId": pet_id}),
        security=(("api_key",),),
    )


class PetsApi(BaseResource):
    """Operations on pets."""

    @cached_property
    def raw(self) -> PetsApiRaw:
        """The same methods, returning the raw HTTP response (status, headers, body)."""
        return PetsApiRaw(self._raw_twin())

    def create_pet(
        self,
        *,
        name: str,
        kind: PetKind | PetKindValue,
        tag: str | None | NotGiven = NOT_GIVEN,
        birthday: date | str | NotGiven = NOT_GIVEN,
        owner: NewPetOwner | NewPetOwnerParam | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Pet:
        """Create a pet

        Args:
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            Pet
        """
        return cast(
            Pet,
            self._client._request(
                _create_pet_request(
                    name=name, kind=kind, tag=tag, birthday=birthday, owner=owner
                ),
                Pet,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def acreate_pet(
        self,
        *,
        name: str,
        kind: PetKind | PetKindValue,
        tag: str | None | NotGiven = NOT_GIVEN,
        birthday: date | str | NotGiven = NOT_GIVEN,
        owner: NewPetOwner | NewPetOwnerParam | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Pet:
        """Create a pet

        Args:
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            Pet
        """
        return cast(
            Pet,
            await self._client._arequest(
                _create_pet_request(
                    name=name, kind=kind, tag=tag, birthday=birthday, owner=owner
                ),
                Pet,
                raw=self._raw,
                options=request_options,
            ),
        )

    @deprecated("delete_pet is deprecated: the API may remove it in a future version.")
    def delete_pet(
        self,
        *,
        pet_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """DELETE /pets/{petId}

        Deprecated: this operation may be removed in a future version of the API.

        Args:
            pet_id: The pet's id.
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            self._client._request(
                _delete_pet_request(pet_id=pet_id),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )

    @deprecated("delete_pet is deprecated: the API may remove it in a future version.")
    async def adelete_pet(
        self,
        *,
        pet_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """DELETE /pets/{petId}

        Deprecated: this operation may be removed in a future version of the API.

        Args:
            pet_id: The pet's id.
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.
        """
        return cast(
            None,
            await self._client._arequest(
                _delete_pet_request(pet_id=pet_id),
                None,
                raw=self._raw,
                options=request_options,
            ),
        )

    def list_pets(
        self,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        kind: PetKind | PetKindValue | None = None,
        request_options: RequestOptions | None = None,
    ) -> PetList:
        """List pets

        Args:
            limit: How many pets to return (at most 100).
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            PetList
        """
        return cast(
            PetList,
            self._client._request(
                _list_pets_request(
                    limit=limit, starting_after=starting_after, kind=kind
                ),
                PetList,
                raw=self._raw,
                options=request_options,
                next_page=lambda cursor: self._plain.list_pets(
                    limit=limit,
                    starting_after=cursor,
                    kind=kind,
                    request_options=request_options,
                ),
            ),
        )

    async def alist_pets(
        self,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        kind: PetKind | PetKindValue | None = None,
        request_options: RequestOptions | None = None,
    ) -> PetList:
        """List pets

        Args:
            limit: How many pets to return (at most 100).
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            PetList
        """
        return cast(
            PetList,
            await self._client._arequest(
                _list_pets_request(
                    limit=limit, starting_after=starting_after, kind=kind
                ),
                PetList,
                raw=self._raw,
                options=request_options,
                next_page=lambda cursor: self._plain.alist_pets(
                    limit=limit,
                    starting_after=cursor,
                    kind=kind,
                    request_options=request_options,
                ),
            ),
        )

    def show_pet_by_id(
        self,
        *,
        pet_id: str,
        request_options: RequestOptions | None = None,
    ) -> Pet:
        """Info for a specific pet

        Args:
            pet_id: The pet's id.
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            Pet
        """
        return cast(
            Pet,
            self._client._request(
                _show_pet_by_id_request(pet_id=pet_id),
                Pet,
                raw=self._raw,
                options=request_options,
            ),
        )

    async def ashow_pet_by_id(
        self,
        *,
        pet_id: str,
        request_options: RequestOptions | None = None,
    ) -> Pet:
        """Info for a specific pet

        Args:
            pet_id: The pet's id.
            request_options: Per-call overrides: timeout, max_retries, extra headers, query or body.

        Returns:
            Pet
        """
        return cast(
            Pet,
            await self._client._arequest(
                _show_pet_by_id_request(pet_id=pet_id),
                Pet,
                raw=self._raw,
                options=request_options,
            ),
        )


class PetsApiRaw:
    """`PetsApi` methods that return `RawResponse` objects."""

    def __init__(self, api: PetsApi) -> None:
        self.create_pet = to_raw(api.create_pet)
        self.acreate_pet = to_raw_async(api.acreate_pet)
        self.list_pets = to_raw(api.list_pets)
        self.alist_pets = to_raw_async(api.alist_pets)
        self.show_pet_by_id = to_raw(api.show_pet_by_id)
        self.ashow_pet_by_id = to_raw_async(api.ashow_pet_by_id)
        # declared below instead, where type checkers see (and report) deprecated uses
        if not TYPE_CHECKING:
            self.delete_pet = to_raw(api.delete_pet)
            self.adelete_pet = to_raw_async(api.adelete_pet)

    if TYPE_CHECKING:

        @deprecated(
            "delete_pet is deprecated: the API may remove it in a future version."
        )
        def delete_pet(
            self,
            *,
            pet_id: str,
            request_options: RequestOptions | None = None,
        ) -> RawResponse[None]: ...

        @deprecated(
            "delete_pet is deprecated: the API may remove it in a future version."
        )
        async def adelete_pet(
            self,
            *,
            pet_id: str,
            request_options: RequestOptions | None = None,
        ) -> RawResponse[None]: ...
