"""RSS and Atom feeds: one document per item, parsed with feedparser.

feedparser is called with `sanitize_html=False, resolve_relative_uris=False`. Both run every item's
HTML through feedparser's sgmllib-based parser: measured on feedparser 6.0.14, an item holding
"<!--" * 10_000 took 0.20 s and * 20_000 took 0.53 s (super-linear), against 0.00 s with both off.
storyline's HTML cleaner re-parses the markup with lxml anyway, so nothing is lost.

Entity bombs: feedparser's own DOCTYPE filter misses a one-line internal subset, and then expat
expands a billion-laughs feed until its amplification guard (expat >= 2.4) stops it: measured
1.9 s of per-character callbacks, and no guard at all with an older expat. So the internal DTD
subset is cut out before parsing: feeds have no use for their own entities, and undefined ones
are left as written by feedparser's loose parser. External entities are never fetched. The file
is read into memory whole, under `max_bytes`.

Impossible numeric character references crash feedparser's loose parser for the whole feed:
`&#99999999999;` raises OverflowError in chr(), `&#xD800;` UnicodeEncodeError. They are swapped
for private-use stand-ins before parsing: an item holding a reference beyond U+10FFFF is recorded
as a failure of that item (it is not well-formed XML), a surrogate one becomes U+FFFD with a note.
"""
from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from storyline.dates import parse_machine_datetime
from storyline.errors import EmptyInputError, InputError, MalformedInputError
from storyline.ingest._common import Items, failure
from storyline.ingest.decode import check_binary, valid_unicode
from storyline.ingest.rawio import read_capped
from storyline.model import DocumentKind, RawDocument

FEED_ENDINGS = (".rss", ".atom")
_FEED_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(rss|feed|RDF)[\s>]")
_INTERNAL_SUBSET = re.compile(rb"<!DOCTYPE[^\[>]{0,1024}\[.*?\]\s*>", re.S | re.I)
_PROLOG = 4096
_MARKUP = re.compile(r"<[A-Za-z!/]|&#?\w+;")
# feedparser's sgmllib reads a reference with or without its ';'
_CHAR_REF = re.compile(rb"&#(?:[xX]([0-9A-Fa-f]+)|([0-9]+));?")
# plane-16 private-use stand-ins for impossible references (no feed has a use for these two)
_BEYOND_UNICODE = "\U0010fffd"
_SURROGATE_REF = "\U0010fffc"
_PARSE_CRASHES = (OverflowError, ValueError, UnicodeError, RecursionError, LookupError, TypeError)


def looks_like_feed(data: bytes) -> bool:
    """True when the first bytes open an <rss>, Atom <feed> or RSS 1.0 <rdf:RDF> root."""
    return _FEED_ROOT.search(data[:4096]) is not None


def read_feed(path: str | Path, *, max_bytes: int = 20_000_000, source: str | None = None) -> Items:
    """Yield one document (or failure) per item of an RSS/Atom file."""
    source = source or str(path)
    try:
        data = read_capped(path, max_bytes, source=source)
    except InputError as exc:
        yield failure(source, exc)
        return
    yield from read_feed_bytes(data, source=source)


def read_feed_bytes(data: bytes, *, source: str) -> Items:
    """Yield one document (or failure) per item of a feed given as bytes."""
    try:
        parsed = parse_feed(data, source=source)
    except InputError as exc:
        yield failure(source, exc)
        return
    outlet = _repaired(parsed.feed.get("title")) or None
    for number, entry in enumerate(parsed.entries, start=1):
        record = f"item {number}"
        try:
            yield entry_document(entry, source=source, record=record, outlet=outlet)
        except InputError as exc:
            yield failure(source, exc, record)


def parse_feed(data: bytes, *, source: str) -> Any:
    """feedparser's result for `data`; raises MalformedInputError when it holds no feed at all."""
    import feedparser

    if not data.strip():
        raise EmptyInputError("is an empty feed file (0 bytes or whitespace)", source=source,
                              fix="remove it or fetch the feed again")
    check_binary(data, source=source)
    # a BytesIO, never bytes or str: feedparser treats a str that looks like a URL as one to fetch
    cleaned = io.BytesIO(stand_in_impossible_references(strip_internal_subset(data)))
    try:
        parsed = feedparser.parse(cleaned, sanitize_html=False, resolve_relative_uris=False)
    except _PARSE_CRASHES as exc:  # feedparser's loose parser on input nobody foresaw
        raise MalformedInputError(f"could not be read: unexpected {type(exc).__name__}: {exc}", source=source,
                                  fix="report this to storyline with the input attached") from None
    if not parsed.entries and not parsed.get("version"):
        reason = parsed.get("bozo_exception", "no <rss>, <feed> or <rdf:RDF> root")
        raise MalformedInputError(f"is not an RSS or Atom feed: {reason}", source=source,
                                  fix="check that the file is a feed (RSS 0.9–2.0 or Atom)")
    return parsed


