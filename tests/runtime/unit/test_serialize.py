"""Parameter serialization against the OpenAPI specification's style examples table.

The table (OpenAPI 3.1.1, "Style Examples") serializes a parameter named `color` with
the values below; each row here is one of its cells, compared with the exact text the
runtime puts on the wire. Label style without explode follows RFC 6570 section 3.2.5
(`.blue,black,brown`), as the 3.0.4/3.1.1 tables do (3.0.3's dotted cell was an error).
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import uuid
from typing import Any

import pydantic
import pytest

from generator.runtime._encoding import format_path, to_wire_string
from generator.runtime._exceptions import EncodingError
from generator.runtime._serialize import (
    cookie_parts,
    header_text,
    path_segment,
    query_parts,
    styled,
)
from generator.runtime._types import NOT_GIVEN

STRING = "blue"
ARRAY = ["blue", "black", "brown"]
OBJECT = {"R": 100, "G": 200, "B": 150}


def query(value: Any, style: str = "form", explode: bool = True) -> str:
    return "&".join(query_parts("color", styled(value, style, explode=explode)))


@pytest.mark.parametrize(
    ("style", "explode", "value", "wire"),
    [
        ("form", False, STRING, "color=blue"),
        ("form", False, ARRAY, "color=blue,black,brown"),
        ("form", False, OBJECT, "color=R,100,G,200,B,150"),
        ("form", True, STRING, "color=blue"),
        ("form", True, ARRAY, "color=blue&color=black&color=brown"),
        ("form", True, OBJECT, "R=100&G=200&B=150"),
        ("spaceDelimited", False, ARRAY, "color=blue%20black%20brown"),
        ("spaceDelimited", False, OBJECT, "color=R%20100%20G%20200%20B%20150"),
        ("pipeDelimited", False, ARRAY, "color=blue|black|brown"),
        ("pipeDelimited", False, OBJECT, "color=R|100|G|200|B|150"),
        ("deepObject", True, OBJECT, "color[R]=100&color[G]=200&color[B]=150"),
    ],
)
def test_query_styles_match_the_specs_table(
    style: str, explode: bool, value: Any, wire: str
) -> None:
    assert query(value, style, explode) == wire


@pytest.mark.parametrize(
    ("style", "explode", "value", "wire"),
    [
        ("simple", False, STRING, "blue"),
        ("simple", False, ARRAY, "blue,black,brown"),
        ("simple", False, OBJECT, "R,100,G,200,B,150"),
        ("simple", True, STRING, "blue"),
        ("simple", True, ARRAY, "blue,black,brown"),
        ("simple", True, OBJECT, "R=100,G=200,B=150"),
        ("label", False, STRING, ".blue"),
        ("label", False, ARRAY, ".blue,black,brown"),
        ("label", False, OBJECT, ".R,100,G,200,B,150"),
        ("label", True, STRING, ".blue"),
        ("label", True, ARRAY, ".blue.black.brown"),
        ("label", True, OBJECT, ".R=100.G=200.B=150"),
        ("matrix", False, STRING, ";color=blue"),
        ("matrix", False, ARRAY, ";color=blue,black,brown"),
        ("matrix", False, OBJECT, ";color=R,100,G,200,B,150"),
        ("matrix", True, STRING, ";color=blue"),
        ("matrix", True, ARRAY, ";color=blue;color=black;color=brown"),
        ("matrix", True, OBJECT, ";R=100;G=200;B=150"),
    ],
)
def test_path_styles_match_the_specs_table(
    style: str, explode: bool, value: Any, wire: str
) -> None:
    assert path_segment("color", styled(value, style, explode=explode)) == wire


@pytest.mark.parametrize(
    ("explode", "value", "wire"),
    [
        (False, STRING, "blue"),
        (False, ARRAY, "blue,black,brown"),
        (False, OBJECT, "R,100,G,200,B,150"),
        (True, ARRAY, "blue,black,brown"),
        (True, OBJECT, "R=100,G=200,B=150"),
    ],
)
def test_header_simple_style_matches_the_specs_table(explode: bool, value: Any, wire: str) -> None:
    assert header_text("color", styled(value, explode=explode)) == wire


@pytest.mark.parametrize(
    ("explode", "value", "wire"),
    [
        (False, STRING, ["color=blue"]),
        (False, ARRAY, ["color=blue,black,brown"]),
        (False, OBJECT, ["color=R,100,G,200,B,150"]),
        (True, ARRAY, ["color=blue", "color=black", "color=brown"]),
        (True, OBJECT, ["R=100", "G=200", "B=150"]),
    ],
)
def test_cookie_form_style(explode: bool, value: Any, wire: list[str]) -> None:
    assert cookie_parts("color", styled(value, explode=explode)) == wire


def test_plain_values_take_the_locations_default_style() -> None:
    assert query_parts("color", ARRAY) == ["color=blue", "color=black", "color=brown"]
    assert path_segment("color", ARRAY) == "blue,black,brown"
    assert header_text("color", OBJECT) == "R,100,G,200,B,150"
    assert cookie_parts("color", ARRAY) == ["color=blue", "color=black", "color=brown"]


def test_empty_values_as_the_table_writes_them() -> None:
    assert query("") == "color="
    assert path_segment("color", styled("", "matrix")) == ";color"
    assert path_segment("color", styled("", "label")) == "."
    assert query([]) == ""  # an empty list is undefined in RFC 6570: nothing is sent
    assert query(["a", None, "b"], explode=False) == "color=a,,b"  # null items: empty
    assert query([None]) == "color="
    assert query({"a": 1, "b": None}) == "a=1"


def test_unset_values_send_nothing() -> None:
    for unset in (None, NOT_GIVEN):
        assert query_parts("color", unset) == []
        assert query_parts("color", styled(unset, "deepObject")) == []
        assert header_text("color", unset) is None
        assert cookie_parts("color", unset) == []


def test_data_is_percent_encoded_and_delimiters_are_not() -> None:
    assert query(["a,b", "c d"], explode=False) == "color=a%2Cb,c%20d"
    assert query({"k&": "v=1"}) == "k%26=v%3D1"
    assert query({"a b": "x/y"}, "deepObject") == "color[a%20b]=x%2Fy"
    assert path_segment("color", ["a/b", "c"]) == "a%2Fb,c"
    assert query_parts("a b", "é#?") == ["a%20b=%C3%A9%23%3F"]


def test_allow_reserved_sends_reserved_characters_as_they_are() -> None:
    value = "a/b?c=d&e[0]:f"
    assert query_parts("q", styled(value, allow_reserved=True)) == ["q=a/b?c=d&e[0]:f"]
    assert query_parts("q", value) == ["q=a%2Fb%3Fc%3Dd%26e%5B0%5D%3Af"]
    assert query_parts("q", styled("a#b c", allow_reserved=True)) == ["q=a%23b%20c"]


def test_content_parameters_send_json() -> None:
    value = {"name": "a b", "ids": [1, 2]}
    parts = query_parts("filter", styled(value, media_type="application/json"))
    assert parts == ["filter=%7B%22name%22%3A%22a%20b%22%2C%22ids%22%3A%5B1%2C2%5D%7D"]
    header = header_text("X-Filter", styled(value, media_type="application/json"))
    assert header == '{"name":"a b","ids":[1,2]}'


class Colour(enum.Enum):
    RED = "red"


class Rgb(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(populate_by_name=True)
    red: int = pydantic.Field(alias="R")
    green: int | None = pydantic.Field(default=None, alias="G")


def test_scalars_have_one_text_form_each() -> None:
    cases = {
        True: "true",
        False: "false",
        3: "3",
        1.5: "1.5",
        Colour.RED: "red",
        dt.datetime(2024, 5, 1, 12, 30, tzinfo=dt.timezone.utc): "2024-05-01T12:30:00Z",
        dt.datetime(2024, 5, 1, 12, 30): "2024-05-01T12:30:00Z",
        dt.date(2024, 5, 1): "2024-05-01",
        dt.time(8, 15): "08:15:00",
        dt.timedelta(minutes=5): "PT5M",
        uuid.UUID(int=1): "00000000-0000-0000-0000-000000000001",
        decimal.Decimal("1.10"): "1.10",
    }
    for value, text in cases.items():
        assert to_wire_string(value) == text
        assert query_parts("v", value) == [f"v={text.replace(':', '%3A')}"]


def test_models_and_dicts_for_models_go_out_with_wire_names() -> None:
    assert query_parts("c", styled(Rgb(red=1), "deepObject")) == ["c[R]=1"]
    given = styled({"red": 1, "green": 2}, "deepObject", as_type=Rgb)
    assert query_parts("c", given) == ["c[R]=1", "c[G]=2"]
    assert path_segment("c", styled({"red": 7}, as_type=Rgb)) == "R,7"


def test_nested_deep_objects_nest_brackets() -> None:
    value = {"size": {"min": 1, "max": 9}, "tags": ["a", "b"]}
    assert query(value, "deepObject") == (
        "color[size][min]=1&color[size][max]=9&color[tags]=a&color[tags]=b"
    )


def test_list_properties_of_exploded_form_objects_repeat_their_name() -> None:
    value = {"name": "doggie", "photoUrls": ["a", "b"]}
    assert query(value) == "name=doggie&photoUrls=a&photoUrls=b"
    assert cookie_parts("c", value) == ["name=doggie", "photoUrls=a", "photoUrls=b"]
    with pytest.raises(EncodingError, match="nested list"):
        query(value, explode=False)


def test_sets_are_sent_in_a_stable_order() -> None:
    assert query({"b", "c", "a"}, explode=False) == "color=a,b,c"


@pytest.mark.parametrize(
    ("send", "message"),
    [
        (lambda: query_parts("when", object()), "'when'"),
        (lambda: query_parts("f", {"a": {"b": 1}}), "nested dict"),
        (lambda: query_parts("f", [[1]]), "nested list"),
        (lambda: query_parts("f", float("nan")), "'f'"),
        (lambda: query_parts("f", b"raw"), "bytes"),
        (lambda: header_text("X-A", "a\r\nX-Evil: 1"), "line break"),
        (lambda: path_segment("id", None), "required"),
        (
            lambda: query_parts("c", styled({"red": "x"}, as_type=Rgb)),
            "parameter 'c': red: Input should be a valid integer",
        ),
        (lambda: format_path("/a/{id}", {"id": ".."}), "change which endpoint"),
        (lambda: to_wire_string({"a": 1}), "cannot send dict"),
    ],
)
def test_values_without_a_wire_form_raise_the_sdks_own_error(send: Any, message: str) -> None:
    with pytest.raises(EncodingError, match=message):
        send()


def test_the_sdks_error_is_also_a_value_error() -> None:
    with pytest.raises(ValueError):
        query_parts("f", {"a": {"b": 1}})
