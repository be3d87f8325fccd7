"""The intermediate representation: what the SDK is, independent of how files look.

The IR is the contract between understanding a spec (loader, normalizer, builder) and
writing files (render). Every value is frozen, every name is final (already a valid,
escaped Python identifier), every collection is sorted deterministically. Types are small
trees (`TypeRef`) that a renderer turns into annotations for its target language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from . import naming

# ---------------------------------------------------------------------------------------
# Types
# ---------------------------------------------------------------------------------------

PrimitiveName = Literal[
    "str",
    "int",
    "float",
    "bool",
    "datetime",
    "date",
    "time",
    "duration",
    "uuid",
    "bytes",
    "any",
    "none",
]


@dataclass(frozen=True, slots=True)
class Primitive:
    """A built-in scalar (or `any` for unconstrained JSON)."""

    name: PrimitiveName


@dataclass(frozen=True, slots=True)
class Named:
    """A reference to a generated model, enum or type alias, by class name."""

    name: str
    args: tuple[TypeRef, ...] = ()  # type arguments of a generic model


@dataclass(frozen=True, slots=True)
class TypeParam:
    """A type variable inside a generic model (`T` in `ListResponse[T]`)."""

    name: str


@dataclass(frozen=True, slots=True)
class ListOf:
    item: TypeRef


@dataclass(frozen=True, slots=True)
class TupleOf:
    """A JSON array whose positions have their own types (`prefixItems`).

    `rest` is the type of any items after them; None means there are none (`items:
    false`, or `maxItems` no more than the positions), which makes a fixed-length tuple.
    """

    items: tuple[TypeRef, ...]
    rest: TypeRef | None = None


@dataclass(frozen=True, slots=True)
class DictOf:
    """A JSON object used as a map with string keys (`additionalProperties`)."""

    value: TypeRef


@dataclass(frozen=True, slots=True)
class LiteralOf:
    """A fixed set of JSON scalars (`const`, single-value enums used as tags)."""

    values: tuple[str | int | float | bool, ...]


@dataclass(frozen=True, slots=True)
class Discriminator:
    """How to pick a union member: the wire property and, per value, the member name."""

    wire_name: str
    python_name: str | None  # the members' attribute (and TypedDict key) for the tag
    mapping: tuple[tuple[str, str], ...]  # (value, member class name), sorted by value


@dataclass(frozen=True, slots=True)
class UnionOf:
    members: tuple[TypeRef, ...]
    discriminator: Discriminator | None = None


@dataclass(frozen=True, slots=True)
class Nullable:
    """A value that may be JSON null."""

    inner: TypeRef


TypeRef = Primitive | Named | TypeParam | ListOf | TupleOf | DictOf | LiteralOf | UnionOf | Nullable

ANY = Primitive("any")


# ---------------------------------------------------------------------------------------
# Models and enums
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Constraints:
    """Validation facts from the spec, documented for users (not enforced client-side)."""

    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    exclusive_maximum: float | None = None
    min_items: int | None = None
    max_items: int | None = None
    format: str | None = None
    items: Constraints | None = None  # an array's items' (a map's values') own limits
    # a pattern too risky to run (see spec/patterns.py): not documented, only read to
    # build examples from (the string is constructed, never matched against it)
    example_pattern: str | None = None
    max_properties: int | None = None  # (for examples; 0: an object that takes none)

    def is_empty(self) -> bool:
        return all(getattr(self, f) is None for f in self.__slots__)


NO_DEFAULT: Any = ...  # sentinel: the spec gives no usable default


@dataclass(frozen=True, slots=True)
class Field:
    """One property of a model."""

    name: str  # Python attribute
    wire_name: str  # JSON property name
    type: TypeRef
    required: bool
    description: str = ""
    default: Any = NO_DEFAULT  # a JSON value valid for `type`, or NO_DEFAULT
    default_member: str | None = None  # enum member name when the default is an enum value
    deprecated: bool = False
    read_only: bool = False
    write_only: bool = False
    example: Any = NO_DEFAULT
    constraints: Constraints = field(default_factory=Constraints)


@dataclass(frozen=True, slots=True)
class Model:
    """An object schema: a pydantic model (and a TypedDict when used as input)."""

    name: str
    module: str
    fields: tuple[Field, ...]
    description: str = ""
    type_params: tuple[str, ...] = ()  # non-empty for generic models such as ListResponse[T]
    additional: TypeRef | None = None  # type of additionalProperties, when declared
    deprecated: bool = False
    is_input: bool = False  # reachable from a request body: also gets a TypedDict
    page: PageShape | None = None  # set when the model is a page of a paginated list
    source: str = ""  # JSON pointer of the schema it came from (for docs and errors)


@dataclass(frozen=True, slots=True)
class EnumMember:
    name: str
    value: str | int | float | bool
    description: str = ""


@dataclass(frozen=True, slots=True)
class Enum:
    """A named enum; open at runtime, so values the server adds later do not break."""

    name: str
    module: str
    value_type: Literal["str", "int", "float", "bool"]
    members: tuple[EnumMember, ...]
    description: str = ""
    source: str = ""
    values_alias: str = ""  # `Literal[...]` of the raw values (`OrderingValue`), for inputs


@dataclass(frozen=True, slots=True)
class Alias:
    """A named type that is not an object or enum (mostly unions): `Pet = Cat | Dog`."""

    name: str
    module: str
    type: TypeRef
    description: str = ""
    source: str = ""


Definition = Model | Enum | Alias


# ---------------------------------------------------------------------------------------
# Operations
# ---------------------------------------------------------------------------------------

ParamLocation = Literal["path", "query", "header", "cookie", "body"]

ParamStyle = Literal[
    "form", "simple", "label", "matrix", "spaceDelimited", "pipeDelimited", "deepObject"
]
"""How a parameter is serialized (OpenAPI `style`); the location's default when unset."""

