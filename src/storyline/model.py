"""The records storyline passes between stages.

An `Article` owns its cleaned `body`; everything extracted from it later (mentions, quotes, time
expressions, claims) is a `Span` over that body: character offsets, a label and the stage that
produced it. Raw input arrives as a `RawDocument` from `storyline.ingest`.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

DocumentKind = Literal["text", "html"]
Precision = Literal["day", "month", "year", "unknown"]


def content_hash(text: str) -> str:
    """Stable id of a document's content: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(slots=True, frozen=True)
class RawDocument:
    """One document as read, before cleaning.

    `source` is the path or URL it came from; `record` locates it inside a container
    (a JSONL line, a feed item, a WARC record offset), or is None for a plain file.
    `metadata` holds what the container itself said (title, url, published, outlet, …).
    """

    source: str
    kind: DocumentKind
    content: str
    record: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return content_hash(self.kind + "\0" + self.content)


@dataclass(slots=True, frozen=True)
class IngestFailure:
    """A document the batch skipped, and why (the error's code and message)."""

    source: str
    error: str
    message: str
    record: str | None = None


@dataclass(slots=True, frozen=True)
class DroppedLine:
    """A line of the raw text left out of the body, with the rule that dropped it."""

    line_no: int
    text: str
    reason: str


@dataclass(slots=True, frozen=True)
class PublishedDate:
    """When an article was published, as precisely as the evidence allows.

    `value` is "YYYY-MM-DD", "YYYY-MM", "YYYY" or None; `evidence` is the text or field it came
    from; `tried` lists the evidence looked at when nothing settled the date.
    """

    value: str | None = None
    precision: Precision = "unknown"
    evidence: str = ""
    tried: tuple[str, ...] = ()
    earliest: str | None = None
    latest: str | None = None

    @property
    def day(self) -> str | None:
        return self.value if self.precision == "day" else None


@dataclass(slots=True, frozen=True)
class Span:
    """A labelled stretch of an article's body: [start, end) character offsets."""

    start: int
    end: int
    label: str
    stage: str
    text: str = ""
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Article:
    """A document after cleaning: the body every later span indexes, and metadata with evidence."""

    id: str
    source: str
    kind: DocumentKind
    raw: str
    record: str | None = None
    body: str = ""
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    url: str | None = None
    published: PublishedDate = field(default_factory=PublishedDate)
    evidence: dict[str, str] = field(default_factory=dict)
    dropped: list[DroppedLine] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    duplicate_of: str | None = None
    spans: list[Span] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)
    #: ISO 639-1 code detected at clean time (storyline.clean.language), None when too short to tell
    language: str | None = None

    @classmethod
    def from_raw(cls, doc: RawDocument) -> Article:
        return cls(id=doc.id, source=doc.source, kind=doc.kind, raw=doc.content,
                   record=doc.record, metadata=dict(doc.metadata), url=doc.metadata.get("url"))

    def paragraphs(self) -> list[str]:
        return [p for p in self.body.split("\n\n") if p.strip()]
