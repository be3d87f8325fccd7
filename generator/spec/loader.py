"""Load an OpenAPI spec from YAML or JSON and bundle the files it refers to into one document.

Later stages get a single dict in which every `$ref` is local (`#/...`), so they never touch
the file system. Content referenced in other files is copied into `components` under
stable names, and a source map lets `LoadedSpec.locate` point each problem at the file and
line the user has to edit.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from ..problems import (
    Problem,
    Severity,
    SpecError,
    escape_pointer_token,
    resolve_pointer,
    split_pointer,
)
from . import swagger2
from .locate import SourceFile, SpecLocator, decode_source, parse_source, read_source
from .sources import SpecInput, SpecText

# `"$ref": "x"` / `$ref: 'x'`: group 1 is the first character of the reference
_REF_KEY = re.compile(r"""\$ref(?:\\?['"])?\s*:\s*(?:\\?['"])?(.)""")
# escapes that could spell "$ref" without the literal text "$ref" appearing
_REF_ESCAPE = re.compile(r"\\(?:u00(?:24|72|65|66)|x(?:24|72|65|66)|U000000(?:24|72|65|66))", re.I)
_UNSAFE_NAME_CHARS = re.compile(r"[^A-Za-z0-9._-]+")
_MISSING = object()

# What kind of OpenAPI object a value is, from the kind of its parent and its key there.
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_SUBSCHEMAS = ("items", "additionalProperties", "not", "if", "then", "else", "contains",
               "propertyNames", "additionalItems", "unevaluatedItems", "unevaluatedProperties",
               "contentSchema")  # fmt: skip
_PARAMETER = {"schema": "schema", "content": "content", "examples": "examples", "example": "data"}
_FIELDS: dict[str, dict[str, str]] = {
    "document": {"paths": "paths", "webhooks": "paths", "components": "components"},
    "components": {"schemas": "schemas", "responses": "responses", "parameters": "parameters",
                   "examples": "examples", "requestBodies": "requestBodies", "headers": "headers",
                   "securitySchemes": "securitySchemes", "links": "links",
                   "callbacks": "callbacks", "pathItems": "paths"},
    "pathItem": {**dict.fromkeys(_METHODS, "operation"), "parameters": "parameterList"},
    "operation": {"parameters": "parameterList", "requestBody": "requestBody",
                  "responses": "responses", "callbacks": "callbacks"},
    "parameter": _PARAMETER,
    "header": _PARAMETER,
    "requestBody": {"content": "content"},
    "response": {"headers": "headers", "content": "content", "links": "links"},
    "mediaType": {"schema": "schema", "examples": "examples", "example": "data",
                  "encoding": "encodings"},
    "encoding": {"headers": "headers"},
    "example": {"value": "data"},
    "schema": {**dict.fromkeys(_SUBSCHEMAS, "schema"),
               **dict.fromkeys(("properties", "patternProperties", "dependentSchemas", "$defs",
                                "definitions"), "schemas"),
               **dict.fromkeys(("allOf", "anyOf", "oneOf", "prefixItems"), "schemaList"),
               **dict.fromkeys(("example", "examples", "default", "enum", "const"), "data")},
}  # fmt: skip
# Maps whose values are all the same kind of object, and lists whose items are.
_MAPS = {
    "paths": "pathItem", "schemas": "schema", "responses": "response", "parameters": "parameter",
    "examples": "example", "requestBodies": "requestBody", "headers": "header",
    "securitySchemes": "securityScheme", "links": "link", "callbacks": "callback",
    "callback": "pathItem", "content": "mediaType", "encodings": "encoding",
}  # fmt: skip
_EXTENSIBLE_MAPS = frozenset(("paths", "responses", "callback"))  # where `x-` keys are extensions
_LISTS = {"parameterList": "parameter", "schemaList": "schema", "schema": "schema"}
# components section -> the kind of object in it; path items are copied in place instead
_KIND_POSITIONS = {kind: _MAPS[kind] for kind in _FIELDS["components"] if kind != "pathItems"}
_KIND_POSITIONS["pathItems"] = "pathItem"
_POSITION_KINDS = {pos: kind for kind, pos in _KIND_POSITIONS.items() if kind != "pathItems"}
# Swagger 2.0 lays out the same objects differently: bundled there, they stay Swagger 2.0
# until `swagger2` converts the whole document (see `_Dialect`).
_SWAGGER2_FIELDS: dict[str, dict[str, str]] = {
    **_FIELDS,
    "document": {"paths": "paths", "x-ms-paths": "paths", "definitions": "schemas",
                 "parameters": "parameters", "responses": "responses"},
    "operation": {"parameters": "parameterList", "responses": "responses",
                  "x-ms-examples": "data"},
    "parameter": {"schema": "schema", "items": "schema", "default": "data", "enum": "data",
                  "x-example": "data"},
    "header": {"items": "schema", "default": "data", "enum": "data"},
    "response": {"schema": "schema", "headers": "headers", "examples": "data"},
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Dialect:
    """Where a kind of document keeps its objects: which key holds what, and the section
    (pointer tokens from the root) each kind of bundled component goes to."""

    fields: dict[str, dict[str, str]]
    sections: dict[str, tuple[str, ...]]


_OPENAPI3 = _Dialect(_FIELDS, {kind: ("components", kind) for kind in _KIND_POSITIONS})
_SWAGGER2 = _Dialect(
    _SWAGGER2_FIELDS,
    {"schemas": ("definitions",), "parameters": ("parameters",), "responses": ("responses",)},
)


@dataclass(frozen=True, slots=True)
class LoadedSpec:
    """A spec as one self-contained document that can say where each part of it came from."""

    root: dict[str, Any]
    main_file: Path
    locator: SpecLocator | None = field(default=None, repr=False, compare=False)
    # what loading itself noticed (a Swagger 2.0 idiom with no OpenAPI 3 equivalent)
    notes: tuple[Problem, ...] = field(default=(), compare=False)

    def locate(self, pointer: str) -> tuple[str, str, int | None]:
        """(file as shown to users, pointer inside that file, 1-based line or None)."""
        if self.locator is None:
            return str(self.main_file), pointer, None
        return self.locator.locate(pointer)

    def problem(
        self,
        pointer: str,
        message: str,
        *,
        hint: str | None = None,
        severity: Severity = "error",
    ) -> Problem:
        """A problem about the value at `pointer` (in the bundled document), located."""
        file, inner, line = self.locate(pointer)
        return Problem(file, inner, message, line, hint, severity)


def load_spec(spec: SpecInput, ref_roots: Sequence[Path] = ()) -> LoadedSpec:
    """Read, parse and bundle a spec; raises SpecError with every problem that prevents it.

    `$ref`s may read files in the spec's folder (and below) only, unless `ref_roots`
    names more folders: then relative, absolute and `file://` refs into them are allowed
    too. Remote (`http(s)://`) refs are never fetched, and a downloaded spec reads no
    file at all.
    """
    if isinstance(spec, SpecText):
        path, source = spec.path, decode_source(spec.data, spec.name, spec.path)
    else:
        path, source = spec, read_source(spec, _display_name(spec))
    root = parse_source(source)
    if not isinstance(root, dict):
        what = "empty" if root is None else f"a {type(root).__name__}, not a mapping"
        raise SpecError([Problem(source.name, "", f"the spec is {what}", 1)])
    files = {source.name: source}
    origins: dict[str, tuple[str, str]] = {}
    swagger = swagger2.is_swagger2(root)
    if _may_have_external_refs(source.text):
        roots = tuple(r.resolve() for r in ref_roots)
        remote = isinstance(spec, SpecText) and spec.remote
        dialect = _SWAGGER2 if swagger else _OPENAPI3
        main = path if remote else path.resolve()
        root, origins, files = _Bundler(main, source, root, roots, remote, dialect).run()
    if not swagger:
        return LoadedSpec(root, path, SpecLocator(source.name, files, origins))
    return _converted(swagger2.convert(root), path, SpecLocator(source.name, files, origins))


def _converted(conversion: swagger2.Conversion, path: Path, bundled: SpecLocator) -> LoadedSpec:
    """A Swagger 2.0 spec as OpenAPI 3.0, its problems still located in the 2.0 files."""
    notes = []
    for pointer, message, hint in conversion.notes:
        file, inner, line = bundled.locate(pointer)  # the notes' pointers are 2.0 ones
        notes.append(Problem(file, inner, message, line, hint, "warning"))
    locator = dataclasses.replace(bundled, renames=conversion.origins)
    return LoadedSpec(conversion.document, path, locator, tuple(notes))


def _display_name(path: Path) -> str:
    """The path relative to the working directory when possible, else as given."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (OSError, ValueError):
        return str(path)


def _may_have_external_refs(text: str) -> bool:
    """A cheap text check, so that a single-file spec skips the bundling walk."""
    if _REF_ESCAPE.search(text):
        return True
    return any(match.group(1) != "#" for match in _REF_KEY.finditer(text))


def _child(pointer: str, key: str) -> str:
    """`join_pointer(pointer, key)`, faster for the common key that needs no escaping."""
    if "~" in key or "/" in key:
        key = escape_pointer_token(key)
    return f"{pointer}/{key}"


def _kind_in_pointer(pointer: str) -> str:
    """`schemas` for `/components/schemas/Pet`; "" when the pointer does not say."""
    tokens = split_pointer(pointer)
    if len(tokens) == 3 and tokens[0] == "components" and tokens[1] in _KIND_POSITIONS:
        return tokens[1]
    return ""


class _RefError(Exception):
    """A `$ref` that cannot be bundled; becomes a Problem at the `$ref`."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message, self.hint = message, hint


@dataclass(frozen=True, slots=True)
class _Target:
    """Something a `$ref` in one file points to in another: bundled once, under one name."""

    file: Path  # resolved
    pointer: str  # inside `file`
    kind: str  # the components section it goes to; "" to copy it where it is used
    base: str  # the name it gets unless taken


@dataclass(frozen=True, slots=True)
class _Frame:
    """Where the content being copied comes from and where its copy goes."""

    file: Path
    anchor: _Target | None  # the bundled component it is copied into; None: the main document
    out_prefix: str  # pointer (below the anchor) of the copy's root
    in_prefix: str  # pointer of that root inside `file`

    def out(self, pointer: str) -> str:
        return self.out_prefix + pointer[len(self.in_prefix) :]


class _Bundler:
    """Copies the main document, pulling in what it refers to in other files (each once).

    Names are given only after every target is known, sorted by file and pointer, so the
    result does not depend on the order in which references are met.
    """

    def __init__(
        self,
        main_path: Path,
        source: SourceFile,
        root: dict[str, Any],
        roots: tuple[Path, ...],
        remote: bool = False,
        dialect: _Dialect = _OPENAPI3,
    ) -> None:
        self.dialect = dialect
        self.main_path, self.folder, self.main_name = main_path, main_path.parent, source.name
        self.roots = (*roots,) if remote else (self.folder, *roots)
        self.remote = remote
        self.sources: dict[Path, SourceFile] = {main_path: source}
        self.documents: dict[Path, Any] = {main_path: root}
        self.broken: dict[Path, _RefError] = {}
        self.found: dict[_Target, Any] = {}
        self.contents: dict[_Target, Any] = {}
        self.pending: deque[_Target] = deque()
        self.fixups: list[tuple[dict[str, Any], _Target]] = []
        self.adoptions: list[tuple[str, str, _Target]] = []
        self.inlined: list[tuple[_Target | None, str, _Target]] = []
        self.inlining: list[_Target] = []
        self.problems: list[Problem] = []

    def run(self) -> tuple[dict[str, Any], dict[str, tuple[str, str]], dict[str, SourceFile]]:
        """(bundled document, source map, source files by name); raises SpecError."""
        main = _Frame(self.main_path, None, "", "")
        root = self._copy(self.documents[self.main_path], "", "document", main)
        while self.pending:
            target = self.pending.popleft()
            frame = _Frame(target.file, target, "", target.pointer)
            position = _KIND_POSITIONS[target.kind]
            self.contents[target] = self._copy(self.found[target], target.pointer, position, frame)
        if self.problems:
            raise SpecError(self.problems)
        names = self._assign_names(root)
        for ref_object, target in self.fixups:
            ref_object["$ref"] = "#" + self._component_pointer(target, names)
        self._place(root, names)
        files = {source.name: source for source in self.sources.values()}
        return root, self._origins(names), files

    def _copy(self, node: Any, pointer: str, position: str, frame: _Frame) -> Any:
        """A copy of `node` (at `pointer` in `frame.file`) whose `$ref`s are all local."""
        if position == "data" or (position == "any" and self.dialect is _SWAGGER2):
            return node
        if isinstance(node, list):
            item = _LISTS.get(position, "any")
            return [
                self._copy(value, f"{pointer}/{index}", item, frame)
                for index, value in enumerate(node)
            ]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref") if position != "document" else None
        copied = {
            key: self._copy(value, _child(pointer, key), self._position(position, key), frame)
            for key, value in node.items()
            if key != "$ref" or not isinstance(ref, str)
        }
        if not isinstance(ref, str):
            return copied
        try:
            return self._follow(ref, copied, pointer, position, frame)
        except _RefError as exc:
            self._report(frame.file, _child(pointer, "$ref"), exc)
            return {"$ref": ref, **copied}

    def _position(self, position: str, key: str) -> str:
        if position in _MAPS:
            extension = key.startswith("x-") and position in _EXTENSIBLE_MAPS
            return "any" if extension else _MAPS[position]
        return self.dialect.fields.get(position, {}).get(key, "any")

    def _follow(
        self, ref: str, siblings: dict[str, Any], pointer: str, position: str, frame: _Frame
    ) -> Any:
        """The bundled form of a `$ref` object: rewritten, or replaced by what it points to."""
        target = self._target(frame.file, ref, position)
        if isinstance(target, str):
            return {"$ref": target, **siblings}
        node = self._lookup(target, ref)
        if not target.kind:
            content = self._inline(target, node, pointer, position, frame)
            return {**content, **siblings} if isinstance(content, dict) else content
        ref_object = {"$ref": "", **siblings}
        self.fixups.append((ref_object, target))
        tokens, section = split_pointer(pointer), self.dialect.sections[target.kind]
        in_section = len(tokens) == len(section) + 1 and tuple(tokens[:-1]) == section
        if frame.anchor is None and frame.file == self.main_path and in_section and not siblings:
            self.adoptions.append((target.kind, tokens[-1], target))  # `Pet: {$ref: pet.yaml}`
        return ref_object

    def _target(self, file: Path, ref: str, position: str) -> _Target | str:
        """What `ref` (written in `file`) points to; a str when it is in the main document."""
        location, _, fragment = ref.partition("#")
        path = self._resolve_file(file, location) if location else file
        if path == self.main_path:
            return "#" + fragment
        pointer = unquote(fragment)
        if pointer and not pointer.startswith("/"):
            hint = "write the part after '#' as a JSON pointer, e.g. file.yaml#/components/X"
            raise _RefError(f"`$ref` {ref} does not use a JSON pointer", hint)
        kind = _kind_in_pointer(pointer) or _POSITION_KINDS.get(position, "")
        kind = kind if kind in self.dialect.sections else ""
        tokens = split_pointer(pointer)
        base = _UNSAFE_NAME_CHARS.sub("_", tokens[-1] if tokens else path.stem).strip("_")
        return _Target(path, pointer, kind, base or "Component")

    def _resolve_file(self, file: Path, location: str) -> Path:
        """The file a reference names, if it is one we may read (see `load_spec`)."""
        parts = urlsplit(location)
        local_hint = "copy the file next to the spec and refer to it by a relative path"
        if parts.scheme in ("http", "https"):
            hint = f"remote refs are not fetched; {local_hint}"
            raise _RefError(f"remote reference {location} is not supported", hint)
        if self.remote and file == self.main_path and not parts.scheme:
            hint = "download the spec with the files it refers to, and give sdkgen the local copy"
            message = f"reference {location} is relative to a downloaded spec: it would be fetched"
            raise _RefError(message, hint)
        if parts.scheme == "file" and not parts.netloc:
            path, refused = (
                Path(unquote(parts.path)),
                f"reference {location} is not a relative file path",
            )
        elif parts.scheme or parts.netloc:
            raise _RefError(f"reference {location} is not a relative file path", local_hint)
        else:
            path, refused = (
                Path(unquote(parts.path)),
                f"reference {location} leaves the spec's folder",
            )
            if parts.path.startswith(("/", "\\")) or path.is_absolute():
                refused = f"reference to the absolute path {location} is refused"
        path = (file.parent / path).resolve()  # an absolute `path` stays as it is
        if not any(path.is_relative_to(root) for root in self.roots):
            raise _RefError(refused, f"{local_hint}, or allow its folder with --allow-ref-root")
        return path

    def _lookup(self, target: _Target, ref: str) -> Any:
        """The node a target names; the first time, queues it for bundling."""
        if target in self.found:
            return self.found[target]
        tokens = split_pointer(target.pointer)
        node = resolve_pointer(self._document(target.file), tokens, _MISSING)
        if node is _MISSING:
            name = self._name(target.file)
            message = f"`$ref` {ref} points to nothing: {name} has no {target.pointer or '/'}"
            raise _RefError(message, "check the pointer after '#' against that file")
        self.found[target] = node
        if target.kind:
            self.pending.append(target)
        return node

    def _document(self, path: Path) -> Any:
        if path in self.documents:
            return self.documents[path]
        if path in self.broken:
            raise self.broken[path]
        name = self._name(path)
        try:
            source = read_source(path, name)
        except SpecError as exc:
            reason = exc.problems[0].message
            hint = "the path is relative to the file that contains the `$ref`"
            self.broken[path] = _RefError(f"cannot load {name}: {reason}", hint)
            raise self.broken[path] from None
        self.sources[path] = source
        try:
            self.documents[path] = parse_source(source)
        except SpecError as exc:
            self.problems.extend(exc.problems)
            self.broken[path] = _RefError(f"cannot load {name}: it is not valid (see there)")
            raise self.broken[path] from None
        return self.documents[path]

    def _inline(
        self, target: _Target, node: Any, pointer: str, position: str, frame: _Frame
    ) -> Any:
        """A copy of what a path item (or unclassified) `$ref` points to, to put in its place."""
        if target in self.inlining:
            raise _RefError("this `$ref` leads back to itself", "break the loop of references")
        out = frame.out(pointer)
        self.inlined.append((frame.anchor, out, target))
        self.inlining.append(target)
        try:
            inner = _Frame(target.file, frame.anchor, out, target.pointer)
            return self._copy(node, target.pointer, position, inner)
        finally:
            self.inlining.pop()

    def _report(self, file: Path, pointer: str, error: _RefError) -> None:
        source = self.sources[file]
        line = source.line_of(pointer)
        self.problems.append(Problem(source.name, pointer, error.message, line, error.hint))

    def _name(self, path: Path) -> str:
        """A file as shown to users: next to the main file as the user named it."""
        if path == self.main_path:
            return self.main_name
        if not path.is_relative_to(self.folder):  # in a root allowed with --allow-ref-root
            return str(path)
        return str(Path(self.main_name).parent / path.relative_to(self.folder))

    def _assign_names(self, root: dict[str, Any]) -> dict[_Target, str]:
        """Component names: adopted ones first, then by (kind, name, file, pointer)."""
        taken: dict[str, set[str]] = {}
        for kind, section in self.dialect.sections.items():
            existing = resolve_pointer(root, section)
            if isinstance(existing, dict):
                taken[kind] = set(existing)
        names: dict[_Target, str] = {}
        for _, name, target in sorted(self.adoptions, key=lambda item: item[:2]):
            names.setdefault(target, name)
        for target in sorted(self.contents.keys() - names.keys(), key=self._order):
            used = taken.setdefault(target.kind, set())
            name, number = target.base, 2
            while name in used:
                name, number = f"{target.base}{number}", number + 1
            used.add(name)
            names[target] = name
        return names

    def _order(self, target: _Target) -> tuple[str, str, str, str]:
        relative = os.path.relpath(target.file, self.folder).replace(os.sep, "/")
        return target.kind, target.base, relative, target.pointer

    def _component_pointer(self, target: _Target, names: dict[_Target, str]) -> str:
        section = "".join(f"/{token}" for token in self.dialect.sections[target.kind])
        return f"{section}/{escape_pointer_token(names[target])}"

    def _place(self, root: dict[str, Any], names: dict[_Target, str]) -> None:
        """Put each bundled target into its components section (adopted ones replace refs)."""
        for target, name in sorted(names.items(), key=lambda item: (item[0].kind, item[1])):
            parent, tokens = root, self.dialect.sections[target.kind]
            for token in tokens:
                parent = parent.setdefault(token, {}) if isinstance(parent, dict) else None
            if not isinstance(parent, dict):
                where = "/" + tokens[0]
                message = (
                    f"must be a mapping with a `{target.kind}` mapping, to bundle files into"
                    if len(tokens) > 1
                    else "must be a mapping, to bundle files into"
                )
                line = self.sources[self.main_path].line_of(where)
                raise SpecError([Problem(self.main_name, where, message, line)])
            parent[name] = self.contents[target]

    def _origins(self, names: dict[_Target, str]) -> dict[str, tuple[str, str]]:
        """Bundled pointer of each copied subtree -> (file, pointer there)."""
        origins = {
            self._component_pointer(target, names): (self._name(target.file), target.pointer)
            for target in names
        }
        for anchor, out, target in self.inlined:
            prefix = self._component_pointer(anchor, names) if anchor is not None else ""
            origins[prefix + out] = (self._name(target.file), target.pointer)
        return origins
