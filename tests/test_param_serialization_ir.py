"""What the IR says about how each parameter is serialized: style, explode,
allowReserved and `content` media types, with OpenAPI's defaults per location."""

from __future__ import annotations

from typing import Any

import pytest

from generator import ir
from generator.config import Config
from generator.model.builder import Builder


def params(*parameters: dict[str, Any]) -> dict[str, ir.Param]:
    root = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/items/{id}": {
                "get": {
                    "operationId": "getItem",
                    "parameters": list(parameters),
                    "responses": {"204": {"description": "done"}},
                }
            }
        },
    }
    api = Builder(root, Config()).build()
    return {p.wire_name: p for p in api.operations[0].params}


ARRAY = {"type": "array", "items": {"type": "string"}}


@pytest.mark.parametrize(
    ("location", "style", "explode"),
    [("path", "simple", False), ("query", "form", True), ("header", "simple", False),
     ("cookie", "form", True)],
)  # fmt: skip
def test_each_location_has_openapis_default_style_and_explode(
    location: str, style: str, explode: bool
) -> None:
    name = "id" if location == "path" else "p"
    found = params({"name": name, "in": location, "required": True, "schema": ARRAY})[name]
    assert (found.style, found.explode) == (style, explode)
    assert found.default_serialization


@pytest.mark.parametrize(
    ("location", "style", "explode", "expected_explode"),
    [
        ("query", "deepObject", None, True),
        ("query", "pipeDelimited", False, False),
        ("query", "spaceDelimited", None, False),
        ("query", "form", False, False),
        ("path", "label", True, True),
        ("path", "matrix", None, False),
        ("header", "simple", True, True),
    ],
)
def test_declared_styles_are_kept(
    location: str, style: str, explode: bool | None, expected_explode: bool
) -> None:
    name = "id" if location == "path" else "p"
    raw: dict[str, Any] = {"name": name, "in": location, "schema": ARRAY, "style": style}
    if explode is not None:
        raw["explode"] = explode
    found = params(raw)[name]
    assert (found.style, found.explode) == (style, expected_explode)
    assert not found.default_serialization


def test_a_style_the_location_does_not_define_falls_back_to_its_default() -> None:
    found = params({"name": "p", "in": "header", "schema": ARRAY, "style": "deepObject"})["p"]
    assert (found.style, found.explode) == ("simple", False)


def test_allow_reserved_is_kept_for_query_parameters_only() -> None:
    found = params(
        {"name": "q", "in": "query", "schema": {"type": "string"}, "allowReserved": True},
        {"name": "h", "in": "header", "schema": {"type": "string"}, "allowReserved": True},
    )
    assert found["q"].allow_reserved and not found["q"].default_serialization
    assert not found["h"].allow_reserved


def test_content_parameters_carry_their_media_type_and_schema() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "integer"}}}
    found = params(
        {"name": "filter", "in": "query", "content": {"application/json": {"schema": schema}}}
    )["filter"]
    assert found.media_type == "application/json"
    assert isinstance(found.type, ir.Named)
    assert not found.default_serialization


def build_upload(kind: str, media: dict[str, Any]) -> ir.Api:
    root = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/upload": {
                "post": {
                    "operationId": "upload",
                    "requestBody": {"content": {kind: media}},
                    "responses": {"204": {"description": "done"}},
                }
            }
        },
    }
    return Builder(root, Config()).build()


def body(kind: str, media: dict[str, Any]) -> ir.RequestBody:
    found = build_upload(kind, media).operations[0].body
    assert found is not None
    return found


UPLOAD = {
    "type": "object",
    "properties": {
        "photo": {"type": "string", "contentMediaType": "image/png"},
        "scans": {"type": "array", "items": {"type": "string", "format": "binary"}},
        "meta": {"type": "object", "properties": {"a": {"type": "string"}}},
        "note": {"type": "string"},
        "b64": {"type": "string", "contentEncoding": "base64"},
    },
}


def test_multipart_parts_take_content_types_from_encoding_or_content_media_type() -> None:
    found = body(
        "multipart/form-data",
        {"schema": UPLOAD, "encoding": {"meta": {"contentType": "application/json"}}},
    )
    assert found.encoding == "multipart"
    assert found.parts == (
        ir.BodyPart("meta", "application/json"),
        ir.BodyPart("photo", "image/png"),
    )


def test_form_properties_take_style_explode_and_allow_reserved_from_encoding() -> None:
    schema = {
        "type": "object",
        "properties": {"tags": ARRAY, "q": {"type": "string"}, "plain": ARRAY},
    }
    encoding = {"tags": {"style": "pipeDelimited", "explode": False}, "q": {"allowReserved": True}}
    found = body("application/x-www-form-urlencoded", {"schema": schema, "encoding": encoding})
    assert found.encoding == "form"
    assert found.parts == (
        ir.BodyPart("q", allow_reserved=True),
        ir.BodyPart("tags", style="pipeDelimited", explode=False),
    )


def test_content_media_type_makes_binary_content_but_content_encoding_alone_text() -> None:
    api = build_upload("multipart/form-data", {"schema": UPLOAD})
    fields = {f.wire_name: f.type for m in api.models for f in m.fields}
    assert fields["photo"] == ir.Primitive("bytes")
    assert fields["scans"] == ir.ListOf(ir.Primitive("bytes"))
    assert fields["b64"] == ir.Primitive("str")
