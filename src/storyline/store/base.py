"""What every store offers, independent of the database behind it.

Kept free of SQLAlchemy so that `from storyline.store import Store` (for type hints) costs nothing.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from storyline.model import Article, IngestFailure, Packed, PublishedDate, Span


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
    refresh_pending: int = 0  # articles stored since the last completed corpus refresh (0005)


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


@dataclass(slots=True, frozen=True)
class CorpusRow:
    """One article as the corpus stages read it (Store.corpus_rows): no raw input, no dropped lines,
    only the spans of the stages asked for, the body only when asked for. `generation` is the
    store's article-write count when it was stored (0011; 0 for articles stored before it)."""

    id: str
    outlet: str | None
    published: PublishedDate
    duplicate_of: str | None
    title: str | None
    generation: int
    body: str = ""
    spans: tuple[Span, ...] = ()


@dataclass(slots=True, frozen=True)
class ReferentRow:
    """An article as the entity merge reads it (Store.referent_rows, 0015): its id, outlet and stored
    entity referents (None: none stored yet, its spans are read)."""

    id: str
    outlet: str | None
    referents: str | None


@dataclass(slots=True, frozen=True)
class CorpusQuery:
    """Which rows `Store.corpus_rows` yields: stored after generation `since`, of these `ids` or
    `outlets` (exact stored names) when given; with the body, and the spans of `stages`."""

    since: int = 0
    ids: tuple[str, ...] | None = None
    outlets: tuple[str, ...] | None = None
    body: bool = False
    stages: tuple[str, ...] = ("entities", "citations")
    dated_only: bool = False


@dataclass(slots=True)
class StoryChanges:
    """One incremental refresh's stories: `records` replace the stories of the same ids and those
    in `removed`; the merged-id aliases and the new count of originals. (Their index keys are
    written before, a chunk of stories at a time: Store.drop_story_keys, Store.add_story_keys.)"""

    records: Sequence[StoryRecord]
    removed: set[str]
    aliases: dict[str, str]
    documents: int


@dataclass(slots=True, frozen=True)
class StoryRef:
    """A story as a link names it."""

    id: str
    title: str


@dataclass(slots=True, frozen=True)
class Tally:
    """A story or an entity counted for another entity: how many of that entity's articles it shares."""

    id: str
    name: str
    type: str        # the entity's type; "story" for a story
    count: int