DEFAULT_STYLE: dict[str, ParamStyle] = {
    "path": "simple",
    "header": "simple",
    "query": "form",
    "cookie": "form",
    "body": "form",
}


@dataclass(frozen=True, slots=True)
class Param:
    """One keyword argument of an operation method."""

    name: str
    wire_name: str
    location: ParamLocation
    type: TypeRef
    required: bool
    description: str = ""
    default: Any = NO_DEFAULT
    deprecated: bool = False
    explode: bool = True
    example: Any = NO_DEFAULT
    constraints: Constraints = field(default_factory=Constraints)
    style: ParamStyle = "form"
    allow_reserved: bool = False  # reserved characters sent as they are (query only)
    media_type: str | None = None  # a `content` parameter: the value in this media type

    @property
    def default_serialization(self) -> bool:
        """Whether the location's default style and explode apply (nothing to say)."""
        default = DEFAULT_STYLE[self.location]
        return (
            self.style == default
            and self.explode == (default == "form")
            and not self.allow_reserved
            and self.media_type is None
        )


BodyEncoding = Literal["json", "form", "multipart", "binary", "text"]


@dataclass(frozen=True, slots=True)
class BodyPart:
    """How one property of a form or multipart body is encoded, when the spec says more
    than the defaults (its `encoding` entry, or a 3.1 `contentMediaType`)."""

    wire_name: str
    content_type: str | None = None  # multipart: the part's Content-Type
    style: ParamStyle = "form"  # form bodies: as for a query parameter
    explode: bool = True
    allow_reserved: bool = False


@dataclass(frozen=True, slots=True)
class RequestBody:
    """The request body: flattened into keyword arguments when it is an object model."""

    content_type: str
    encoding: BodyEncoding
    type: TypeRef
    required: bool
    description: str = ""
    model: str | None = None  # class that validates flattened kwargs (None: `body=` param)
    parts: tuple[BodyPart, ...] = ()  # sorted by wire name


STREAM_END = "[DONE]"
"""The end sentinel of event streams unless the config says otherwise (OpenAI's)."""
ResponseKind = Literal["json", "text", "binary", "empty", "sse"]
"""How a response body is read; `sse` is a `text/event-stream`, whose `type` is that of
one event's data (the SDK returns a stream of them)."""


@dataclass(frozen=True, slots=True)
class Header:
    name: str
    description: str = ""
    type: TypeRef = ANY


@dataclass(frozen=True, slots=True)
class Response:
    """One documented response of an operation."""

    status: str  # "200", "4XX", "default"
    description: str
    kind: ResponseKind
    content_type: str | None
    type: TypeRef | None
    headers: tuple[Header, ...] = ()
    stream_end: str | None = None  # `sse`: the data of the event that ends the stream


PaginationStyle = Literal["iterator", "cursor", "after_last_item", "page", "offset", "link"]
"""How an operation's pages link: `iterator`/`cursor` (the page names the next cursor),
`after_last_item` (the next cursor is the last item's id, as with `starting_after`),
`page` (page number + 1), `offset` (offset + the number of items received) and `link`
(the result is a JSON array; a `Link: <url>; rel="next"` response header names the next
page, as in GitHub's API)."""

PageStep = Literal["page", "items"]


@dataclass(frozen=True, slots=True)
class PageShape:
    """How a list response pages: where its items are and how to find the next page."""

    items_field: str  # Python attribute holding the page's items
    next_field: str  # Python attribute holding the next cursor (or the last item's id)
    done_field: str | None = None  # True means no more pages (`done`)
    has_more_field: str | None = None  # False means no more pages (`has_more`)
    cursor_from_last_item: bool = False  # next cursor is `items[-1].<next_field>`
    step: PageStep | None = None  # page/offset styles: the next cursor is a step, not a value


