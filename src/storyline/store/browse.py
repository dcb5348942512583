"""Paginated, lightweight reads for the web app and the JSON API (the `BrowseStore` protocol).

Every query here is bounded by a page (LIMIT/OFFSET) or by the ids it is given, and uses an index
made for it (migration 0004): on a store of 100k articles no request loads the whole article set.
Mixed into `SqlStore`, whose connections and error translation it uses.
"""
from __future__ import annotations

import functools
import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from storyline.errors import NotFoundError
from storyline.model import Article, Span
from storyline.store import search
from storyline.store.base import (
    ArticleFilter,
    ArticleSummary,
    CitationLink,
    EntityRecord,
    EntitySummary,
    MentionRecord,
    SearchHit,
    StoryFilter,
    StoryRecord,
    StoryRef,
    StorySummary,
    Tally,
)
from storyline.store.rows import by_ids, chunks, load_rows, span_from_row
from storyline.store.schema import (
    LIST_ORDER_KEY,
    articles,
    citation_links,
    entities,
    entity_aliases,
    entity_mentions,
    entity_stats,
    spans,
    store_revision,
    stories,
    story_articles,
    story_stats,
    story_views,
)

# deep pages seek from a mark every this many rows instead of skipping them (see _seek)
MARK_STEP = 1000
# "~" sorts after every digit and "-": "2019~" is after every date inside 2019
_AFTER = "~"

STORY_STATS_SQL = (
    "INSERT INTO story_stats (story_id, articles, outlets, first_published, last_published) "
    "SELECT s.id, count(sa.article_id), count(DISTINCT a.outlet), min(a.published_value), "
    "max(a.published_value) FROM stories s LEFT JOIN story_articles sa ON sa.story_id = s.id "
    "LEFT JOIN articles a ON a.id = sa.article_id GROUP BY s.id")
ENTITY_STATS_SQL = (
    "INSERT INTO entity_stats (entity_id, mentions, articles) "
    "SELECT e.id, count(m.entity_id), count(DISTINCT m.article_id) FROM entities e "
    "LEFT JOIN entity_mentions m ON m.entity_id = e.id GROUP BY e.id")

_SUMMARY_COLUMNS = (articles.c.id, articles.c.title, articles.c.outlet, articles.c.published_value,
                    articles.c.published_precision, articles.c.duplicate_of, articles.c.source)


def _list_order(dialect: str) -> tuple[sa.ColumnElement, ...]:
    """Publication date, undated last, then id — in the form each database has an index for."""
    if dialect == "postgresql":
        return articles.c.published_value.asc().nulls_last(), articles.c.id
    return LIST_ORDER_KEY, articles.c.id


def bump_revision(conn: sa.Connection) -> None:
    """Count one more change of what pages show (called inside each write's transaction)."""
    conn.execute(store_revision.update().where(store_revision.c.id == 1)
                 .values(revision=store_revision.c.revision + 1))


def refresh_story_stats(conn: sa.Connection) -> None:
    conn.execute(story_stats.delete())
    conn.execute(sa.text(STORY_STATS_SQL))


def refresh_entity_stats(conn: sa.Connection) -> None:
    conn.execute(entity_stats.delete())
    conn.execute(sa.text(ENTITY_STATS_SQL))


def _summary(row: sa.Row) -> ArticleSummary:
    return ArticleSummary(row.id, row.title, row.outlet, row.published_value, row.published_precision,
                          row.duplicate_of, row.source)


def _date_overlap(first: sa.ColumnElement, last: sa.ColumnElement, date_from: str | None,
                  date_to: str | None) -> list[sa.ColumnElement[bool]]:
    """Conditions for a date (or a span first…last) of ISO prefixes to overlap [date_from, date_to]."""
    conditions = []
    if date_from:
        # the first clause can use the index; the second is exact for month and year dates
        conditions += [last >= date_from[:4], (last + _AFTER) >= date_from]
    if date_to:
        conditions.append(first <= date_to)
    return conditions


