"""Spec shapes seen in the APIs.guru corpus (`make conformance`) that used to fail a call,
each reduced to a fragment here and called over loopback HTTP:

- a `text/plain` or non-JSON body whose schema is an object (converted Swagger 2 files):
  the argument is the text or the bytes themselves, not a dict httpx cannot send;
- a `Content-Length` header parameter: httpx computes the header; a value passed by
  hand made it refuse to send ("Too much data for declared Content-Length");
- a 200 `text/plain` answer with an empty body is the empty text, not a parsing error;
- a 204 the spec gives content (AWS, OSIsoft): no body ever comes, the call returns None;
- a path key with a fragment (Azure's `/apis/{apiId}#export=true`): the query goes before
  it, never after (where it would be part of the fragment, never sent);
- a string body of media type `*/*` is the string itself, not a JSON string, and a body of
  a media range is sent with the type of what is written (`*/*` is no Content-Type).
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from tests.support.imports import generated_package

from .loopback import LoopbackServer, Reply

_OBJECT_FILE = {"type": "object", "format": "file"}
SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Shapes", "version": "1"},
    "paths": {
        "/jobs/pig": {
            "post": {
                "operationId": "submitPig",
                "tags": ["shapes"],
                "requestBody": {
                    "required": True,
                    "content": {"text/plain": {"schema": _OBJECT_FILE}},
                },
                "responses": {"200": {"description": "ok"}},
            }
        },
        "/jobs/hive": {
            "post": {
                "operationId": "submitHive",
                "tags": ["shapes"],
                "requestBody": {
                    "required": True,
                    "content": {"application/text": {"schema": _OBJECT_FILE}},
                },
                "responses": {"200": {"description": "ok"}},
            }
        },
        "/store": {
            "put": {
                "operationId": "store",
                "tags": ["shapes"],
                "parameters": [
                    {
                        "name": "Content-Length",
                        "in": "header",
                        "schema": {"type": "integer", "format": "int64"},
                    }
                ],
                "requestBody": {
                    "content": {"*/*": {"schema": {"type": "string", "format": "byte"}}}
                },
                "responses": {"204": {"description": "stored"}},
            }
        },
        "/notes": {
            "delete": {
                "operationId": "deleteNote",
                "tags": ["shapes"],
                "requestBody": {
                    "required": True,
                    "content": {
                        "*/*": {
                            "schema": {
                                "type": "object",
                                "properties": {"id": {"type": "string"}},
                            }
                        }
                    },
                },
                "responses": {"204": {"description": "deleted"}},
            }
        },
        "/apis/{apiId}#export=true": {
            "get": {
                "operationId": "exportApi",
                "tags": ["shapes"],
                "parameters": [
                    {"name": name, "in": where, "required": True, "schema": {"type": "string"}}
                    for name, where in (("apiId", "path"), ("format", "query"), ("export", "query"))
                ],
                "responses": {"200": {"description": "ok"}},
            }
        },
        "/tags": {
            "post": {
                "operationId": "tag",
                "tags": ["shapes"],
                "responses": {
                    "204": {
                        "description": "tagged (content declared, none is ever sent)",
                        "content": {"application/json": {"schema": {"type": "object"}}},
                    }
                },
            }
        },
        "/keystore": {
            "get": {
                "operationId": "keystore",
                "tags": ["shapes"],
                "responses": {
                    "200": {
                        "description": "an object declared as text",
                        "content": {"text/plain": {"schema": {"type": "object"}}},
                    }
                },
            }
        },
    },
}


@pytest.fixture(scope="module")
def shapes_sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    folder = tmp_path_factory.mktemp("corpus_shapes")
    spec = folder / "shapes.json"
    spec.write_text(json.dumps(SPEC), encoding="utf-8")
    with generated_package(spec, folder / "out", "shapes_sdk") as package:
        yield package


@pytest.fixture
def shapes(shapes_sdk: ModuleType, server: LoopbackServer) -> Any:
    return shapes_sdk.Shapes(base_url=server.url, max_retries=0)


def test_a_text_body_with_an_object_schema_takes_and_sends_text(
    shapes: Any, server: LoopbackServer
) -> None:
    annotation = inspect.signature(shapes.shapes.submit_pig).parameters["body"].annotation
    assert annotation == "str"
    server.script("/jobs/pig", Reply(200))
    shapes.shapes.submit_pig(body="A = LOAD 'x';")
    assert server.last.body == b"A = LOAD 'x';"
    assert server.last.headers["content-type"] == "text/plain"


def test_a_non_json_body_with_an_object_schema_takes_and_sends_bytes(
    shapes: Any, server: LoopbackServer
) -> None:
    annotation = inspect.signature(shapes.shapes.submit_hive).parameters["body"].annotation
    assert annotation == "FileInput"  # was dict[str, Any]: EncodingError on every call
    server.script("/jobs/hive", Reply(200))
    shapes.shapes.submit_hive(body=b"SELECT 1")
    assert server.last.body == b"SELECT 1"
    assert server.last.headers["content-type"] == "application/text"


def test_a_content_length_parameter_is_left_to_httpx(shapes: Any, server: LoopbackServer) -> None:
    assert "content_length" not in inspect.signature(shapes.shapes.store).parameters
    server.script("/store", Reply(204))
    assert shapes.shapes.store(body="aGVsbG8=") is None
    assert server.last.headers["content-length"] == str(len(server.last.body))


def test_a_string_body_of_any_media_type_is_sent_as_it_is(
    shapes: Any, server: LoopbackServer
) -> None:
    # id4i.de: `*/*` with {type: string, format: byte}; sent as JSON it was '"aGVsbG8="',
    # quotes included, which is not base64
    server.script("/store", Reply(204))
    shapes.shapes.store(body="aGVsbG8=")
    assert server.last.body == b"aGVsbG8="
    assert server.last.headers["content-type"] == "text/plain"


def test_a_json_body_of_any_media_type_says_it_is_json(shapes: Any, server: LoopbackServer) -> None:
    # ndhm.gov.in: `*/*` with an object schema; `Content-Type: */*` names no media type,
    # and a server (Prism) then reads the JSON as text
    server.script("/notes", Reply(204))
    shapes.shapes.delete_note(id="n-1")
    assert server.last.headers["content-type"] == "application/json"
    assert server.last.json() == {"id": "n-1"}


def test_an_empty_text_answer_is_the_empty_string(shapes: Any, server: LoopbackServer) -> None:
    server.script("/keystore", Reply(200, b"", {"Content-Type": "text/plain"}))
    assert shapes.shapes.keystore() == ""


def test_a_204_with_declared_content_returns_none(shapes: Any, server: LoopbackServer) -> None:
    assert inspect.signature(shapes.shapes.tag).return_annotation == "None"
    server.script("/tags", Reply(204))
    assert shapes.shapes.tag() is None


def test_the_query_is_not_lost_behind_a_path_keys_fragment(
    shapes: Any, server: LoopbackServer
) -> None:
    server.script("/apis/a1", Reply(200))
    shapes.shapes.export_api(api_id="a1", format="openapi", export="true")
    assert server.last.path == "/apis/a1"
    assert server.last.query == [("format", "openapi"), ("export", "true")]
