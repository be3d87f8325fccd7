"""The IR builder: names users see, flattened bodies, pagination, security, packaging."""

from __future__ import annotations

from typing import Any

import pytest

from generator import ir
from generator.config import Config, OperationOverride, parse_config
from generator.model.builder import Builder


def spec(
    paths: dict[str, Any], schemas: dict[str, Any] | None = None, **extra: Any
) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Pet Store API", "version": "2.3.0"},
        "paths": paths,
        "components": {"schemas": schemas or {}, **extra.pop("components", {})},
        **extra,
    }


def build(root: dict[str, Any], config: Config | None = None) -> ir.Api:
    builder = Builder(root, config or Config())
    api = builder.build()
    assert not [p for p in builder.problems if p.severity == "error"], builder.problems
    return api


def op(operation_id: str | None = None, **extra: Any) -> dict[str, Any]:
    operation: dict[str, Any] = {"responses": {"204": {"description": "done"}}, **extra}
    if operation_id:
        operation["operationId"] = operation_id
    return operation


def names(api: ir.Api) -> dict[str, list[str]]:
    return {r.name: [o.name for o in r.operations] for r in api.resources}


def test_names_from_dotted_operation_ids() -> None:
    api = build(
        spec(
            {
                "/apps": {"get": op("v1.application.list"), "post": op("v1.application.create")},
                "/msgs/{id}": {"delete": op("v1.message-attempt.expunge-content")},
            }
        )
    )
    assert names(api) == {
        "application": ["create", "list"],
        "message_attempt": ["expunge_content"],
    }


def test_config_and_extensions_override_names() -> None:
    config = Config(operations={"v1.app.create": OperationOverride("apps", "make")})
    api = build(
        spec(
            {
                "/apps": {
                    "post": op("v1.app.create"),
                    "get": op(
                        "v1.app.list", **{"x-sdk-name": "everything", "x-sdk-resource": "Listing"}
                    ),
                }
            }
        ),
        config,
    )
    assert names(api) == {"apps": ["make"], "listing": ["everything"]}


def test_names_without_dotted_ids_come_from_tags_fastapi_ids_and_paths() -> None:
    api = build(
        spec(
            {
                "/api/v1/app/stats/usage/": {
                    "get": op("get_app_usage_stats_api_v1_app_stats_usage__get", tags=["Stats"])
                },
                "/pets": {"get": op("listPets", tags=["Pets", "Animals"])},
                "/api/v1/health/ping": {"get": op()},
            }
        )
    )
    assert names(api) == {
        "animals": ["list_pets"],
        "health": ["get_ping"],
        "pets": ["list_pets"],
        "stats": ["get_app_usage_stats"],
    }


def test_clashing_names_are_resolved_deterministically() -> None:
    api = build(
        spec(
            {
                "/health": {"get": op("v1.health.get"), "head": op("v1.health.get")},
                "/x": {"get": op("v1.things.create"), "post": op("v1.things.acreate")},
                "/raw": {"get": op("v1.things.raw")},
            }
        )
    )
    assert names(api) == {
        "health": ["get", "get_head"],
        "things": ["acreate_post", "create", "raw_"],
    }


def test_internal_operations_are_left_out_unless_asked_for() -> None:
    paths = {"/a": {"get": op("v1.a.get"), "post": op("v1.a.create", **{"x-internal": True})}}
    assert names(build(spec(paths))) == {"a": ["get"]}
    assert names(build(spec(paths), Config(include_internal=True))) == {"a": ["create", "get"]}


def body_op(**extra: Any) -> dict[str, Any]:
    return op(
        "v1.app.create",
        requestBody={
            "required": True,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AppIn"}}},
        },
        **extra,
    )


APP_IN = {
    "type": "object",
    "required": ["name"],
    "properties": {
        "name": {"type": "string"},
        "rateLimit": {"type": "integer", "nullable": True},
        "appId": {"type": "string"},
        "id": {"type": "string", "readOnly": True},
    },
}


