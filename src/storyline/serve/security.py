"""What keeps hostile article text harmless in the browser, and forged requests out.

Every string the app shows was scraped from the open web. The templates escape it all (Jinja2
autoescaping, no `|safe` anywhere); these headers make a slip harmless too: the
Content-Security-Policy allows scripts and styles only from the app's own static files, so an
injected <script>, an onerror= attribute or a javascript: link does not run, and no page can be
framed. State-changing routes (only the upload, and only with --allow-ingest) need a CSRF token:
a signed random token in a SameSite=Strict cookie, echoed in a form field or the X-CSRF-Token
header, and an Origin (or Referer) naming an allowed host.

Before anything else a request's Host must be on the allowlist (HostAllowlist): a DNS-rebinding
page (attacker.example resolving to 127.0.0.1) reaches the server with its own name as Host and
is refused, so it can neither read the store nor pass the Origin check.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import re
import secrets
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

log = logging.getLogger("storyline.serve")

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]
CSRF_COOKIE, CSRF_FIELD, CSRF_HEADER = "storyline_csrf", "csrf_token", "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


#: names every server answers to, whatever address it is bound to
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
#: bound to every interface: the machine's own names are added to the allowlist
_WILDCARDS = ("0.0.0.0", "::", "")


@dataclass(slots=True, frozen=True)
class HostAllowlist:
    """The Host names (no port) the server answers to: the bound address, localhost and the
    setting `allowed_hosts`. Compared case-insensitively, IPv6 literals without brackets."""

    names: frozenset[str]

    @classmethod
    def build(cls, bound: str | None = None, extra: str | Iterable[str] = ()) -> HostAllowlist:
        """The allowlist for a server bound to `bound`, plus `extra` (a list, or a comma-separated
        string as the setting holds it)."""
        names = set(LOCAL_HOSTS)
        if bound is not None and bound.strip("[]") in _WILDCARDS:
            names |= {socket.gethostname(), socket.getfqdn()}
        elif bound:
            names.add(bound)
        names |= set(extra.split(",") if isinstance(extra, str) else extra)
        return cls(frozenset(n.strip().strip("[]").lower() for n in names if n and n.strip()))

    def allows(self, host: str | None) -> bool:
        """`host` is a Host header value (name or address, maybe with a port) on the list."""
        name = host_name(host)
        return name is not None and name in self.names


#: what a Host header may hold: a DNS name, an IPv4 address or a bracketed IPv6 one, and a port
_HOST_CHARS = re.compile(r"[A-Za-z0-9._\-]+(:\d{1,5})?|\[[0-9A-Fa-f:.]+\](:\d{1,5})?")


def host_name(netloc: str | None) -> str | None:
    """The host of a Host header or URL authority, lower-cased, without port or IPv6 brackets;
    None if it is empty or malformed."""
    if not netloc or not _HOST_CHARS.fullmatch(netloc):
        return None
    try:
        parts = urlsplit(f"//{netloc}")
        _ = parts.port  # raises on a port that is not a number
    except ValueError:
        return None
    return parts.hostname or None


class SecurityHeaders:
    """ASGI middleware, the outermost: a Host not on the allowlist is refused before anything else
    runs (400 when missing or malformed, 421 when not allowed); the headers above go on every HTTP
    response (pages, API, static files, errors); an exception nothing handled becomes a 500 here,
    with the headers and the error shape of the route, instead of Starlette's bare text."""

    def __init__(self, app, hosts: HostAllowlist | None = None) -> None:
        self.app = app
        self.hosts = hosts

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_headers(message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {name for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []), *(h for h in HEADERS if h[0] not in names)]
            await send(message)

        refusal = self._host_refusal(scope)
        if refusal:
            await _send_error(scope, send_with_headers, *refusal)
            return
        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:  # the last line: anything unhandled is logged and answered 500
            log.exception("%s %s failed", scope.get("method"), scope.get("path"))
            if not started:
                await _send_error(scope, send_with_headers, 500, "server-error", "the server failed on this request",
                                  "try again; if it keeps failing, the server's log says why")

    def _host_refusal(self, scope) -> tuple[int, str, str, str] | None:
        if self.hosts is None:
            return None
        host = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1")
        if host_name(host) is None:
            return 400, "bad-host", "the request has no valid Host header", "send the server's name as Host"
        if not self.hosts.allows(host):
            return (421, "host-not-allowed", "this server does not answer to that host name",
                    "open the server by its own address, or add the name to the setting allowed_hosts")
        return None


#: paths answered in JSON, errors included (a feed reader is a program, like an API client)
JSON_ROUTES = ("/api/", "/feeds/")


async def _send_error(scope, send, status: int, code: str, message: str, fix: str) -> None:
    """An error in the shape of the route: JSON {error, message, fix} under JSON_ROUTES, else a small page."""
    import html
    import json

    if scope.get("path", "").startswith(JSON_ROUTES):
        body, kind = json.dumps({"error": code, "message": message, "fix": fix}).encode(), b"application/json"
    else:
        body = (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{status} · storyline</title>'
                f'<link rel="stylesheet" href="/static/storyline.css"></head><body><main id="main">'
                f'<section class="error" role="alert"><h1>{html.escape(message)}</h1><p>{html.escape(fix)}</p>'
                f'</section></main></body></html>').encode()
        kind = b"text/html; charset=utf-8"
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body if scope.get("method") != "HEAD" else b""})


class CsrfTokens:
    """Signed CSRF tokens: `nonce.signature`, the signature an HMAC of the nonce with a key made
    when the app starts (a cookie planted from elsewhere, e.g. a sibling subdomain, does not verify)."""

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or secrets.token_bytes(32)

    def new(self) -> str:
        nonce = secrets.token_urlsafe(24)
        return f"{nonce}.{self._sign(nonce)}"

    def valid(self, token: str | None) -> bool:
        nonce, _, signature = (token or "").partition(".")
        return bool(nonce) and hmac.compare_digest(signature, self._sign(nonce))

    def matches(self, cookie: str | None, submitted: str | None) -> bool:
        """The double submit: the cookie's token is ours, and the request carries the same token."""
        return self.valid(cookie) and submitted is not None and hmac.compare_digest(cookie or "", submitted)

    def _sign(self, nonce: str) -> str:
        return hmac.new(self._key, nonce.encode(), hashlib.sha256).hexdigest()


def same_origin(hosts: HostAllowlist, host: str | None, origin: str | None, referer: str | None) -> bool:
    """The request comes from a page of this server: its Origin header (else its Referer) names a
    host on the allowlist, at the address the request was sent to (same port too: another local
    server on another port is another origin). A request with neither is refused: browsers send
    Origin on every POST."""
    source = origin if origin and origin != "null" else referer
    if not source or not host or not hosts.allows(host):
        return False
    netloc = urlsplit(source).netloc
    return hosts.allows(netloc) and netloc.lower() == host.lower()
