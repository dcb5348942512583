"""Fetching http(s) URLs through the guarded client: timeouts, few redirects, a size cap, a type check.

Every fetch goes through `storyline.fetch.GuardedClient`: internal addresses (loopback, private,
link-local, metadata…) are refused on every hop unless the `fetch_allow` setting lists them.
`text/html` and `application/xhtml+xml` become kind "html", `text/plain` kind "text"; RSS/Atom
responses are read as feeds (one document per item); anything else is refused before its body is
downloaded. `source` is the URL as given; `metadata["url"]` is where the redirects ended.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from storyline.errors import (
    BinaryInputError,
    ConfigError,
    InputError,
    MissingInputError,
    UnreadableInputError,
    UnsupportedFormatError,
)
from storyline.ingest._common import Items, failure, os_error
from storyline.ingest.decode import check_size, decode_bytes
from storyline.model import RawDocument

if TYPE_CHECKING:
    from storyline.fetch import Allowlist, GuardedClient, Head

URL_LIST_ENDINGS = (".urls",)
TIMEOUT_SECONDS = 15.0
MAX_REDIRECTS = 5
USER_AGENT = "storyline/0.1 (news archive reader)"
_KINDS = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
               "application/xml", "text/xml")
_BINARY_PREFIXES = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip",
                    "application/octet-stream", "application/gzip")


def is_url(text: str) -> bool:
    """True for an http:// or https:// URL (the only schemes storyline fetches)."""
    return text.strip().lower().startswith(("http://", "https://"))


def read_urls(urls: Iterable[str], *, max_bytes: int = 20_000_000, timeout: float = TIMEOUT_SECONDS,
              max_redirects: int = MAX_REDIRECTS, allow: Allowlist | str | None = None) -> Items:
    """Fetch each URL in turn; yield its document(s), or a failure saying why it could not be read.

    `allow`: hosts/networks the guard lets through although internal; None reads the `fetch_allow`
    setting (environment or config file)."""
    from storyline.fetch import FetchLimits, GuardedClient

    limits = FetchLimits(max_bytes=max_bytes, timeout=timeout, total_seconds=max(60.0, 4 * timeout),
                         max_redirects=max_redirects)
    with GuardedClient(allow=_allowlist(allow), limits=limits, user_agent=USER_AGENT) as client:
        for url in urls:
            yield from _read_url(client, url.strip(), max_bytes)


def _allowlist(allow: Allowlist | str | None) -> Allowlist:
    from storyline.fetch import Allowlist

    if isinstance(allow, Allowlist):
        return allow
    if allow is None:
        from storyline.settings import load_settings

        allow = str(load_settings().fetch_allow)
    try:
        return Allowlist.parse(allow)
    except ValueError as exc:
        raise ConfigError(f"fetch_allow: {exc}", fix="list host names and IP networks, comma separated") from None


def read_url_list(path: str | Path, *, max_bytes: int = 20_000_000, source: str | None = None,
                  timeout: float = TIMEOUT_SECONDS, allow: Allowlist | str | None = None) -> Items:
    """Fetch every URL listed in a .urls file: one per line, blank lines and # comments skipped."""
    source = source or str(path)
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        yield failure(source, os_error(exc, source))
        return
    except UnicodeDecodeError as exc:
        yield failure(source, UnsupportedFormatError(
            f"is not a UTF-8 list of URLs ({exc.reason} at byte {exc.start})", source=source,
            fix="write one http(s) URL per line, in UTF-8"))
        return
    urls = []
    for number, line in enumerate(lines, start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if is_url(line):
            urls.append(line)
        else:
            yield failure(source, UnsupportedFormatError(
                f"line {number} is not an http(s) URL: {line[:200]!r}", source=source,
                fix="write one http:// or https:// URL per line"), f"line {number}")
    yield from read_urls(urls, max_bytes=max_bytes, timeout=timeout, allow=allow)


def _read_url(client: GuardedClient, url: str, max_bytes: int) -> Items:
    found: dict[str, str | None] = {}

    def accept(head: Head) -> None:
        found["kind"], found["charset"] = _check_response(head, url, max_bytes)

    try:
        fetched = client.fetch(url, accept)
    except InputError as exc:
        yield failure(url, exc)
        return
    yield from _documents(url, fetched.head.final_url, str(found["kind"]), found["charset"], fetched.content)


def _check_response(head: Head, url: str, max_bytes: int) -> tuple[str, str | None]:
    status = head.status
    if status in (404, 410):
        raise MissingInputError(f"HTTP {status}: the page is gone", source=url, fix="check the URL")
    if status != 200:
        raise UnreadableInputError(f"HTTP {status} {head.reason}", source=url,
                                   fix="retry later, or check the URL")
    length = head.headers.get("Content-Length", "")
    if length.isdigit():
        check_size(int(length), max_bytes, source=url)  # refuse before downloading the body
    return _kind(head.headers.get("Content-Type", ""), url), head.charset


def _kind(content_type: str, url: str) -> str:
    mime = content_type.split(";")[0].strip().lower()
    if not mime:
        return "sniff"  # no header: the body decides (decode_bytes refuses binary data)
    if mime in _KINDS:
        return _KINDS[mime]
    if mime in _FEED_TYPES:
        return "feed"
    if mime.startswith(_BINARY_PREFIXES):
        raise BinaryInputError(f"is {mime}, not text", source=url, fix="give the URL of an HTML page")
    raise UnsupportedFormatError(f"has the content type {mime!r}, which storyline does not read",
                                 source=url, fix="give the URL of an HTML page, text or a feed")


def _documents(url: str, final: str, kind: str, charset: str | None, data: bytes) -> Items:
    from storyline.ingest.feeds import looks_like_feed, read_feed_bytes

    if kind == "feed" or (kind == "sniff" and looks_like_feed(data)):
        yield from read_feed_bytes(data, source=url)
        return
    try:
        decoded = decode_bytes(data, source=url, declared=charset, html=kind != "text")
    except InputError as exc:
        yield failure(url, exc)
        return
    as_html = kind == "html" or (kind == "sniff" and "<html" in decoded.text[:4096].lower())
    fetched = datetime.now(UTC).isoformat(timespec="seconds")
    yield RawDocument(source=url, kind="html" if as_html else "text", content=decoded.text,
                      metadata={"url": final, "encoding": decoded.encoding, "fetched": fetched})
