"""Spec source files: reading and parsing them, and finding the line of a JSON pointer.

Parsing is fast because the parsers do not track positions. Only when a problem has to be
pinned to a line is the file's text scanned (JSON) or composed (YAML), once, and walked to
the pointer. Line lookups never raise: a line that cannot be found is simply `None`.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import yaml

from ..problems import Problem, SpecError, join_pointer, split_pointer

if TYPE_CHECKING:
    BaseYamlLoader = yaml.SafeLoader
else:
    BaseYamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_MAX_EXPANDED_NODES = 5_000_000
_EXPANSION_FLOOR = 100_000  # below this, aliases cannot hurt, however often they repeat
_EXPANSION_RATIO = 10
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
MAX_DEPTH = 128
"""How deeply objects and arrays may nest: real specs stay far below (Svix: under 20)."""
_TOO_DEEP = f"the document nests objects and arrays more than {MAX_DEPTH} levels deep"
_DEPTH_HINT = "give deep inline schemas names under components/schemas and refer to them"
_JSON_HINT = "look just before there for a missing comma, quote or bracket, or a trailing comma"
_FLOW_HINT = "close the { or [ opened there, and quote values inside it that hold , : [ ] { or }"
_YAML_HINT = (
    "check the indentation there and the line above; quote values that contain ': ' or "
    "' #' or start with one of { } [ ] & * ! | > ' \" % @ `"
)
_MERGE_TAG = "tag:yaml.org,2002:merge"
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_JSON_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[{}\[\]]')
_JSON_SCALAR_END = re.compile(r"[\s,\]}]")
_WHITESPACE = re.compile(r"\s*")
_ESCAPED = re.compile(r"\\(?:u[dD][89a-fA-F]|U0000[dD][89a-fA-F])")  # may spell a surrogate
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(slots=True)
class SourceFile:
    """The text of one spec file, with its line index built on first use."""

    name: str  # as shown to users: relative to the working directory when possible
    text: str
    is_json: bool
    _index: _LineIndex | None = field(default=None, repr=False)
    _failed: bool = field(default=False, repr=False)

    def line_of(self, pointer: str) -> int | None:
        """1-based line of the value at `pointer` (of its key, for a member), or None."""
        if self._failed:
            return None
        try:
            if self._index is None:
                self._index = _JsonIndex(self.text) if self.is_json else _YamlIndex(self.text)
            return self._index.line_of(split_pointer(pointer))
        except Exception:  # a lookup only decorates a problem; it must never cause one
            self._failed = self._index is None
            return None


@dataclass(frozen=True, slots=True)
class SpecLocator:
    """Maps pointers in the bundled document back to the file and pointer they came from."""

    main: str
    files: Mapping[str, SourceFile] = field(default_factory=dict)
    # bundled pointer of a copied subtree -> (file name, pointer of that subtree in the file)
    origins: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    # a converted document's pointer of a subtree -> its pointer in the bundled document
    # (a Swagger 2.0 spec is bundled as 2.0, then converted: see `swagger2`)
    renames: Mapping[str, str] = field(default_factory=dict)

    def origin(self, pointer: str) -> tuple[str, str]:
        """(file, pointer in that file) for a pointer in the bundled document."""
        try:
            tokens = split_pointer(pointer)
        except ValueError:
            return self.main, pointer
        if self.renames:
            tokens = _renamed(tokens, self.renames)
            pointer = join_pointer("", *tokens)
        for cut in range(len(tokens), 0, -1):  # the innermost copied subtree wins
            hit = self.origins.get(join_pointer("", *tokens[:cut]))
            if hit is not None:
                return hit[0], join_pointer(hit[1], *tokens[cut:])
        return self.main, pointer

    def locate(self, pointer: str) -> tuple[str, str, int | None]:
        """(file, pointer in that file, 1-based line or None)."""
        file, inner = self.origin(pointer)
        source = self.files.get(file)
        return file, inner, source.line_of(inner) if source is not None else None


def _renamed(tokens: list[str], renames: Mapping[str, str]) -> list[str]:
    """`tokens` with its longest renamed prefix replaced by what it was renamed from."""
    for cut in range(len(tokens), -1, -1):
        hit = renames.get(join_pointer("", *tokens[:cut]))
        if hit is not None:
            return split_pointer(hit) + tokens[cut:]
    return tokens


def read_source(path: Path, name: str) -> SourceFile:
    """The decoded text of a spec file; raises SpecError if it cannot be read."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SpecError([Problem(name, "", "file not found", hint="check the path")]) from None
    except IsADirectoryError:
        raise SpecError([Problem(name, "", "is a directory, not a spec file")]) from None
    except OSError as exc:
        raise SpecError([Problem(name, "", f"cannot read the file: {exc.strerror}")]) from None
    return decode_source(data, name, path)


