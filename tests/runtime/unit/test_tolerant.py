"""`_tolerant` on models written here: what fits is validated, what does not is kept."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Discriminator, Field, Tag

from generator.runtime._models import SdkModel, discriminate
from generator.runtime._tolerant import tolerable, tolerant


class Dog(SdkModel):
    kind: str
    barks: int


class Cat(SdkModel):
    kind: str
    lives: int


Pet = Annotated[
    Annotated[Dog, Tag("Dog")] | Annotated[Cat, Tag("Cat")],
    Discriminator(discriminate("kind", {"dog": "Dog", "cat": "Cat"})),
]


class Owner(SdkModel):
    id: str
    born: dt.date = Field(alias="bornOn")
    pets: list[Pet] = Field(default_factory=list)
    tags: dict[str, int] | None = None
    best: Pet | None = None


def test_valid_data_takes_the_ordinary_path() -> None:
    owner = tolerant(Owner, {"id": "o", "bornOn": "2000-01-02"})
    assert owner.born == dt.date(2000, 1, 2) and owner.model_fields_set == {"id", "born"}


def test_each_field_keeps_what_fits_and_what_was_sent() -> None:
    data = {
        "bornOn": "2000-01-02",
        "pets": [{"kind": "dog", "barks": "loud"}, {"kind": "cat", "lives": 9}],
        "tags": {"a": 1, "b": "two"},
        "best": {"kind": "cat", "lives": None},
        "new": [1],
    }
    owner = tolerant(Owner, data)
    assert owner.id is None and "id" not in owner.model_fields_set
    assert owner.born == dt.date(2000, 1, 2)
    assert isinstance(owner.pets[0], Dog) and owner.pets[0].barks == "loud"
    assert isinstance(owner.pets[1], Cat) and owner.pets[1].lives == 9
    assert owner.tags == {"a": 1, "b": "two"}
    assert isinstance(owner.best, Cat) and owner.best.lives is None
    assert owner.model_extra == {"new": [1]}
    assert owner.to_dict() == data


def test_a_union_member_without_its_tag_is_the_model_sharing_most_keys() -> None:
    owner = tolerant(Owner, {"id": "o", "bornOn": "2000-01-02", "best": {"lives": 3}})
    assert isinstance(owner.best, Cat) and owner.best.lives == 3


def test_only_the_right_outer_shape_is_tolerable() -> None:
    assert tolerable(Owner, {}) and not tolerable(Owner, "<html>")
    assert tolerable(list[Owner], []) and not tolerable(list[Owner], {})
    assert tolerable(Owner | None, {}) and not tolerable(int, "1")
