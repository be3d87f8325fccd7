"""Render: the IR in, the text of every file of the SDK project out (not yet formatted).

Templates live in `templates/` (shipped inside the package as `generator.templates`);
they only lay text out. The Jinja environment is strict (an undefined variable is an
error, not an empty string) and has no autoescaping: every value templates print was
escaped for its target language by `naming` before it got here.
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import sys
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import jinja2

from . import ir, naming
from .cache import cache_dir
from .format import layout
from .format.text import lay_out
from .parallel import Beside
from .python.views import definitions_by_name, model_module
from .python.views_api import ResourceView, client_view, resource_modules
from .python.views_webhooks import webhooks_view
from .runtime import runtime_sources


def templates_dir() -> Path:
    """The templates folder: the repository's when running from a checkout, else the package's."""
    checkout = Path(__file__).resolve().parent.parent / "templates"
    if (checkout / "sdk").is_dir():
        return checkout
    installed = Path(__file__).resolve().parent / "templates"
    if (installed / "sdk").is_dir():
        return installed
    # `generator.templates` has no __init__.py: files() may be a MultiplexedPath, whose
    # str() is its repr, not a path.
    found = resources.files("generator.templates")
    return Path(str(found / "sdk")).parent


Overrides = tuple[tuple[str, str], ...]  # (template name, text) replacing built-ins


def builtin_templates() -> list[str]:
    """The names of the templates `generate` renders (`sdk/resource.py.jinja`, ...), sorted:
    the ones a user may override. (`scaffold/` belongs to `sdkgen init`.)"""
    root = templates_dir()
    names = (p.relative_to(root).as_posix() for p in root.rglob("*.jinja"))
    return sorted(n for n in names if not n.startswith("scaffold/"))


def unknown_templates(overrides: Overrides) -> list[tuple[str, str]]:
    """(override, the built-in name it was probably meant to be) for each override that
    replaces no template: a misspelt name would otherwise be ignored without a word."""
    if not overrides:  # the usual run: no walk of the templates folder
        return []
    known = builtin_templates()
    result: list[tuple[str, str]] = []
    for name, _ in overrides:
        if name not in known:
            close = difflib.get_close_matches(name, known, n=1)
            result.append((name, close[0] if close else ""))
    return result


@functools.lru_cache(maxsize=4)
def environment(overrides: Overrides = ()) -> jinja2.Environment:
    """The Jinja environment; `overrides` ((name, text) pairs) replace built-in templates.

    An override may build on the template it replaces: `builtin/<name>` always loads
    sdkgen's own (`{% include "builtin/project/README.md.jinja" %}`).
    """
    return _environment(overrides, write_installed=not sys.dont_write_bytecode)


def _environment(overrides: Overrides, write_installed: bool) -> jinja2.Environment:
    builtin = jinja2.FileSystemLoader(str(templates_dir()))
    loader = jinja2.ChoiceLoader(
        [jinja2.DictLoader(dict(overrides)), builtin, jinja2.PrefixLoader({"builtin": builtin})]
    )
    env = jinja2.Environment(
        loader=loader,
        autoescape=False,  # output is Python and Markdown, escaped for each by `naming`
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=_bytecode_cache(builtin_only=not overrides, write_installed=write_installed),
        # Templates do not change during a run: no `stat` of the file at each of the
        # thousands of `get_template` calls (one per generated file).
        auto_reload=False,
    )
    env.filters["pystr"] = naming.py_str
    env.filters["pydoc"] = naming.docstring_body
    env.filters["toml"] = naming.toml_str
    env.filters["docstring"] = docstring
    env.filters["layout"] = layout.render
    env.globals["import_from"] = layout.import_from
    env.globals["class_header"] = class_header
    return env


class _QuietBytecodeCache(jinja2.FileSystemBytecodeCache):
    """Jinja's file cache of compiled templates, which never fails a run.

    Compiling the templates takes ~0.2 s, a third of a whole generation; loading them
    compiled takes 10 ms. Jinja checks each entry against the template's source and the
    Python version, and writes entries atomically, so a stale or concurrent cache is safe.
    """

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, ValueError, EOFError):
            bucket.reset()

    def __init__(self, directory: str, writable: bool = True) -> None:
        super().__init__(directory)
        self._writable = writable

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if not self._writable:
            return
        with contextlib.suppress(OSError):  # a read-only cache folder only costs speed
            super().dump_bytecode(bucket)


class _LayeredBytecodeCache(jinja2.BytecodeCache):
    """Compiled templates looked up in each cache in turn; a template found in a later
    one, or compiled, is written to the earlier ones."""

    def __init__(self, caches: list[jinja2.BytecodeCache]) -> None:
        self._caches = caches

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        for index, cache in enumerate(self._caches):
            cache.load_bytecode(bucket)
            if bucket.code is not None:
                for earlier in self._caches[:index]:
                    earlier.dump_bytecode(bucket)
                return

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        for cache in self._caches:
            cache.dump_bytecode(bucket)


def installed_cache_dir(create: bool) -> Path | None:
    """The compiled built-in templates kept beside them, as Python keeps a module's
    bytecode in `__pycache__` beside it: written by the first run that may write there,
    then read by every run, whatever the user cache holds. None when the folder does not
    exist and is not to be made (or cannot be)."""
    folder = _installed_folder()
    if not folder.is_dir():
        if not create:
            return None
        try:
            folder.mkdir(exist_ok=True)
        except OSError:
            return None
    return folder


def _installed_folder() -> Path:
    return templates_dir() / "__pycache__"


def precompile_templates() -> None:
    """Compile every built-in template into `installed_cache_dir()`, even where Python is
    told not to write bytecode: what `compileall` is to modules (`make setup` and the
    benchmarks run it, as `pip install` compiles modules)."""
    env = _environment((), write_installed=True)
    for name in builtin_templates():
        env.get_template(name)


def _bytecode_cache(builtin_only: bool, write_installed: bool) -> jinja2.BytecodeCache | None:
    """Where compiled templates are kept: beside the built-in templates (only when no
    user template overrides one: a user's templates are not the install's business),
    then in the user cache."""
    caches: list[jinja2.BytecodeCache] = []
    installed = installed_cache_dir(create=write_installed) if builtin_only else None
    if installed is not None:
        caches.append(_QuietBytecodeCache(str(installed), writable=write_installed))
    user = cache_dir("templates")
    if user is not None:
        caches.append(_QuietBytecodeCache(str(user)))
    if not caches:
        return None
    return caches[0] if len(caches) == 1 else _LayeredBytecodeCache(caches)


def class_header(name: str, bases: str) -> str:
    """`class Name(Bases):`, split the way black splits it when the name is long."""
    return layout.render(layout.call(f"class {name}(", [bases], "):"))


def docstring(lines: list[str], indent: int) -> str:
    """Triple-quoted docstring from escaped lines, continuation lines indented.

    The text is laid out as black normalizes docstrings (PEP 257 trimming): the first
    line stripped, the common indentation of the others removed, and a space between a
    quote and the delimiter it would touch.
    """
    lines = [line for text in lines for line in text.split("\n")]
    if not lines:
        return '""""""'
    first = lines[0].strip()
    if first.startswith('"'):
        first = " " + first
    if len(lines) == 1:
        return f'"""{first} """' if first.endswith('"') else f'"""{first}"""'
    rest = [line.rstrip() for line in lines[1:]]
    common = min((len(line) - len(line.lstrip(" ")) for line in rest if line), default=0)
    pad = " " * indent
    body = "\n".join(pad + line[common:] if line else "" for line in rest)
    return f'"""{first}\n{body}\n{pad}"""'


def render_sdk(api: ir.Api) -> dict[str, str]:
    """Relative path -> content of every file of the generated project."""
    with rendering(api, lambda docs: None) as (files, docs):
        files.update(docs.result()[0])
    return dict(sorted(files.items()))


R = TypeVar("R")


@contextlib.contextmanager
def rendering(
    api: ir.Api,
    beside: Callable[[dict[str, str]], R],
    templates: Overrides = (),
) -> Iterator[tuple[dict[str, str], Beside[tuple[dict[str, str], R]]]]:
    """(the code's files, (the docs' files, what `beside(docs' files)` returns) to come):
    the docs, then `beside`, run in a forked process while the caller formats the code
    (see `parallel`); on large APIs each half takes seconds. `templates` replace built-in
    templates by name."""
    env = environment(templates)
    definitions = definitions_by_name(api)
    resource_views = resource_modules(api, definitions)

    def others() -> tuple[dict[str, str], R]:
        from .docs import render_docs  # imported in the forked process that needs it

        files = render_docs(api, env, resource_views)
        return files, beside(files)

    with Beside(others) as docs:
        yield _render_code(api, env, resource_views, definitions), docs


def _render_code(
    api: ir.Api,
    env: jinja2.Environment,
    resource_views: dict[str, ResourceView],
    definitions: dict[str, ir.Definition],
) -> dict[str, str]:
    pkg = api.package.package_name
    files: dict[str, str] = {}

    def put(path: str, template: str, **context: Any) -> None:
        text = env.get_template(template).render(package=api.package, **context)
        files[path] = lay_out(text) if path.endswith(".py") else text

    for name, text in runtime_sources().items():  # the same in every SDK, byte for byte
        files[f"{pkg}/{name}"] = text
    client = client_view(api)  # the client module and the smoke test show the same client
    put(f"{pkg}/_sdk.py", "sdk/sdk.py.jinja")
    put(f"{pkg}/__init__.py", "sdk/package_init.py.jinja", package_doc=_package_doc(api))
    put(f"{pkg}/_client.py", "sdk/client.py.jinja", client=client)
    files[f"{pkg}/py.typed"] = ""
    first = api.resources[0].name if api.resources else "example"
    put(f"{pkg}/resources/__init__.py", "sdk/resources_init.py.jinja", first=first)
    for resource in api.resources:
        put(
            f"{pkg}/resources/{resource.module}.py",
            "sdk/resource.py.jinja",
            view=resource_views[resource.name],
        )
    exports = _exports(api)
    put(f"{pkg}/models/__init__.py", "sdk/models_init.py.jinja", api=api, exports=exports)
    for module, names in api.module_groups:
        doc = naming.docstring_body(_module_doc(api, names))
        put(
            f"{pkg}/models/{module}.py",
            "sdk/model_module.py.jinja",
            view=model_module(api, module, names, definitions),
            module_doc=doc,
        )
    if api.webhooks:
        put(f"{pkg}/webhooks.py", "sdk/webhooks.py.jinja", view=webhooks_view(api))
    description = f"Python SDK for the {api.title}"
    put("pyproject.toml", "project/pyproject.toml.jinja", description=description)
    put("tests/test_smoke.py", "project/tests/test_smoke.py.jinja", client=client)
    from .testsuite import render_tests  # it needs the docs' example calls: load them late

    # The tests' example calls are long (literal bodies): laid out here, black would get
    # four fifths of the statements it formats (Svix: 48 of 122, 38 of 46 KB).
    tests = render_tests(api, env)
    files.update({p: lay_out(t) if p.endswith(".py") else t for p, t in tests.items()})
    return files


def _exports(api: ir.Api) -> list[tuple[str, list[str]]]:
    """(module, names) for each models module: its definitions, their TypedDicts and value
    aliases."""
    inputs = {m.name for m in api.models if m.is_input and not m.type_params}
    value_aliases = {e.name: e.values_alias for e in api.enums}
    exports = []
    for module, names in api.module_groups:
        exported = []
        for name in names:
            exported.append(name)
            if name in inputs:
                exported.append(name + "Param")
            if name in value_aliases:
                exported.append(value_aliases[name])
        exports.append((module, sorted(exported)))
    return exports


def _package_doc(api: ir.Api) -> str:
    title = naming.docstring_body(api.title)
    client = api.package.client_class
    return f"Python SDK for the {title}.\n\nStart with `{client}(...)`; see README.md."


def _module_doc(api: ir.Api, names: tuple[str, ...]) -> str:
    return (
        "The " + ", ".join(f"`{n}`" for n in names) + (" model." if len(names) == 1 else " models.")
    )