def test_object_bodies_are_flattened_into_keyword_arguments() -> None:
    path_param = {"name": "app_id", "in": "path", "required": True, "schema": {"type": "string"}}
    key = {"name": "idempotency-key", "in": "header", "schema": {"type": "string"}}
    api = build(
        spec({"/apps/{app_id}": {"post": body_op(parameters=[path_param, key])}}, {"AppIn": APP_IN})
    )
    operation = api.resources[0].operations[0]
    by_name = {p.name: p for p in operation.params}
    assert [p.name for p in operation.params if p.required] == ["app_id", "name"]
    assert (
        by_name["rate_limit"].location == "body" and by_name["rate_limit"].wire_name == "rateLimit"
    )
    assert by_name["body_app_id"].wire_name == "appId"  # renamed: the path parameter owns app_id
    assert "id" not in by_name  # read-only fields are not inputs
    assert operation.body is not None and operation.body.model == "AppIn"
    assert ("body_app_id", "app_id") in operation.body_fields
    assert operation.idempotency_param == "idempotency_key"
    model = api.definition("AppIn")
    assert isinstance(model, ir.Model) and model.is_input


def test_undeclared_path_parameters_are_taken_as_strings() -> None:
    api = build(spec({"/apps/{app_id}": {"get": op("v1.app.get")}}))
    (param,) = api.resources[0].operations[0].params
    assert (param.name, param.location, param.type, param.required) == (
        "app_id",
        "path",
        ir.Primitive("str"),
        True,
    )


def page(item: str) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["data", "done"],
        "properties": {
            "data": {"type": "array", "items": {"$ref": f"#/components/schemas/{item}"}},
            "done": {"type": "boolean"},
            "iterator": {"type": "string", "nullable": True},
        },
    }


def list_op(schema: str, params: list[str]) -> dict[str, Any]:
    return op(
        "v1.app.list",
        parameters=[{"name": n, "in": "query", "schema": {"type": "string"}} for n in params],
        responses={
            "200": {
                "description": "ok",
                "content": {
                    "application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}
                },
            }
        },
    )


def test_iterator_pagination_is_detected_on_generic_pages() -> None:
    schemas = {
        "App": {"type": "object", "properties": {"id": {"type": "string"}}},
        "Ep": {"type": "object", "properties": {"id": {"type": "string"}}},
        "ListResponse_App_": page("App"),
        "ListResponse_Ep_": page("Ep"),
    }
    api = build(
        spec({"/apps": {"get": list_op("ListResponse_App_", ["iterator", "limit"])}}, schemas)
    )
    operation = api.resources[0].operations[0]
    assert operation.pagination == ir.Pagination("iterator", ir.Named("App"), "iterator")
    generic = api.definition("ListResponse")
    assert isinstance(generic, ir.Model)
    assert generic.page == ir.PageShape("data", "iterator", done_field="done")


def test_cursor_after_last_item_pagination() -> None:
    schemas = {
        "Event": {"type": "object", "properties": {"id": {"type": "string"}}},
        "EventList": {
            "type": "object",
            "properties": {
                "data": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}},
                "has_more": {"type": "boolean"},
            },
        },
    }
    api = build(
        spec({"/events": {"get": list_op("EventList", ["starting_after", "limit"])}}, schemas)
    )
    assert api.resources[0].operations[0].pagination == ir.Pagination(
        "starting_after", ir.Named("Event"), "after_last_item"
    )
    event_list = api.definition("EventList")
    assert isinstance(event_list, ir.Model) and event_list.page is not None
    assert event_list.page.cursor_from_last_item and event_list.page.has_more_field == "has_more"


def test_security_schemes_become_constructor_arguments() -> None:
    components = {
        "securitySchemes": {
            "api_key": {"type": "apiKey", "in": "query", "name": "api_key"},
            "JWT": {"type": "apiKey", "in": "header", "name": "Authorization"},
            "stream-auth-type": {"type": "apiKey", "in": "header", "name": "Stream-Auth-Type"},
            "basic": {"type": "http", "scheme": "basic"},
        }
    }
    root = spec(
        {"/x": {"get": op("v1.x.get")}},
        components=components,
        security=[{"api_key": [], "JWT": [], "stream-auth-type": []}],
    )
    api = build(root, Config(client_class="Stream"))
    schemes = {s.key: s for s in api.security_schemes}
    assert schemes["api_key"].arg_name == "api_key" and schemes["api_key"].location == "query"
    assert schemes["JWT"].arg_name == "jwt" and schemes["JWT"].env_var == "STREAM_JWT"
    assert schemes["stream-auth-type"].wire_name == "Stream-Auth-Type"
    assert (schemes["basic"].arg_name, schemes["basic"].password_arg) == ("username", "password")
    assert api.resources[0].operations[0].security == (("api_key", "JWT", "stream-auth-type"),)


