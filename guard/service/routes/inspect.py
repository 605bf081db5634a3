"""POST /v1/inspect and /v1/inspect/batch (role: chat)."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from ..deps import InspectorDep, Inspecting, SettingsDep
from ..errors import ApiError
from ..schemas import BatchIn, BatchOut, ErrorOut, MessageIn, VerdictOut, body_doc, parse_body

router = APIRouter(tags=["inspect"], dependencies=[Inspecting])

ERRORS = {
    401: {"model": ErrorOut, "description": "missing or unknown API key"},
    403: {"model": ErrorOut, "description": "the key's role may not inspect"},
    413: {"model": ErrorOut, "description": "message, batch or body over the configured limit"},
    422: {"model": ErrorOut, "description": "malformed JSON or invalid field (named in `field`)"},
    503: {"model": ErrorOut, "description": "engine loading or violation log unavailable; retry"},
}


# `async def`, but the work is not done on the event loop: Inspector.run hands inspection to
# its executor thread and the violation-log write to the database threads (see inspection.py).
# The verdict dict is returned as a JSONResponse to skip a second validation pass
# (response_model still documents it).
@router.post("/v1/inspect", response_model=VerdictOut, responses=ERRORS,
             summary="Inspect one message", openapi_extra=body_doc(MessageIn))
async def inspect_message(request: Request, inspector: InspectorDep):
    message = parse_body(MessageIn, await request.body())
    verdict = (await inspector.run([message]))[0]
    return JSONResponse(verdict)


@router.post("/v1/inspect/batch", response_model=BatchOut, responses=ERRORS,
             summary="Inspect several messages", openapi_extra=body_doc(BatchIn))
async def inspect_batch(request: Request, inspector: InspectorDep, settings: SettingsDep):
    batch = parse_body(BatchIn, await request.body())
    limit = settings.max_batch
    if len(batch.messages) > limit:
        raise ApiError(413, "batch_too_large",
                       f"messages: {len(batch.messages)} messages, over the limit of {limit}",
                       field="messages")
    verdicts = await inspector.run(batch.messages, where="messages")
    return JSONResponse({"verdicts": verdicts})