@runtime_checkable
class Store(Protocol):
    """Articles keyed by content hash, the failures of every batch, and near-duplicate signatures."""

    def has_article(self, article_id: str) -> bool: ...

    def save_article(self, article: Article, signature: bytes | None = None, bands: Sequence[int] = (), *,
                     packed: Packed | None = None) -> bool: ...

    def save_spans(self, article_id: str, stage: str, spans: list[Span]) -> None: ...

    def link_reprints(self, article_ids: list[str], original_id: str) -> None: ...

    def record_failure(self, failure: IngestFailure) -> None: ...

    def get_article(self, article_id: str) -> Article: ...

    def replace_entities(self, records: list[EntityRecord], aliases: dict[str, str] | None = None) -> None: ...

    # the same, writing only the rows that differ (storyline.store.entity_rows); returns the aliases kept
    def update_entities(self, records: Sequence[EntityRecord],
                        carry: Callable[[list[EntityRecord], dict[str, str]], dict[str, str]]) -> dict[str, str]: ...

    def entity_aliases(self) -> dict[str, str]: ...

    def list_entities(self) -> list[EntityRecord]: ...

    def replace_citation_links(self, links: list[CitationLink], *, of_articles: Sequence[str] | None = None) -> None: ...

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

    # the durable corpus-refresh mark (0005): raised with every stored article, cleared by a refresh
    def refresh_generation(self) -> int: ...

    def pending_refresh(self) -> int: ...

    def mark_refreshed(self, generation: int) -> None: ...

    def refreshed_generation(self) -> int: ...

    def list_outlets(self) -> list[tuple[str, int]]: ...

    # the corpus stages' streamed read (0011): compact rows, paged from the store
    def corpus_rows(self, query: CorpusQuery = CorpusQuery(), page: int = 1000) -> Iterator[CorpusRow]: ...

    # each article's entity referents, stored once (0015, storyline.store.referent_rows)
    def store_referents(self, encode: Callable[[CorpusRow], str], page: int = 1000) -> int: ...

    def referent_rows(self, since: int = 0, page: int = 1000) -> Iterator[ReferentRow]: ...

    def refresh_lock(self) -> AbstractContextManager[None]: ...

    def shared_url(self) -> str | None: ...  # how another process opens this store (None: it cannot)

    # the stories stage's state between refreshes (0013, storyline.store.story_state)
    def story_documents(self) -> int | None: ...

    def begin_story_state(self, full: bool) -> None: ...

    def add_story_frequencies(self, df: Mapping[str, Mapping[str, int]],
                              totals: bool = True, emptied: bool = False) -> dict[str, dict[str, int]]: ...

    def save_story_features(self, encoded: Mapping[str, bytes]) -> None: ...

    def story_features_of(self, article_ids: Iterable[str]) -> Iterator[tuple[str, bytes]]: ...

    def save_story_centroids(self, encoded: Mapping[str, bytes]) -> None: ...

    def drop_story_centroids(self, story_ids: Iterable[str]) -> None: ...

    def story_centroids_of(self, story_ids: Iterable[str]) -> Iterator[tuple[str, bytes]]: ...

    def story_postings(self, keys: Iterable[str]) -> Iterator[dict[str, list[tuple[int, str]]]]: ...

    def drop_story_postings(self, postings: Sequence[tuple[str, str]]) -> None: ...

    def drop_story_keys(self, story_ids: Iterable[str]) -> None: ...

    def stories_of(self, article_ids: Iterable[str]) -> set[str]: ...

    def stories_by_id(self, story_ids: Iterable[str]) -> list[StoryRecord]: ...

    def story_ids(self) -> set[str]: ...

    def copies_of(self, article_ids: Iterable[str]) -> dict[str, list[str]]: ...

    def add_story_keys(self, keys: Mapping[str, Iterable[str]], seen: int) -> None: ...

    def story_keys_of(self, story_ids: Iterable[str]) -> Iterator[tuple[str, list[str]]]: ...

    def extend_story_keys(self, keys: Mapping[str, Iterable[str]], seen: int) -> None: ...

    def finish_story_state(self, documents: int) -> None: ...

    def write_story_slice(self, records: Sequence[StoryRecord], removed: Iterable[str]) -> None: ...

    def write_story_changes(self, changes: StoryChanges) -> None: ...

    # reprint candidates by signature band key (0005)
    def band_candidates(self, keys: Sequence[int]) -> list[str]: ...

    def signatures_of(self, article_ids: Sequence[str]) -> dict[str, bytes]: ...

    def unbanded(self, limit: int = 500) -> dict[str, bytes]: ...

    def add_bands(self, bands: dict[str, Sequence[int]]) -> None: ...


# --- reads for the web and the JSON API (0004): pages, counts and filters, no whole article sets --

@dataclass(slots=True, frozen=True)
class ArticleFilter:
    """Which articles a list shows. Dates are ISO prefixes ("2019", "2019-07", "2019-07-23"); an
    article dated to a month or a year is in a range its month or year overlaps."""

    date_from: str | None = None
    date_to: str | None = None
    outlet: str | None = None
    entity: str | None = None     # an entity id: articles that mention it
    story: str | None = None      # a live story id: its articles
    query: str | None = None      # full-text search words