def test_a_lone_bearer_scheme_is_an_access_token() -> None:
    components = {"securitySchemes": {"HTTPBearer": {"type": "http", "scheme": "bearer"}}}
    root = spec(
        {"/x": {"get": op("v1.x.get", security=[])}},
        components=components,
        security=[{"HTTPBearer": []}],
    )
    api = build(root)
    (scheme,) = api.security_schemes
    assert (scheme.arg_name, scheme.env_var) == ("access_token", "PET_STORE_ACCESS_TOKEN")
    assert api.resources[0].operations[0].security == ()


def _arguments(schemes: dict[str, Any], config: Config | None = None) -> dict[str, str]:
    root = spec({"/x": {"get": op("x")}}, components={"securitySchemes": schemes})
    return {s.key: s.arg_name for s in build(root, config).security_schemes}


def test_a_lone_api_key_scheme_is_an_api_key_whatever_its_name() -> None:
    key = {"type": "apiKey", "in": "header", "name": "X-Api-Key"}
    assert _arguments({"api_key_auth": key}) == {"api_key_auth": "api_key"}
    assert _arguments({"ApiKeyAuth": key}) == {"ApiKeyAuth": "api_key"}
    renamed = Config(auth={"ApiKeyAuth": "secret_key"})
    assert _arguments({"ApiKeyAuth": key}, renamed) == {"ApiKeyAuth": "secret_key"}


def test_several_schemes_of_a_kind_are_named_without_an_auth_suffix() -> None:
    key = {"type": "apiKey", "in": "header", "name": "X-Key"}
    bearer = {"type": "http", "scheme": "bearer"}
    assert _arguments(
        {"AdminKeyAuth": key, "user_key": key, "PartnerBearer": bearer, "BotAuthentication": bearer}
    ) == {
        "AdminKeyAuth": "admin_key",
        "user_key": "user_key",
        "PartnerBearer": "partner_bearer",
        "BotAuthentication": "bot",
    }
    only_suffix = {"Auth": key, "Security": key}  # nothing left but the suffix: kept whole
    assert _arguments(only_suffix) == {"Auth": "auth", "Security": "security"}


def test_package_names_default_from_the_title_and_obey_the_config() -> None:
    api = build(spec({}))
    assert (api.package.client_class, api.package.package_name, api.package.version) == (
        "PetStore",
        "pet_store_sdk",
        "2.3.0",
    )
    configured = build(
        spec({}), parse_config({"package_name": "pets", "client_class": "Pets", "version": "1.0.0"})
    )
    assert (configured.package.package_name, configured.package.project_name) == ("pets", "pets")
    assert configured.package.error_base == "PetsError"


@pytest.mark.parametrize(
    ("title", "client", "package"),
    [
        ("GitHub's official OpenAPI spec + Octokit extension", "GitHub", "github_sdk"),
        ("Stream Chat API", "StreamChat", "stream_chat_sdk"),
        ("SimplyQ API", "SimplyQ", "simplyq_sdk"),
        ("Azure API Management - Issues", "AzureManagement", "azure_management_sdk"),
        ("The Big Pets Store Service (beta)", "BigPetsStoreService", "big_pets_store_service_sdk"),
        ("API", "Client", "client_sdk"),
    ],
)
def test_default_names_come_from_the_name_part_of_the_title(
    title: str, client: str, package: str
) -> None:
    root = spec({})
    root["info"]["title"] = title
    api = build(root)
    assert (api.package.client_class, api.package.package_name) == (client, package)


def test_bad_config_names_are_errors() -> None:
    builder = Builder(
        spec({}), Config(package_name="not-valid", client_class="1Bad", version="soon")
    )
    builder.build()
    messages = [p.message for p in builder.problems if p.severity == "error"]
    assert len(messages) == 3
