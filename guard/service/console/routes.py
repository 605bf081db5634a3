"""The review console's pages and actions (issue 11), under /console.

Pages are server-rendered; the one script (static/console.js) only adds keyboard shortcuts and
selection, so every action also works as a plain form. GET pages never change a review; opening
an item claims it (a claim is not a review, and expires). Every POST carries the session's CSRF
token. Reviews go through the store's review() like the API's, so the audit trail is one table,
attributed to the reviewer's key name.
"""
from __future__ import annotations

import logging
from dataclasses import asdict
from datetime import datetime, timedelta, timezone
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool

from guard.names import RULES, SEVERITIES
from guard.store import REVIEW_STATUSES, STATUSES
from guard.store.console import ConsoleStore, Session

from ...standings import standing_dict
from ..deps import AuthDep, ConsoleStoreDep, DbCallsDep, EngineDep, StandingsDep, StoreDep
from ..routes.violations import csv_export, mask_note
from . import charts
from .i18n import LANG_COOKIE, LANGUAGES, language, translator
from .queue import ANY, FILTER_NAMES, PAGE_SIZE, BadFilter, QueueQuery, overdue, parse_query
from .render import environment, highlighted
from .security import (CONSOLE_ROLES, SESSION_COOKIE, SESSION_TTL, SIGNIN_COOKIE, SIGNIN_TTL_SECONDS, first,
                       form, new_signin_token, same_token, secure_headers, set_cookie)

log = logging.getLogger(__name__)

router = APIRouter(prefix="/console", include_in_schema=False)
TEMPLATES = environment()

CLAIM_TTL = timedelta(minutes=15)  # long enough to read an entry, short enough to free a forgotten one
HISTORY_DAYS = 90
RECENT_ENTRIES = 10
AGENT_ENTRIES = 100
QUALITY_WEEKS = 12
MAX_BULK = 200
# Bulk actions decide; a dispute is heard one entry at a time.
BULK_STATUSES = ("confirmed", "dismissed")
LANG_COOKIE_SECONDS = 365 * 24 * 3600
LINK_PARAMS = (*FILTER_NAMES, "page")

AgentId = Annotated[str, Path(max_length=200)]
ViolationId = Annotated[str, Path(max_length=36)]


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Context:
    """What every page needs: the language, its translator and the reviewer's session."""

    def __init__(self, request: Request, session: Session | None):
        self.request = request
        self.lang = language(request.query_params.get("lang"), request.cookies.get(LANG_COOKIE))
        self.t = translator(self.lang)
        self.session = session

    def page(self, template: str, status: int = 200, **data) -> HTMLResponse:
        other = LANGUAGES[1 - LANGUAGES.index(self.lang)]
        # The switch keeps the page's filters, once they were read without error; nothing else
        # of the query string is written back into the page.
        query = ({k: v for k, v in self.request.query_params.items() if k in LINK_PARAMS}
                 if status < 400 else {})
        # Only a query string: the same page, and no path (with its ids) printed into the link.
        switch = f"?{urlencode({**query, 'lang': other})}"
        html = TEMPLATES.get_template(template).render(
            t=self.t, lang=self.lang, session=self.session, switch_url=switch,
            csrf=self.session.csrf if self.session else "", **data)
        response = HTMLResponse(html, status_code=status)
        self.remember_language(response)
        return secure_headers(response)

    def remember_language(self, response: Response) -> None:
        if self.request.query_params.get("lang") in LANGUAGES:
            set_cookie(self.request, response, LANG_COOKIE, self.lang, LANG_COOKIE_SECONDS)

    def error(self, key: str, status: int, detail: str = "") -> HTMLResponse:
        return self.page("message.html", status=status, message=self.t(key) + detail)


def _redirect(url: str) -> Response:
    return secure_headers(RedirectResponse(url, status_code=303))


