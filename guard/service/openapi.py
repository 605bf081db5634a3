"""Additions to the generated OpenAPI document that FastAPI cannot infer.

- The request body models: the POST endpoints parse their bodies themselves (schemas.py).
- The security schemes: authentication is one lightweight dependency rather than FastAPI's
  HTTPBearer/APIKeyHeader objects, so the schemes are declared here.
"""
from __future__ import annotations

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from .schemas import REQUEST_MODELS

OPEN = {"/healthz", "/readyz"}
SCHEMES = {
    "bearer": {"type": "http", "scheme": "bearer", "description": "Authorization: Bearer <key>"},
    "apiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
}


def install(app: FastAPI, metrics_public: bool) -> None:
    def openapi() -> dict:
        if app.openapi_schema:
            return app.openapi_schema
        doc = get_openapi(title=app.title, version=app.version, description=app.description,
                          routes=app.routes)
        components = doc.setdefault("components", {})
        schemas = components.setdefault("schemas", {})
        for model in REQUEST_MODELS:
            schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
            schemas.update(schema.pop("$defs", {}))
            schemas[model.__name__] = schema
        components["securitySchemes"] = SCHEMES
        for path, operations in doc.get("paths", {}).items():
            if path in OPEN or (path == "/metrics" and metrics_public):
                continue
            for operation in operations.values():
                operation["security"] = [{"bearer": []}, {"apiKey": []}]
        app.openapi_schema = doc
        return doc

    app.openapi = openapi
