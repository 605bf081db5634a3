"""The public API page (`GUARD_PUBLIC_DOCS=1`): Swagger UI served by the service itself.

FastAPI's own /docs page loads Swagger UI from a CDN, which leaves it blank on a machine
without internet access; the assets come from the swagger-ui-bundle-v2 package instead (it
ships Swagger UI 5, which reads the OpenAPI 3.1 document FastAPI writes). No ReDoc page: it
would need a CDN too.
"""
from __future__ import annotations

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

DOCS_URL = "/docs"
ASSETS_URL = "/docs/assets"


def install(app: FastAPI) -> None:
    app.mount(ASSETS_URL, StaticFiles(directory=str(swagger_ui_path)), name="docs-assets")

    @app.get(DOCS_URL, include_in_schema=False)
    async def docs():
        return get_swagger_ui_html(
            openapi_url=app.openapi_url, title=f"{app.title} API",
            swagger_js_url=f"{ASSETS_URL}/swagger-ui-bundle.js",
            swagger_css_url=f"{ASSETS_URL}/swagger-ui.css",
            swagger_favicon_url=f"{ASSETS_URL}/favicon-32x32.png",
            # The default asks an online validator to check the document and shows a badge.
            swagger_ui_parameters={"validatorUrl": None})