def strip_internal_subset(data: bytes) -> bytes:
    """`data` without the DOCTYPE's internal subset (`<!DOCTYPE x [ … ]>`), where entity bombs live."""
    start = data.find(b"<!DOCTYPE", 0, _PROLOG)
    if start < 0:
        start = data.find(b"<!doctype", 0, _PROLOG)
    if start < 0:
        return data
    match = _INTERNAL_SUBSET.match(data, start)
    return data[:start] + data[match.end():] if match else data


def stand_in_impossible_references(data: bytes) -> bytes:
    """Numeric character references beyond U+10FFFF or to a surrogate, replaced by stand-ins."""
    if b"&#" not in data:
        return data

    def stand_in(match: re.Match[bytes]) -> bytes:
        digits = match[1] or match[2]
        value = int(digits, 16 if match[1] else 10) if len(digits) <= 12 else 0x110000
        if value > 0x10FFFF:
            return b"&#x10FFFD;"
        if 0xD800 <= value <= 0xDFFF:
            return b"&#x10FFFC;"
        return match[0]

    return _CHAR_REF.sub(stand_in, data)


def _repaired(value: Any) -> str:
    text = valid_unicode(str(value)) if value else ""
    return text.replace(_SURROGATE_REF, "\ufffd").replace(_BEYOND_UNICODE, "\ufffd")


def entry_document(entry: Any, *, source: str, record: str, outlet: str | None) -> RawDocument:
    """The document of one feed item; raises EmptyInputError for an item with no body and
    MalformedInputError for one holding a character reference beyond Unicode."""
    kind, raw = _entry_content(entry)
    if not raw.strip():
        raise EmptyInputError(f"{record} has no content or summary (title {entry.get('title')!r})",
                              source=source, fix="fetch its link with storyline.ingest.read_urls")
    fields = {"title": entry.get("title"), "url": entry.get("link"), "outlet": outlet,
              "author": _author(entry), "published": _published(entry)}
    if any(_BEYOND_UNICODE in str(v) for v in (raw, *fields.values()) if v):
        raise MalformedInputError(f"{record} holds a numeric character reference beyond U+10FFFF",
                                  source=source, fix="fix or remove that reference (e.g. &#99999999999;)")
    content = _repaired(raw)
    metadata = {k: _repaired(v) for k, v in fields.items() if v}
    if content != raw:
        metadata["unicode_repaired"] = "surrogate code points replaced by U+FFFD (or pairs joined)"
    return RawDocument(source=source, kind=kind, content=content, record=record, metadata=metadata)


def _author(entry: Any) -> str | None:
    """The author's name: RSS 2.0's <author> is an e-mail address with the name in brackets
    ('jane@ex.com (Jane Roe)'); feedparser's own split of it cuts addresses whose domain ends in a
    label longer than four letters ('.example', '.news'), so the RFC 5322 parser reads it. An address
    alone names no one."""
    from email.utils import parseaddr

    written = str(entry.get("author") or "").strip()
    if "@" not in written:
        return written or None
    return parseaddr(written)[0].strip() or None


def _entry_content(entry: Any) -> tuple[DocumentKind, str]:
    # the full body (Atom <content>, RSS <content:encoded>) beats the summary/description
    for detail in [*entry.get("content", []), entry.get("summary_detail")]:
        if detail and detail.get("value", "").strip():
            value = detail["value"]
            # feedparser labels every RSS description text/html; only markup makes it HTML, and
            # Atom type="text" is text even when it holds a literal "<"
            html = detail.get("type") != "text/plain" and _MARKUP.search(value) is not None
            return ("html" if html else "text"), value
    return "text", ""


def _published(entry: Any) -> str | None:
    """The item's date with the offset it was written with: the day a reader of the outlet saw is
    the local one ('Thu, 03 Apr 2025 22:20:00 -0400' is 3 April, though 4 April in UTC); feedparser's
    parsed struct is UTC, so it is the fallback for forms only feedparser reads."""
    written = str(entry.get("published") or entry.get("updated") or "").strip()
    kept = parse_machine_datetime(written)
    if kept:
        return kept.isoformat()
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return written or None  # unparsed dates kept as written
    try:
        year, month, day, hour, minute, second = parsed[:6]
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC).isoformat()
    except (TypeError, ValueError, OverflowError):  # a struct feedparser built from a date out of range
        return written or None
