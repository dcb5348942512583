"""The JSON API's response shapes (OpenAPI schemas): the export's records (../shared/EXPORT.md,
storyline.export), paged. Records may carry more fields than listed (extra="allow"), as the export
does; the listed ones are always there with these types."""
from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict

T = TypeVar("T")


class Record(BaseModel):
    model_config = ConfigDict(extra="allow")


class Published(Record):
    date: str | None
    precision: str


class PublishedWithEvidence(Published):
    evidence: str
    tried: list[str]
    earliest: str | None
    latest: str | None


class DroppedLine(Record):
    line: int
    text: str
    reason: str


class ArticleSummary(Record):
    id: str
    title: str | None
    outlet: str | None
    source: str
    published: Published
    duplicate_of: str | None


class Article(Record):
    id: str
    source: str
    record: str | None
    title: str | None
    outlet: str | None
    byline: str | None
    url: str | None
    published: PublishedWithEvidence
    body: str
    duplicate_of: str | None
    republished_by: str | None
    evidence: dict[str, str]
    dropped: list[DroppedLine]


class Speaker(Record):
    entity: str | None
    name: str | None
    descriptor: str | None
    kind: str | None


class Quote(Record):
    id: str
    article: str
    text: str
    start: int
    end: int
    kind: str | None
    cue: str | None
    said_at: str | None
    speaker: Speaker


class Timex(Record):
    article: str
    text: str
    start: int
    end: int
    type: str | None
    value: str | None
    anchored: bool


class Claim(Record):
    article: str
    text: str
    start: int
    end: int


class Citation(Record):
    article: str
    text: str
    start: int
    end: int
    cites: str
    time: str | None
    resolves_to: str | None


class ArticleCitation(Record):
    text: str
    start: int
    end: int
    cites: str
    time: str | None
    resolves_to: str | None


class ArticleEntity(Record):
    id: str
    name: str
    type: str
    mentions: int


class ArticleDetail(Article):
    quotes: list[Quote]
    timex: list[Timex]
    entities: list[ArticleEntity]
    citations: list[ArticleCitation]
    reprints: list[str]
    story: str | None


class Entity(Record):
    id: str
    name: str
    type: str
    aliases: list[str]
    mentions: int
    articles: int


class EntityDetail(Entity):
    """The entity with the quotes by and about it in one page of the articles that mention it."""

    quotes_by: list[Quote]
    quotes_about: list[Quote]
    mentioning: list[ArticleSummary]
    mentioning_page: PageInfo


class StorySummary(Record):
    id: str
    title: str
    articles: int
    outlets: int
    first_published: str | None
    last_published: str | None


class Source(Record):
    article: str
    text: str
    start: int | None
    end: int | None


class TimelineEntry(Record):
    date: str
    precision: str
    basis: str = "stated"
    summary: str
    sources: list[Source]
    contradicted: list[int]


class ContradictionSide(Record):
    article: str
    text: str
    speaker: str


class Contradiction(Record):
    a: ContradictionSide
    b: ContradictionSide
    explanation: str


class Provenance(Record):
    first_reported: dict | None
    independent_origins: int
    origins: list[list[str]]
    citations: list[dict]


class SpeakerQuote(Quote):
    published: str | None
    also: list[str]  # other articles of the story repeating the same words (reprints, wire copies)


class SpeakerQuotes(Record):
    speaker: str
    entity: str | None
    quotes: list[SpeakerQuote]


class Story(Record):
    id: str
    title: str
    articles: list[str]
    timeline: list[TimelineEntry]
    contradictions: list[Contradiction]
    provenance: Provenance
    speakers: list[SpeakerQuotes]


class SearchHit(Record):
    article: ArticleSummary
    snippet: str
    rank: float


class Stance(Record):
    stance: str                       # agree | disagree | discuss
    confidence: float
    sentences: list[str]


class ClaimArticle(Stance):
    article: str
    outlet: str | None
    published: str | None
    title: str | None


class ClaimQuote(Stance):
    article: str
    outlet: str | None
    published: str | None
    speaker: str | None
    text: str


class ClaimAssessment(Record):
    """Who agrees with a claim, who denies it, who discusses it (storyline.stance.claims.claim_record)."""

    claim: str
    story: str | None
    articles: list[ClaimArticle]
    quotes: list[ClaimQuote]
    counts: dict[str, int]


class Alert(Record):
    id: int
    follow: str
    kind: str                         # article | timeline | dispute
    title: str
    detail: dict[str, Any]
    created_at: str


class Alerts(BaseModel):
    items: list[Alert]


class PageInfo(BaseModel):
    total: int
    limit: int
    offset: int
    next_offset: int | None


class Page(PageInfo, Generic[T]):
    """One page of a list: `total` items in all, this page from `offset`; `next_offset` is null on
    the last page."""

    items: list[T]


class Status(BaseModel):
    articles: int
    duplicates: int
    failures: int
    failures_by_error: dict[str, int]
    dropped_lines: int
    stories: int
    entities: int
    revision: int


class Error(BaseModel):
    error: str
    message: str
    fix: str | None


EntityDetail.model_rebuild()