def _article_conditions(dialect: str, where: ArticleFilter) -> list[sa.ColumnElement[bool]]:
    value = articles.c.published_value
    conditions = _date_overlap(value, value, where.date_from, where.date_to)
    if where.outlet:
        conditions.append(articles.c.outlet == where.outlet)
    if where.entity:
        conditions.append(articles.c.id.in_(sa.select(entity_mentions.c.article_id)
                                            .where(entity_mentions.c.entity_id == where.entity)))
    if where.story:
        conditions.append(articles.c.id.in_(sa.select(story_articles.c.article_id)
                                            .where(story_articles.c.story_id == where.story)))
    if where.query:
        matching = search.matching_ids(dialect, where.query)
        conditions.append(articles.c.id.in_(matching.columns(article_id=sa.String)) if matching is not None
                          else sa.false())
    return conditions


def _story_conditions(dialect: str, where: StoryFilter) -> list[sa.ColumnElement[bool]]:
    conditions = _date_overlap(story_stats.c.first_published, story_stats.c.last_published,
                               where.date_from, where.date_to)
    members = _article_conditions(dialect, ArticleFilter(outlet=where.outlet, entity=where.entity,
                                                         query=where.query))
    if members:
        conditions.append(stories.c.id.in_(
            sa.select(story_articles.c.story_id).join(articles, articles.c.id == story_articles.c.article_id)
            .where(*members)))
    return conditions


def _entity_conditions(type: str | None, name: str | None) -> list[sa.ColumnElement[bool]]:
    conditions = []
    if type:
        conditions.append(entities.c.type == type.upper())
    if name:
        conditions.append(entities.c.name.icontains(name, autoescape=True))
    return conditions