def evidence_words(row: dict) -> list[str]:
    """The words of the violation's first evidence, as its trace recorded them."""
    trace = row.get("trace")
    evidence = trace.get("evidence") if isinstance(trace, dict) else None
    first = evidence[0] if isinstance(evidence, list) and evidence and isinstance(evidence[0], dict) else {}
    return [w for w in first.get("words") or () if isinstance(w, str)]


def _signin_redirect() -> Response:
    return _redirect("/console/signin")


async def _posted(request: Request, session: Session | None) -> dict | Response:
    """The form a signed-in reviewer posted, its CSRF token checked against the session's; or
    the response to send instead (to sign in, or 403)."""
    if session is None:
        return _signin_redirect()
    fields = await form(request)
    if not same_token(first(fields, "csrf"), session.csrf):
        return Context(request, session).error("error.csrf", 403)
    return fields


async def _session(request: Request, consoles: ConsoleStoreDep, db: DbCallsDep) -> Session | None:
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    return await db.run(consoles.find_session, token, _now())


SessionDep = Annotated[Session | None, Depends(_session)]


# -- signing in and out -----------------------------------------------------------------------

@router.get("")
def home():
    return _redirect("/console/queue")


@router.get("/signin")
def signin_page(request: Request):
    return _signin_form(Context(request, None))


def _signin_form(ctx: Context, error: str | None = None, status: int = 200) -> HTMLResponse:
    token = new_signin_token()
    response = ctx.page("signin.html", status=status, error=error, signin_token=token)
    set_cookie(ctx.request, response, SIGNIN_COOKIE, token, SIGNIN_TTL_SECONDS)
    return response


@router.post("/signin")
async def signin(request: Request, auth: AuthDep, consoles: ConsoleStoreDep, db: DbCallsDep):
    ctx = Context(request, None)
    fields = await form(request)
    if not same_token(first(fields, "csrf"), request.cookies.get(SIGNIN_COOKIE)):
        return _signin_form(ctx, ctx.t("signin.expired"), 403)
    key = auth.identify((first(fields, "key") or "").strip())
    if key is None:
        return _signin_form(ctx, ctx.t("signin.bad_key"), 401)
    if key.role not in CONSOLE_ROLES:
        return _signin_form(ctx, ctx.t("signin.wrong_role"), 403)
    token, _ = await db.run(consoles.open_session, key.name, key.role, _now(), SESSION_TTL)
    log.info("console sign-in by %s", key.name)
    response = _redirect("/console/queue")
    set_cookie(request, response, SESSION_COOKIE, token, int(SESSION_TTL.total_seconds()))
    response.delete_cookie(SIGNIN_COOKIE, path="/console")
    return response


@router.post("/signout")
async def signout(request: Request, session: SessionDep, consoles: ConsoleStoreDep, db: DbCallsDep):
    fields = await _posted(request, session)
    if isinstance(fields, Response):
        return fields
    await db.run(consoles.close_session, request.cookies[SESSION_COOKIE])
    response = _signin_redirect()
    response.delete_cookie(SESSION_COOKIE, path="/console")
    return response


# -- the queue --------------------------------------------------------------------------------

def _query(ctx: Context, board, params) -> QueueQuery | HTMLResponse:
    try:
        return parse_query(params, board.zone)
    except BadFilter as err:
        return ctx.error("error.bad_filter", 422, str(err))


