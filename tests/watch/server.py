"""A real HTTP server on 127.0.0.1 whose pages the tests change between polls.

It answers conditional GETs the way a well-behaved site does (ETag from the body's hash; 304 when
If-None-Match matches) and logs every request, so a test can assert that a 304 was served.
"""
from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    delay_s: float = 0.0
    location: str | None = None


@dataclass
class Site:
    pages: dict[str, Page] = field(default_factory=dict)
    log: list[tuple[str, int]] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None

    @property
    def base(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def statuses(self, path: str) -> list[int]:
        return [status for p, status in self.log if p == path]


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_args: object) -> None:
            pass

        def do_GET(self) -> None:
            page = site.pages.get(self.path)
            if page is None:
                self._answer(404, b"not found", "text/plain")
                return
            if page.delay_s:
                time.sleep(page.delay_s)
            if page.location:
                self.send_response(page.status)
                self.send_header("Location", page.location)
                self.end_headers()
                site.log.append((self.path, page.status))
                return
            etag = '"' + hashlib.sha256(page.body).hexdigest()[:16] + '"'
            if page.status == 200 and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                site.log.append((self.path, 304))
                return
            self._answer(page.status, page.body, page.content_type, etag)

        def _answer(self, status: int, body: bytes, content_type: str, etag: str | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            if etag:
                self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)
            site.log.append((self.path, status))

    return Handler


def start_site() -> Site:
    site = Site()
    site.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    threading.Thread(target=site.server.serve_forever, daemon=True).start()
    return site


def rss(site: Site, items: list[tuple[str, str]], title: str = "Example Wire") -> bytes:
    """An RSS 2.0 feed whose items link to pages on the site: (path, title) pairs."""
    parts = [f"<item><title>{t}</title><link>{site.url(p)}</link><guid>{site.url(p)}</guid></item>"
             for p, t in items]
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
            f'<link>{site.base}</link>{"".join(parts)}</channel></rss>').encode()


def article_html(title: str, paragraphs: list[str], date: str = "2026-11-30") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{title}</title>"
            f'<meta property="article:published_time" content="{date}T10:00:00Z"></head>'
            f"<body><article><h1>{title}</h1>{body}</article></body></html>").encode()
