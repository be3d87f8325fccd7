"""Template contexts for the client class and the resource modules."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import ir, naming
from .pyview import BUILTIN_TYPES, Imports, TypeWriter
from .views import definitions_by_name
from .views_deprecated import OPTIONAL_NONE_LOCATIONS as _OPTIONAL_NONE_LOCATIONS
from .views_deprecated import deprecation
from .views_request import RequestView, request_view

REQUEST_OPTIONS_DOC = "Per-call overrides: timeout, max_retries, extra headers, query or body."


@dataclass
class ParamView:
    name: str
    annotation: str
    default: str | None  # None: required

    @property
    def line(self) -> str:
        """`name: annotation = default`, as the signature shows it."""
        default = "" if self.default is None else f" = {self.default}"
        return f"{self.name}: {self.annotation}{default}"


@dataclass
class OverloadView:
    decorators: list[str]
    params: list[ParamView]


@dataclass
class OperationView:
    name: str
    async_name: str
    builder: str  # `_name_request`: the module-level function that builds its Request
    params: list[ParamView]
    doc: list[str]  # docstring lines (already escaped), to be indented by the template
    request: RequestView
    returns: str
    cast_to: str
    pager_args: list[tuple[str, str]] | None  # next page's (argument, value), if paginated
    deprecated: bool
    decorators: list[str]  # `@deprecated("...")` (PEP 702) for a deprecated operation
    param_warnings: list[tuple[str, str]]  # (condition, message literal) per deprecated param
    async_returns: str = ""  # when it differs from `returns` (a stream)
    # without and with the deprecated parameters: checkers report calls passing them
    overloads: list[OverloadView] = field(default_factory=list)
    typed_raw: bool = False  # the raw twin is declared for type checkers (deprecations)


@dataclass
class ResourceView:
    class_name: str
    doc: str
    imports: str
    operations: list[OperationView]
    bases: str = "BaseResource"  # the user's hook class first, when the config names one

    @property
    def raw_typed(self) -> list[OperationView]:
        """Operations whose raw twins are declared under TYPE_CHECKING (deprecations)."""
        return [op for op in self.operations if op.typed_raw]


def resource_modules(
    api: ir.Api, definitions: dict[str, ir.Definition] | None = None
) -> dict[str, ResourceView]:
    """The view of every resource module, by resource name. The definitions are indexed
    once (`definitions`, from `definitions_by_name`, when the caller has them): per
    resource, that index was most of the time on APIs of many small resources."""
    defs = definitions if definitions is not None else definitions_by_name(api)
    return {r.name: resource_module(api, r, defs) for r in api.resources}


def resource_module(
    api: ir.Api, resource: ir.Resource, defs: dict[str, ir.Definition]
) -> ResourceView:
    imports = Imports()
    methods = {n for op in resource.operations for n in (op.name, op.async_name)}
    writer = TypeWriter(defs, imports, "", "..models.", "..", frozenset(methods & BUILTIN_TYPES))
    imports.add(".._types", "RequestOptions")
    imports.add(".._base_client", "Request")
    imports.add(".._resource", "BaseResource")
    imports.add(".._resource", "to_raw")
    imports.add(".._resource", "to_raw_async")
    imports.add("functools", "cached_property")
    imports.add("typing", "cast")
    ops = [_operation(op, writer, imports, defs) for op in resource.operations]
    if any(op.typed_raw for op in ops):
        imports.add_type_only(".._response", "RawResponse")
    if any(op.params for op in ops):
        imports.add("typing", "Any")
    if any(p.default == "NOT_GIVEN" for op in ops for p in op.params):
        imports.add(".._types", "NOT_GIVEN")
        imports.add(".._types", "NotGiven")
    # TypedDicts are only annotations: import them for type checkers, not at run time.
    for module, names in list(imports.local.items()):
        params = {n for n in names if n.endswith("Param") and n[:-5] in defs}
        if params:
            imports.local[module] -= params
            if not imports.local[module]:
                del imports.local[module]
            for n in params:
                imports.add_type_only(module, n)
    doc = naming.docstring_body(resource.description or f"Operations on {resource.title}.")
    if imports.has_type_only():
        imports.add("typing", "TYPE_CHECKING")
    bases = _bases(resource.extends, imports)
    return ResourceView(resource.class_name, doc, imports.text(), ops, bases)


def _bases(extends: str, imports: Imports) -> str:
    """The resource class's bases: the config's hook class (imported under a private
    alias, so it cannot shadow a model of the same name), then `BaseResource`."""
    if not extends:
        return "BaseResource"
    module, cls = extends.split(":")
    alias = f"_{cls}"
    if module.startswith("."):  # inside the SDK package; resources/ is one level down
        imports.add("." + module, f"{cls} as {alias}")
    else:
        imports.third_party[module].add(f"{cls} as {alias}")
    return f"{alias}, BaseResource"


def _operation(
    op: ir.Operation, writer: TypeWriter, imports: Imports, defs: dict[str, ir.Definition]
) -> OperationView:
    params = [_param(p, writer) for p in op.params]
    returns, cast_to = _result(op, writer, imports)
    marks = deprecation(op, imports)
    overloads = []
    if marks.overloaded:
        clean = [p for p in params if p.name not in marks.overloaded]
        flagged = [marks.overload_decorator] if marks.overload_decorator else []
        overloads = [OverloadView([], clean), OverloadView(flagged, params)]
    pager_args = None
    if op.pagination is not None and op.pagination.style != "link":  # the runtime follows links
        pager_args = [(p.name, _pager_value(p, op.pagination)) for p in op.params]
    return OperationView(
        name=op.name,
        async_name=op.async_name,
        builder=f"_{op.name}_request",
        params=params,
        doc=_doc(op, returns),
        request=request_view(op, writer, imports, defs),
        returns=returns,
        cast_to=cast_to,
        pager_args=pager_args,
        deprecated=op.deprecated,
        decorators=marks.decorators,
        param_warnings=marks.param_warnings,
        async_returns=_async_result(op, returns, imports),
        overloads=overloads,
        typed_raw=marks.typed_raw,
    )


def _pager_value(p: ir.Param, pagination: ir.Pagination) -> str:
    """One argument of the call that fetches the next page: the same, but for the cursor."""
    if p.name != pagination.cursor_param:
        return p.name
    if pagination.style in ("page", "offset"):  # the cursor is a step from this request's value
        return f"({p.name} if isinstance({p.name}, int) else {pagination.start}) + int(cursor)"
    return "cursor"


def _param(p: ir.Param, writer: TypeWriter) -> ParamView:
    if p.required:
        return ParamView(p.name, writer.annotation(p.type, "input"), None)
    if p.location in _OPTIONAL_NONE_LOCATIONS:
        return ParamView(p.name, writer.annotation(p.type, "input", "None"), "None")
    return ParamView(p.name, writer.annotation(p.type, "input", "NotGiven"), "NOT_GIVEN")


def _result(op: ir.Operation, writer: TypeWriter, imports: Imports) -> tuple[str, str]:
    result = op.result
    if result is None or result.kind == "empty" or result.type is None:
        return "None", "None"
    if op.pagination is not None and op.pagination.style == "link":
        imports.add(".._models", "LinkPage")
        item = op.pagination.item_type
        plain, parsed = writer.annotation(item, "plain"), writer.annotation(item)
        return f"LinkPage[{plain}]", f"LinkPage[{parsed}]"
    if result.kind == "binary":
        return writer.annotation(ir.Primitive("bytes")), "bytes"
    if result.kind == "text":
        return writer.annotation(ir.Primitive("str")), "str"
    if result.kind == "sse":
        imports.add(".._streaming", "Stream")
        return f"Stream[{writer.annotation(result.type, 'plain')}]", writer.annotation(result.type)
    # the method's annotation and cast() need a plain type; parsing needs the discriminator
    return writer.annotation(result.type, "plain"), writer.annotation(result.type)


def _async_result(op: ir.Operation, returns: str, imports: Imports) -> str:
    """The async twin's return type: an `AsyncStream` where the sync method's is a `Stream`."""
    if op.result is None or op.result.kind != "sse":
        return returns
    imports.add(".._streaming", "AsyncStream")
    return "Async" + returns


def _doc(op: ir.Operation, returns: str) -> list[str]:
    lines: list[str] = []
    summary = naming.docstring_body(op.summary) or naming.docstring_body(
        f"{op.http_method} {op.path}"
    )
    lines.extend(summary.split("\n"))
    description = naming.docstring_body(op.description)
    if description and description != summary:
        lines += ["", *description.split("\n")]
    if op.deprecated:
        lines += ["", "Deprecated: this operation may be removed in a future version of the API."]
    documented = [p for p in op.params if p.description or p.deprecated]
    lines += ["", "Args:"]
    for p in documented:
        text = naming.docstring_body(("Deprecated. " if p.deprecated else "") + p.description)
        first, *rest = text.split("\n")
        lines.append(f"    {p.name}: {first}".rstrip())
        lines.extend(f"        {line}".rstrip() for line in rest)
    lines.append(f"    request_options: {REQUEST_OPTIONS_DOC}")
    if returns != "None":
        lines += ["", "Returns:", f"    {naming.docstring_body(returns)}"]
    return lines


@dataclass
class CredentialView:
    arg: str
    password_arg: str | None
    env_var: str  # literal
    password_env_var: str | None  # literal
    key: str  # literal
    kind: str  # literal
    location: str  # literal
    wire_name: str  # literal
    value: str  # expression
    # OAuth2 client credentials: (argument, environment variable literal) of ID and secret
    client_id: tuple[str, str] | None = None
    client_secret: tuple[str, str] | None = None
    token_url: str | None = None  # literal


@dataclass
class ResourceLink:
    name: str
    class_name: str
    module: str
    doc: str


@dataclass
class ClientView:
    class_name: str
    doc: list[str]
    init_doc: list[str]
    base_url: str  # literal
    base_url_env: str
    log_env: str  # e.g. SVIX_LOG: `debug` or `info` turns on the SDK's logging
    servers: list[str]  # literals
    credentials: list[CredentialView]
    resources: list[ResourceLink]
    fetches_tokens: bool = False  # an OAuth2 scheme with a client credentials flow


def client_view(api: ir.Api) -> ClientView:
    package = api.package
    credentials = [_credential(s) for s in api.security_schemes]
    title = naming.docstring_body(api.title)
    doc = [f"Client for the {title}."]
    if api.resources:
        example = api.resources[0].name
        doc += ["", f"Every operation is a method of a namespace (`client.{example}`), with an"]
        doc += ["async twin prefixed by `a` and a `.raw` variant returning the HTTP response."]
    init_doc = [
        "Create a client; connections are pooled until `close()` / `aclose()`.",
        "",
        "Args:",
    ]
    for scheme in api.security_schemes:
        what = {"bearer": "Bearer token", "basic": "user name", "api_key": "API key"}[scheme.kind]
        if scheme.kind == "api_key":  # three keys at once read better with where each goes
            where = "query parameter" if scheme.location == "query" else scheme.location
            what += f" sent in the `{naming.docstring_body(scheme.wire_name)}` {where}"
        init_doc.append(
            f"    {scheme.arg_name}: {what} (default: ${naming.docstring_body(scheme.env_var)})."
        )
        if scheme.password_arg:
            init_doc.append(
                f"    {scheme.password_arg}: password (default: ${scheme.password_env_var})."
            )
        flow = scheme.client_credentials
        if flow is not None:
            init_doc += [
                f"    {flow.client_id_arg}: OAuth2 client ID (default: ${flow.client_id_env_var}).",
                f"    {flow.client_secret_arg}: OAuth2 client secret"
                f" (default: ${flow.client_secret_env_var}).",
                "        With both and no token, the client fetches its own tokens.",
            ]
    env = naming.env_var_name(package.client_class, "base_url")
    init_doc += [
        f"    base_url: where to send requests (default: ${env}, else DEFAULT_BASE_URL).",
        "    timeout: seconds per request, or an `httpx.Timeout`.",
        "    max_retries: retries of failed requests that are safe to repeat.",
        "    default_headers: headers sent with every request.",
        "    http_client: an `httpx.Client` to send sync requests with.",
        "    async_http_client: an `httpx.AsyncClient` to send async requests with.",
        "    max_connections: connections open at once, and calls in flight at once (the",
        "        others wait their turn, outside their timeout).",
        "    max_keepalive_connections: idle connections kept open for later calls.",
        "    strict_response_validation: raise `ApiResponseValidationError` when a response",
        "        does not match the documented type, instead of keeping what was sent.",
    ]
    resources = [
        ResourceLink(
            r.name,
            r.class_name,
            r.module,
            naming.docstring_body(
                r.description.split("\n")[0] if r.description else f"{r.title} operations."
            ),
        )
        for r in api.resources
    ]
    return ClientView(
        class_name=package.client_class,
        doc=doc,
        init_doc=init_doc,
        base_url=naming.py_str(api.base_url),
        base_url_env=env,
        log_env=naming.env_var_name(package.client_class, "log"),
        servers=[naming.py_str(s.url) for s in api.servers],
        credentials=credentials,
        resources=resources,
        fetches_tokens=any(c.client_id for c in credentials),
    )


def _credential(scheme: ir.SecurityScheme) -> CredentialView:
    if scheme.kind == "basic":
        # A user name alone is a credential (Stripe-style keys: the password is empty).
        value = (
            f'({scheme.arg_name}, {scheme.password_arg} or "") '
            f"if {scheme.arg_name} is not None else None"
        )
    else:
        value = scheme.arg_name
    flow = scheme.client_credentials
    return CredentialView(
        arg=scheme.arg_name,
        password_arg=scheme.password_arg,
        env_var=naming.py_str(scheme.env_var),
        password_env_var=(
            naming.py_str(scheme.password_env_var) if scheme.password_env_var else None
        ),
        key=naming.py_str(scheme.key),
        kind=naming.py_str(scheme.kind),
        location=naming.py_str(scheme.location),
        wire_name=naming.py_str(scheme.wire_name),
        value=value,
        client_id=((flow.client_id_arg, naming.py_str(flow.client_id_env_var)) if flow else None),
        client_secret=(
            (flow.client_secret_arg, naming.py_str(flow.client_secret_env_var)) if flow else None
        ),
        token_url=naming.py_str(flow.token_url) if flow else None,
    )
