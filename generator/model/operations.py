"""Reads one OpenAPI operation into IR parameters, request body and responses.

Naming of the operation itself (which resource, which method) is decided by the
builder; this module turns what the operation takes and returns into typed IR values,
flattening object request bodies into keyword arguments the way a hand-written SDK would.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .. import ir, naming
from ..problems import join_pointer
from . import schema_facts as facts
from .schemas import Report, SchemaConverter

_TEMPLATE_VARIABLE = re.compile(r"\{([^{}]+)\}")
# The first three OpenAPI says to ignore; the framing headers are httpx's to compute (a
# value passed by hand that disagrees with the body makes httpx refuse to send).
_IGNORED_HEADERS = frozenset(
    {"accept", "content-type", "authorization", "content-length", "transfer-encoding"}
)
_LOCATION_ORDER = {"path": 0, "body": 1, "query": 2, "header": 3, "cookie": 4}
_NO_CONTENT = frozenset({"204", "205"})  # RFC 9110: these responses have no content
_STATUS_ORDER = ("200", "201", "202", "203", "204", "205", "206", "2XX", "2xx")


@dataclass(frozen=True, slots=True)
class OperationParts:
    params: tuple[ir.Param, ...]
    body: ir.RequestBody | None
    body_fields: tuple[tuple[str, str], ...]  # (kwarg name, model field name) when flattened
    result: ir.Response | None
    responses: tuple[ir.Response, ...]


class OperationReader:
    """Extracts parameters, body and responses; inline schemas are named after `hint`."""

    def __init__(
        self,
        root: dict[str, Any],
        converter: SchemaConverter,
        warn: Report,
        stream_end: str | None = ir.STREAM_END,
    ) -> None:
        self._root = root
        self._converter = converter
        self._warn = warn
        self._stream_end = stream_end

    def read(
        self, path: str, path_item: dict[str, Any], op: dict[str, Any], pointer: str, hint: str
    ) -> OperationParts:
        params = self._parameters(path, path_item, op, pointer, hint)
        body, flat, body_fields = self._request_body(op, pointer, hint, {p.name for p in params})
        responses = self._responses(op, pointer, hint)
        ordered = sorted(
            [*params, *flat],
            key=lambda p: (not p.required, _LOCATION_ORDER[p.location]),
        )
        return OperationParts(
            params=tuple(ordered),
            body=body,
            body_fields=body_fields,
            result=_success(responses),
            responses=responses,
        )

    # -- parameters ---------------------------------------------------------------------

    def _parameters(
        self, path: str, path_item: dict[str, Any], op: dict[str, Any], pointer: str, hint: str
    ) -> list[ir.Param]:
        path_pointer = pointer.rsplit("/", 1)[0]
        merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for owner, owner_pointer in ((path_item, path_pointer), (op, pointer)):
            for index, raw in enumerate(owner.get("parameters") or []):
                param_pointer = join_pointer(owner_pointer, "parameters", index)
                param, param_pointer = self._converter.resolve(raw, param_pointer)
                if not isinstance(param, dict):
                    continue
                name, location = param.get("name"), param.get("in")
                if not isinstance(name, str) or location not in _LOCATION_ORDER:
                    continue
                if location == "header" and name.lower() in _IGNORED_HEADERS:
                    continue
                merged[(location, name)] = (param, param_pointer)
        for variable in _TEMPLATE_VARIABLE.findall(path):
            if ("path", variable) not in merged:  # undeclared (validation warns): a string
                synthetic = {
                    "name": variable,
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string"},
                }
                merged[("path", variable)] = (synthetic, pointer)
        python_names = naming.dedupe(naming.param_name(name) for (_, name) in merged)
        return [
            self._param(python, param, param_pointer, hint)
            for python, (param, param_pointer) in zip(python_names, merged.values(), strict=True)
        ]

    def _named_example(self, examples: Any) -> Any:
        """The value of the first of a parameter's `examples` (a map of Example objects,
        perhaps `$ref`s to components/examples), else NO_DEFAULT."""
        if not isinstance(examples, dict) or not examples:
            return ir.NO_DEFAULT
        first, _ = self._converter.resolve(next(iter(examples.values())), "")
        if isinstance(first, dict) and "value" in first:
            return first["value"]
        return ir.NO_DEFAULT

    def _param(self, python: str, param: dict[str, Any], pointer: str, hint: str) -> ir.Param:
        schema, schema_pointer = param.get("schema"), join_pointer(pointer, "schema")
        if schema is None and isinstance(param.get("content"), dict) and param["content"]:
            content_type = _pick_media_type(param["content"])
            schema_pointer = join_pointer(pointer, "content", content_type, "schema")
            schema = (param["content"][content_type] or {}).get("schema")
        tp = self._converter.type_of(schema, schema_pointer, hint + naming.pascal_case(python))
        resolved, _ = self._converter.resolve(schema, schema_pointer)
        info = resolved if isinstance(resolved, dict) else {}
        location = param["in"]
        required = bool(param.get("required")) or location == "path"
        example = param.get("example", self._named_example(param.get("examples")))
        if example is ir.NO_DEFAULT:
            example = facts.example_of(schema if isinstance(schema, dict) else {})
        if example is ir.NO_DEFAULT:
            example = facts.example_of(info)
        default, _ = self._converter.usable_default(
            info.get("default", ir.NO_DEFAULT), tp, schema_pointer
        )
        style, explode, media_type = _serialization(param, location)
        return ir.Param(
            name=python,
            wire_name=param["name"],
            location=location,
            type=tp,
            required=required,
            description=naming.clean_text(param.get("description") or info.get("description")),
            default=default,
            deprecated=bool(param.get("deprecated")),
            explode=explode,
            example=example,
            constraints=self._converter.constraints_of(info),
            style=style,
            allow_reserved=location == "query" and param.get("allowReserved") is True,
            media_type=media_type,
        )

    # -- request body -------------------------------------------------------------------

    def _request_body(
        self, op: dict[str, Any], pointer: str, hint: str, taken: set[str]
    ) -> tuple[ir.RequestBody | None, list[ir.Param], tuple[tuple[str, str], ...]]:
        raw = op.get("requestBody")
        if raw is None:
            return None, [], ()
        body_pointer = join_pointer(pointer, "requestBody")
        body, body_pointer = self._converter.resolve(raw, body_pointer)
        content = body.get("content") if isinstance(body, dict) else None
        if not isinstance(content, dict) or not content:
            return None, [], ()
        content_type = _pick_media_type(content)
        encoding = _encoding(content_type)
        media = content[content_type] if isinstance(content[content_type], dict) else {}
        schema_pointer = join_pointer(body_pointer, "content", content_type, "schema")
        schema = media.get("schema")
        example = media.get("example", self._named_example(media.get("examples")))
        if content_type.split(";")[0].strip() == "*/*" and self._is_string(schema, schema_pointer):
            # any media type, and the body is a string: the string itself, not a JSON one
            resolved_body, _ = self._converter.resolve(schema, schema_pointer)
            encoding = "binary" if _is_binary_schema(resolved_body) else "text"
        if encoding in ("binary", "text") and not self._is_string(schema, schema_pointer):
            # the wire is the text or the bytes themselves, whatever the schema says
            # (an object schema on text/plain is a converted Swagger 2 `file`, say)
            schema = {"type": "string", "format": "binary" if encoding == "binary" else None}
            example = example if encoding == "text" and isinstance(example, str) else None
        tp = self._converter.type_of(schema, schema_pointer, hint + "Body")
        required = bool(body.get("required"))
        description = naming.clean_text(body.get("description"))
        model = self._flattenable(tp, encoding)
        content_type = _concrete(content_type, encoding)
        if model is None:
            resolved, _ = self._converter.resolve(schema, schema_pointer)
            param = ir.Param(
                name=naming.dedupe(["body"], taken)[0],
                wire_name="body",
                location="body",
                type=tp,
                required=required,
                description=description,
                example=example,
                constraints=self._converter.constraints_of(resolved),
            )
            return ir.RequestBody(content_type, encoding, tp, required, description), [param], ()
        flat, pairs = self._flatten(model, required, taken, example)
        parts = self._parts(media, encoding, schema, schema_pointer)
        request_body = ir.RequestBody(
            content_type, encoding, tp, required, description, model.name, parts
        )
        return request_body, flat, pairs

    def _is_string(self, schema: Any, pointer: str) -> bool:
        """Whether a body schema describes a string (a text or a file)."""
        resolved, _ = self._converter.resolve(schema, pointer)
        if not isinstance(resolved, dict):
            return False
        declared = resolved.get("type")
        return declared == "string" or (isinstance(declared, list) and "string" in declared)

    def _parts(
        self, media: dict[str, Any], encoding: str, schema: Any, pointer: str
    ) -> tuple[ir.BodyPart, ...]:
        """Per-property encodings of a form or multipart body that differ from defaults."""
        if encoding not in ("form", "multipart"):
            return ()
        declared = media.get("encoding")
        declared = declared if isinstance(declared, dict) else {}
        properties = self._converter.object_properties(schema, pointer)
        parts = []
        for wire in sorted(properties):
            entry = declared.get(wire)
            prop, _ = self._converter.resolve(*properties[wire])
            part = _part(
                wire,
                entry if isinstance(entry, dict) else {},
                prop if isinstance(prop, dict) else {},
                encoding,
            )
            if part != ir.BodyPart(wire):
                parts.append(part)
        return tuple(parts)

    def _flattenable(self, tp: ir.TypeRef, encoding: str) -> ir.Model | None:
        """The model whose fields become keyword arguments, if the body is one object."""
        if encoding not in ("json", "form", "multipart") or not isinstance(tp, ir.Named):
            return None
        definition = self._converter.definitions.get(tp.name)
        if not isinstance(definition, ir.Model) or definition.type_params or tp.args:
            return None
        return definition

    def _flatten(
        self, model: ir.Model, body_required: bool, taken: set[str], example: Any
    ) -> tuple[list[ir.Param], tuple[tuple[str, str], ...]]:
        """One keyword argument per writable field; a field's example is the body
        example's value for it, else the field's own."""
        fields = [f for f in model.fields if not f.read_only]
        examples = example if isinstance(example, dict) else {}
        kwargs = naming.dedupe(
            (f"body_{f.name}" if f.name in taken else f.name for f in fields), taken
        )
        params = [
            ir.Param(
                name=kwarg,
                wire_name=f.wire_name,
                location="body",
                type=f.type,
                required=f.required and body_required,
                description=f.description,
                default=f.default,
                deprecated=f.deprecated,
                example=examples.get(f.wire_name, f.example),
                constraints=f.constraints,
            )
            for kwarg, f in zip(kwargs, fields, strict=True)
        ]
        pairs = tuple((kwarg, f.name) for kwarg, f in zip(kwargs, fields, strict=True))
        return params, pairs

    # -- responses ----------------------------------------------------------------------

    def _responses(self, op: dict[str, Any], pointer: str, hint: str) -> tuple[ir.Response, ...]:
        raw = op.get("responses")
        if not isinstance(raw, dict):
            return ()
        responses = []
        for status in sorted(raw, key=_status_key):
            response_pointer = join_pointer(pointer, "responses", str(status))
            response, response_pointer = self._converter.resolve(raw[status], response_pointer)
            if isinstance(response, dict):
                responses.append(self._response(str(status), response, response_pointer, hint))
        return tuple(responses)

    def _response(
        self, status: str, response: dict[str, Any], pointer: str, hint: str
    ) -> ir.Response:
        content = response.get("content")
        description = naming.clean_text(response.get("description"))
        headers = self._headers(response, pointer)
        if status in _NO_CONTENT:  # whatever the spec says, HTTP sends no body with these
            content = None
        if not isinstance(content, dict) or not content:
            return ir.Response(status, description, "empty", None, None, headers)
        content_type = _pick_media_type(content)
        media = content[content_type] if isinstance(content[content_type], dict) else {}
        schema = media.get("schema")
        schema_pointer = join_pointer(pointer, "content", content_type, "schema")
        encoding = _encoding(content_type)
        if content_type.split(";")[0].strip().lower() == EVENT_STREAM:
            tp = self._event_type(media, join_pointer(pointer, "content", content_type), hint)
            return ir.Response(
                status, description, "sse", content_type, tp, headers, self._stream_end
            )
        if encoding == "binary" or _is_binary_schema(schema):
            return ir.Response(
                status, description, "binary", content_type, ir.Primitive("bytes"), headers
            )
        if encoding == "text":
            return ir.Response(
                status, description, "text", content_type, ir.Primitive("str"), headers
            )
        suffix = "Response" if status.startswith("2") else f"Error{status}"
        tp = self._converter.type_of(schema, schema_pointer, hint + suffix)
        return ir.Response(status, description, "json", content_type, tp, headers)

    def _event_type(self, media: dict[str, Any], pointer: str, hint: str) -> ir.TypeRef:
        """The type of one event's data: OpenAPI 3.2's `itemSchema`, else the schema (a
        3.0/3.1 spec often describes one event there), else text; `str` when the schema
        says the stream is a string (the events are then read as text)."""
        for key in ("itemSchema", "schema"):
            schema = media.get(key)
            if isinstance(schema, dict) and schema:
                resolved, _ = self._converter.resolve(schema, join_pointer(pointer, key))
                if isinstance(resolved, dict) and resolved.get("type") == "string":
                    return ir.Primitive("str")
                return self._converter.type_of(schema, join_pointer(pointer, key), hint + "Event")
        return ir.Primitive("str")

    def _headers(self, response: dict[str, Any], pointer: str) -> tuple[ir.Header, ...]:
        raw = response.get("headers")
        if not isinstance(raw, dict):
            return ()
        headers = []
        for name in raw:
            header, header_pointer = self._converter.resolve(
                raw[name], join_pointer(pointer, "headers", str(name))
            )
            if not isinstance(header, dict):
                continue
            schema = header.get("schema")
            tp = self._converter.type_of(schema, join_pointer(header_pointer, "schema"), "Header")
            description = naming.clean_text(header.get("description"))
            headers.append(ir.Header(str(name), description, tp))
        return tuple(headers)


_STYLES: dict[str, tuple[ir.ParamStyle, ...]] = {
    "path": ("simple", "label", "matrix"),
    "header": ("simple",),
    "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject"),
    "cookie": ("form",),
}


def _serialization(param: dict[str, Any], location: str) -> tuple[ir.ParamStyle, bool, str | None]:
    """style, explode and (for a `content` parameter) media type, with the defaults.

    A style the location does not define (validation reports it) falls back to the
    location's default, so the SDK still sends something the server may read.
    """
    default = ir.DEFAULT_STYLE[location]
    style = param.get("style")
    chosen: ir.ParamStyle = next((s for s in _STYLES[location] if s == style), default)
    explode = param.get("explode")
    if not isinstance(explode, bool):
        explode = chosen in ("form", "deepObject")
    content = param.get("content")
    media_type = None
    if param.get("schema") is None and isinstance(content, dict) and content:
        media_type = _pick_media_type(content)
    return chosen, explode, media_type


def _part(wire: str, entry: dict[str, Any], prop: dict[str, Any], encoding: str) -> ir.BodyPart:
    """One property's `encoding` entry (contentType for multipart; style, explode and
    allowReserved for forms), a 3.1 `contentMediaType` standing in for contentType."""
    if encoding == "multipart":
        content_type = entry.get("contentType", prop.get("contentMediaType"))
        if isinstance(prop.get("items"), dict) and not isinstance(content_type, str):
            content_type = prop["items"].get("contentMediaType")  # repeated parts
        return ir.BodyPart(wire, content_type if isinstance(content_type, str) else None)
    style, explode, _ = _serialization({k: v for k, v in entry.items() if k != "content"}, "query")
    allow_reserved = entry.get("allowReserved") is True
    return ir.BodyPart(wire, None, style, explode, allow_reserved)


EVENT_STREAM = "text/event-stream"


def _pick_media_type(content: dict[str, Any]) -> str:
    """JSON first, then forms, then anything: the media type the SDK will speak."""
    types = sorted(str(k) for k in content)
    for test in (
        lambda t: t.split(";")[0].strip() == "application/json",
        lambda t: t.split(";")[0].strip().endswith("+json"),
        lambda t: "json" in t,
        lambda t: t.startswith("application/x-www-form-urlencoded"),
        lambda t: t.startswith("multipart/form-data"),
        lambda t: t.startswith("text/"),
    ):
        for media_type in types:
            if test(media_type):
                return media_type
    return types[0]


_SENT_AS: dict[str, str] = {
    "json": "application/json",
    "text": "text/plain",
    "binary": "application/octet-stream",
}


def _concrete(content_type: str, encoding: ir.BodyEncoding) -> str:
    """The Content-Type to send: the spec's, unless it is a range (`*/*`, `image/*`),
    which names no media type (RFC 9110 section 8.3): then that of what the SDK writes."""
    if "*" not in content_type.split(";")[0]:
        return content_type
    return _SENT_AS.get(encoding, content_type)


def _encoding(content_type: str) -> ir.BodyEncoding:
    base = content_type.split(";")[0].strip().lower()
    if "json" in base or base == "*/*":
        return "json"
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base.startswith("multipart/"):
        return "multipart"
    if base.startswith("text/"):
        return "text"
    return "binary"


def _is_binary_schema(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    if schema.get("format") in ("binary", "byte-stream"):
        return True
    return "format" not in schema and isinstance(schema.get("contentMediaType"), str)


def _status_key(status: Any) -> tuple[int, str]:
    text = str(status)
    return (0 if text[:1].isdigit() else 1, text)


def _success(responses: tuple[ir.Response, ...]) -> ir.Response | None:
    by_status = {r.status: r for r in responses}
    for status in _STATUS_ORDER:
        if status in by_status:
            return by_status[status]
    for response in responses:
        if response.status.startswith("2"):
            return response
    return by_status.get("default") if "default" in by_status else None
