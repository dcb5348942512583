"""Full-text search over article titles and bodies: SQLite FTS5 or PostgreSQL tsvector.

Both tables are made by migration 0004 (see storyline.store.schema, SEARCH_TABLE) and kept in step
by triggers. Users type anything; neither query language ever sees their text as syntax: on
SQLite every word becomes a quoted FTS5 string (the last one a prefix, for search-as-you-type), on
PostgreSQL `websearch_to_tsquery` reads it (it accepts any input).
"""
from __future__ import annotations

import functools
import re
import unicodedata

import sqlalchemy as sa

from storyline.store.base import SNIPPET_END, SNIPPET_START

_WORD = re.compile(r"\w+", re.UNICODE)
# a query of hundreds of words is not a search; the first ones are enough
MAX_TERMS = 16
SNIPPET_WORDS = 24
# Matches considered per query, the most recently stored first. Ranking (bm25 / ts_rank) and
# filtering cost grow with the number of matches: a word in every article of a 100k store made a
# ranked search take 0.3 s and a stories filter 0.7 s; bm25 costs about 5 µs a match (2000: 10 ms).
# Words rarer than this are exact; for common ones, the best among the newest MAX_MATCHES matches.
MAX_MATCHES = 1000
SNIPPET_SCAN = 400  # words of a body searched for the snippet's first match


def fts5_query(text: str, prefix: bool = False) -> str | None:
    """A safe FTS5 MATCH string for what a user typed: every word must occur (with `prefix`, the
    last one may be the start of a word: search as you type); None if no word."""
    words = _WORD.findall(text)[:MAX_TERMS]
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    if prefix:
        quoted[-1] += "*"  # expanding a prefix costs more than the word: only where one types
    return " ".join(quoted)


def matching_ids(dialect: str, text: str) -> sa.TextClause | None:
    """A SELECT of the ids of the articles matching `text` (for IN clauses); None if no word."""
    if dialect == "postgresql":
        if not _WORD.search(text):
            return None
        return sa.text("SELECT s.article_id FROM article_search s JOIN articles a ON a.id = s.article_id "
                       "WHERE s.document @@ websearch_to_tsquery('english', :fts) "
                       "ORDER BY a.ingested_at DESC LIMIT :matches").bindparams(fts=text, matches=MAX_MATCHES)
    query = fts5_query(text)
    if query is None:
        return None
    return sa.text("SELECT article_id FROM article_search WHERE article_search MATCH :fts "
                   "ORDER BY rowid DESC LIMIT :matches").bindparams(fts=query, matches=MAX_MATCHES)


def ranked(conn: sa.Connection, text: str, limit: int, offset: int,
           prefix: bool = False) -> list[tuple[str, float]]:
    """(article id, rank) of the best matches, best first; rank: higher is better. `prefix` (the
    last word may be the start of a word) applies on SQLite; PostgreSQL matches whole words."""
    if conn.dialect.name == "postgresql":
        return _ranked_pg(conn, text, limit, offset)
    query = fts5_query(text, prefix)
    if query is None:
        return []
    # bm25: lower is better; the title (column 1) weighs 5 times the body. The ranking reads rowids
    # only and the page's article ids are joined to the page after: reading article_id for every
    # ranked match loads each match's whole stored row (title and body), which made a common
    # two-word query 17 ms instead of 7 ms on the 100k-article load store.
    rows = conn.execute(sa.text(
        "WITH hits AS (SELECT rowid AS hit, bm25(article_search, 0.0, 5.0, 1.0) AS score "
        "FROM article_search WHERE article_search MATCH :fts ORDER BY rowid DESC LIMIT :matches), "
        "page AS (SELECT hit, score FROM hits ORDER BY score, hit DESC LIMIT :limit OFFSET :offset) "
        "SELECT s.article_id, page.score FROM page JOIN article_search s ON s.rowid = page.hit "
        "ORDER BY page.score, page.hit DESC"),
        {"fts": query, "limit": limit, "offset": offset, "matches": MAX_MATCHES}).all()
    return [(r.article_id, -float(r.score)) for r in rows]


def _ranked_pg(conn: sa.Connection, text: str, limit: int, offset: int) -> list[tuple[str, float]]:
    if not _WORD.search(text):
        return []
    rows = conn.execute(sa.text(
        "WITH q AS (SELECT websearch_to_tsquery('english', :fts) AS query), "
        "found AS (SELECT s.article_id, s.document FROM article_search s JOIN articles a ON a.id = s.article_id, q "
        "WHERE s.document @@ q.query ORDER BY a.ingested_at DESC LIMIT :matches) "
        "SELECT found.article_id, ts_rank(found.document, q.query) AS score FROM found, q "
        "ORDER BY score DESC, found.article_id LIMIT :limit OFFSET :offset"),
        {"fts": text, "limit": limit, "offset": offset, "matches": MAX_MATCHES})
    return [(r.article_id, float(r.score)) for r in rows]


def _fold(word: str) -> str:
    if word.isascii():
        return word.lower()
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=32768)
def _folded_words(token: str) -> tuple[str, ...]:
    """The folded words of one whitespace-separated token of a body (memoised: a page of snippets
    looks at thousands of tokens, mostly the same few hundred words)."""
    return tuple(map(_fold, _WORD.findall(token)))


def snippet(body: str, text: str) -> str:
    """About SNIPPET_WORDS words of the body around the first matched word, the words that match
    the query (same word, folded case and accents; the last query word as a prefix) between
    SNIPPET_START and SNIPPET_END. Made here rather than by the database: FTS5's snippet() and
    PostgreSQL's ts_headline re-run the match per row, which cost more than the search itself."""
    terms = [_fold(w) for w in _WORD.findall(text)[:MAX_TERMS]]
    words = body.split(maxsplit=SNIPPET_SCAN)[:SNIPPET_SCAN]  # a match further in: the body's start
    if not terms or not words:
        return " ".join(words[:SNIPPET_WORDS])

    exact, last = frozenset(terms), terms[-1]

    def hit(word: str) -> bool:
        # a set look-up per word, not a scan of every term: snippets were a third of a search's cost
        return any(f in exact or f.startswith(last) for f in _folded_words(word))

    first = next((i for i, w in enumerate(words) if hit(w)), 0)
    start = max(0, first - SNIPPET_WORDS // 3)
    shown = words[start:start + SNIPPET_WORDS]
    marked = [f"{SNIPPET_START}{w}{SNIPPET_END}" if hit(w) else w for w in shown]
    return ("… " if start else "") + " ".join(marked) + (" …" if start + SNIPPET_WORDS < len(words) else "")
