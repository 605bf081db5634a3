"""Request and response models: they validate input and document the API (OpenAPI).

Requests ignore unknown fields (extra="ignore") so chat systems can send their own extras.
Size limits are *not* expressed here: an over-long text is a 413, not a 422, and the limit is
configurable, so the endpoints check it.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timezone
from typing import Annotated, Literal

from pydantic import (BaseModel, BeforeValidator, ConfigDict, Field,
                      PlainValidator, StringConstraints, WithJsonSchema)
from pydantic_core import PydanticCustomError

from guard.message import SENDERS

Sender = Literal[SENDERS]
ReviewStatus = Literal["confirmed", "dismissed", "disputed"]
Status = Literal["open", "confirmed", "dismissed", "disputed"]

ID_MAX_CHARS = 200
# The largest feed position a cursor can name: seq is a signed 64-bit integer in the store.
MAX_SEQ = 2**63 - 1

# -- values shared by bodies, queries and paths ---------------------------------------------
# PostgreSQL text cannot hold NUL, and a lone surrogate cannot be encoded as UTF-8 at all: an
# identifier or filter holding either could never match a stored row, and reached the
# database as a 500. They are refused where they enter, naming the field (before pydantic's
# own string checks, which refuse a surrogate less clearly).
_UNSTORABLE = re.compile(r"[\x00\ud800-\udfff]")


def _storable(value):
    if isinstance(value, str) and _UNSTORABLE.search(value):
        raise PydanticCustomError("invalid_characters",
                                  "must not contain NUL characters or lone surrogates")
    return value


PlainText = Annotated[str, BeforeValidator(_storable)]
IdText = Annotated[str, StringConstraints(max_length=ID_MAX_CHARS), BeforeValidator(_storable)]


def _id_to_str(value):
    # Chat systems often use numeric ids; Message.from_dict accepts them too. A bool is no id.
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


# null means absent. The length limit sits on the string alone: on the `str | None` union,
# pydantic >= 2.12 raised a TypeError for null (a 500) and counted "items", not characters.
Id = Annotated[IdText | None,
               BeforeValidator(_id_to_str, json_schema_input_type=IdText | int | None)]


# A zone offset can carry an instant within a day of year 1 or 9999 past what a datetime
# holds in UTC; no row is that old or that new, so the nearest bound filters the same.
_EARLIEST = datetime.min.replace(tzinfo=timezone.utc)
_LATEST = datetime.max.replace(tzinfo=timezone.utc)


def _instant(value) -> datetime:
    """An ISO 8601 time (never a Unix time), UTC when it has no zone."""
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise PydanticCustomError("datetime_iso", "must be an ISO 8601 date and time") from None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    try:
        return moment.astimezone(timezone.utc)
    except OverflowError:
        return _EARLIEST if moment.year == 1 else _LATEST


Instant = Annotated[datetime, PlainValidator(_instant),
                    WithJsonSchema({"type": "string", "format": "date-time"})]


def _cursor(value) -> int:
    if value == "":
        return 0  # an empty cursor starts at the beginning, like none
    # str.isdigit() also accepts "²", "①" and full-width digits, which int() or the database
    # then refused (a 500): only ASCII digits within the range of seq are cursors.
    if isinstance(value, str) and value.isascii() and value.isdigit() and int(value) <= MAX_SEQ:
        return int(value)
    raise PydanticCustomError("cursor", "not a cursor returned by this API")


Cursor = Annotated[int, PlainValidator(_cursor), WithJsonSchema({"type": "string"})]


class Request(BaseModel):
    model_config = ConfigDict(extra="ignore")


SENDER_DOC = "buyer or agent; missing or null means buyer, an empty string is invalid"


class TurnIn(Request):
    sender: Sender | None = Field("buyer", description=SENDER_DOC)
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
    sender: Sender | None = Field("buyer", description=SENDER_DOC)
    id: Id = Field(None, description="message id; makes violation logging idempotent. "
                   "Ids are strings or integers; null means absent")
    conversation_id: Id = None
    agent_id: Id = None
    buyer_id: Id = None
    context: list[TurnIn] | None = Field(None, description="earlier turns, oldest first")

    def as_dict(self) -> dict:
        return self.model_dump()  # Message.from_dict applies the defaults (sender null: buyer)


class BatchIn(Request):
    messages: list[MessageIn] = Field(min_length=1)


class FindingOut(BaseModel):
    entity_type: str
    start: int
    end: int
    score: float


Basis = Literal["phrase", "context", "pair", "model"]


class SignalOut(BaseModel):
    rule: str
    severity: str
    start: int
    end: int
    confidence: float = Field(description="calibrated 0-1: of signals at 0.8, about 8 in 10 are real asks")
    basis: Basis = Field(description="phrase (an explicit request), context (earlier turns completed it), "
                                     "pair (an object next to a request) or model (the model alone)")


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
    confidence: float = Field(description="the detector's calibrated confidence when it logged this")
    basis: Basis
    trace: dict = Field(description="why it fired: evidence (how, lexicon words, offsets), blocks and notes; "
                                    "no raw value")
    context: list[dict] = Field(description="the masked turns before the message, oldest first: {sender, text}")
    created_at: str
    updated_at: str


class ViolationDetail(ViolationOut):
    reviews: list[ReviewOut] = Field(description="audit trail, oldest first")


class ViolationPage(BaseModel):
    violations: list[ViolationOut]
    next_cursor: str = Field(description="pass as ?cursor= to get the rows after this page")
    has_more: bool


class FieldErrorOut(BaseModel):
    field: str
    message: str
    type: str


class ErrorDetail(BaseModel):
    code: str
    message: str
    retryable: bool
    field: str | None = None
    fields: list[FieldErrorOut] | None = Field(None, description="every invalid field (422)")


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


# -- standings (issue 11) ----------------------------------------------------------------------

class ReasonOut(BaseModel):
    code: str = Field(description="what kind of reason (score, held_by_margin, new_agent, recover_by_score, …)")
    en: str
    zh: str


class CostOut(BaseModel):
    violation_id: str
    rule: str
    severity: str
    status: str = Field(description="the entry's status at the standing's time (open, disputed, lapsed, confirmed, …)")
    points: float = Field(description="its share of the penalty")
    score_cost: float = Field(description="how much higher the score would be without it")


class RecoveryOut(BaseModel):
    tier: str = Field(description="the next better tier")
    at: datetime | None = Field(description="when it comes back if nothing new happens; null: not within the horizon")
    reason: ReasonOut


class ExplanationOut(BaseModel):
    score_tier: str = Field(description="the tier the score holds (before new-agent protection, floor, suspension)")
    reasons: list[ReasonOut]
    costs: list[CostOut] = Field(description="the entries that cost the most, most first")
    recovery: RecoveryOut | None


class StandingOut(BaseModel):
    agent_id: str
    at: datetime
    score: float = Field(description="0-100")
    tier: str
    tier_zh: str
    cap: int = Field(description="daily grab cap (0: suspended)")
    policy_version: str
    known: bool = Field(description="false: no activity or violation of this agent is stored "
                                    "(the standing of an agent never seen)")
    explanation: ExplanationOut


class StandingPage(BaseModel):
    standings: list[StandingOut]
    next_cursor: str = Field(description="pass as ?cursor= for the agents after this page")
    has_more: bool


class HistoryPointOut(BaseModel):
    day: date = Field(description="local day (the standing policy's time zone)")
    at: datetime = Field(description="the day's end (the last point: the time asked)")
    score: float
    tier: str
    cap: int
    conversations: int = Field(description="conversations handled that day")
    messages: int = Field(description="agent messages that day")


class HistoryOut(BaseModel):
    agent_id: str
    at: datetime
    policy_version: str
    days: list[HistoryPointOut] = Field(description="one point per day, oldest first (fewer for a new agent)")


class WeekQualityOut(BaseModel):
    week_start: date = Field(description="Monday, local time")
    reviewed: int = Field(description="decisions (confirmed or dismissed) made that week")
    confirmed: int
    confirmation_rate: float | None = Field(description="confirmed / reviewed; null without decisions")


class RuleQualityOut(BaseModel):
    rule: str
    logged: int = Field(description="violations of the rule in the store")
    open: int
    reviewed: int = Field(description="decided: confirmed or dismissed")
    confirmed: int
    dismissed: int
    disputed: int = Field(description="under dispute, waiting for a decision")
    confirmation_rate: float | None = Field(description="confirmed / reviewed; null without decisions")
    scorer_rate: float = Field(description="the smoothed rate at which standings weigh the rule's unreviewed entries")
    weeks: list[WeekQualityOut] = Field(description="decisions per week, oldest first")


class RuleQualityPage(BaseModel):
    at: datetime
    rules: list[RuleQualityOut]