def decode_source(data: bytes, name: str, path: Path) -> SourceFile:
    """A spec's bytes as text (`path` only tells JSON from YAML by its suffix)."""
    try:
        text = data.decode(_encoding(data))
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        message = f"not valid {exc.encoding.upper()} (byte {exc.start}: {exc.reason})"
        raise SpecError([Problem(name, "", message, line, "save the file as UTF-8")]) from None
    return SourceFile(name, text, _is_json(path, text))


def _encoding(data: bytes) -> str:
    """UTF-8 unless a byte order mark says UTF-16 or UTF-32 (JSON and YAML allow all three)."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return "utf-8-sig"


def _is_json(path: Path, text: str) -> bool:
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return False
    return suffix == ".json" or text.lstrip().startswith("{")


def parse_source(source: SourceFile) -> Any:
    """The document in a source file; raises SpecError (with the parser's line) if invalid."""
    try:
        document = json.loads(source.text) if source.is_json else _load_yaml(source)
    except json.JSONDecodeError as exc:
        message = f"invalid JSON: {exc.msg}"
        problem = Problem(source.name, "", message, exc.lineno, _JSON_HINT, column=exc.colno)
    except yaml.MarkedYAMLError as exc:
        problem = _yaml_problem(source, exc)
    except yaml.YAMLError as exc:
        problem = Problem(source.name, "", f"invalid YAML: {exc}", hint=_YAML_HINT)
    except RecursionError:
        problem = Problem(source.name, "", _TOO_DEEP, hint=_DEPTH_HINT)
    else:
        too_deep = _first_too_deep(document) if isinstance(document, dict | list) else None
        if too_deep is not None:
            pointer = join_pointer("", *too_deep)
            line = source.line_of(pointer)
            problem = Problem(source.name, pointer, _TOO_DEEP, line, _DEPTH_HINT)
        else:
            surrogate = _lone_surrogate(document) if _ESCAPED.search(source.text) else None
            if surrogate is None:
                return document
            pointer, char = join_pointer("", *surrogate[0]), surrogate[1]
            message = f"lone surrogate \\u{ord(char):04x} in text: not valid Unicode"
            hint = "escape a character outside the BMP as a pair (\\ud83d\\ude00), or write it"
            problem = Problem(source.name, pointer, message, source.line_of(pointer), hint)
    raise SpecError([problem])


def _yaml_problem(source: SourceFile, exc: yaml.MarkedYAMLError) -> Problem:
    """A YAML parser error as a problem at its line and column.

    A parser may refuse deep nesting itself (libyaml, under PyYAML 6.0.4, stops at its own
    limit before our depth check sees the document): that is reported as our depth
    problem, at the same pointer, so nothing depends on which layer noticed first.
    """
    name, mark = source.name, exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark is not None else None
    column = mark.column + 1 if mark is not None else None
    reason = ": ".join(part for part in (exc.context, exc.problem) if part) or str(exc)
    if "nesting depth" in reason:
        tokens = _yaml_path_to_depth(source.text)
        if tokens is not None:
            pointer = join_pointer("", *tokens)
            return Problem(name, pointer, _TOO_DEEP, source.line_of(pointer), _DEPTH_HINT)
        return Problem(name, "", _TOO_DEEP, line, _DEPTH_HINT, column=column)
    hint, opened = _YAML_HINT, exc.context_mark
    if opened is not None and mark is not None and opened.line != mark.line:
        reason += f" (it starts at line {opened.line + 1}, column {opened.column + 1})"
    if "flow" in (exc.context or ""):
        hint = _FLOW_HINT
    return Problem(name, "", f"invalid YAML: {reason}", line, hint, column=column)


def _yaml_path_to_depth(text: str) -> list[str] | None:
    """Keys to the first container at depth MAX_DEPTH, read from YAML parser events.

    Events come from a loop, not recursion, and the walk stops at the limit, so this works
    on documents too deep for any parser to build.
    """
    frames: list[_Frame] = []
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.CollectionEndEvent):
                frames.pop()
            elif isinstance(event, yaml.NodeEvent):
                top = frames[-1] if frames else None
                if top is not None and top.awaiting_key:
                    top.key, top.awaiting_key = str(getattr(event, "value", "")), False
                    continue
                token = top.next_token() if top is not None else None
                if isinstance(event, yaml.CollectionStartEvent):
                    path = [f.token for f in frames[1:]] + ([token] if token is not None else [])
                    if len(path) == MAX_DEPTH:
                        return path
                    mapping = isinstance(event, yaml.MappingStartEvent)
                    frames.append(_Frame(token or "", mapping, awaiting_key=mapping))
    except yaml.YAMLError:
        return None
    return None