@router.get("/queue")
def queue_page(request: Request, session: SessionDep, consoles: ConsoleStoreDep, board: StandingsDep):
    if session is None:
        return _signin_redirect()
    ctx = Context(request, session)
    query = _query(ctx, board, request.query_params)
    if isinstance(query, HTMLResponse):
        return query
    page = consoles.queue(query.filters, (query.page - 1) * PAGE_SIZE, PAGE_SIZE)
    now = _now()
    targets = board.policy.review.target_hours
    rows = []
    for row in page.rows:
        age, target, late = overdue(row, now, targets)
        held = row["claimed_by"] if row["claimed_by"] and row["claimed_until"] > now else None
        rows.append({**row, "age": age, "target": target, "overdue": late,
                     "held_by_other": held if held != session.reviewer else None})
    pages = max(1, -(-page.total // PAGE_SIZE))
    done, skipped = (_count(request.query_params.get(k)) for k in ("done", "skipped"))
    return ctx.page("queue.html", rows=rows, total=page.total, waiting=page.waiting, query=query,
                    page_number=query.page, pages=pages, rules=RULES, severities=SEVERITIES,
                    statuses=(*STATUSES, ANY), targets=targets,
                    done=done, skipped=skipped)


def _count(text: str | None) -> int | None:
    """A count a bulk action put into its redirect (at most MAX_BULK); anything else: none."""
    if not (text and len(text) <= len(str(MAX_BULK)) and text.isascii() and text.isdigit()):
        return None
    return int(text) if int(text) <= MAX_BULK else None


@router.get("/queue.csv")
def queue_csv(request: Request, session: SessionDep, store: StoreDep, board: StandingsDep):
    if session is None:
        return _signin_redirect()
    query = _query(Context(request, session), board, request.query_params)
    if isinstance(query, HTMLResponse):
        return query
    return secure_headers(csv_export(store, query.filters, bom=True))


@router.post("/bulk")
async def bulk(request: Request, session: SessionDep, consoles: ConsoleStoreDep, store: StoreDep,
               engine: EngineDep, board: StandingsDep, db: DbCallsDep):
    fields = await _posted(request, session)
    if isinstance(fields, Response):
        return fields
    ctx = Context(request, session)
    status = first(fields, "action")
    ids = list(dict.fromkeys(fields.get("ids", [])))[:MAX_BULK]
    if status not in BULK_STATUSES:
        return ctx.error("error.bad_action", 422)
    if not ids:
        return ctx.error("error.none_selected", 422)
    query = _query(ctx, board, {k: v[0] for k, v in fields.items() if v})
    if isinstance(query, HTMLResponse):
        return query
    note = await run_in_threadpool(mask_note, engine.get(), first(fields, "note") or "")
    done = skipped = 0
    try:
        for violation_id in ids:
            # Each entry on its own: claimed, reviewed (one audit row each), released.
            if await _review_one(db, consoles, store, violation_id, status, note, session.reviewer):
                done += 1
            else:
                skipped += 1
    except SQLAlchemyError as err:
        log.error("console bulk review failed after %d entries (%s)", done, type(err).__name__)
        return ctx.error("error.unavailable", 503)
    return _redirect(f"/console/queue?{query.encoded(done=done, skipped=skipped)}")


async def _review_one(db, consoles: ConsoleStore, store, violation_id: str, status: str, note: str,
                      reviewer: str) -> bool:
    """Review an entry if nobody else holds it; False if someone does (or it is unknown)."""
    if not await db.run(consoles.claim, violation_id, reviewer, _now(), CLAIM_TTL):
        return False
    row = await db.run(store.review, violation_id, status, note, reviewer)
    await db.run(consoles.release, violation_id, reviewer)
    return row is not None


# -- one entry --------------------------------------------------------------------------------

def _item_url(violation_id: str, query: QueueQuery) -> str:
    encoded = query.encoded()
    return f"/console/items/{violation_id}" + (f"?{encoded}" if encoded else "")


@router.get("/items/{violation_id}")
def item_page(violation_id: ViolationId, request: Request, session: SessionDep, consoles: ConsoleStoreDep,
              store: StoreDep, board: StandingsDep):
    if session is None:
        return _signin_redirect()
    ctx = Context(request, session)
    query = _query(ctx, board, request.query_params)
    if isinstance(query, HTMLResponse):
        return query
    row = store.get(violation_id)
    if row is None:
        return ctx.error("error.not_found", 404)
    now = _now()
    mine = consoles.claim(violation_id, session.reviewer, now, CLAIM_TTL)
    _, claimed_until = consoles.claim_of(violation_id)
    before, evidence, after = highlighted(row["excerpt"], row["start"], row["end"], evidence_words(row))
    age, target, late = overdue(row, now, board.policy.review.target_hours)
    agent = None
    if row["agent_id"] is not None:
        scored = board.standing(row["agent_id"], now)
        agent = {"standing": standing_dict(scored, board.policy),
                 "recent": [r for r in consoles.agent_violations(row["agent_id"], RECENT_ENTRIES + 1)
                            if r["id"] != violation_id][:RECENT_ENTRIES]}
    prev_id = consoles.neighbour(query.filters, row, forward=False)
    next_id = consoles.neighbour(query.filters, row, forward=True)
    return ctx.page("item.html", row=row, mine=mine, claimed_until=claimed_until, before=before,
                    evidence=evidence, after=after, age=age, target=target, overdue=late, agent=agent,
                    query=query, statuses=REVIEW_STATUSES,
                    prev_id=prev_id, next_id=next_id)


@router.post("/items/{violation_id}/review")
async def review(violation_id: ViolationId, request: Request, session: SessionDep, consoles: ConsoleStoreDep,
                 store: StoreDep, engine: EngineDep, board: StandingsDep, db: DbCallsDep):
    fields = await _posted(request, session)
    if isinstance(fields, Response):
        return fields
    ctx = Context(request, session)
    status = first(fields, "action")
    if status not in REVIEW_STATUSES:
        return ctx.error("error.bad_action", 422)
    query = _query(ctx, board, {k: v[0] for k, v in fields.items() if v})
    if isinstance(query, HTMLResponse):
        return query
    row = await db.run(store.get, violation_id)
    if row is None:
        return ctx.error("error.not_found", 404)
    note = await run_in_threadpool(mask_note, engine.get(), first(fields, "note") or "")
    try:
        reviewed = await _review_one(db, consoles, store, violation_id, status, note, session.reviewer)
    except SQLAlchemyError as err:
        log.error("console review failed (%s)", type(err).__name__)
        return ctx.error("error.unavailable", 503)
    if not reviewed:
        return ctx.error("error.claimed", 409)
    next_id = await db.run(lambda: consoles.neighbour(query.filters, row, True, session.reviewer, _now()))
    return _redirect(_item_url(next_id, query) if next_id else f"/console/queue?{query.encoded()}")


# -- agents and rules -------------------------------------------------------------------------

@router.get("/agents/{agent_id}")
def agent_page(agent_id: AgentId, request: Request, session: SessionDep, consoles: ConsoleStoreDep,
               board: StandingsDep):
    if session is None:
        return _signin_redirect()
    ctx = Context(request, session)
    now = _now()
    scored = board.standing(agent_id, now)
    history = board.history(agent_id, now, HISTORY_DAYS)
    standing = standing_dict(scored, board.policy)
    recovery = scored.standing.explanation.recovery
    return ctx.page("agent.html", agent_id=agent_id, standing=standing, known=scored.known,
                    reasons=[asdict(r) for r in scored.standing.explanation.reasons],
                    costs=scored.standing.explanation.costs, recovery=recovery,
                    tiers={t.name: t for t in board.policy.tiers},
                    chart=charts.score_chart(history, board.policy.tiers),
                    violations=consoles.agent_violations(agent_id, AGENT_ENTRIES))


@router.get("/rules")
def rules_page(request: Request, session: SessionDep, board: StandingsDep):
    if session is None:
        return _signin_redirect()
    ctx = Context(request, session)
    rules = []
    for q in board.rule_quality(_now(), QUALITY_WEEKS):
        width, bars = charts.rate_bars(q.weeks)
        rules.append({"quality": q, "width": width, "bars": bars})
    return ctx.page("rules.html", rules=rules, bar_height=charts.BAR_HEIGHT, bar_width=charts.BAR_WIDTH)
