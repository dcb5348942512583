"""Ingest: files, folders, globs, JSONL, RSS/Atom, WARC and URLs → RawDocument records.

    read_documents(["news/", "feeds/*.rss", "crawl.warc.gz", "https://example.org/a"])

yields one RawDocument per document found, in argument order (folders and globs sorted), and one
IngestFailure for each thing that could not be read: a missing path, an unsupported ending, a
binary, empty, oversized or undecodable file, a malformed line, feed item or WARC record. A bad
input never stops the batch and never raises.
"""
from __future__ import annotations

import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path

from storyline.errors import InputError, MalformedInputError, UnsupportedFormatError
from storyline.ingest._common import Item, Items, failure, name_of
from storyline.ingest.decode import Decoded, decode_bytes
from storyline.ingest.feeds import FEED_ENDINGS, looks_like_feed, read_feed, read_feed_bytes
from storyline.ingest.files import file_kind, load_file, read_file, unsupported
from storyline.ingest.jsonl import JSONL_ENDINGS, read_jsonl, read_jsonl_stream
from storyline.ingest.paths import expand
from storyline.ingest.rawio import read_capped
from storyline.ingest.urls import URL_LIST_ENDINGS, is_url, read_url_list, read_urls
from storyline.ingest.warc import WARC_ENDINGS, read_warc, read_warc_stream
from storyline.model import IngestFailure, RawDocument

__all__ = [
    "Decoded",
    "decode_bytes",
    "load_file",
    "read_documents",
    "read_feed",
    "read_feed_bytes",
    "read_file",
    "read_jsonl",
    "read_jsonl_stream",
    "read_path",
    "read_url_list",
    "read_urls",
    "read_warc",
    "read_warc_stream",
]

DEFAULT_MAX_BYTES = 20_000_000

# What a reader library may still raise on input nobody foresaw (feedparser and warcio are large).
# Caught per file so one such file costs only itself; the message asks for a report.
_UNFORESEEN = (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError,
               UnicodeError, LookupError, EOFError, zlib.error)


def read_documents(paths: Sequence[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES,
                   fetch_allow: str | None = None) -> Iterator[RawDocument | IngestFailure]:
    """Yield every document the paths, folders, globs and URLs hold, or a failure for each that fails.

    `fetch_allow`: internal hosts/networks URL fetches may reach (None: the `fetch_allow` setting)."""
    if isinstance(paths, (str, Path)):
        paths = [paths]  # one path given bare: iterating a str would read it letter by letter
    for arg in paths:
        arg = str(arg)
        if is_url(arg):
            yield from _guarded(arg, read_urls([arg], max_bytes=max_bytes, allow=fetch_allow))
            continue
        for path in expand(arg):
            if isinstance(path, IngestFailure):
                yield path
            else:
                yield from read_path(path, max_bytes=max_bytes, fetch_allow=fetch_allow)


def read_path(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES,
              fetch_allow: str | None = None) -> Iterator[Item]:
    """Yield the documents of one file, dispatched on its ending; never raises for bad input."""
    source = str(path)
    yield from _guarded(source, _dispatch(source, max_bytes, fetch_allow))


def _guarded(source: str, items: Items) -> Items:
    try:
        yield from items
    except _UNFORESEEN as exc:
        yield failure(source, MalformedInputError(
            f"could not be read: unexpected {type(exc).__name__}: {exc}", source=source,
            fix="report this to storyline with the input attached"))


def _dispatch(source: str, max_bytes: int, fetch_allow: str | None = None) -> Items:
    name = name_of(source)
    if name.endswith(WARC_ENDINGS):
        return read_warc(source, max_bytes=max_bytes)
    if name.endswith(JSONL_ENDINGS):
        return read_jsonl(source, max_bytes=max_bytes)
    if name.endswith(FEED_ENDINGS):
        return read_feed(source, max_bytes=max_bytes)
    if name.endswith(".xml"):
        return _read_xml(source, max_bytes)
    if name.endswith(URL_LIST_ENDINGS):
        return read_url_list(source, max_bytes=max_bytes, allow=fetch_allow)
    if file_kind(source) is not None:
        return read_file(source, max_bytes=max_bytes)
    return iter([failure(source, unsupported(source))])


def _read_xml(source: str, max_bytes: int) -> Items:
    """A .xml file is read only when it is an RSS/Atom feed (sitemaps, configs and the like are not)."""
    try:
        data = read_capped(source, max_bytes, source=source)
    except InputError as exc:
        yield failure(source, exc)
        return
    if looks_like_feed(data):
        yield from read_feed_bytes(data, source=source)
    else:
        yield failure(source, UnsupportedFormatError(
            "is XML but not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)", source=source,
            fix="only feeds are read from .xml files; convert other XML to .txt, .html or .jsonl"))
