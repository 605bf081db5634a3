"""Health, readiness, metrics and the key-protected OpenAPI document.

Which of them need a key depends on the settings (GUARD_METRICS_ACCESS, GUARD_PUBLIC_DOCS), so
the router is built per app by `operations_router(settings)`.
"""
from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response

from ..auth import require
from ..deps import EngineDep, MetricsDep, ReadinessDep
from ..schemas import ErrorOut
from ..settings import Settings


def operations_router(settings: Settings) -> APIRouter:
    router = APIRouter(tags=["operations"])

    @router.get("/healthz", summary="The process is alive")
    async def healthz():
        return {"status": "ok"}

    @router.get("/readyz", summary="Engine loaded and violations writable (answers within 2 s)")
    async def readyz(holder: EngineDep, readiness: ReadinessDep):
        # A write probe, not SELECT 1: a database that answers reads but refuses writes (a
        # read-only file, a full disk, a standby) cannot log violations.
        writable = await readiness.writable()
        database = "ok" if writable else "unwritable"
        body = {"status": "ready" if holder.state == "ok" and database == "ok" else "not_ready",
                "engine": holder.state, "database": database}
        if holder.guard is not None:
            body["policy_version"] = holder.guard.policy.version
        return JSONResponse(body, status_code=200 if body["status"] == "ready" else 503)

    if not settings.public_docs:
        @router.get("/openapi.json", include_in_schema=False,
                    dependencies=[Depends(require("chat", "compliance"))])
        async def openapi(request: Request):
            return JSONResponse(request.app.openapi())

    public = settings.metrics_access == "public"
    deps = [] if public else [Depends(require(settings.metrics_access))]
    responses = {200: {"description": "Prometheus text format", "content": {"text/plain": {}}}}
    if not public:
        responses |= {401: {"model": ErrorOut, "description": "missing or unknown API key"},
                      403: {"model": ErrorOut, "description": "the key's role may not read "
                                                              "metrics (GUARD_METRICS_ACCESS)"}}

    @router.get("/metrics", dependencies=deps, response_class=Response,
                responses=responses, summary="Prometheus metrics")
    def metrics(metrics: MetricsDep):
        payload, content_type = metrics.render()
        return Response(payload, media_type=content_type)

    return router
