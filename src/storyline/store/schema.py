"""The tables, in SQLAlchemy Core, with portable types so one schema serves SQLite and PostgreSQL.

Migrations (migrations/versions) create exactly these tables; `tests/store` checks that the migrated
database matches this metadata, so the two cannot drift apart silently.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa

from storyline.store.storable import compress_text, decompress_text

# Explicit constraint names: Alembic needs them to alter or drop constraints later, and SQLite
# would otherwise leave them unnamed.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = sa.MetaData(naming_convention=NAMING)


class CompressedText(sa.types.TypeDecorator[str]):
    """Text stored zlib-compressed (storable.compress_text) in a binary column; reads back as the same
    str. Bytes are taken as compressed already (by the `pack` stage, in a worker process)."""

    impl = sa.LargeBinary
    cache_ok = True

    def process_bind_param(self, value: str | bytes | None, dialect: sa.Dialect) -> bytes | None:
        if value is None or isinstance(value, bytes):
            return value
        return compress_text(value)

    def process_result_value(self, value: bytes | None, dialect: sa.Dialect) -> str | None:
        return None if value is None else decompress_text(value)

articles = sa.Table(
    "articles", metadata,
    sa.Column("id", sa.String(64), primary_key=True),  # content hash
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("record", sa.Text),
    sa.Column("kind", sa.String(16), nullable=False),
    # zlib-compressed UTF-8 (0010): raw HTML was 72 % of the store and compresses ~4.8 times; always
    # written, but nullable because a column added later cannot be made NOT NULL on SQLite
    sa.Column("raw", CompressedText),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("byline", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("published_value", sa.Text),
    sa.Column("published_precision", sa.Text, nullable=False),
    sa.Column("published_evidence", sa.Text, nullable=False),
    sa.Column("published_tried", sa.JSON, nullable=False),
    sa.Column("published_earliest", sa.Text),
    sa.Column("published_latest", sa.Text),
    sa.Column("evidence", sa.JSON, nullable=False),
    sa.Column("metadata", sa.JSON, nullable=False),
    # No foreign key: a reprint may be saved before its original (another batch, another worker).
    sa.Column("duplicate_of", sa.String(64)),
    sa.Column("signature", sa.LargeBinary),  # MinHash signature for the near-duplicate index
    sa.Column("stages", sa.JSON, nullable=False),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("language", sa.String(16)),  # ISO 639-1, detected at clean time (0006)
    # the corpus-refresh mark's `wanted` count once this article was stored (0011): the articles a
    # refresh has not seen yet are those above the mark's `done`; NULL for articles stored before
    sa.Column("generation", sa.Integer),
    sa.Index(None, "published_value", "id"),
    sa.Index(None, "generation", "id"),  # list_articles order
    sa.Index(None, "duplicate_of"),
    # the web's outlet filter, in list order; with the id it covers "the articles of an outlet" (0004)
    sa.Index(None, "outlet", "published_value", "id"),
)

dropped_lines = sa.Table(
    "dropped_lines", metadata,
    sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("position", sa.Integer, nullable=False),  # keeps the article's order on the way back
    sa.Column("line_no", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.PrimaryKeyConstraint("article_id", "position"),
)

spans = sa.Table(
    "spans", metadata,
    sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("label", sa.Text, nullable=False),
    sa.Column("stage", sa.Text, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("attrs", sa.JSON, nullable=False),
    sa.PrimaryKeyConstraint("article_id", "position"),
    # "every quote (mention, time expression) across articles", paged in a stable order (0004:
    # replaced the index on label alone, which left every page to sort all spans of a label)
    sa.Index(None, "label", "article_id", "position"),
    sa.Index(None, "article_id", "stage"),  # save_spans replaces one stage's spans
)

failures = sa.Table(
    "failures", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("record", sa.Text),
    sa.Column("error", sa.Text, nullable=False),
    sa.Column("message", sa.Text, nullable=False),
    sa.Column("first_seen", sa.DateTime(timezone=True), nullable=False),
    sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
    sa.Column("count", sa.Integer, nullable=False),
    sa.Column("stage", sa.Text),   # the pipeline stage that failed (0005)
    sa.Column("detail", sa.Text),  # its traceback, for `storyline status` (0005)
)
# NULLs are distinct in a plain unique constraint on both databases, so a plain file (record None)
# would be recorded again on every run; the index is on coalesce(record, '') instead.
FAILURE_KEY = sa.Index("uq_failures_key", failures.c.source, sa.func.coalesce(failures.c.record, ""),
                       failures.c.error, unique=True)

# Corpus records: written by corpus stages (storyline.link) from the per-article spans, so that they
# always agree with the articles stored; the entities' rows are written as the difference from what is
# stored (store/entity_rows.py), every other table replaced whole on each run.
entities = sa.Table(
    "entities", metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("type", sa.String(32), nullable=False),
    sa.Column("aliases", sa.JSON, nullable=False),
)

entity_mentions = sa.Table(
    "entity_mentions", metadata,
    sa.Column("entity_id", sa.String(32), sa.ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
    sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.PrimaryKeyConstraint("article_id", "start", "end"),
    sa.Index(None, "entity_id"),
)

citation_links = sa.Table(
    "citation_links", metadata,
    sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("outlet", sa.Text, nullable=False),
    sa.Column("time", sa.Text),
    sa.Column("resolves_to", sa.String(64)),
    sa.PrimaryKeyConstraint("article_id", "start", "end"),
    sa.Index(None, "resolves_to"),
)

# Stories: which story each article belongs to. Ids are stable across refreshes; a story merged
# into another leaves its id in story_aliases, so an old link keeps resolving.
stories = sa.Table(
    "stories", metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("position", sa.Integer, nullable=False),  # list order: most articles first
    sa.Index(None, "position"),  # the stories list pages in this order (0004)
)

story_articles = sa.Table(
    "story_articles", metadata,
    sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("story_id", sa.String(32), sa.ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Index(None, "story_id"),
)

story_aliases = sa.Table(
    "story_aliases", metadata,
    sa.Column("alias", sa.String(32), primary_key=True),
    sa.Column("story_id", sa.String(32), nullable=False),
)


# --- 0004: what the web reads without loading whole article sets -------------------------------

# One row: bumped by every write that can change what a page shows, so caches of computed views
# (story pages) know when they are stale without comparing the data they came from.
store_revision = sa.Table(
    "store_revision", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("revision", sa.Integer, nullable=False),
)

# Per-story counts and date span, written with the stories (replace_stories): the stories list
# pages and filters on them instead of aggregating story_articles × articles on every request.
story_stats = sa.Table(
    "story_stats", metadata,
    sa.Column("story_id", sa.String(32), sa.ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("articles", sa.Integer, nullable=False),
    sa.Column("outlets", sa.Integer, nullable=False),
    sa.Column("first_published", sa.Text),
    sa.Column("last_published", sa.Text),
)

# Per-entity mention counts, written with the entities (replace_entities): the entity list sorts
# by them (most mentioned first) without counting every mention on each request.
entity_stats = sa.Table(
    "entity_stats", metadata,
    sa.Column("entity_id", sa.String(32), sa.ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("mentions", sa.Integer, nullable=False),
    sa.Column("articles", sa.Integer, nullable=False),
    sa.Index(None, "mentions"),
)

# Computed story views (timeline, contradictions, provenance, speakers) as JSON, valid while the
# store is at `revision`: a story page on a big store is read, not recomputed.
story_views = sa.Table(
    "story_views", metadata,
    sa.Column("story_id", sa.String(32), primary_key=True),
    sa.Column("revision", sa.Integer, nullable=False),
    sa.Column("view", sa.JSON, nullable=False),
)

# --- 0007: stable entity ids ---------------------------------------------------------------------

# Entity ids are a hash of kind and canonical name (storyline.link.entity_merge.entity_id); an entity
# that another absorbs on a later run (a fuller name met, a merge) leaves its id here, as stories do,
# so /entities/<old id> keeps resolving.
entity_aliases = sa.Table(
    "entity_aliases", metadata,
    sa.Column("alias", sa.String(32), primary_key=True),
    sa.Column("entity_id", sa.String(32), nullable=False),
)

# SQLite sorts NULL first and cannot read an index backwards for "NULLS LAST": listing articles
# (undated last) sorted all 100k rows per page. In this order "~" (after every digit) stands for
# undated; PostgreSQL's b-tree order is already NULLS LAST, and it uses ix_articles_published_value_id.
LIST_ORDER_KEY = sa.func.coalesce(articles.c.published_value, sa.literal_column("'~'"))
LIST_ORDER = sa.Index("ix_articles_list_order", LIST_ORDER_KEY, articles.c.id)

# Full-text search lives outside this metadata, because neither form is a portable table: on
# SQLite an FTS5 virtual table `article_search` (plus the shadow tables FTS5 makes for it), on
# PostgreSQL a table `article_search` of tsvectors with a GIN index. Migration 0004 creates either,
# with triggers on `articles` that keep it in step. Comparisons of a migrated database with this
# metadata (tests/store, Alembic autogenerate) skip those names.
SEARCH_TABLE = "article_search"


def include_name(name: str | None, type_: str, parent_names: Mapping[Any, Any]) -> bool:
    """Alembic's include_name hook: everything but the full-text search table and its shadows."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLE))