@dataclass(slots=True)
class _Frame:
    """An open YAML collection while walking parser events."""

    token: str  # its key or index in the parent
    mapping: bool
    awaiting_key: bool
    key: str = ""
    index: int = 0

    def next_token(self) -> str:
        """The token of the value that starts now (and, in a mapping, await the next key)."""
        if self.mapping:
            self.awaiting_key = True
            return self.key
        self.index += 1
        return str(self.index - 1)


def _lone_surrogate(document: Any) -> tuple[list[str], str] | None:
    """(keys to, character) of the first string holding half a surrogate pair, or None.

    JSON and YAML escapes can spell one (`"\\ud800"`); no UTF-8 file can hold it, so it
    would only fail later, while the SDK is being written.
    """
    stack: list[tuple[Any, list[str]]] = [(document, [])]
    while stack:
        node, tokens = stack.pop()
        if isinstance(node, str):
            found = _SURROGATE.search(node)
            if found:
                return tokens, found.group()
        elif isinstance(node, dict | list):
            items = list(node.items()) if isinstance(node, dict) else list(enumerate(node))
            for key, value in reversed(items):
                found = _SURROGATE.search(key) if isinstance(key, str) else None
                if found:
                    return [*tokens, key], found.group()
                stack.append((value, [*tokens, str(key)]))
    return None


def _first_too_deep(document: Any) -> list[str] | None:
    """The keys down to the first value nested deeper than MAX_DEPTH, or None.

    Every later stage walks schemas recursively; bounding the depth here, without
    recursion, is what keeps a hostile document from ending in a RecursionError.
    """
    level, containers = [document], (dict, list)
    for _ in range(MAX_DEPTH):  # level by level: one list comprehension per container
        level = [
            child
            for node in level
            for child in (node.values() if type(node) is dict else node)
            if type(child) in containers
        ]
        if not level:
            return None
    return _path_to_depth(document)


def _path_to_depth(document: Any) -> list[str]:
    """Keys to the first container found at depth MAX_DEPTH (one is known to exist)."""
    stack: list[tuple[Any, list[str]]] = [(document, [])]
    while stack:
        node, tokens = stack.pop()
        if len(tokens) == MAX_DEPTH:
            return tokens
        items = node.items() if isinstance(node, dict) else enumerate(node)
        stack.extend(
            (value, [*tokens, str(key)]) for key, value in items if isinstance(value, dict | list)
        )
    return []


class _SpecYamlLoader(BaseYamlLoader):
    """A safe loader that keeps mapping keys as written and dates as strings.

    OpenAPI keys are strings (`200:` means "200", `on:` means "on") and JSON has no dates, so
    YAML 1.1 turning plain keys into ints or booleans, and plain dates into `datetime.date`
    values, would only get in the way.
    """

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Hashable, Any]:
        self.flatten_mapping(node)
        mapping: dict[Hashable, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise yaml.constructor.ConstructorError(
                    None, None, "mapping keys must be strings", key_node.start_mark
                )
            mapping[key_node.value] = self.construct_object(value_node, deep=deep)
        return mapping


_SpecYamlLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP_TAG]
    for first, resolvers in BaseYamlLoader.yaml_implicit_resolvers.items()
}


