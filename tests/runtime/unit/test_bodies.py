"""Form, multipart and binary bodies as the runtime builds them from keyword arguments."""

from __future__ import annotations

import io
from typing import Any

import pydantic
import pytest

from generator.runtime._bodies import (
    FormBody,
    binary_content,
    encode_form,
    encode_multipart,
    extra_part,
)
from generator.runtime._encoding import encode_body
from generator.runtime._exceptions import EncodingError
from generator.runtime._types import NOT_GIVEN


class Upload(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(populate_by_name=True)
    name: str
    photo: bytes | None = None
    scans: list[bytes] | None = None
    meta: dict[str, int] | None = None
    tags: list[str] | None = pydantic.Field(default=None, alias="tagList")
    size: int | None = None


def form(values: dict[str, Any], **kwargs: Any) -> bytes:
    body = encode_form(Upload, values, **kwargs)
    assert isinstance(body, FormBody)
    return body.content()


def test_form_fields_use_wire_names_and_their_declared_styles() -> None:
    parts = {"tagList": ("pipeDelimited", False, False), "meta": ("deepObject", True, False)}
    sent = form({"name": "Ada & Bob", "tags": ["a", "b"], "meta": {"x": 1}}, parts=parts)
    assert sent == b"name=Ada+%26+Bob&meta[x]=1&tagList=a|b"  # in the model's field order


def test_form_fields_default_to_form_style_exploded() -> None:
    assert form({"name": "n", "tags": ["a", "b"], "meta": {"x": 1}}) == (
        b"name=n&x=1&tagList=a&tagList=b"
    )


def test_a_form_given_whole_as_a_mapping_or_as_encoded_text() -> None:
    whole = encode_form(None, {"a": "1 2", "b": [1, 2], "skip": None})
    assert isinstance(whole, FormBody) and whole.content() == b"a=1+2&b=1&b=2"
    text = encode_form(None, "a=1&b=2")
    assert isinstance(text, FormBody) and text.content() == b"a=1&b=2"
    assert encode_form(Upload, {"name": NOT_GIVEN}, optional=True) is NOT_GIVEN


def test_a_form_body_that_is_not_named_fields_is_refused() -> None:
    with pytest.raises(EncodingError, match="named fields"):
        encode_form(None, ["a", "b"])
    with pytest.raises(EncodingError, match="named fields"):
        encode_multipart(None, 3)


def test_extra_body_fields_join_a_form() -> None:
    body = encode_form(Upload, {"name": "n"})
    assert body.with_extra({"x": "y z"}).content() == b"name=n&x=y+z"


def test_multipart_files_values_json_and_repeated_parts() -> None:
    scan = io.BytesIO(b"2")
    parts = encode_multipart(
        Upload,
        {
            "name": "n",
            "photo": ("p.png", b"PNG"),
            "scans": [b"1", scan],
            "meta": {"x": 1},
            "tags": ["a", "b"],
            "size": 3,
        },
        parts={"photo": "image/png"},
    )
    assert parts == [
        ("name", (None, "n")),
        ("photo", ("p.png", b"PNG", "image/png")),
        ("scans", ("scans", b"1", "application/octet-stream")),
        ("scans", ("scans", scan, "application/octet-stream")),
        ("meta", (None, '{"x":1}', "application/json")),
        ("tagList", (None, "a")),
        ("tagList", (None, "b")),
        ("size", (None, "3")),
    ]


def test_a_file_keeps_its_own_name_and_content_type() -> None:
    named = io.BytesIO(b"x")
    named.name = "/tmp/report.pdf"
    parts = encode_multipart(
        Upload, {"name": "n", "photo": named, "scans": [("a.txt", b"a", "text/plain")]}
    )
    assert parts[1] == ("photo", ("report.pdf", named, "application/octet-stream"))
    assert parts[2] == ("scans", ("a.txt", b"a", "text/plain"))


def test_binary_bodies_take_bytes_files_or_tuples() -> None:
    handle = io.BytesIO(b"data")
    assert binary_content(b"data") == b"data"
    assert binary_content(handle) == b"data"  # read once: retries send it again
    assert binary_content(("f.bin", b"data", "application/octet-stream")) == b"data"
    assert binary_content(NOT_GIVEN) is NOT_GIVEN
    with pytest.raises(EncodingError, match="binary content"):
        binary_content(12)


def test_extra_body_parts_are_files_or_text() -> None:
    assert extra_part("f", b"x") == ("f", b"x", "application/octet-stream")
    assert extra_part("n", 3) == (None, "3")


@pytest.mark.parametrize(
    "encode",
    [
        lambda: encode_body(Upload, {"name": 3j}),
        lambda: encode_form(Upload, {"name": "n", "size": "big"}),
        lambda: encode_multipart(Upload, {"size": 1}),
    ],
)
def test_invalid_fields_raise_the_sdks_error_naming_them(encode: Any) -> None:
    with pytest.raises(EncodingError, match=r"^body: (name|size): ") as raised:
        encode()
    assert not isinstance(raised.value, pydantic.ValidationError)
