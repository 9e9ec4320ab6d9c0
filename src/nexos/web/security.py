"""Who may talk to the app, and which requests may change the workspace.

Four checks, in order, on every request:

1. Host: a server bound to loopback without a token answers only to
   loopback host names, so a web page cannot reach it by DNS rebinding.
2. Token: when the app has one, every request carries it (``Authorization:
   Bearer T`` or the cookie that ``/login`` sets), else 401.
3. CSRF: every state-changing request carries the per-browser token from the
   ``nexos_csrf`` cookie again in the ``X-CSRF-Token`` header (double
   submit), else 403. A page on another site can neither read the cookie
   nor set the header.
4. Headers on every response: a strict Content-Security-Policy (scripts only
   from /static, no inline code), no sniffing, no framing, no referrer.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
import secrets
from collections.abc import Awaitable, Callable

from fastapi import Request, Response
from fastapi.responses import JSONResponse, PlainTextResponse

log = logging.getLogger(__name__)

TOKEN_COOKIE = "nexos_token"
CSRF_COOKIE = "nexos_csrf"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1", "[::1]"}
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}

Next = Callable[[Request], Awaitable[Response]]


def is_loopback(host: str) -> bool:
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_bind(host: str, token: str | None) -> str | None:
    """Why the server must not start with these settings, or None when it may."""
    if is_loopback(host) or token:
        return None
    return (f"refusing to listen on {host} without a token: anyone who can reach this address could read and "
            "change the workspace. Pass --token (or set NEXOS_TOKEN), or bind 127.0.0.1")


def _host_name(request: Request) -> str:
    host = request.headers.get("host", "")
    if host.startswith("["):
        return host[: host.find("]") + 1]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _error(request: Request, status: int, message: str) -> Response:
    if request.url.path.startswith("/api/") or "application/json" in request.headers.get("accept", ""):
        return JSONResponse({"error": message, "status": status}, status_code=status)
    return PlainTextResponse(message, status_code=status)


def same_secret(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(str(a), str(b))


def bearer(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    return auth[7:].strip() if auth.lower().startswith("bearer ") else None


class Guard:
    """The request checks above, as one HTTP middleware."""

    def __init__(self, token: str | None, allowed_hosts: set[str] | None) -> None:
        self.token = token
        self.allowed_hosts = allowed_hosts

    def authorised(self, request: Request) -> bool:
        if not self.token:
            return True
        return same_secret(bearer(request), self.token) or same_secret(request.cookies.get(TOKEN_COOKIE), self.token)

    async def __call__(self, request: Request, call_next: Next) -> Response:
        if self.allowed_hosts is not None and _host_name(request) not in self.allowed_hosts:
            return _error(request, 400, "unexpected Host header; open the app through the address it listens on")
        if request.url.path != "/login" and not self.authorised(request):
            return _error(request, 401, "a token is required: send 'Authorization: Bearer <token>' or sign in at /login")
        csrf = request.cookies.get(CSRF_COOKIE) or ""
        if request.method not in SAFE_METHODS and request.url.path != "/login":
            if not same_secret(request.headers.get(CSRF_HEADER), csrf):
                return _error(request, 403, "missing or wrong CSRF token: send the nexos_csrf cookie's value "
                                            "in the X-CSRF-Token header (GET /api/session gives it)")
        fresh = not csrf
        request.state.csrf = csrf or secrets.token_urlsafe(24)
        response = await call_next(request)
        for k, v in HEADERS.items():
            response.headers.setdefault(k, v)
        if fresh:
            response.set_cookie(CSRF_COOKIE, request.state.csrf, httponly=False, samesite="strict", path="/")
        return response
