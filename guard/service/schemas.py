"""Request and response models: they validate input and document the API (OpenAPI).

Requests ignore unknown fields (extra="ignore") so chat systems can send their own extras.
Size limits are *not* expressed here: an over-long text is a 413, not a 422, and the limit is
configurable, so the endpoints check it.
"""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

Sender = Literal["buyer", "agent"]
ReviewStatus = Literal["confirmed", "dismissed", "disputed"]
Status = Literal["open", "confirmed", "dismissed", "disputed"]


def _id_to_str(value):
    # Chat systems often use numeric ids; Message.from_dict accepts them too.
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


Id = Annotated[str | None, BeforeValidator(_id_to_str), Field(max_length=200)]


class Request(BaseModel):
    model_config = ConfigDict(extra="ignore")


class TurnIn(Request):
    sender: Sender | None = "buyer"
    text: str


class MessageIn(Request):
    model_config = ConfigDict(
        extra="ignore",
        json_schema_extra={
            "examples": [
                {
                    "id": "m-1",
                    "conversation_id": "c-1",
                    "sender": "agent",
                    "agent_id": "a-7",
                    "buyer_id": "b-9",
                    "text": "您好，麻烦把手机收到的6位验证码报一下，我这边给您办理退款",
                    "context": [{"sender": "buyer", "text": "我的退款还没到账"}],
                }
            ]
        },
    )

    text: str
    sender: Sender | None = Field("buyer", description="buyer or agent; default buyer")
    id: Id = Field(None, description="message id; makes violation logging idempotent")
    conversation_id: Id = None
    agent_id: Id = None
    buyer_id: Id = None
    context: list[TurnIn] | None = Field(None, description="earlier turns, oldest first")

    def as_dict(self) -> dict:
        d = self.model_dump()
        d["sender"] = d["sender"] or "buyer"
        return d


class BatchIn(Request):
    messages: list[MessageIn] = Field(min_length=1)


class FindingOut(BaseModel):
    entity_type: str
    start: int
    end: int
    score: float


class SignalOut(BaseModel):
    rule: str
    severity: str
    start: int
    end: int


class NoticeOut(BaseModel):
    level: str
    title: str
    body: str


class VerdictOut(BaseModel):
    id: str | None
    action: Literal["deliver", "deliver_masked", "hold"]
    masked_text: str
    findings: list[FindingOut]
    signals: list[SignalOut]
    buyer_notice: NoticeOut | None
    violation_ids: list[str]


class BatchOut(BaseModel):
    verdicts: list[VerdictOut]


class ReviewIn(Request):
    status: ReviewStatus
    note: str = Field("", max_length=2000, description="stored with phone/card/ID values masked")


class ReviewOut(BaseModel):
    at: str
    actor: str = Field(description="name of the API key that acted")
    from_status: Status
    to_status: Status
    note: str


class ViolationOut(BaseModel):
    id: str
    seq: int = Field(description="feed position; increases in commit order")
    agent_id: str | None
    conversation_id: str | None
    message_id: str | None
    rule: str
    severity: str
    status: Status
    excerpt: str = Field(description="masked text around the evidence")
    start: int = Field(description="evidence span start, index into the original text")
    end: int
    fingerprint: str | None = Field(description="keyed HMAC of a credential value, never the value")
    policy_version: str
    created_at: str
    updated_at: str


class ViolationDetail(ViolationOut):
    reviews: list[ReviewOut] = Field(description="audit trail, oldest first")


class ViolationPage(BaseModel):
    violations: list[ViolationOut]
    next_cursor: str = Field(description="pass as ?cursor= to get the rows after this page")
    has_more: bool


class ErrorDetail(BaseModel):
    code: str
    message: str
    retryable: bool
    field: str | None = None


class ErrorOut(BaseModel):
    error: ErrorDetail


# -- reading request bodies --------------------------------------------------------------------
# The POST endpoints read the raw body and validate it with pydantic's JSON parser instead of
# letting FastAPI parse it: any content type is accepted (the one-line `curl -d '{…}'` examples
# send application/x-www-form-urlencoded), and it is measurably cheaper per request. Errors go
# through the same RequestValidationError handler as every other 422.

def parse_body(model: type[BaseModel], raw: bytes):
    from fastapi.exceptions import RequestValidationError
    from pydantic import ValidationError

    try:
        return model.model_validate_json(raw or b"null")
    except ValidationError as err:
        raise RequestValidationError([
            {**e, "loc": ("body", *e["loc"])}
            for e in err.errors(include_url=False, include_input=False, include_context=False)
        ]) from None


def body_doc(model: type[BaseModel]) -> dict:
    """`openapi_extra` documenting `model` as the JSON request body (see openapi.py)."""
    return {"requestBody": {"required": True, "content": {"application/json": {
        "schema": {"$ref": f"#/components/schemas/{model.__name__}"}}}}}


REQUEST_MODELS = (MessageIn, BatchIn, ReviewIn)