def _load_yaml(source: SourceFile) -> Any:
    """Compose, refuse alias bombs, then construct: the same work as `yaml.load`."""
    loader = _SpecYamlLoader(source.text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        if "*" in source.text:  # no alias without an asterisk
            _check_aliases(node, source.name)
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _check_aliases(root: yaml.Node, name: str) -> None:
    """Refuse documents whose aliases expand far beyond what is written ("billion laughs")."""
    written, expanded = _expanded_size(root)
    if expanded < 0:
        message = "a YAML alias refers to a node that contains it (a recursive document)"
        raise SpecError([Problem(name, "", message, hint="use a `$ref` instead of an alias")])
    too_many = expanded > _MAX_EXPANDED_NODES or (
        expanded > _EXPANSION_FLOOR and expanded > _EXPANSION_RATIO * written
    )
    if too_many:
        message = f"YAML aliases expand too much ({written} nodes written, over {expanded} used)"
        hint = "repeat less through aliases (`*name`); use `$ref` to share large parts"
        raise SpecError([Problem(name, "", message, hint=hint)])


def _expanded_size(root: yaml.Node) -> tuple[int, int]:
    """(distinct nodes, nodes once aliases are expanded), or expanded -1 for a cycle."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key, children = id(node), _node_children(node)
        if finished:
            open_nodes.discard(key)
            total = 1 + sum(sizes[id(child)] for child in children)
            sizes[key] = min(total, _MAX_EXPANDED_NODES + 1)
        elif key in open_nodes:  # still being expanded: reached from inside itself
            return len(sizes), -1
        elif key not in sizes:
            open_nodes.add(key)
            stack.append((node, True))
            stack.extend((child, False) for child in children)
    return len(sizes), sizes[id(root)]


def _node_children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


class _LineIndex(Protocol):
    def line_of(self, tokens: list[str]) -> int | None: ...


class _JsonIndex:
    """Where each JSON container ends, so that a lookup skips whole siblings at once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.close: dict[int, int] = {}
        opened: list[int] = []
        for match in _JSON_TOKEN.finditer(text):
            char = text[match.start()]
            if char in "{[":
                opened.append(match.start())
            elif char in "}]" and opened:
                self.close[opened.pop()] = match.start()

    def line_of(self, tokens: list[str]) -> int | None:
        """Line of the member's key (objects) or of the item (arrays) that `tokens` names."""
        line_at = value_at = self._skip(0)
        for token in tokens:
            found = self._child(value_at, token)
            if found is None:
                return None
            line_at, value_at = found
        return self.text.count("\n", 0, line_at) + 1

    def _skip(self, pos: int) -> int:
        match = _WHITESPACE.match(self.text, pos)
        return match.end() if match else pos

    def _value_end(self, pos: int) -> int:
        char = self.text[pos]
        if char in "{[":
            return self.close[pos] + 1
        if char == '"':
            match = _JSON_STRING.match(self.text, pos)
            return match.end() if match else len(self.text)
        scalar_end = _JSON_SCALAR_END.search(self.text, pos)
        return scalar_end.start() if scalar_end else len(self.text)

    def _next(self, pos: int) -> int:
        """From the end of a value to the start of the next member or item."""
        pos = self._skip(pos)
        return self._skip(pos + 1) if self.text[pos] == "," else pos

    def _child(self, pos: int, token: str) -> tuple[int, int] | None:
        char = self.text[pos]
        if char == "{":
            return self._member(pos, token)
        if char == "[" and token.isdigit():
            return self._item(pos, int(token))
        return None

    def _member(self, pos: int, token: str) -> tuple[int, int] | None:
        end, found = self.close[pos], None
        pos = self._skip(pos + 1)
        while pos < end:
            key = _JSON_STRING.match(self.text, pos)
            if key is None:
                return None
            value_at = self._skip(self._skip(key.end()) + 1)
            raw = key.group()
            if (json.loads(raw) if "\\" in raw else raw[1:-1]) == token:
                found = (key.start(), value_at)  # keep looking: the last duplicate wins
            pos = self._next(self._value_end(value_at))
        return found

    def _item(self, pos: int, index: int) -> tuple[int, int] | None:
        end = self.close[pos]
        pos = self._skip(pos + 1)
        for _ in range(index):
            if pos >= end:
                return None
            pos = self._next(self._value_end(pos))
        return (pos, pos) if pos < end else None


class _YamlIndex:
    """The composed node tree of a YAML file; node marks carry the lines."""

    def __init__(self, text: str) -> None:
        self.root = yaml.compose(text, Loader=BaseYamlLoader)

    def line_of(self, tokens: list[str]) -> int | None:
        """Line of the member's key (mappings) or of the item (sequences) that `tokens` names."""
        node = self.root
        if node is None:
            return None
        line = node.start_mark.line
        for token in tokens:
            found = _yaml_child(node, token)
            if found is None:
                return None
            line, node = found
        return line + 1


def _yaml_child(node: yaml.Node, token: str) -> tuple[int, yaml.Node] | None:
    if isinstance(node, yaml.SequenceNode):
        items: list[yaml.Node] = node.value
        if token.isdigit() and int(token) < len(items):
            item = items[int(token)]
            return item.start_mark.line, item
        return None
    if not isinstance(node, yaml.MappingNode):
        return None
    pairs: list[tuple[yaml.Node, yaml.Node]] = node.value
    for key, value in reversed(pairs):  # the last duplicate wins, as when loading
        if isinstance(key, yaml.ScalarNode) and key.tag != _MERGE_TAG and key.value == token:
            return key.start_mark.line, value
    for key, value in pairs:  # keys merged in with `<<: *anchor`
        if key.tag == _MERGE_TAG:
            merged = value.value if isinstance(value, yaml.SequenceNode) else [value]
            for source in merged:
                found = _yaml_child(source, token)
                if found is not None:
                    return found
    return None
