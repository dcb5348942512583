"""The API reference page's content, read from the app's own OpenAPI document."""
from __future__ import annotations

from typing import Any

_METHODS = ("get", "post", "put", "patch", "delete")


def _type(schema: dict[str, Any]) -> str:
    """A schema in a few words: 'string', 'integer ≤ 200', 'Page[Article]', 'string | null'."""
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in schema:
        return " | ".join(_type(s) for s in schema["anyOf"])
    if schema.get("type") == "array":
        return f"list of {_type(schema.get('items', {}))}"
    kind = schema.get("type", "any")
    bounds = [f"≥ {schema['minimum']}" if "minimum" in schema else "",
              f"≤ {schema['maximum']}" if "maximum" in schema else "",
              f"pattern {schema['pattern']}" if "pattern" in schema else ""]
    return " ".join([kind, *(b for b in bounds if b)])


def _parameters(op: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
             "type": _type(p.get("schema", {})), "default": p.get("schema", {}).get("default"),
             "description": p.get("description") or p.get("schema", {}).get("description") or ""}
            for p in op.get("parameters", [])]


def _responses(op: dict[str, Any]) -> list[dict[str, str]]:
    found = []
    for code, response in op.get("responses", {}).items():
        schema = response.get("content", {}).get("application/json", {}).get("schema", {})
        found.append({"code": code, "description": response.get("description", ""),
                      "type": _type(schema) if schema else ""})
    return found


def operations(openapi: dict[str, Any]) -> dict[str, Any]:
    """Every operation (method, path, summary, parameters, responses) and every schema's fields."""
    ops = [{"method": method.upper(), "path": path, "summary": op.get("summary", ""),
            "parameters": _parameters(op), "responses": _responses(op)}
           for path, item in openapi.get("paths", {}).items() for method, op in item.items() if method in _METHODS]
    schemas = {name: [{"name": field, "type": _type(spec), "required": field in schema.get("required", [])}
                      for field, spec in schema.get("properties", {}).items()]
               for name, schema in sorted(openapi.get("components", {}).get("schemas", {}).items())}
    return {"operations": ops, "schemas": schemas, "title": openapi.get("info", {}).get("title", "")}