class BrowseQueries:
    """The `BrowseStore` reads; needs the host class's `_read()` / `_write()` connections."""

    _read: Any
    _write: Any
    _word_counts: search.WordCounts  # the host's, kept with its engine

    def revision(self) -> int:
        with self._read() as conn:
            return conn.execute(sa.select(store_revision.c.revision).where(store_revision.c.id == 1)).scalar() or 0

    # --- articles ------------------------------------------------------------------------------

    def count_articles(self, where: ArticleFilter = ArticleFilter()) -> int:
        with self._read() as conn:
            query = sa.select(sa.func.count()).select_from(articles).where(
                *_article_conditions(conn.dialect.name, where))
            return conn.execute(query).scalar_one()

    def list_article_summaries(self, where: ArticleFilter = ArticleFilter(), *, limit: int = 50,
                               offset: int = 0) -> list[ArticleSummary]:
        """Articles by publication date (undated last), then id, without bodies or spans."""
        with self._read() as conn:
            dialect = conn.dialect.name
            order = _list_order(dialect)
            conditions = _article_conditions(dialect, where)
            if dialect == "sqlite" and not conditions:  # PostgreSQL's order has NULLs: no row values
                seek, offset = self._seek(conn, ("articles",), order, [], offset)
                conditions = [seek] if seek is not None else []
            query = sa.select(*_SUMMARY_COLUMNS).where(*conditions).order_by(*order).limit(limit).offset(offset)
            return [_summary(r) for r in conn.execute(query)]

    def _seek(self, conn: sa.Connection, name: tuple, keys: Sequence[sa.ColumnElement],
              where: list[sa.ColumnElement[bool]], offset: int) -> tuple[sa.ColumnElement[bool] | None, int]:
        """A deep OFFSET as a seek: a condition "after the mark before `offset`" and what is left
        of the offset. OFFSET n reads n index entries (10 ms at 90k on SQLite, per page); marks
        (every MARK_STEP-th key of the order) are read once per store revision."""
        if offset < MARK_STEP:
            return None, offset
        marks = self._marks(conn, name, keys, where)
        index = min(offset // MARK_STEP, len(marks))
        if index == 0:
            return None, offset
        return _after(keys, marks[index - 1]), offset - index * MARK_STEP

    def _marks(self, conn: sa.Connection, name: tuple, keys: Sequence[sa.ColumnElement],
               where: list[sa.ColumnElement[bool]]) -> list[tuple]:
        revision = conn.execute(sa.select(store_revision.c.revision).where(store_revision.c.id == 1)).scalar()
        cache = self.__dict__.setdefault("_mark_cache", {})
        if cache.get(name, (None,))[0] != revision:
            # one step of MARK_STEP index entries per query: a window function (row_number) sorted
            # the whole table instead (0.85 s at 100k articles against 0.05 s)
            marks: list[tuple] = []
            while True:
                after = [_after(keys, marks[-1])] if marks else []
                row = conn.execute(sa.select(*keys).where(*where, *after).order_by(*keys)
                                   .limit(1).offset(MARK_STEP - 1)).first()
                if row is None:
                    break
                marks.append(tuple(row))
            cache[name] = (revision, marks)
        return cache[name][1]

    def get_articles(self, article_ids: list[str], *, spans: bool = True, dropped: bool = True) -> list[Article]:
        """These articles (without raw text) in the order given; ids not stored are left out."""
        found: dict[str, Article] = {}
        with self._read() as conn:
            for chunk in chunks(article_ids):
                rows = conn.execute(_articles_query(), {"ids": chunk}).all()
                found.update((a.id, a) for a in load_rows(conn, rows, with_spans=spans, with_dropped=dropped))
        return [found[i] for i in article_ids if i in found]

    def reprints_of(self, article_id: str) -> list[ArticleSummary]:
        with self._read() as conn:
            return [_summary(r) for r in conn.execute(_reprints_query(conn.dialect.name), {"id": article_id})]

    def story_of(self, article_id: str) -> str | None:
        with self._read() as conn:
            return conn.execute(_STORY_OF, {"id": article_id}).scalar()

    def list_outlets(self) -> list[tuple[str, int]]:
        """Every outlet with its number of articles, most first."""
        count = sa.func.count().label("n")
        query = (sa.select(articles.c.outlet, count).where(articles.c.outlet.is_not(None))
                 .group_by(articles.c.outlet).order_by(count.desc(), articles.c.outlet))
        with self._read() as conn:
            return [(r.outlet, r.n) for r in conn.execute(query)]

    def search_articles(self, query: str, *, limit: int = 20, offset: int = 0,
                        prefix: bool = False) -> list[SearchHit]:
        """Full-text matches in titles and bodies, best first, each with a snippet; with `prefix`
        the last word may be the start of a word (SQLite)."""
        with self._read() as conn:
            hits = search.ranked(conn, query, limit, offset, prefix, self._word_counts)
            rows = {r.id: r for r in conn.execute(_HIT_ROWS, {"ids": [i for i, _ in hits]})}
        return [SearchHit(_summary(rows[i]), search.snippet(rows[i].body, query), rank)
                for i, rank in hits if i in rows]

    # --- stories -------------------------------------------------------------------------------

    def get_story(self, story_id: str) -> StoryRecord:
        """The live story with exactly this id (merged ids: see storyline.serve.story.find_story)."""
        with self._read() as conn:
            row = conn.execute(sa.select(stories).where(stories.c.id == story_id)).first()
            if row is None:
                raise NotFoundError(f"no story with id {story_id!r}", fix="`storyline stories` lists story ids")
            members = conn.execute(sa.select(story_articles.c.article_id).where(story_articles.c.story_id == story_id)
                                   .order_by(story_articles.c.position)).scalars().all()
        return StoryRecord(row.id, row.title, tuple(members))

    def story_ids_starting(self, prefix: str, limit: int = 2) -> list[str]:
        query = (sa.select(stories.c.id).where(stories.c.id.startswith(prefix, autoescape=True),
                                               sa.func.substr(stories.c.id, 1, len(prefix)) == prefix)
                 .order_by(stories.c.id).limit(limit))
        with self._read() as conn:
            return list(conn.execute(query).scalars())

    def count_stories(self, where: StoryFilter = StoryFilter()) -> int:
        with self._read() as conn:
            query = (sa.select(sa.func.count()).select_from(stories)
                     .join(story_stats, story_stats.c.story_id == stories.c.id)
                     .where(*_story_conditions(conn.dialect.name, where)))
            return conn.execute(query).scalar_one()

    def list_story_summaries(self, where: StoryFilter = StoryFilter(), *, limit: int = 50,
                             offset: int = 0) -> list[StorySummary]:
        """Stories in their stored order (most articles first) with counts and date span."""
        with self._read() as conn:
            query = (sa.select(stories.c.id, stories.c.title, story_stats)
                     .join(story_stats, story_stats.c.story_id == stories.c.id)
                     .where(*_story_conditions(conn.dialect.name, where))
                     .order_by(stories.c.position).limit(limit).offset(offset))
            return [StorySummary(r.id, r.title, r.articles, r.outlets, r.first_published, r.last_published)
                    for r in conn.execute(query)]

    def get_story_view(self, story_id: str, revision: int) -> dict | None:
        """A computed story view saved at `revision`, or None (none saved, or the store changed since)."""
        with self._read() as conn:
            stored = conn.execute(_STORED_VIEW, {"story": story_id, "revision": revision}).scalar()
        return _json_value(stored)

    def save_story_view(self, story_id: str, revision: int, view: dict) -> None:
        """Keep a computed view; it is only read back while the store is at `revision`."""
        with self._write() as conn:
            conn.execute(story_views.delete().where(story_views.c.story_id == story_id))
            conn.execute(story_views.insert().values(story_id=story_id, revision=revision, view=view))

    # --- entities ------------------------------------------------------------------------------

    def count_entities(self, type: str | None = None, name: str | None = None) -> int:
        query = sa.select(sa.func.count()).select_from(entities).where(*_entity_conditions(type, name))
        with self._read() as conn:
            return conn.execute(query).scalar_one()

    def list_entity_summaries(self, type: str | None = None, name: str | None = None, *,
                              limit: int = 50, offset: int = 0) -> list[EntitySummary]:
        """Entities, most mentioned first; `name` matches part of the canonical name, any case."""
        query = (sa.select(entities, entity_stats.c.mentions, entity_stats.c.articles)
                 .join(entity_stats, entity_stats.c.entity_id == entities.c.id)
                 .where(*_entity_conditions(type, name))
                 .order_by(entity_stats.c.mentions.desc(), entities.c.name, entities.c.id)
                 .limit(limit).offset(offset))
        with self._read() as conn:
            return [_entity_summary(r) for r in conn.execute(query)]

    def get_entity(self, entity_id: str) -> EntitySummary:
        query = (sa.select(entities, entity_stats.c.mentions, entity_stats.c.articles)
                 .join(entity_stats, entity_stats.c.entity_id == entities.c.id))
        with self._read() as conn:
            row = conn.execute(query.where(entities.c.id == entity_id)).first()
            if row is None:  # an id from before a merge resolves to the entity that absorbed it
                new_id = conn.execute(sa.select(entity_aliases.c.entity_id)
                                      .where(entity_aliases.c.alias == entity_id)).scalar()
                row = conn.execute(query.where(entities.c.id == new_id)).first() if new_id else None
        if row is None:
            raise NotFoundError(f"no entity with id {entity_id!r}", fix="`storyline entities` lists entity ids")
        return _entity_summary(row)

    def entities_in_articles(self, article_ids: list[str]) -> list[EntityRecord]:
        """The entities mentioned in these articles, with those mentions only, most mentioned first."""
        mentions: dict[str, list[MentionRecord]] = defaultdict(list)
        with self._read() as conn:
            for chunk in chunks(article_ids):
                for m in conn.execute(_MENTIONS_IN, {"ids": chunk}):
                    mentions[m.entity_id].append(MentionRecord(m.article_id, m.start, m.end, m.text))
            rows = [r for chunk in chunks(sorted(mentions)) for r in conn.execute(_ENTITIES_BY_ID, {"ids": chunk})]
        found = [EntityRecord(r.id, r.name, r.type, tuple(r.aliases), mentions[r.id]) for r in rows]
        return sorted(found, key=lambda e: (-len(e.mentions), e.name))

    def entity_article_ids(self, entity_id: str, *, limit: int = 50, offset: int = 0) -> list[str]:
        """The articles that mention the entity, in list order (by publication date)."""
        with self._read() as conn:
            query = (sa.select(articles.c.id).where(articles.c.id.in_(
                sa.select(entity_mentions.c.article_id).where(entity_mentions.c.entity_id == entity_id)))
                .order_by(*_list_order(conn.dialect.name)).limit(limit).offset(offset))
            return list(conn.execute(query).scalars())

    # --- spans and citations -------------------------------------------------------------------

    def count_spans(self, label: str, article_ids: list[str] | None = None) -> int:
        with self._read() as conn:
            if article_ids is None:
                return conn.execute(sa.select(sa.func.count()).select_from(spans)
                                    .where(spans.c.label == label)).scalar_one()
            return sum(conn.execute(sa.select(sa.func.count()).select_from(spans).where(
                spans.c.label == label, spans.c.article_id.in_(chunk))).scalar_one() for chunk in chunks(article_ids))

    def list_spans(self, label: str, *, limit: int = 50, offset: int = 0) -> list[tuple[str, Span]]:
        """(article id, span) of every span with this label, by article id then position."""
        keys, where = (spans.c.article_id, spans.c.position), [spans.c.label == label]
        with self._read() as conn:
            seek, offset = self._seek(conn, ("spans", label), keys, where, offset)
            query = (sa.select(spans).where(*where, *([seek] if seek is not None else [])).order_by(*keys)
                     .limit(limit).offset(offset))
            return [(r.article_id, span_from_row(r)) for r in conn.execute(query)]

    def citation_links_for(self, article_ids: list[str]) -> list[CitationLink]:
        """The citation links made by these articles."""
        links = []
        with self._read() as conn:
            for chunk in chunks(article_ids):
                links += [_link(r) for r in conn.execute(_CITATIONS_BY, {"ids": chunk})]
        return sorted(links, key=lambda c: (c.article_id, c.start))

    def count_citation_links(self) -> int:
        with self._read() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(citation_links)).scalar_one()

    def list_citation_links_page(self, *, limit: int = 50, offset: int = 0) -> list[CitationLink]:
        query = (sa.select(citation_links).order_by(citation_links.c.article_id, citation_links.c.start)
                 .limit(limit).offset(offset))
        with self._read() as conn:
            return [_link(r) for r in conn.execute(query)]


    def undated_counts(self, story_ids: list[str]) -> dict[str, int]:
        """How many articles of each story have no publication date (stories with none left out)."""
        if not story_ids:
            return {}
        query = (sa.select(story_articles.c.story_id, sa.func.count())
                 .join(articles, articles.c.id == story_articles.c.article_id)
                 .where(story_articles.c.story_id.in_(story_ids), articles.c.published_value.is_(None))
                 .group_by(story_articles.c.story_id))
        with self._read() as conn:
            return {story: n for story, n in conn.execute(query)}

    def stories_of_articles(self, article_ids: list[str]) -> dict[str, StoryRef]:
        """The story of each article that has one (on story_articles' key)."""
        if not article_ids:
            return {}
        with self._read() as conn:
            return {r.article_id: StoryRef(r.id, r.title) for r in conn.execute(_STORIES_OF, {"ids": article_ids})}

    def entity_years(self, entity_id: str) -> dict[str | None, int]:
        """Articles mentioning the entity per publication year (None: undated), oldest first."""
        year = sa.func.substr(articles.c.published_value, 1, 4)
        query = (sa.select(year.label("year"), sa.func.count()).where(articles.c.id.in_(_mentioning(entity_id)))
                 .group_by(year).order_by(year))
        with self._read() as conn:
            return {y or None: n for y, n in conn.execute(query)}

    def entity_stories(self, entity_id: str, *, limit: int) -> list[Tally]:
        """The stories with most of the entity's articles."""
        n = sa.func.count().label("n")
        query = (sa.select(stories.c.id, stories.c.title, n)
                 .join(story_articles, story_articles.c.story_id == stories.c.id)
                 .where(story_articles.c.article_id.in_(_mentioning(entity_id)))
                 .group_by(stories.c.id, stories.c.title).order_by(n.desc(), stories.c.id).limit(limit))
        with self._read() as conn:
            return [Tally(r.id, r.title, "story", r.n) for r in conn.execute(query)]

    def entities_beside(self, entity_id: str, *, limit: int, sample: int) -> list[Tally]:
        """The entities named in most of the same articles, counted over the entity's `sample`
        most recently published articles (a name in 30,000 articles costs what one in 2,000 does)."""
        recent = (sa.select(articles.c.id).where(articles.c.id.in_(_mentioning(entity_id)))
                  .order_by(articles.c.published_value.desc()).limit(sample))
        shared = sa.func.count(sa.distinct(entity_mentions.c.article_id)).label("n")
        query = (sa.select(entities.c.id, entities.c.name, entities.c.type, shared)
                 .join(entity_mentions, entity_mentions.c.entity_id == entities.c.id)
                 .where(entity_mentions.c.article_id.in_(recent), entities.c.id != entity_id)
                 .group_by(entities.c.id, entities.c.name, entities.c.type)
                 .order_by(shared.desc(), entities.c.name).limit(limit))
        with self._read() as conn:
            return [Tally(r.id, r.name, r.type, r.n) for r in conn.execute(query)]


