"""The review desk: a Starlette app over the review store, pages rendered on the
server with Jinja2 (autoescaped: article text is untrusted), a little static JS
for keyboard shortcuts. No front-end build step.

    app = create_app(DeskSettings(store=path, reviewer="kari"))
"""
from __future__ import annotations

import getpass
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Optional
from urllib.parse import quote, unquote

import jinja2
from pydantic import BaseModel, ValidationError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from models import METRICS, VERDICTS
from pipeline.render import explanation
from review.correct import correction_of
from review.export import EXPORT_FORMATS, FILE_NAMES, MEDIA_TYPES, export
from review.records import BOUNDS, DECISION_FILTERS, ClaimRecord, Correction, QueueFilter, StoredArticle, period_label
from review.security import LOOPBACK_NAMES, guard, is_loopback, posted_form
from review.store import FACETS, ReviewStore
from sources.store import ReferenceStore, amount, bundled_store, open_store

HERE = Path(__file__).resolve().parent
REVIEWER_COOKIE = "claimcheck_reviewer"
REVIEWER_ENV = "CLAIMCHECK_REVIEWER"
FACET_LABELS = {"verdict": "Verdict", "language": "Language", "entity": "Entity", "metric": "Metric",
                "source": "Source", "decision": "Decision"}
DONE = {"confirm": "Confirmed.", "dismiss": "Dismissed.", "reopen": "Reopened.",
        "correct": "Reading corrected and checked again.", "note": "Note added."}


class DeskSettings(BaseModel):
    store: Path
    reviewer: Optional[str] = None  # --reviewer, else $CLAIMCHECK_REVIEWER, else the login name
    token: Optional[str] = None
    host: str = "127.0.0.1"
    author: Optional[str] = None  # the organisation named in ClaimReview exports
    sources: list[Path] = []  # --sources: reference files beside the bundled leak, for corrections
    trust: list[str] = []  # --trust: the sources whose findings decide a corrected claim's verdict

    def references(self) -> ReferenceStore:
        return open_store(self.sources, self.trust)

    def default_reviewer(self) -> str:
        return self.reviewer or os.environ.get(REVIEWER_ENV) or getpass.getuser()


def environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True)
    env.globals.update(period_label=period_label, amount=amount, explanation=explanation,
                       correction_of=correction_of, metrics=METRICS, bounds=BOUNDS)
    env.filters["repr"] = repr
    return env


TEMPLATES = Jinja2Templates(env=environment())


def reviewer_of(request: Request) -> str:
    # Percent-encoded in the cookie so that any name (Øyvind, "Ola Editor") survives the trip.
    return unquote(request.cookies.get(REVIEWER_COOKIE, "")) or request.app.state.settings.default_reviewer()


def page(request: Request, name: str, context: dict, status_code: int = 200) -> Response:
    done = DONE.get(request.query_params.get("done", ""))
    base = {"csrf": request.state.csrf, "reviewer": reviewer_of(request), "message": done, "message_kind": "info"}
    return TEMPLATES.TemplateResponse(request, name, {**base, **context}, status_code=status_code)


def store_of(request: Request) -> ReviewStore:
    return request.app.state.store


# -- the queue -------------------------------------------------------------------
@dataclass
class Facet:
    name: str
    label: str
    selected: Optional[str]
    options: list[tuple[str, int]]
    total: int

    @property
    def values(self) -> list[str]:
        return [v for v, _ in self.options]


def queue(request: Request) -> Response:
    try:
        filters = QueueFilter(**{f: request.query_params[f] for f in FACETS if f in request.query_params})
    except ValidationError:
        raise HTTPException(400, "bad filter") from None
    store = store_of(request)
    counts = store.facets(filters)
    facets = []
    for name in FACETS:
        options = counts[name]
        if name == "verdict":  # every verdict is offered, in the order of the contract
            options = [(v, dict(options).get(v, 0)) for v in VERDICTS]
        if name == "decision":
            options = [(v, dict(options).get(v, 0)) for v in DECISION_FILTERS]
        total = store.count(filters.model_copy(update={name: None}))
        facets.append(Facet(name, FACET_LABELS[name], getattr(filters, name), options, total))
    rows = store.queue(filters)
    return page(request, "queue.html", {
        "facets": facets, "rows": rows, "total": store.count(filters), "store_path": store.path,
        "any_articles": bool(rows) or store.count(QueueFilter(verdict=None)) > 0})


# -- an article ------------------------------------------------------------------
@dataclass
class Segment:
    text: str
    record: Optional[ClaimRecord] = None


def segments(text: str, records: list[ClaimRecord]) -> list[Segment]:
    """The article cut into plain runs and claims (each span highlighted once; an overlap is left plain)."""
    out, pos = [], 0
    for rec in sorted(records, key=lambda r: r.key.start):
        start, end = rec.key.start, rec.key.end
        if start < pos or text[start:end] != rec.original.value_text:
            continue
        out += [Segment(text[pos:start]), Segment(text[start:end], rec)]
        pos = end
    return out + [Segment(text[pos:])]