@dataclass(frozen=True, slots=True)
class Pagination:
    """An operation whose result can be iterated across pages."""

    cursor_param: str  # Python name of the parameter that takes the next cursor
    item_type: TypeRef
    style: PaginationStyle = "cursor"
    start: int = 0  # page/offset styles: the parameter's value when the caller leaves it unset


@dataclass(frozen=True, slots=True)
class Operation:
    """One API call: a method on a resource, in sync, async and raw flavours."""

    operation_id: str
    name: str
    http_method: str  # upper case
    path: str  # template with wire names: /api/v1/app/{app_id}
    summary: str
    description: str
    params: tuple[Param, ...]  # signature order: required first, then optional
    body: RequestBody | None
    body_fields: tuple[tuple[str, str], ...]  # (kwarg, model field) of a flattened body
    result: Response | None  # the success response users get back
    responses: tuple[Response, ...]  # every documented response, sorted by status
    security: tuple[tuple[str, ...], ...]  # alternatives of scheme keys; () = none needed
    deprecated: bool = False
    pagination: Pagination | None = None
    idempotency_param: str | None = None  # Python name of an Idempotency-Key header param
    scopes: tuple[str, ...] = ()  # OAuth2 scopes the operation's requirement asks for
    tags: tuple[str, ...] = ()
    source: str = ""

    @property
    def async_name(self) -> str:
        return naming.async_twin(self.name)


@dataclass(frozen=True, slots=True)
class Resource:
    """A namespace of operations on the client (`svix.application`)."""

    name: str  # attribute on the client
    class_name: str
    module: str
    title: str
    description: str
    operations: tuple[Operation, ...]
    extends: str = ""  # "module:Class" the user's config adds as a base class ("" for none)


# ---------------------------------------------------------------------------------------
# The API
# ---------------------------------------------------------------------------------------

AuthKind = Literal["bearer", "basic", "api_key"]


@dataclass(frozen=True, slots=True)
class SecurityScheme:
    """A way to authenticate; each becomes constructor argument(s) of the client."""

    key: str  # name in components/securitySchemes
    kind: AuthKind
    arg_name: str  # constructor argument (`access_token`); basic uses arg_name + password
    env_var: str  # environment variable fallback
    location: Literal["header", "query", "cookie"] = "header"
    wire_name: str = "Authorization"  # header/query/cookie name
    description: str = ""
    password_arg: str | None = None  # basic auth only
    password_env_var: str | None = None
    client_credentials: ClientCredentialsFlow | None = None  # OAuth2: fetch tokens itself


@dataclass(frozen=True, slots=True)
class ClientCredentialsFlow:
    """An OAuth2 `clientCredentials` flow: the client trades its ID and secret for tokens."""

    token_url: str
    client_id_arg: str
    client_id_env_var: str
    client_secret_arg: str
    client_secret_env_var: str


@dataclass(frozen=True, slots=True)
class Server:
    url: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class Webhook:
    """An event the API sends to its users (OpenAPI 3.1 `webhooks`, 3.0 `x-webhooks`)."""

    name: str  # its key in `webhooks` (`endpoint.created`)
    payload: TypeRef  # what the delivery's JSON body parses into
    event_type: str | None  # the payload's fixed `type` value, which tells events apart
    summary: str = ""
    description: str = ""
    page: str = ""  # stem of its docs page (`endpoint-created`)


@dataclass(frozen=True, slots=True)
class Package:
    """How the generated project is named and versioned."""

    package_name: str
    project_name: str
    client_class: str
    version: str
    error_base: str  # base exception class, e.g. SvixError


@dataclass(frozen=True, slots=True)
class Api:
    """Everything the renderer needs to write one SDK."""

    title: str
    description: str
    api_version: str
    package: Package
    base_url: str
    servers: tuple[Server, ...]
    security_schemes: tuple[SecurityScheme, ...]
    default_security: tuple[tuple[str, ...], ...]
    resources: tuple[Resource, ...]
    models: tuple[Model, ...]
    enums: tuple[Enum, ...]
    aliases: tuple[Alias, ...]
    module_groups: tuple[tuple[str, tuple[str, ...]], ...]  # module -> names it defines
    # The spec's `x-tagGroups` as (group title, resource names in the group's order); the
    # docs site's navigation follows it. Empty when the spec has none.
    resource_groups: tuple[tuple[str, tuple[str, ...]], ...] = ()
    webhooks: tuple[Webhook, ...] = ()
    untested: tuple[tuple[str, str], ...] = ()  # (operation id, why its generated tests skip)

    @property
    def operations(self) -> tuple[Operation, ...]:
        return tuple(op for r in self.resources for op in r.operations)

    def definition(self, name: str) -> Definition | None:
        for group in (self.models, self.enums, self.aliases):
            for item in group:
                if item.name == name:
                    return item
        return None
