"""URL fetching against a local http.server on 127.0.0.1: no outside network.

The fetch guard refuses loopback unless `fetch_allow` lists it (tests/reliability/test_fetch_guard.py);
these tests allow 127.0.0.1 through the setting, as a user would for a local server."""
from __future__ import annotations

import gzip
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from ingest_helpers import page, split

from storyline.ingest import read_documents, read_url_list, read_urls

ROUTES: dict[str, tuple[int, dict[str, str], bytes]] = {
    "/story": (200, {"Content-Type": "text/html; charset=utf-8"}, page("Story", "Grüße").encode()),
    "/latin": (200, {"Content-Type": "text/html; charset=iso-8859-1"}, page("Café", "déjà vu").encode("latin-1")),
    "/notes.txt": (200, {"Content-Type": "text/plain"}, b"Plain notes."),
    "/feed": (200, {"Content-Type": "application/rss+xml"},
              b'<rss version="2.0"><channel><title>F</title><item><title>i</title>'
              b"<description>Item body.</description></item></channel></rss>"),
    "/moved": (301, {"Location": "/story"}, b""),
    "/loop": (302, {"Location": "/loop"}, b""),
    "/gone": (404, {"Content-Type": "text/html"}, b"<p>not here</p>"),
    "/error": (503, {"Content-Type": "text/html"}, b"<p>busy</p>"),
    "/logo.png": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n"),
    "/data.json": (200, {"Content-Type": "application/json"}, b"{}"),
    "/big": (200, {"Content-Type": "text/html"}, b"<p>" + b"x" * 50_000 + b"</p>"),
    "/bomb": (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"},
              gzip.compress(b"<p>" + b" " * 5_000_000 + b"</p>")),
    "/empty": (200, {"Content-Type": "text/html"}, b""),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        status, headers, body = ROUTES.get(self.path, (404, {}, b""))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if self.path != "/big":  # /big streams without a Content-Length, so only the streamed cap stops it
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(autouse=True)
def _allow_loopback(monkeypatch):
    monkeypatch.setenv("STORYLINE_FETCH_ALLOW", "127.0.0.1")


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _outcome(items):
    return [(i.source.rsplit("/", 1)[-1], getattr(i, "error", "ok")) for i in items]


def test_html_text_and_feeds_are_fetched(server):
    docs, fails = split(read_urls([f"{server}/story", f"{server}/notes.txt", f"{server}/feed"]))
    assert not fails
    assert [(d.kind, d.source) for d in docs] == [("html", f"{server}/story"), ("text", f"{server}/notes.txt"),
                                                  ("text", f"{server}/feed")]
    assert "Grüße" in docs[0].content and docs[0].metadata["url"] == f"{server}/story"
    assert docs[0].metadata["fetched"].startswith("20")
    assert (docs[2].record, docs[2].content) == ("item 1", "Item body.")


def test_http_charset_is_honoured(server):
    docs, _ = split(read_urls([f"{server}/latin"]))
    assert "déjà vu" in docs[0].content and docs[0].metadata["encoding"] == "cp1252"


def test_redirects_are_followed_and_the_final_url_recorded(server):
    docs, _ = split(read_urls([f"{server}/moved"]))
    assert docs[0].source == f"{server}/moved" and docs[0].metadata["url"] == f"{server}/story"


def test_every_bad_url_is_one_failure_and_the_rest_are_read(server):
    urls = [f"{server}/story", f"{server}/loop", f"{server}/gone", f"{server}/error", f"{server}/logo.png",
            f"{server}/data.json", f"{server}/big", f"{server}/bomb", f"{server}/empty",
            "http://127.0.0.1:9/refused", f"{server}/notes.txt"]
    items = list(read_urls(urls, max_bytes=10_000, timeout=5))
    assert _outcome(items) == [("story", "ok"), ("loop", "unreadable"), ("gone", "missing"),
                               ("error", "unreadable"), ("logo.png", "binary"), ("data.json", "unsupported"),
                               ("big", "too-large"), ("bomb", "too-large"), ("empty", "empty"),
                               ("refused", "unreadable"), ("notes.txt", "ok")]


def test_read_documents_takes_urls_and_url_lists(server, tmp_path, good_pair):
    listing = tmp_path / "m.urls"
    listing.write_text(f"# morning run\n{server}/story\n\nftp://old.test/x\n{server}/gone\n", encoding="utf-8")
    items = list(read_documents([good_pair[0], f"{server}/notes.txt", listing, good_pair[1]]))
    assert _outcome(items) == [("a.txt", "ok"), ("notes.txt", "ok"), ("m.urls", "unsupported"),
                               ("story", "ok"), ("gone", "missing"), ("z.html", "ok")]
    assert items[2].record == "line 4"


def test_a_missing_url_list_is_a_failure(tmp_path):
    docs, fails = split(read_url_list(tmp_path / "none.urls"))
    assert not docs and fails[0].error == "missing"
