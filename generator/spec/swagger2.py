"""Swagger 2.0 (OpenAPI 2.0) read as OpenAPI 3.0: converted in process, right after loading.

Every later stage sees an OpenAPI 3.0.3 document, so nothing else needs to know the spec
was 2.0. What moves: `body` and `formData` parameters become request bodies (one content
entry per `consumes` type), `produces` gives responses their content types, `definitions`
become `components/schemas`, `securityDefinitions` become `securitySchemes` (OAuth2 flows
renamed), `host`/`basePath`/`schemes` become `servers`, `collectionFormat` becomes
`style`/`explode`, `x-nullable` becomes `nullable`, and Azure's `x-ms-paths` (paths that
differ only in their query string) join `paths`. Other `x-ms-*` extensions are dropped.

`Conversion.origins` maps each converted subtree back to where it was in the 2.0
document, so that a problem found later is still reported at the user's own line.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..problems import join_pointer
from .swagger2_schemas import (
    convert_schema,
    is_extension_kept,
    simple_schema,
    style_of,
    with_discriminator_mappings,
)

OPENAPI_VERSION = "3.0.3"
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
_FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")
_FLOWS = {
    "implicit": ("implicit", ("authorizationUrl",)),
    "password": ("password", ("tokenUrl",)),
    "application": ("clientCredentials", ("tokenUrl",)),
    "accessCode": ("authorizationCode", ("authorizationUrl", "tokenUrl")),
}
_COPIED = ("tags", "externalDocs", "security")
_OPERATION_COPIED = (
    "tags", "summary", "description", "externalDocs", "operationId", "deprecated", "security",
)  # fmt: skip
_PARAMETER_COPIED = ("name", "in", "description", "required", "deprecated", "allowEmptyValue")

Note = tuple[str, str, str | None]
"""(pointer in the Swagger 2.0 document, message, hint): a warning about the conversion."""


@dataclass(frozen=True, slots=True)
class Conversion:
    """An OpenAPI 3.0 document made from a Swagger 2.0 one."""

    document: dict[str, Any]
    origins: dict[str, str]  # converted pointer of a subtree -> its Swagger 2.0 pointer
    notes: tuple[Note, ...] = ()


def is_swagger2(root: dict[str, Any]) -> bool:
    """A `swagger: "2.0"` document (YAML may read an unquoted 2.0 as a number)."""
    return "openapi" not in root and str(root.get("swagger")) == "2.0"


def convert(root: dict[str, Any]) -> Conversion:
    """The OpenAPI 3.0.3 form of a (bundled) Swagger 2.0 document."""
    converter = _Converter(root)
    document = converter.document()
    return Conversion(document, converter.origins, tuple(converter.notes))


@dataclass(frozen=True, slots=True)
class _Place:
    """A converted object's pointer and the pointer of what it was made from."""

    out: str
    source: str

    def child(self, *tokens: str | int) -> _Place:
        return _Place(join_pointer(self.out, *tokens), join_pointer(self.source, *tokens))


