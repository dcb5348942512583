"""The records storyline passes between stages.

An `Article` owns its cleaned `body`; everything extracted from it later (mentions, quotes, time
expressions, claims) is a `Span` over that body: character offsets, a label and the stage that
produced it, and a typed payload whose class follows the label (`QuotePayload` for QUOTE, …).
Raw input arrives as a `RawDocument` from `storyline.ingest`.

Payloads are turned into the stored JSON (a flat map of strings, the format every store so far holds)
only at the store's edge (storyline/store/rows.py); consumers read typed fields (`span.quote`,
`span.claim` …). Older callers may still pass, and read (`span.attrs`), the stored form.
"""
from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from storyline.payloads import (
    Attributes,
    CitationPayload,
    ClaimPayload,
    MentionPayload,
    Payload,
    QuotePayload,
    TimexPayload,
    decode_payload,
    encode_payload,
)

DocumentKind = Literal["text", "html"]
Precision = Literal["day", "month", "year", "unknown"]
NO_ATTRIBUTES = Attributes()
P = TypeVar("P", MentionPayload, QuotePayload, TimexPayload, ClaimPayload, CitationPayload, Attributes)


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
    """A document the batch skipped, and why (the error's code and message, the stage and traceback)."""

    source: str
    error: str
    message: str
    record: str | None = None
    stage: str | None = None    # the pipeline stage that failed, when a stage did
    detail: str | None = None   # its traceback, kept for `storyline status`


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
    """A labelled stretch of an article's body: [start, end) character offsets, and the typed
    payload of its label (see storyline.payloads).

    For callers written before payloads, a plain map in the stored form is accepted in place of
    `payload` and decoded once here; `attrs` gives the stored form back (read-only)."""

    start: int
    end: int
    label: str
    stage: str
    text: str = ""
    payload: Payload = NO_ATTRIBUTES

    def __post_init__(self) -> None:
        # no payload given: the label's payload with its defaults (as an empty stored map reads back)
        given: object = self.payload
        if type(given) is Attributes and not given.items:
            given = {}
        if isinstance(given, dict | Mapping):
            object.__setattr__(self, "payload", decode_payload(self.label, self.stage, given))

    def payload_as(self, kind: type[P]) -> P | None:
        """The payload if it is of this type, else None."""
        return self.payload if isinstance(self.payload, kind) else None

    @property
    def mention(self) -> MentionPayload | None:
        return self.payload_as(MentionPayload)

    @property
    def quote(self) -> QuotePayload | None:
        return self.payload_as(QuotePayload)

    @property
    def timex(self) -> TimexPayload | None:
        return self.payload_as(TimexPayload)

    @property
    def claim(self) -> ClaimPayload | None:
        return self.payload_as(ClaimPayload)

    @property
    def citation(self) -> CitationPayload | None:
        return self.payload_as(CitationPayload)

    @property
    def attrs(self) -> dict[str, Any]:
        """The payload in its stored form (strings). Kept for code written before payloads: read
        the typed payload instead."""
        return encode_payload(self.payload)


@dataclass(slots=True, frozen=True)
class Packed:
    """An article's stored form, made by the `pack` stage where the article was extracted (a worker
    process), so that the one writer runs little more than SQL (issue 16: the parent's per-page CPU
    bounds the speed-up of two workers): the raw page zlib-compressed as the store keeps it, the
    body's MinHash signature and its LSH band keys at `threshold`, and why the database cannot hold
    the article's text (None: it can)."""

    raw: bytes
    signature: bytes | None
    bands: tuple[int, ...]
    threshold: float
    refused: str | None = None


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
    #: the stored form made by the `pack` stage (None until then, and once stored); not content
    packed: Packed | None = field(default=None, compare=False, repr=False)

    @classmethod
    def from_raw(cls, doc: RawDocument) -> Article:
        return cls(id=doc.id, source=doc.source, kind=doc.kind, raw=doc.content,
                   record=doc.record, metadata=dict(doc.metadata), url=doc.metadata.get("url"))

    def paragraphs(self) -> list[str]:
        return [p for p in self.body.split("\n\n") if p.strip()]