def _json_value(stored: Any) -> Any:
    """A JSON column read as text, decoded: with orjson where installed (the web extra), which
    reads a big story view (250 kB) in a third of the standard library's time; a driver that
    decodes JSON itself (psycopg) hands over the value."""
    if not isinstance(stored, (str, bytes)):
        return stored
    try:
        import orjson
    except ImportError:
        return json.loads(stored)
    try:
        return orjson.loads(stored)
    except orjson.JSONDecodeError:  # NaN and Infinity, which the standard library writes
        return json.loads(stored)


# --- the look-ups every article and story page makes, built once (see storyline.store.rows.by_ids) ---

_HIT_ROWS = sa.select(*_SUMMARY_COLUMNS, articles.c.body).where(by_ids(articles.c.id))
_STORY_OF = sa.select(story_articles.c.story_id).where(story_articles.c.article_id == sa.bindparam("id"))
_STORIES_OF = (sa.select(story_articles.c.article_id, stories.c.id, stories.c.title)
               .join(stories, stories.c.id == story_articles.c.story_id).where(by_ids(story_articles.c.article_id)))
_STORED_VIEW = sa.select(sa.type_coerce(story_views.c.view, sa.Text)).where(
    story_views.c.story_id == sa.bindparam("story"), story_views.c.revision == sa.bindparam("revision"))