@dataclass
class _Converter:
    root: dict[str, Any]
    origins: dict[str, str] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)

    def map(self, out: str, source: str) -> None:
        if out != source:
            self.origins[out] = source

    def _list(self, key: str, default: list[str]) -> list[str]:
        value = self.root.get(key)
        return [str(v) for v in value] if isinstance(value, list) and value else default

    # -- document ---------------------------------------------------------------------------

    def document(self) -> dict[str, Any]:
        root = self.root
        out: dict[str, Any] = {"openapi": OPENAPI_VERSION, "info": root.get("info", {})}
        self.map("/openapi", "/swagger")
        servers = self._servers()
        if servers:
            out["servers"] = servers
            self.map("/servers", "/host" if "host" in root else "/basePath")
        out["paths"] = self._paths()
        out["components"] = self._components()
        out.update({key: root[key] for key in _COPIED if key in root})
        out.update({key: value for key, value in root.items() if is_extension_kept(key)})
        return out

    def _servers(self) -> list[dict[str, Any]]:
        host, base = self.root.get("host"), self.root.get("basePath")
        base = base.rstrip("/") if isinstance(base, str) else ""
        if "x-ms-parameterized-host" in self.root:
            hint = "pass the service's endpoint as the client's base_url"
            self.notes.append(("/x-ms-parameterized-host", "the host is a parameter", hint))
        if isinstance(host, str) and host:
            schemes = self._list("schemes", ["https"])
            return [{"url": f"{scheme}://{host}{base}"} for scheme in schemes]
        return [{"url": base}] if base else []

    def _components(self) -> dict[str, Any]:
        components: dict[str, Any] = {}
        definitions = self.root.get("definitions")
        if isinstance(definitions, dict):
            schemas = {name: convert_schema(value) for name, value in definitions.items()}
            components["schemas"] = with_discriminator_mappings(definitions, schemas)
            self.map("/components/schemas", "/definitions")
        parameters = self._global("parameters")
        kept = {k: v for k, v in parameters.items() if v.get("in") not in ("body", "formData")}
        if kept:
            here = _Place("/components/parameters", "/parameters")
            components["parameters"] = {
                name: self._parameter(param, here.child(name)) for name, param in kept.items()
            }
        responses = self._global("responses")
        if responses:
            here = _Place("/components/responses", "/responses")
            produces = self._list("produces", ["application/json"])
            components["responses"] = {
                name: self._response(value, here.child(name), produces)
                for name, value in responses.items()
            }
        schemes = self._security_schemes()
        if schemes:
            components["securitySchemes"] = schemes
            self.map("/components/securitySchemes", "/securityDefinitions")
        return components

    def _global(self, key: str) -> dict[str, dict[str, Any]]:
        value = self.root.get(key)
        if not isinstance(value, dict):
            return {}
        return {name: item for name, item in value.items() if isinstance(item, dict)}

    def _security_schemes(self) -> dict[str, Any]:
        schemes: dict[str, Any] = {}
        for name, scheme in self._global("securityDefinitions").items():
            kind = scheme.get("type")
            common = {k: scheme[k] for k in ("description",) if k in scheme}
            if kind == "basic":
                schemes[name] = {"type": "http", "scheme": "basic", **common}
            elif kind == "apiKey":
                schemes[name] = {"type": "apiKey", "name": scheme.get("name"),
                                 "in": scheme.get("in"), **common}  # fmt: skip
            elif kind == "oauth2" and scheme.get("flow") in _FLOWS:
                flow, urls = _FLOWS[scheme["flow"]]
                details = {url: scheme.get(url, "") for url in urls}
                details["scopes"] = scheme.get("scopes") or {}
                schemes[name] = {"type": "oauth2", "flows": {flow: details}, **common}
            else:
                schemes[name] = scheme  # left for validation to report, at its line
        return schemes

    # -- paths ------------------------------------------------------------------------------

    def _paths(self) -> dict[str, Any]:
        paths: dict[str, Any] = {}
        for section in ("paths", "x-ms-paths"):
            items = self.root.get(section)
            if not isinstance(items, dict):
                continue
            for path, item in items.items():
                if path.startswith("x-") and section == "paths":
                    if is_extension_kept(path):
                        paths[path] = item
                    continue
                if path in paths:
                    message = f"{path} is in both paths and x-ms-paths: the x-ms-paths one is used"
                    self.notes.append((join_pointer("/x-ms-paths", path), message, None))
                here = _Place(join_pointer("/paths", path), join_pointer(f"/{section}", path))
                self.map(here.out, here.source)
                paths[path] = self._path_item(item, here) if isinstance(item, dict) else item
        return paths

    def _path_item(self, item: dict[str, Any], here: _Place) -> dict[str, Any]:
        shared = list(self._parameters(item.get("parameters"), here.child("parameters")))
        out: dict[str, Any] = {}
        kept = [(param, place) for param, place in shared if param.get("in") not in _BODY]
        if kept:
            out["parameters"] = self._parameter_list(kept, here.child("parameters"))
        for key, value in item.items():
            if key in _METHODS and isinstance(value, dict):
                out[key] = self._operation(value, here.child(key), shared)
            elif is_extension_kept(key) or key in ("summary", "description"):
                out[key] = value
        return out

    def _parameters(self, raw: Any, here: _Place) -> Iterator[tuple[dict[str, Any], _Place]]:
        """Each parameter with where it was written (a global one, when referred to)."""
        for index, param in enumerate(raw if isinstance(raw, list) else []):
            if not isinstance(param, dict):
                continue
            ref = param.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/parameters/"):
                name = ref[len("#/parameters/") :]
                target = self._global("parameters").get(name)
                if target is not None and target.get("in") in _BODY:
                    yield target, _Place(here.child(index).out, join_pointer("/parameters", name))
                    continue
            yield param, here.child(index)

    def _parameter_list(
        self, params: list[tuple[dict[str, Any], _Place]], here: _Place
    ) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for param, place in params:
            converted = _Place(here.child(len(out)).out, place.source)
            self.map(converted.out, converted.source)
            out.append(self._parameter(param, converted))
        return out

    def _parameter(self, param: dict[str, Any], here: _Place) -> dict[str, Any]:
        ref = param.get("$ref")
        if isinstance(ref, str):
            return {"$ref": ref.replace("#/parameters/", "#/components/parameters/", 1)}
        out = {key: param[key] for key in _PARAMETER_COPIED if key in param}
        out.update({key: value for key, value in param.items() if is_extension_kept(key)})
        out["schema"] = simple_schema(param)
        self.map(join_pointer(here.out, "schema"), here.source)
        if "x-example" in param:
            out["example"] = param["x-example"]
        if param.get("type") == "array":
            style, note = style_of(param.get("collectionFormat"), str(param.get("in")))
            out.update(style)
            if note:
                self.notes.append((join_pointer(here.source, "collectionFormat"), note, None))
        return out

    # -- operations -------------------------------------------------------------------------

    def _operation(
        self, op: dict[str, Any], here: _Place, shared: list[tuple[dict[str, Any], _Place]]
    ) -> dict[str, Any]:
        out = {key: op[key] for key in _OPERATION_COPIED if key in op}
        own = list(self._parameters(op.get("parameters"), here.child("parameters")))
        overridden = {(p.get("name"), p.get("in")) for p, _ in own}
        inherited = [
            (p, place) for p, place in shared
            if p.get("in") in _BODY and (p.get("name"), p.get("in")) not in overridden
        ]  # fmt: skip
        params = inherited + own
        plain = [(p, place) for p, place in params if p.get("in") not in _BODY]
        if plain:
            out["parameters"] = self._parameter_list(plain, here.child("parameters"))
        consumes = [str(v) for v in op.get("consumes") or self._list("consumes", [])]
        body = self._request_body(params, consumes, here.child("requestBody"))
        if body is not None:
            out["requestBody"] = body
        produces = [str(v) for v in op.get("produces") or self._list("produces", [])]
        responses = op.get("responses")
        if isinstance(responses, dict):
            out["responses"] = {
                str(code): self._response(value, here.child("responses", str(code)), produces)
                for code, value in responses.items()
                if not str(code).startswith("x-") or is_extension_kept(str(code))
            }
        out.update({key: value for key, value in op.items() if is_extension_kept(key)})
        return out

    def _request_body(
        self, params: list[tuple[dict[str, Any], _Place]], consumes: list[str], here: _Place
    ) -> dict[str, Any] | None:
        body = [(p, place) for p, place in params if p.get("in") == "body"]
        form = [(p, place) for p, place in params if p.get("in") == "formData"]
        if body:
            param, place = body[0]
            self.map(here.out, place.source)
            schema = convert_schema(param.get("schema", {}))
            types = [t for t in consumes if t not in _FORM_TYPES] or ["application/json"]
            out: dict[str, Any] = {"content": {t: {"schema": schema} for t in types}}
            for media_type in types:
                self.map(join_pointer(here.out, "content", media_type, "schema"),
                         join_pointer(place.source, "schema"))  # fmt: skip
            out.update({k: param[k] for k in ("description", "required") if k in param})
            if isinstance(param.get("name"), str):
                out["x-codegen-request-body-name"] = param["name"]
            return out
        if form:
            return self._form_body(form, consumes, here)
        return None

    def _form_body(
        self, form: list[tuple[dict[str, Any], _Place]], consumes: list[str], here: _Place
    ) -> dict[str, Any]:
        self.map(here.out, form[0][1].source)
        files = any(p.get("type") == "file" for p, _ in form)
        types = [t for t in consumes if t in _FORM_TYPES]
        if files or not types:
            types = ["multipart/form-data"] if files else types or [_FORM_TYPES[1]]
        properties: dict[str, Any] = {}
        required: list[str] = []
        for param, place in form:
            name = str(param.get("name"))
            prop = simple_schema(param)
            if "description" in param:
                prop["description"] = param["description"]
            properties[name] = prop
            if param.get("required") is True:
                required.append(name)
            for media_type in types:
                at = join_pointer(here.out, "content", media_type, "schema", "properties", name)
                self.map(at, place.source)
        schema: dict[str, Any] = {"type": "object", "properties": properties}
        if required:
            schema["required"] = required
        content = {t: {"schema": schema} for t in types}
        return {"content": content, "required": bool(required)}

    def _response(self, response: Any, here: _Place, produces: list[str]) -> Any:
        if not isinstance(response, dict):
            return response
        ref = response.get("$ref")
        if isinstance(ref, str):
            return {"$ref": ref.replace("#/responses/", "#/components/responses/", 1)}
        out: dict[str, Any] = {"description": response.get("description", "")}
        headers = response.get("headers")
        if isinstance(headers, dict):
            out["headers"] = {}
            for name, header in headers.items():
                if isinstance(header, dict):
                    spot = here.child("headers", name)
                    self.map(join_pointer(spot.out, "schema"), spot.source)
                    described = {k: header[k] for k in ("description",) if k in header}
                    out["headers"][name] = {**described, "schema": simple_schema(header)}
        if "schema" in response:
            types = produces or ["application/json"]
            examples = response.get("examples")
            out["content"] = {}
            for media_type in types:
                entry = {"schema": convert_schema(response["schema"])}
                if isinstance(examples, dict) and media_type in examples:
                    entry["example"] = examples[media_type]
                out["content"][media_type] = entry
                self.map(join_pointer(here.out, "content", media_type, "schema"),
                         join_pointer(here.source, "schema"))  # fmt: skip
        out.update({key: value for key, value in response.items() if is_extension_kept(key)})
        return out


_BODY = ("body", "formData")
