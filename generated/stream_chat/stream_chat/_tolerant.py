"""Parsing a response that does not match its documented type, keeping all of it.

Servers drift from their specs: a field the spec calls required stops being sent, a
number arrives as a string, a null where none was allowed. Rather than fail the call,
the SDK builds the model anyway: every part that fits is validated as usual, a part
that does not keeps the value the server sent (so `model.field` holds it), an unknown
key lands in `model_extra`, and a missing field reads as `None` while staying out of
`to_dict()`. `strict_response_validation=True` raises `ApiResponseValidationError`
instead. Only responses that failed validation come here; the fast path is untouched.
"""

from __future__ import annotations

import types
from typing import Annotated, Any, Union, get_args, get_origin

import pydantic
from pydantic import BaseModel

from ._encoding import parse_as

_WIRE_NAMES: dict[type[BaseModel], dict[str, str]] = {}


def tolerable(tp: Any, data: Any) -> bool:
    """Whether `data` has the outer shape of `tp` (an object for a model, a list for a
    list): a drifted response. Anything else (an HTML page, a bare string where an
    object belongs) is not the API's answer at all, and raises even when tolerant."""
    target, _ = _unannotated(tp)
    if isinstance(target, type) and issubclass(target, BaseModel):
        return isinstance(data, dict)
    origin = get_origin(target)
    if origin is list:
        return isinstance(data, list)
    if origin is dict:
        return isinstance(data, dict)
    if origin in (Union, types.UnionType):
        return any(tolerable(member, data) for member in get_args(target))
    return False


def tolerant(tp: Any, data: Any) -> Any:
    """`data` as `tp` as far as it fits; the server's own value where it does not."""
    try:
        return parse_as(tp, data)
    except pydantic.ValidationError:
        pass
    target, metadata = _unannotated(tp)
    if isinstance(target, type) and issubclass(target, BaseModel):
        return _model(target, data) if isinstance(data, dict) else data
    origin, args = get_origin(target), get_args(target)
    if origin is list and isinstance(data, list) and args:
        return [tolerant(args[0], item) for item in data]
    if origin is dict and isinstance(data, dict) and len(args) == 2:
        return {key: tolerant(args[1], value) for key, value in data.items()}
    if origin in (Union, types.UnionType) and isinstance(data, dict):
        others = [arg for arg in args if arg is not type(None)]
        if len(others) == 1:  # `X | None`: X may be a union of its own
            return tolerant(others[0], data)
        member = _member(args, metadata, data)
        return data if member is None else tolerant(member, data)
    return data


def _model(cls: type[BaseModel], data: dict[str, Any]) -> BaseModel:
    """An instance of `cls` holding everything in `data`, validated field by field."""
    names = _wire_names(cls)
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, raw in data.items():
        name = names.get(key)
        if name is None:
            extra[key] = raw
        else:
            values[name] = _field(cls, name, raw)
    model = cls.model_construct(_fields_set=set(values), **values)
    if extra and model.__pydantic_extra__ is not None:
        model.__pydantic_extra__.update(extra)
    for name in cls.model_fields:
        model.__dict__.setdefault(name, None)  # a required field the server left out
    return model


def _field(cls: type[BaseModel], name: str, raw: Any) -> Any:
    """One field's value validated as the model validates it, else kept as sent."""
    scratch = cls.model_construct()
    try:
        cls.__pydantic_validator__.validate_assignment(scratch, name, raw)
    except pydantic.ValidationError:
        return tolerant(cls.model_fields[name].annotation, raw)
    return scratch.__dict__[name]


def _wire_names(cls: type[BaseModel]) -> dict[str, str]:
    """Key in the JSON -> field name; python names count too (`populate_by_name`)."""
    names = _WIRE_NAMES.get(cls)
    if names is None:
        names = {name: name for name in cls.model_fields}
        names.update({f.alias: n for n, f in cls.model_fields.items() if f.alias})
        _WIRE_NAMES[cls] = names
    return names


def _unannotated(tp: Any) -> tuple[Any, tuple[Any, ...]]:
    """The type inside `Annotated[...]` layers, and their metadata."""
    metadata: tuple[Any, ...] = ()
    while get_origin(tp) is Annotated:
        tp, *extras = get_args(tp)
        metadata += tuple(extras)
    return tp, metadata


def _member(
    members: tuple[Any, ...], metadata: tuple[Any, ...], data: dict[str, Any]
) -> Any:
    """The union member a JSON object is meant to be: by the union's discriminator
    when it has one, else the model sharing the most keys with it."""
    tag = _tag(metadata, data)
    best, best_score = None, 0
    for member in members:
        target, member_metadata = _unannotated(member)
        if not (isinstance(target, type) and issubclass(target, BaseModel)):
            continue
        tags = [m.tag for m in member_metadata if isinstance(m, pydantic.Tag)]
        if tag is not None and tag in tags:
            return member
        score = len(_wire_names(target).keys() & data.keys())
        if score > best_score:
            best, best_score = member, score
    return best


def _tag(metadata: tuple[Any, ...], data: dict[str, Any]) -> str | None:
    for item in metadata:
        if isinstance(item, pydantic.Discriminator) and callable(item.discriminator):
            tag = item.discriminator(data)
            return None if tag is None else str(tag)
    return None
