"""Full-text search over article titles and bodies: SQLite FTS5 or PostgreSQL tsvector.

Both tables are made by migration 0004 (see storyline.store.schema, SEARCH_TABLE) and kept in step
by triggers. Users type anything; neither query language ever sees their text as syntax: on
SQLite every word becomes a quoted FTS5 string (the last one a prefix, for search-as-you-type), on
PostgreSQL `websearch_to_tsquery` reads it (it accepts any input).
"""
from __future__ import annotations

import re

import sqlalchemy as sa

from storyline.store.base import SNIPPET_END, SNIPPET_START

_WORD = re.compile(r"\w+", re.UNICODE)
# a query of hundreds of words is not a search; the first ones are enough
MAX_TERMS = 16
SNIPPET_WORDS = 24


def fts5_query(text: str) -> str | None:
    """A safe FTS5 MATCH string for what a user typed: every word must occur; None if no word."""
    words = _WORD.findall(text)[:MAX_TERMS]
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def matching_ids(dialect: str, text: str) -> sa.TextClause | None:
    """A SELECT of the ids of the articles matching `text` (for IN clauses); None if no word."""
    if dialect == "postgresql":
        if not _WORD.search(text):
            return None
        return sa.text("SELECT article_id FROM article_search "
                       "WHERE document @@ websearch_to_tsquery('english', :fts)").bindparams(fts=text)
    query = fts5_query(text)
    if query is None:
        return None
    return sa.text("SELECT article_id FROM article_search WHERE article_search MATCH :fts").bindparams(fts=query)


def ranked(conn: sa.Connection, text: str, limit: int, offset: int) -> list[tuple[str, str, float]]:
    """(article id, snippet, rank) of the best matches, best first; rank: higher is better."""
    if conn.dialect.name == "postgresql":
        return _ranked_pg(conn, text, limit, offset)
    query = fts5_query(text)
    if query is None:
        return []
    # bm25: lower is better; the title (column 1) weighs 5 times the body
    rows = conn.execute(sa.text(
        "SELECT article_id, snippet(article_search, 2, :start, :end, '…', :words) AS snippet, "
        "bm25(article_search, 0.0, 5.0, 1.0) AS score FROM article_search WHERE article_search MATCH :fts "
        "ORDER BY score, article_id LIMIT :limit OFFSET :offset"),
        {"fts": query, "start": SNIPPET_START, "end": SNIPPET_END, "words": SNIPPET_WORDS,
         "limit": limit, "offset": offset})
    return [(r.article_id, r.snippet, -float(r.score)) for r in rows]


def _ranked_pg(conn: sa.Connection, text: str, limit: int, offset: int) -> list[tuple[str, str, float]]:
    if not _WORD.search(text):
        return []
    # the headline is computed for the page only (ts_headline reparses the body: costly)
    options = f"StartSel={SNIPPET_START}, StopSel={SNIPPET_END}, MaxWords={SNIPPET_WORDS}, MinWords=8"
    rows = conn.execute(sa.text(
        "WITH q AS (SELECT websearch_to_tsquery('english', :fts) AS query), "
        "hits AS (SELECT s.article_id, ts_rank(s.document, q.query) AS score FROM article_search s, q "
        "WHERE s.document @@ q.query ORDER BY score DESC, s.article_id LIMIT :limit OFFSET :offset) "
        "SELECT hits.article_id, hits.score, ts_headline('english', a.body, q.query, :options) AS snippet "
        "FROM hits JOIN articles a ON a.id = hits.article_id, q ORDER BY hits.score DESC, hits.article_id"),
        {"fts": text, "limit": limit, "offset": offset, "options": options})
    return [(r.article_id, r.snippet, float(r.score)) for r in rows]