def article_page(request: Request, article: StoredArticle, message: Optional[str] = None,
                 status_code: int = 200) -> Response:
    counts = [(v, sum(r.verdict == v for r in article.claims)) for v in VERDICTS]
    references = store_of(request).references or bundled_store()
    entities = sorted({f.entity for f in references.facts} | {r.claim.entity for r in article.claims
                                                                    if r.claim.entity})
    context = {"article": article, "segments": segments(article.text, article.claims),
               "counts": [(v, n) for v, n in counts if n], "entities": entities}
    if message:  # an error re-renders the page with the message instead of redirecting
        context.update(message=message, message_kind="error")
    return page(request, "article.html", context, status_code)


def article(request: Request) -> Response:
    found = store_of(request).article(request.path_params["sha256"])
    if found is None:
        raise HTTPException(404, "no such article in the store")
    return article_page(request, found)


async def act(request: Request) -> Response:
    """confirm, dismiss, reopen, correct, note: POST only, CSRF-checked, then back to the claim."""
    form = await posted_form(request)
    sha256, start, end, action = (request.path_params[k] for k in ("sha256", "start", "end", "action"))
    if action not in DONE:
        raise HTTPException(404, f"no action {action!r}")
    store = store_of(request)
    record = await run_in_threadpool(store.claim, sha256, start, end)
    if record is None:
        raise HTTPException(404, "no such claim (was the article checked again?)")
    if str(form.get("value")) != repr(record.key.value):
        raise HTTPException(409, "the claim changed since this page was loaded: reload it")
    try:
        await run_in_threadpool(apply_action, store, record, action, form, reviewer_of(request))
    except ValueError as exc:  # pydantic's ValidationError is one too
        stored = await run_in_threadpool(store.article, sha256)
        return article_page(request, stored, f"#{record.key.slug()}: {reason_of(exc)}", 400)
    except sqlite3.OperationalError as exc:  # a read-only file or disk, a full disk, a lock held past the wait
        stored = await run_in_threadpool(store.article, sha256)
        return article_page(request, stored, f"#{record.key.slug()}: not saved: the review store cannot be "
                            f"written ({exc}); nothing was changed", 503)
    url = request.url_for("article", sha256=sha256).path
    return RedirectResponse(f"{url}?done={action}#claim-{record.key.slug()}", status_code=303)


def apply_action(store: ReviewStore, record: ClaimRecord, action: str, form, reviewer: str) -> None:
    key = record.key
    if action == "confirm":
        store.decide(key, "confirmed", reviewer)
    elif action == "dismiss":
        store.decide(key, "dismissed", reviewer, str(form.get("reason", "")))
    elif action == "reopen":
        store.decide(key, None, reviewer)
    elif action == "note":
        store.note(key, str(form.get("note", "")), reviewer)
    else:
        fields = {f: str(form.get(f, "")) for f in ("entity", "metric", "period", "bound")}
        store.correct(key, Correction(**fields), reviewer)


def reason_of(exc: ValueError) -> str:
    if isinstance(exc, ValidationError):
        err = exc.errors()[0]
        return f"{'.'.join(map(str, err['loc']))}: {err['msg'].removeprefix('Value error, ')}"
    return str(exc)


async def set_reviewer(request: Request) -> Response:
    form = await posted_form(request)
    name = " ".join(str(form.get("reviewer", "")).split())[:80]
    target = str(form.get("next", "/"))
    if not target.startswith("/") or target.startswith("//"):  # only back into this app
        target = "/"
    response = RedirectResponse(target, status_code=303)
    if name:
        response.set_cookie(REVIEWER_COOKIE, quote(name), httponly=True, samesite="strict", max_age=365 * 86400)
    return response


def export_view(request: Request) -> Response:
    fmt = request.path_params["fmt"]
    if fmt not in EXPORT_FORMATS:
        raise HTTPException(404, f"no export {fmt!r} (one of {', '.join(EXPORT_FORMATS)})")
    settings = request.app.state.settings
    body = export(store_of(request), fmt, **({"author": settings.author} if settings.author else {}))
    return Response(body, media_type=MEDIA_TYPES[fmt],
                    headers={"Content-Disposition": f'inline; filename="{FILE_NAMES[fmt]}"'})


def create_app(settings: DeskSettings) -> Starlette:
    middleware = []
    if is_loopback(settings.host) and not settings.token:
        # Only this machine's names: a page elsewhere cannot reach the desk by DNS rebinding.
        middleware.append(Middleware(TrustedHostMiddleware,
                                     allowed_hosts=sorted({*LOOPBACK_NAMES, "[::1]", settings.host})))
    middleware.append(Middleware(BaseHTTPMiddleware, dispatch=guard))
    app = Starlette(routes=[
        Route("/", queue, name="queue"),
        Route("/article/{sha256:str}", article, name="article"),
        Route("/article/{sha256:str}/claim/{start:int}-{end:int}/{action:str}", act, methods=["POST"], name="act"),
        Route("/reviewer", set_reviewer, methods=["POST"], name="set_reviewer"),
        Route("/export/{fmt:str}", export_view, name="export"),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ], middleware=middleware)
    app.state.settings = settings
    app.state.store = ReviewStore(settings.store, references=settings.references())
    return app