# --- watching sources (storyline.watch; migration 0009) ------------------------------------------

# A followed source: a feed, a news sitemap or a single page, with its polling state. The state is
# what a restarted watcher resumes from: validators for conditional GET, the failure streak that
# drives backoff and the circuit breaker, and when to poll next.
sources = sa.Table(
    "sources", metadata,
    sa.Column("id", sa.String(16), primary_key=True),  # hash of the normalised URL
    sa.Column("kind", sa.String(16), nullable=False),  # feed | sitemap | page
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("interval_s", sa.Integer, nullable=False),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("last_success_at", sa.DateTime(timezone=True)),
    sa.Column("last_error", sa.Text),
    sa.Column("last_error_at", sa.DateTime(timezone=True)),
    sa.Column("failures", sa.Integer, nullable=False),  # consecutive
    sa.Column("next_poll_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("open_until", sa.DateTime(timezone=True)),  # circuit breaker
    sa.Column("polls", sa.Integer, nullable=False),
    sa.Column("not_modified", sa.Integer, nullable=False),
    sa.Column("entries_seen", sa.Integer, nullable=False),
    sa.Column("articles_added", sa.Integer, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

# Every page URL a source led to, with the hash of the content last stored for it: a new entry is
# fetched once; a known URL whose content hash changes becomes a new version.
watched_pages = sa.Table(
    "watched_pages", metadata,
    sa.Column("url", sa.Text, primary_key=True),  # normalised
    sa.Column("source_id", sa.String(16), nullable=False),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("article_id", sa.String(64)),  # the newest version's article
    sa.Column("versions", sa.Integer, nullable=False),
    sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index(None, "source_id"),
)

# Versions of one URL: each version is a stored article (its spans, claims and timeline entries are
# that article's), with the diff against the version before it and any correction notice it carries.
article_versions = sa.Table(
    "article_versions", metadata,
    sa.Column("article_id", sa.String(64), primary_key=True),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("previous_id", sa.String(64)),
    sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("diff", sa.JSON, nullable=False),
    sa.Column("notices", sa.JSON, nullable=False),
    sa.UniqueConstraint("url", "version"),
)

# What a user follows (a story id or saved search words), and the alerts recorded for it.
follows = sa.Table(
    "follows", metadata,
    sa.Column("id", sa.String(16), primary_key=True),
    sa.Column("kind", sa.String(16), nullable=False),  # story | search
    sa.Column("target", sa.Text, nullable=False),
    sa.Column("state", sa.JSON, nullable=False),  # what was already alerted (counts, seen ids)
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

alerts = sa.Table(
    "alerts", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("follow_id", sa.String(16), nullable=False),
    sa.Column("kind", sa.String(32), nullable=False),  # article | timeline | dispute | version
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("detail", sa.JSON, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("delivered_at", sa.DateTime(timezone=True)),
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("next_attempt_at", sa.DateTime(timezone=True)),
    sa.Index(None, "follow_id", "id"),
    sa.Index(None, "delivered_at"),
)

# The pipeline's durable marks (0005). Row "corpus": `wanted` rises with every stored article, in
# the article's own transaction; a completed corpus refresh sets `done` to the `wanted` it started
# from. wanted > done means the corpus records are stale (a refresh is pending, e.g. after a crash).
# LSH band keys of each article's MinHash signature (0005): near-copies share a band key, so the
# writer finds reprint candidates with an indexed lookup instead of holding every signature in
# memory (an in-memory LSH index cost ~8 KB per stored article).
signature_bands = sa.Table(
    "signature_bands", metadata,
    sa.Column("key", sa.BigInteger, nullable=False),
    sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.PrimaryKeyConstraint("key", "article_id"),
    sa.Index(None, "article_id"),
)

pipeline_state = sa.Table(
    "pipeline_state", metadata,
    sa.Column("name", sa.String(32), primary_key=True),
    sa.Column("wanted", sa.Integer, nullable=False),
    sa.Column("done", sa.Integer, nullable=False),
)


# --- 0013: the stories stage's state between refreshes (storyline.store.story_state) -----------

story_terms = sa.Table(
    "story_terms", metadata,
    sa.Column("field", sa.String(16), primary_key=True),
    sa.Column("term", sa.Text, primary_key=True),
    sa.Column("documents", sa.Integer, nullable=False),
)

story_features = sa.Table(
    "story_features", metadata,
    sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("features", sa.LargeBinary, nullable=False),
)

story_keys = sa.Table(
    "story_keys", metadata,
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("story_id", sa.String(32), primary_key=True),
    sa.Column("seen", sa.Integer, nullable=False),
    sa.Index(None, "story_id"),
)

# --- 0014: each story's centroid, scored before a refresh restores the story -------------------

story_centroids = sa.Table(
    "story_centroids", metadata,
    sa.Column("story_id", sa.String(32), primary_key=True),
    sa.Column("centroid", sa.LargeBinary, nullable=False),
)

# --- 0015: each article's entity referents, as the corpus entity merge reads them ----------------

# Written by the entity merge the first time it reads an article's entity spans and deleted whenever
# the article's spans are replaced (save_spans), so a row always encodes the stored spans: a refresh
# reads one row per article instead of every span row again (storyline.link.stored_referents)
article_referents = sa.Table(
    "article_referents", metadata,
    sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("referents", sa.Text, nullable=False),
)
