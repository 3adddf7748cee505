"""Safe by default: a shared token on every request when one is set, a CSRF token
(double-submit: an HttpOnly cookie and a form field that must match) on every POST,
a Host check against DNS rebinding on loopback, and headers that forbid inline script."""
from __future__ import annotations

import hmac
import ipaddress
import re
import secrets
from typing import Optional
from urllib.parse import urlencode

from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

CSRF_COOKIE = "claimcheck_csrf"
TOKEN_COOKIE = "claimcheck_token"
TOKEN_ENV = "CLAIMCHECK_REVIEW_TOKEN"
MIN_TOKEN_LENGTH = 12
TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{32,64}")
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
HEADERS = {
    # No inline script or style at all: even a bug in escaping could not run the article's script.
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


def is_loopback(host: str) -> bool:
    host = host.strip("[]")
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_token_rule(host: str, token: Optional[str]) -> Optional[str]:
    """Why the desk must not start on this host with this token, or None."""
    if token is not None and len(token) < MIN_TOKEN_LENGTH:
        return f"--token: use at least {MIN_TOKEN_LENGTH} characters"
    if not is_loopback(host) and not token:
        return (f"--host {host} is reachable from other machines: set --token (or {TOKEN_ENV}) "
                "so that every request must carry it")
    return None


def same(a: Optional[str], b: Optional[str]) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(a.encode(), b.encode())


def presented_token(request: Request) -> Optional[str]:
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return request.query_params.get("token") or request.cookies.get(TOKEN_COOKIE)


async def guard(request: Request, call_next) -> Response:
    """Token first (nothing is served without it), then the CSRF cookie, then the headers."""
    token = request.app.state.settings.token
    if token:
        if not same(presented_token(request), token):
            return with_headers(PlainTextResponse(
                "claimcheck review: this desk needs its token (open the link with ?token=...)",
                status_code=401, headers={"WWW-Authenticate": "Bearer"}))
        if request.method == "GET" and "token" in request.query_params:
            # The token leaves the address bar (and history) for an HttpOnly cookie.
            query = urlencode([(k, v) for k, v in request.query_params.multi_items() if k != "token"])
            response = RedirectResponse(request.url.path + (f"?{query}" if query else ""), status_code=303)
            response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
            return with_headers(response)
    csrf = request.cookies.get(CSRF_COOKIE, "")
    fresh = not TOKEN_SHAPE.fullmatch(csrf)
    request.state.csrf = secrets.token_urlsafe(32) if fresh else csrf
    response = await call_next(request)
    if fresh:
        response.set_cookie(CSRF_COOKIE, request.state.csrf, httponly=True, samesite="strict")
    return with_headers(response)


def with_headers(response: Response) -> Response:
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    return response


async def posted_form(request: Request) -> FormData:
    """The form of a state-changing request, refused (403) unless its CSRF field matches the cookie."""
    form = await request.form()
    if not same(str(form.get("csrf", "")), request.cookies.get(CSRF_COOKIE)):
        raise HTTPException(403, "CSRF token missing or wrong: reload the page and try again")
    origin = request.headers.get("origin")
    if origin and origin != "null" and origin.split("://", 1)[-1] != request.headers.get("host"):
        raise HTTPException(403, "cross-origin request refused")
    return form
