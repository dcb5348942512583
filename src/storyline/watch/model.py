"""Records of the watcher: followed sources and their polling state, entries, fetched responses."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

SourceKind = Literal["feed", "sitemap", "page"]
SOURCE_KINDS: tuple[SourceKind, ...] = ("feed", "sitemap", "page")


def normalise_url(url: str) -> str:
    """One spelling per page: courlan's normalisation (scheme and host lower-cased, default port and
    tracking parameters dropped), without the fragment, which never reaches the server."""
    from courlan import normalize_url

    try:
        normal = normalize_url(url.strip())
    except ValueError:
        normal = url.strip()
    return normal.split("#", 1)[0]


def source_id(url: str) -> str:
    """A source's id: the first 12 hex digits of the SHA-256 of its normalised URL (stable across
    re-adds, so removing and adding a source again keeps its pages' history)."""
    return hashlib.sha256(normalise_url(url).encode()).hexdigest()[:12]


@dataclass(slots=True, frozen=True)
class Source:
    """A followed feed, news sitemap or page, with what the watcher knows of it."""

    id: str
    kind: SourceKind
    url: str
    interval_s: int
    next_poll_at: datetime
    created_at: datetime
    etag: str | None = None
    last_modified: str | None = None
    last_success_at: datetime | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None
    failures: int = 0
    open_until: datetime | None = None
    polls: int = 0
    not_modified: int = 0
    entries_seen: int = 0
    articles_added: int = 0


@dataclass(slots=True, frozen=True)
class Entry:
    """A page a source points to: its URL and what the source said of it."""

    url: str
    title: str | None = None
    published: str | None = None


@dataclass(slots=True, frozen=True)
class Fetched:
    """One HTTP answer: 200 with a body, or 304 (not modified) with none."""

    url: str
    status: int
    body: bytes = b""
    content_type: str = ""
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304