@dataclass(slots=True, frozen=True)
class ArticleSummary:
    """What a list row shows of an article: no body, no spans."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None
    precision: str
    duplicate_of: str | None
    source: str


@dataclass(slots=True, frozen=True)
class StoryFilter:
    """Which stories a list shows: a story matches when one of its articles does (dates: the
    story's span overlaps the range)."""

    query: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    outlet: str | None = None
    entity: str | None = None


@dataclass(slots=True, frozen=True)
class StorySummary:
    id: str
    title: str
    articles: int
    outlets: int
    first_published: str | None
    last_published: str | None


@dataclass(slots=True, frozen=True)
class EntitySummary:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    mentions: int
    articles: int


@dataclass(slots=True, frozen=True)
class SearchHit:
    """A full-text match: the article, and a snippet whose matched words sit between
    SNIPPET_START and SNIPPET_END (control characters: never shown, never markup)."""

    article: ArticleSummary
    snippet: str
    rank: float


SNIPPET_START, SNIPPET_END = "\x02", "\x03"


@runtime_checkable
class BrowseStore(Protocol):
    """Paginated, lightweight reads: what a page or an API route needs on a store of any size."""

    def revision(self) -> int: ...

    def count_articles(self, where: ArticleFilter = ArticleFilter()) -> int: ...

    def list_article_summaries(self, where: ArticleFilter = ArticleFilter(), *, limit: int = 50,
                               offset: int = 0) -> list[ArticleSummary]: ...

    def get_articles(self, article_ids: list[str], *, spans: bool = True,
                     dropped: bool = True) -> list[Article]: ...

    def reprints_of(self, article_id: str) -> list[ArticleSummary]: ...

    def story_of(self, article_id: str) -> str | None: ...

    def get_story(self, story_id: str) -> StoryRecord: ...

    def story_ids_starting(self, prefix: str, limit: int = 2) -> list[str]: ...

    def count_stories(self, where: StoryFilter = StoryFilter()) -> int: ...

    def list_story_summaries(self, where: StoryFilter = StoryFilter(), *, limit: int = 50,
                             offset: int = 0) -> list[StorySummary]: ...

    def count_entities(self, type: str | None = None, name: str | None = None) -> int: ...

    def list_entity_summaries(self, type: str | None = None, name: str | None = None, *,
                              limit: int = 50, offset: int = 0) -> list[EntitySummary]: ...

    def get_entity(self, entity_id: str) -> EntitySummary: ...

    def entities_in_articles(self, article_ids: list[str]) -> list[EntityRecord]: ...

    def entity_article_ids(self, entity_id: str, *, limit: int = 50, offset: int = 0) -> list[str]: ...

    def count_spans(self, label: str, article_ids: list[str] | None = None) -> int: ...

    def list_spans(self, label: str, *, limit: int = 50, offset: int = 0) -> list[tuple[str, Span]]: ...

    def citation_links_for(self, article_ids: list[str]) -> list[CitationLink]: ...

    def count_citation_links(self) -> int: ...

    def list_citation_links_page(self, *, limit: int = 50, offset: int = 0) -> list[CitationLink]: ...

    def list_outlets(self) -> list[tuple[str, int]]: ...

    def search_articles(self, query: str, *, limit: int = 20, offset: int = 0,
                        prefix: bool = False) -> list[SearchHit]: ...

    def get_story_view(self, story_id: str, revision: int) -> dict | None: ...

    def save_story_view(self, story_id: str, revision: int, view: dict) -> None: ...

    def undated_counts(self, story_ids: list[str]) -> dict[str, int]: ...

    def stories_of_articles(self, article_ids: list[str]) -> dict[str, StoryRef]: ...

    def entity_years(self, entity_id: str) -> dict[str | None, int]: ...

    def entity_stories(self, entity_id: str, *, limit: int) -> list[Tally]: ...

    def entities_beside(self, entity_id: str, *, limit: int, sample: int) -> list[Tally]: ...


@runtime_checkable
class ReadStore(BrowseStore, Protocol):
    """What the read side (export, web pages, JSON API) needs of a store: the paged reads of
    `BrowseStore` and the whole-store reads of `Store`. serve/ and the export type against this,
    never against the SQL store."""

    def get_article(self, article_id: str) -> Article: ...

    def read_connection(self) -> AbstractContextManager[Any]: ...

    def reading(self) -> AbstractContextManager[None]: ...

    def list_articles(self, *, limit: int | None = None, offset: int = 0,
                      with_raw: bool = True) -> list[Article]: ...

    def list_entities(self) -> list[EntityRecord]: ...

    def list_citation_links(self) -> list[CitationLink]: ...

    def list_stories(self) -> list[StoryRecord]: ...

    def story_aliases(self) -> dict[str, str]: ...

    def status(self) -> StoreStatus: ...

    def close(self) -> None: ...
