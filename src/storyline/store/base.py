"""What every store offers, independent of the database behind it.

Kept free of SQLAlchemy so that `from storyline.store import Store` (for type hints) costs nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from storyline.model import Article, IngestFailure, Span


@dataclass(slots=True, frozen=True)
class StoreStatus:
    """Counts shown by `storyline status`.

    `duplicates` counts articles linked to an earlier copy (duplicate_of set); `failures` counts
    distinct (source, record, error) failures, however often each was seen.
    """

    articles: int = 0
    duplicates: int = 0
    failures: int = 0
    failures_by_error: dict[str, int] = field(default_factory=dict)
    dropped_lines: int = 0


@dataclass(slots=True, frozen=True)
class MentionRecord:
    article_id: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class EntityRecord:
    """A canonical entity across the corpus: every surface form seen, and where."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    mentions: list[MentionRecord] = field(default_factory=list)


@dataclass(slots=True, frozen=True)
class CitationLink:
    """A citation span of one article, and the ingested article it resolves to (if any)."""

    article_id: str
    start: int
    end: int
    outlet: str
    time: str | None
    resolves_to: str | None


@dataclass(slots=True, frozen=True)
class StoryRecord:
    """A story: a stable id, a title, and its articles (reprints included), earliest first."""

    id: str
    title: str
    article_ids: tuple[str, ...]


@runtime_checkable
class Store(Protocol):
    """Articles keyed by content hash, the failures of every batch, and near-duplicate signatures."""

    def has_article(self, article_id: str) -> bool: ...

    def save_article(self, article: Article, signature: bytes | None = None) -> bool: ...

    def save_spans(self, article_id: str, stage: str, spans: list[Span]) -> None: ...

    def link_reprints(self, article_ids: list[str], original_id: str) -> None: ...

    def record_failure(self, failure: IngestFailure) -> None: ...

    def get_article(self, article_id: str) -> Article: ...

    def replace_entities(self, records: list[EntityRecord]) -> None: ...

    def list_entities(self) -> list[EntityRecord]: ...

    def replace_citation_links(self, links: list[CitationLink]) -> None: ...

    def list_citation_links(self) -> list[CitationLink]: ...

    def replace_stories(self, stories: list[StoryRecord], aliases: dict[str, str]) -> None: ...

    def list_stories(self) -> list[StoryRecord]: ...

    def story_aliases(self) -> dict[str, str]: ...

    def list_articles(self, *, limit: int | None = None, offset: int = 0,
                      with_raw: bool = True) -> list[Article]: ...

    def signatures(self) -> dict[str, bytes]: ...

    def failures(self) -> list[IngestFailure]: ...

    def status(self) -> StoreStatus: ...

    def close(self) -> None: ...