_MENTIONS_IN = (sa.select(entity_mentions).where(by_ids(entity_mentions.c.article_id))
                .order_by(entity_mentions.c.article_id, entity_mentions.c.start))
_ENTITIES_BY_ID = sa.select(entities).where(by_ids(entities.c.id))
_CITATIONS_BY = (sa.select(citation_links).where(by_ids(citation_links.c.article_id))
                 .order_by(citation_links.c.article_id, citation_links.c.start))


@functools.cache
def _articles_query() -> sa.Select:
    """Whole article rows but the raw document and the signature."""
    return sa.select(*[c for c in articles.c if c.name not in ("raw", "signature")]).where(by_ids(articles.c.id))


@functools.cache
def _reprints_query(dialect: str) -> sa.Select:
    return (sa.select(*_SUMMARY_COLUMNS).where(articles.c.duplicate_of == sa.bindparam("id"))
            .order_by(*_list_order(dialect)))


def _mentioning(entity_id: str) -> sa.Select:
    """The ids of the articles that mention the entity (on the mentions' entity index)."""
    return sa.select(entity_mentions.c.article_id).where(entity_mentions.c.entity_id == entity_id).distinct()

def _after(keys: Sequence[sa.ColumnElement], mark: tuple) -> sa.ColumnElement[bool]:
    """Rows after `mark` in the order of the two `keys`. Not a row value (k1, k2) > (v, w): SQLite
    does not range-scan an index with one."""
    (first, second), (v, w) = keys, mark
    return sa.and_(first >= v, sa.or_(first > v, second > w))


def _link(r: sa.Row) -> CitationLink:
    return CitationLink(r.article_id, r.start, r.end, r.outlet, r.time, r.resolves_to)


def _entity_summary(r: sa.Row) -> EntitySummary:
    return EntitySummary(r.id, r.name, r.type, tuple(r.aliases), r.mentions, r.articles)
