"""An SDK generated from a Swagger 2.0 spec, called over loopback HTTP.

`tests/specs/swagger2/pets.yaml` uses the 2.0 idioms the loader converts: a body
parameter, form parameters with a file, a global form parameter, `collectionFormat`
(multi, csv), a path-level header parameter, a global response, and an `x-ms-paths`
operation whose path carries a query string. These tests check the bytes on the wire.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.support.imports import generated_package

from .loopback import LoopbackServer, Reply

SPEC = Path(__file__).resolve().parents[1] / "specs" / "swagger2" / "pets.yaml"
PET = {"name": "Rex", "nickname": None}


@pytest.fixture(scope="module")
def pets_sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("swagger2_sdk")
    with generated_package(SPEC, out, "pets_sdk", assert_no_warnings=True) as package:
        yield package


@pytest.fixture
def pets(pets_sdk: ModuleType, server: LoopbackServer) -> Any:
    return pets_sdk.Pets(api_key="k-1", base_url=server.url + "/v1", max_retries=0)


def test_query_collection_formats_header_and_global_parameter(
    pets: Any, server: LoopbackServer, pets_sdk: ModuleType
) -> None:
    server.script("/v1/pets", Reply(200, [PET]))
    (pet,) = pets.pets.list_pets(tags=["a", "b"], ids=[1, 2], limit=5, x_trace="t-9")
    assert isinstance(pet, pets_sdk.models.Pet) and pet.name == "Rex"
    request = server.last
    assert (request.method, request.path) == ("GET", "/v1/pets")
    assert request.params("tags") == ["a", "b"]  # multi
    assert request.params("ids") == ["1,2"]  # csv
    assert request.params("limit") == ["5"]
    assert request.headers["x-trace"] == "t-9"
    assert request.headers["x-key"] == "k-1"


def test_body_parameter_is_sent_as_json(pets: Any, server: LoopbackServer) -> None:
    server.script("/v1/pets", Reply(201, PET))
    pet = pets.pets.add_pet(name="Rex", nickname=None)
    assert pet.name == "Rex"
    assert server.last.headers["content-type"] == "application/json"
    assert server.last.json() == {"name": "Rex", "nickname": None}


def test_form_parameters_with_a_file_are_sent_as_multipart(
    pets: Any, server: LoopbackServer
) -> None:
    server.script("/v1/pets/7/photo", Reply(200, b"\x89PNG"))
    photo = pets.pets.upload_photo(id=7, file=b"image-bytes", caption="hi")
    assert photo == b"\x89PNG"
    request = server.last
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="file"' in request.body and b"image-bytes" in request.body
    assert b'name="caption"' in request.body and b"\r\n\r\nhi\r\n" in request.body


def test_a_global_form_parameter_is_sent_urlencoded(pets: Any, server: LoopbackServer) -> None:
    server.script("/v1/pets/3/rename", Reply(204))
    assert pets.pets.rename_pet(id=3, name="Bob & Ann") is None
    assert server.last.headers["content-type"] == "application/x-www-form-urlencoded"
    assert server.last.body == b"name=Bob+%26+Ann"


def test_an_x_ms_paths_operation_keeps_its_query(pets: Any, server: LoopbackServer) -> None:
    server.script("/v1/pets", Reply(200, [PET]))
    pets.pets.list_big_pets(color="red")
    request = server.last
    assert request.path == "/v1/pets"
    assert sorted(request.query) == [("color", "red"), ("kind", "big")]


def test_the_global_error_response_raises_with_its_body(
    pets: Any, server: LoopbackServer, pets_sdk: ModuleType
) -> None:
    server.script("/v1/pets", Reply(500, {"message": "down"}))
    with pytest.raises(pets_sdk.ApiException) as raised:
        pets.pets.list_pets()
    assert raised.value.status == 500
