"""What the IR says about event streams and OAuth2 client credentials (no SDK needed).

The runtime tests (`tests/runtime/test_streaming.py`, `test_oauth.py`) call generated
SDKs over loopback; these check, on small inline specs, the decisions taken before that:
which responses are streams and what one event is, which schemes fetch their own tokens
and with which constructor arguments, and which scopes each operation asks for.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from generator import ir
from generator.config import Config
from generator.model.builder import Builder
from generator.spec.loader import load_spec


def build(tmp_path: Path, text: str, config: Config | None = None) -> ir.Api:
    path = tmp_path / "openapi.yaml"
    head = 'openapi: 3.1.0\ninfo: {title: Acme, version: "1"}\n'
    path.write_text(head + textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return Builder(load_spec(path).root, config or Config()).build()


def stream_of(tmp_path: Path, media: str, config: Config | None = None) -> ir.Response:
    api = build(
        tmp_path,
        f"""
        paths:
          /events:
            get:
              operationId: events
              responses:
                "200":
                  description: events
                  content:
                    text/event-stream: {media}
        components:
          schemas:
            Tick: {{type: object, properties: {{n: {{type: integer}}}}}}
        """,
        config,
    )
    (op,) = api.operations
    assert op.result is not None
    return op.result


def test_an_item_schema_is_the_type_of_one_event(tmp_path: Path) -> None:
    result = stream_of(tmp_path, '{itemSchema: {$ref: "#/components/schemas/Tick"}}')
    assert (result.kind, result.type) == ("sse", ir.Named("Tick"))
    assert result.stream_end == "[DONE]"


def test_else_the_schema_describes_one_event(tmp_path: Path) -> None:
    result = stream_of(tmp_path, '{schema: {$ref: "#/components/schemas/Tick"}}')
    assert (result.kind, result.type) == ("sse", ir.Named("Tick"))


def test_a_string_schema_or_none_gives_text_events(tmp_path: Path) -> None:
    assert stream_of(tmp_path, "{schema: {type: string}}").type == ir.Primitive("str")
    assert stream_of(tmp_path, "{}").type == ir.Primitive("str")


def test_the_config_sets_or_removes_the_end_sentinel(tmp_path: Path) -> None:
    media = "{schema: {type: string}}"
    assert stream_of(tmp_path, media, Config(stream_end="END")).stream_end == "END"
    assert stream_of(tmp_path, media, Config(stream_end="")).stream_end is None


OAUTH = """
components:
  securitySchemes:
    robot:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://auth.example.com/token
          scopes: {read: r, write: w}
        authorizationCode:
          authorizationUrl: https://auth.example.com/authorize
          tokenUrl: https://auth.example.com/token
          scopes: {}
    {other}
security: [{robot: [read]}]
paths:
  /things:
    get:
      operationId: listThings
      responses: {"200": {description: ok}}
    post:
      operationId: makeThing
      security: [{robot: [write, read]}]
      responses: {"200": {description: ok}}
    delete:
      operationId: dropThings
      security: []
      responses: {"200": {description: ok}}
"""


def schemes(api: ir.Api) -> dict[str, ir.SecurityScheme]:
    return {s.key: s for s in api.security_schemes}


def test_a_client_credentials_scheme_takes_an_id_and_a_secret(tmp_path: Path) -> None:
    api = build(tmp_path, OAUTH.replace("{other}", ""))
    robot = schemes(api)["robot"]
    assert (robot.kind, robot.arg_name) == ("bearer", "access_token")
    flow = robot.client_credentials
    assert flow == ir.ClientCredentialsFlow(
        token_url="https://auth.example.com/token",
        client_id_arg="client_id",
        client_id_env_var="ACME_CLIENT_ID",
        client_secret_arg="client_secret",
        client_secret_env_var="ACME_CLIENT_SECRET",
    )
    scopes = {op.operation_id: op.scopes for op in api.operations}
    assert scopes == {"listThings": ("read",), "makeThing": ("read", "write"),
                      "dropThings": ()}  # fmt: skip


def test_arguments_are_prefixed_when_schemes_would_share_them(tmp_path: Path) -> None:
    other: dict[str, Any] = {"type": "oauth2", "flows": {"clientCredentials": {
        "tokenUrl": "/admin/token", "scopes": {}}}}  # fmt: skip
    api = build(tmp_path, OAUTH.replace("{other}", f"admin: {other}"))
    flows = {k: s.client_credentials for k, s in schemes(api).items()}
    assert flows["robot"] is not None and flows["admin"] is not None
    assert (flows["robot"].client_id_arg, flows["admin"].client_id_arg) == (
        "robot_client_id",
        "admin_client_id",
    )
    assert flows["admin"].client_secret_env_var == "ACME_ADMIN_CLIENT_SECRET"


def test_other_oauth_flows_stay_plain_bearer_tokens(tmp_path: Path) -> None:
    text = OAUTH.replace("{other}", "").replace("clientCredentials", "implicit")
    text = text.replace(
        "tokenUrl: https://auth.example.com/token\n          scopes: {read",
        "authorizationUrl: https://a.example.com\n          scopes: {read",
    )
    robot = schemes(build(tmp_path, text))["robot"]
    assert robot.client_credentials is None
