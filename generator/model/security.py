"""Security schemes: which credentials the client takes and where each one goes.

Each scheme becomes a constructor argument named the way people write it: `access_token`
for a lone bearer scheme, `api_key` for a lone API-key scheme, `username`/`password` for
basic auth; otherwise the scheme's own name in snake_case without an "auth"-like suffix
(`AdminKeyAuth` -> `admin_key`). The config's `auth` map renames any of them. Each has an
environment-variable fallback named after the client (`SVIX_ACCESS_TOKEN`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from .. import ir, naming
from ..config import Config
from ..problems import join_pointer

# Constructor arguments the client already has; a scheme cannot take these names.
_RESERVED_ARGS = frozenset(
    {
        "base_url",
        "timeout",
        "max_retries",
        "default_headers",
        "http_client",
        "async_http_client",
        "max_connections",
        "max_keepalive_connections",
        "strict_response_validation",
    }
)


def read_security_schemes(
    root: dict[str, Any], config: Config, client_class: str, warn: Callable[[str, str], None]
) -> tuple[ir.SecurityScheme, ...]:
    components = root.get("components")
    raw = components.get("securitySchemes") if isinstance(components, dict) else None
    if not isinstance(raw, dict):
        return ()
    env_prefix = config.env_prefix or naming.upper_snake(client_class)
    kinds = [_kind(raw[k]) for k in sorted(raw)]
    taken: set[str] = set(_RESERVED_ARGS)
    schemes = []
    for key in sorted(raw):
        pointer = join_pointer("/components/securitySchemes", key)
        scheme = raw[key]
        kind = _kind(scheme)
        if kind is None:
            warn(pointer, f"security scheme {key!r} is not supported; it is left out")
            continue
        default_arg = _default_argument(key, kind, kinds.count(kind))
        arg = naming.claim(naming.param_name(config.auth.get(key) or default_arg), taken)
        description = naming.clean_text(scheme.get("description"))
        if kind == "basic":
            password = naming.claim("password" if arg == "username" else f"{arg}_password", taken)
            schemes.append(
                ir.SecurityScheme(
                    key, "basic", arg, naming.env_var_name(env_prefix, arg),
                    description=description, password_arg=password,
                    password_env_var=naming.env_var_name(env_prefix, password),
                )
            )  # fmt: skip
            continue
        location: Literal["header", "query", "cookie"] = "header"
        wire = "Authorization"
        if kind == "api_key":
            where = scheme.get("in")
            location = "query" if where == "query" else "cookie" if where == "cookie" else "header"
            wire = str(scheme.get("name") or key)
        flow = _client_credentials(scheme, arg, kinds.count(kind), env_prefix, taken)
        schemes.append(
            ir.SecurityScheme(
                key,
                kind,
                arg,
                naming.env_var_name(env_prefix, arg),
                location=location,
                wire_name=wire,
                description=description,
                client_credentials=flow,
            )
        )
    return tuple(schemes)


def _client_credentials(
    scheme: dict[str, Any], arg: str, same_kind: int, env_prefix: str, taken: set[str]
) -> ir.ClientCredentialsFlow | None:
    """An OAuth2 scheme with a `clientCredentials` flow also takes a client ID and secret
    (`client_id`/`client_secret`, or prefixed by the scheme's argument when several
    bearer-like schemes share the client), from which the client fetches its tokens."""
    flows = scheme.get("flows") if scheme.get("type") == "oauth2" else None
    flow = flows.get("clientCredentials") if isinstance(flows, dict) else None
    token_url = flow.get("tokenUrl") if isinstance(flow, dict) else None
    if not isinstance(token_url, str) or not token_url:
        return None
    prefix = "" if same_kind == 1 else arg.removesuffix("_token") + "_"
    client_id = naming.claim(naming.param_name(prefix + "client_id"), taken)
    secret = naming.claim(naming.param_name(prefix + "client_secret"), taken)
    return ir.ClientCredentialsFlow(
        token_url=token_url,
        client_id_arg=client_id,
        client_id_env_var=naming.env_var_name(env_prefix, client_id),
        client_secret_arg=secret,
        client_secret_env_var=naming.env_var_name(env_prefix, secret),
    )


def oauth_scopes(security: Any, schemes: tuple[ir.SecurityScheme, ...]) -> tuple[str, ...]:
    """The scopes a security requirement asks of client-credentials schemes (sorted)."""
    fetching = {s.key for s in schemes if s.client_credentials is not None}
    scopes: set[str] = set()
    for alternative in security if isinstance(security, list) else ():
        if isinstance(alternative, dict):
            for key, wanted in alternative.items():
                if key in fetching and isinstance(wanted, list):
                    scopes.update(str(scope) for scope in wanted)
    return tuple(sorted(scopes))


_SUFFIXES = ("_authentication", "_authorization", "_auth", "_scheme", "_security")


def _default_argument(key: str, kind: ir.AuthKind, same_kind: int) -> str:
    """The constructor argument of a scheme the config does not name."""
    if kind == "basic":
        return "username"
    if same_kind == 1:
        return "access_token" if kind == "bearer" else "api_key"
    name = naming.param_name(key)
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def _kind(scheme: Any) -> ir.AuthKind | None:
    if not isinstance(scheme, dict):
        return None
    kind = scheme.get("type")
    if kind == "http":
        http = str(scheme.get("scheme", "")).lower()
        return "bearer" if http == "bearer" else "basic" if http == "basic" else None
    if kind == "apiKey":
        return "api_key"
    if kind in ("oauth2", "openIdConnect"):
        return "bearer"
    return None


def requirement(security: Any, known: set[str]) -> tuple[tuple[str, ...], ...]:
    """Security requirement alternatives as tuples of scheme keys (`()` = anonymous)."""
    if not isinstance(security, list):
        return ()
    alternatives: list[tuple[str, ...]] = []
    for alternative in security:
        if not isinstance(alternative, dict):
            continue
        keys = tuple(k for k in alternative if k in known)
        if len(keys) == len(alternative) and keys not in alternatives:
            alternatives.append(keys)
    return tuple(alternatives)
