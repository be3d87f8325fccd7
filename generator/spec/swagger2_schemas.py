"""Swagger 2.0 schemas and simple values, as OpenAPI 3.0 schemas.

Swagger 2.0 describes a body with a Schema Object (almost OpenAPI 3.0's) but a query,
path, header or form parameter, a response header and an `items` of those with their own
keywords beside the parameter's name. Both become OpenAPI 3.0 schemas here; the
structural part of the conversion lives in `swagger2`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_REFS = {"#/definitions/": "#/components/schemas/"}
# Keywords a non-body parameter, header or `items` shares with a schema.
_SIMPLE_KEYWORDS = (
    "type", "format", "default", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
    "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "enum",
    "multipleOf",
)  # fmt: skip
_SUBSCHEMA = ("items", "additionalProperties", "not")
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
_SUBSCHEMA_MAPS = ("properties", "patternProperties")


def schema_ref(ref: str) -> str:
    """`#/definitions/Pet` -> `#/components/schemas/Pet`; other refs as they are."""
    for old, new in _REFS.items():
        if ref.startswith(old):
            return new + ref[len(old) :]
    return ref


def rewrite_refs(node: Any) -> Any:
    """A copy of `node` (an extension's value) whose `#/definitions/` refs point to
    components: the validator follows every `$ref`, extensions' included."""
    if isinstance(node, list):
        return [rewrite_refs(item) for item in node]
    if not isinstance(node, dict):
        return node
    return {
        key: schema_ref(value) if key == "$ref" and isinstance(value, str) else rewrite_refs(value)
        for key, value in node.items()
    }


def is_extension_kept(key: str) -> bool:
    """Vendor extensions that pass through: all but Azure's (`x-ms-*`), which sdkgen does
    not act on, and the Swagger 2.0 idioms that are converted to OpenAPI 3.0 keywords."""
    return key.startswith("x-") and not key.startswith("x-ms-") and key not in _CONVERTED


_CONVERTED = frozenset(("x-nullable", "x-example"))


def convert_schema(node: Any) -> Any:
    """A Swagger 2.0 Schema Object as an OpenAPI 3.0 one.

    `type: file` becomes a binary string, `x-nullable` becomes `nullable`, a string
    `discriminator` becomes an object (with a `mapping` when subtypes name their values with
    `x-ms-discriminator-value`), and `#/definitions/` references point to components.
    """
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "$ref" and isinstance(value, str):
            out[key] = schema_ref(value)
        elif key in _SUBSCHEMA:
            out[key] = _each(value)
        elif key in _SUBSCHEMA_LISTS and isinstance(value, list):
            out[key] = [convert_schema(item) for item in value]
        elif key in _SUBSCHEMA_MAPS and isinstance(value, dict):
            out[key] = {name: convert_schema(sub) for name, sub in value.items()}
        elif key == "discriminator" and isinstance(value, str):
            out[key] = {"propertyName": value}
        elif key.startswith("x-"):
            if is_extension_kept(key):
                out[key] = rewrite_refs(value)
        else:
            out[key] = value
    return _finish(node, out)


def _each(value: Any) -> Any:
    if isinstance(value, list):  # a tuple `items`: not Swagger 2.0, but seen in the wild
        return [convert_schema(item) for item in value]
    return convert_schema(value)


def _finish(node: dict[str, Any], out: dict[str, Any]) -> dict[str, Any]:
    """Apply the keywords that change more than their own key."""
    if out.get("type") == "file":
        out["type"], out["format"] = "string", "binary"
    nullable = node.get("x-nullable") is True
    if "example" not in out and "x-example" in node:
        out["example"] = node["x-example"]
    if "$ref" in out and nullable:
        # OpenAPI 3.0 ignores a `$ref`'s siblings: nullable has to wrap it
        ref = out.pop("$ref")
        return {"allOf": [{"$ref": ref}], "nullable": True, **out}
    if nullable:
        out["nullable"] = True
    return out


def with_discriminator_mappings(
    definitions: Mapping[str, Any], converted: dict[str, Any]
) -> dict[str, Any]:
    """`converted` definitions with a discriminator `mapping` wherever a subtype declares its
    value with `x-ms-discriminator-value` (otherwise the value is the definition's name,
    in both versions, and no mapping is needed)."""
    mappings: dict[str, dict[str, str]] = {}
    for name, definition in definitions.items():
        if not isinstance(definition, dict) or not isinstance(definition.get("allOf"), list):
            continue
        value = definition.get("x-ms-discriminator-value", name)
        for part in definition["allOf"]:
            ref = part.get("$ref") if isinstance(part, dict) else None
            if isinstance(ref, str) and ref.startswith("#/definitions/"):
                base = ref[len("#/definitions/") :]
                mappings.setdefault(base, {})[str(value)] = f"#/components/schemas/{name}"
    for base, mapping in sorted(mappings.items()):
        schema = converted.get(base)
        discriminator = schema.get("discriminator") if isinstance(schema, dict) else None
        if not isinstance(discriminator, dict) or "mapping" in discriminator:
            continue
        if any(value != target.rsplit("/", 1)[-1] for value, target in mapping.items()):
            discriminator["mapping"] = dict(sorted(mapping.items()))
    return converted


def simple_schema(item: Mapping[str, Any]) -> dict[str, Any]:
    """The schema of a non-body parameter, a header or an `items` (Swagger 2.0 writes their
    keywords beside the name); nested `items` convert the same way."""
    out: dict[str, Any] = {key: item[key] for key in _SIMPLE_KEYWORDS if key in item}
    if isinstance(item.get("items"), dict):
        out["items"] = simple_schema(item["items"])
    if out.get("type") == "file":
        out["type"], out["format"] = "string", "binary"
    if item.get("x-nullable") is True:
        out["nullable"] = True
    return out


def style_of(collection_format: Any, location: str) -> tuple[dict[str, Any], str | None]:
    """OpenAPI 3.0 `style`/`explode` for an array's `collectionFormat` in a location, and a
    note when 3.0 has no equivalent (then it is sent as csv)."""
    fmt = collection_format if isinstance(collection_format, str) else "csv"
    query = location == "query"
    styles: dict[str, dict[str, Any]] = {
        "csv": {"style": "form", "explode": False} if query else {},
        "multi": {"style": "form", "explode": True},
        "ssv": {"style": "spaceDelimited", "explode": False},
        "pipes": {"style": "pipeDelimited", "explode": False},
    }
    if fmt in ("ssv", "pipes", "multi") and not query and location != "formData":
        return {}, f"collectionFormat {fmt} is only possible in a query: sent as csv instead"
    if fmt == "tsv":
        return styles["csv"], "OpenAPI 3 has no tab-separated style: sent as csv instead"
    return styles.get(fmt, styles["csv"]), None
