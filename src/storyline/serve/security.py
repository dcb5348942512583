"""What keeps hostile article text harmless in the browser, and forged requests out.

Every string the app shows was scraped from the open web. The templates escape it all (Jinja2
autoescaping, no `|safe` anywhere); these headers make a slip harmless too: the
Content-Security-Policy allows scripts and styles only from the app's own static files, so an
injected <script>, an onerror= attribute or a javascript: link does not run, and no page can be
framed. State-changing routes (only the upload, and only with --allow-ingest) need a CSRF token:
a signed random token in a SameSite=Strict cookie, echoed in a form field or the X-CSRF-Token
header, and an Origin (or Referer) naming this server.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from urllib.parse import urlsplit

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


class SecurityHeaders:
    """ASGI middleware: the headers above on every HTTP response (pages, API, static files, errors)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []), *(h for h in HEADERS if h[0] not in names)]
            await send(message)

        await self.app(scope, receive, send_with_headers)


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


def same_origin(host: str | None, origin: str | None, referer: str | None) -> bool:
    """The request comes from a page of this server: its Origin header (else its Referer) names the
    Host it was sent to. A request with neither is refused: browsers send Origin on every POST."""
    source = origin if origin and origin != "null" else referer
    if not source or not host:
        return False
    return urlsplit(source).netloc.lower() == host.lower()
