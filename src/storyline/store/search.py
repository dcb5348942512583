"""Full-text search over article titles and bodies: SQLite FTS5 or PostgreSQL tsvector.

Both tables are made by migration 0004 (see storyline.store.schema, SEARCH_TABLE) and kept in step
by triggers. Users type anything; neither query language ever sees their text as syntax: on
SQLite every word becomes a quoted FTS5 string (the last one a prefix, for search-as-you-type), on
PostgreSQL `websearch_to_tsquery` reads it (it accepts any input).
"""
from __future__ import annotations

import functools
import re
import threading
import unicodedata
from dataclasses import dataclass, field

import sqlalchemy as sa

from storyline.store.base import SNIPPET_END, SNIPPET_START
from storyline.store.schema import store_revision

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


# Counted words kept per store (see WordCounts); past this many the table starts again.
MAX_COUNTED_WORDS = 50_000


def fts5_query(text: str, prefix: bool = False) -> str | None:
    """A safe FTS5 MATCH string for what a user typed: every word must occur (with `prefix`, the
    last one may be the start of a word: search as you type); None if no word."""
    return _quoted(_WORD.findall(text)[:MAX_TERMS], prefix)


def _quoted(words: list[str], prefix: bool) -> str | None:
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    if prefix:
        quoted[-1] += "*"  # expanding a prefix costs more than the word: only where one types
    return " ".join(quoted)


@dataclass(slots=True)
class _Counted:
    revision: int
    rows: int  # the highest rowid: at least the number of articles
    docs: dict[str, int] = field(default_factory=dict)


class WordCounts:
    """Which query words FTS5's bm25 gives no weight, from the number of articles holding each,
    kept per word while the store's revision holds.

    bm25 (fts5_aux.c) floors a phrase's IDF, log((N - n + 0.5) / (n + 0.5)), at 1e-6, so a word in
    at least half the articles adds nothing but a tie-break to a score; yet bm25 counts every row
    holding each phrase on every query: 2.3 ms of a 5 ms search for a word in 95k of the 100k
    articles of the load store. Counting one word through `article_search_vocab` costs the same
    once; later searches with it only read the revision. A word counts as common when its articles
    are at least half the highest rowid (which is at least N), so a word called common is always
    one bm25 floors."""

    __slots__ = ("_counted", "_lock")

    def __init__(self) -> None:
        self._counted = _Counted(-1, 0)
        self._lock = threading.Lock()

    def common(self, conn: sa.Connection, words: list[str]) -> frozenset[str]:
        """The words (as typed) found in at least half the store's articles."""
        counted = self._current(conn)
        common = set()
        for word in words:
            token = _fold(word)
            docs = counted.docs.get(token)
            if docs is None:
                docs = conn.execute(_VOCAB_DOCS, {"term": token}).scalar() or 0
                counted.docs[token] = docs
            if counted.rows and 2 * docs >= counted.rows:
                common.add(word)
        return frozenset(common)

    def _current(self, conn: sa.Connection) -> _Counted:
        revision = conn.execute(_REVISION).scalar() or 0
        with self._lock:
            if self._counted.revision != revision or len(self._counted.docs) > MAX_COUNTED_WORDS:
                rows = conn.execute(_HIGHEST_ROWID).scalar() or 0
                self._counted = _Counted(revision, rows)
            return self._counted


_REVISION = sa.select(store_revision.c.revision).where(store_revision.c.id == 1)
_HIGHEST_ROWID = sa.text("SELECT rowid FROM article_search ORDER BY rowid DESC LIMIT 1")
_VOCAB_DOCS = sa.text("SELECT doc FROM article_search_vocab WHERE term = :term")


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


def ranked(conn: sa.Connection, text: str, limit: int, offset: int, prefix: bool = False,
           counts: WordCounts | None = None) -> list[tuple[str, float]]:
    """(article id, rank) of the best matches, best first; rank: higher is better. `prefix` (the
    last word may be the start of a word) applies on SQLite; PostgreSQL matches whole words.
    With `counts`, words in half the articles or more filter but are not ranked (see WordCounts):
    the same scores to within 1e-6 a word, ties broken newest first."""
    if conn.dialect.name == "postgresql":
        return _ranked_pg(conn, text, limit, offset)
    words = _WORD.findall(text)[:MAX_TERMS]
    query = _quoted(words, prefix)
    if query is None:
        return []
    common = counts.common(conn, words[:-1] if prefix else words) if counts is not None else frozenset()
    rare = [w for w in words if w not in common]
    if common and rare:
        return _ranked_by_rare(conn, query, _quoted(rare, prefix and rare[-1] == words[-1]), limit, offset)
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


def _ranked_by_rare(conn: sa.Connection, query: str, rare: str | None, limit: int,
                    offset: int) -> list[tuple[str, float]]:
    # The rare words' rows are read from the oldest of the newest matches on (a rowid range FTS5
    # seeks to), and `+rowid` keeps the IN test out of FTS5: pushed down, it re-ran the match, and
    # bm25's counting, once per hit (0.9 s).
    rows = conn.execute(sa.text(
        "WITH hits AS MATERIALIZED (SELECT rowid AS hit FROM article_search WHERE article_search MATCH :fts "
        "ORDER BY rowid DESC LIMIT :matches), "
        "scored AS (SELECT rowid AS hit, bm25(article_search, 0.0, 5.0, 1.0) AS score FROM article_search "
        "WHERE article_search MATCH :rare AND rowid >= (SELECT min(hit) FROM hits) AND +rowid IN hits), "
        "page AS (SELECT hit, score FROM scored ORDER BY score, hit DESC LIMIT :limit OFFSET :offset) "
        "SELECT s.article_id, page.score FROM page JOIN article_search s ON s.rowid = page.hit "
        "ORDER BY page.score, page.hit DESC"),
        {"fts": query, "rare": rare, "limit": limit, "offset": offset, "matches": MAX_MATCHES}).all()
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


# A word character outside ASCII: where there is none (punctuation such as curly quotes and dashes
# aside), folding a word is lower-casing it and _first_hit's regular expression is exact.
_NON_ASCII_WORD_CHAR = re.compile(r"[^\W\x00-\x7f]")


def _first_hit(body: str, scanned: int, pattern: re.Pattern[str]) -> int:
    """The index of the first of the `scanned` words that `pattern` (_hit_pattern) finds, or 0."""
    found = pattern.search(body)
    if found is None:
        return 0
    index = len(body[:found.start() + 1].split()) - 1
    return index if index < scanned else 0


@functools.lru_cache(maxsize=256)
def _hit_pattern(exact: tuple[str, ...], last: str) -> re.Pattern[str]:
    """For ASCII terms and a body whose word characters are ASCII, the words snippet() marks: one
    regular-expression search instead of folding and looking up word by word (a word boundary is
    where a \\w run starts or ends, as in _WORD). Word by word, finding the first match was 1.3 ms
    of a 7 ms search on the 100k load store."""
    words = "|".join(map(re.escape, exact))
    return re.compile(rf"(?<!\w)(?:(?:{words})(?!\w)|{re.escape(last)})", re.IGNORECASE)


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
    if all(t.isascii() for t in terms) and not _NON_ASCII_WORD_CHAR.search(body):
        pattern = _hit_pattern(tuple(sorted(exact)), last)

        def hit(word: str) -> bool:
            return pattern.search(word) is not None

        first = _first_hit(body, len(words), pattern)
    else:
        def hit(word: str) -> bool:
            # a set look-up per word, not a scan of every term: snippets were a third of a search's cost
            return any(f in exact or f.startswith(last) for f in _folded_words(word))

        first = next((i for i, w in enumerate(words) if hit(w)), 0)
    start = max(0, first - SNIPPET_WORDS // 3)
    shown = words[start:start + SNIPPET_WORDS]
    marked = [f"{SNIPPET_START}{w}{SNIPPET_END}" if hit(w) else w for w in shown]
    return ("… " if start else "") + " ".join(marked) + (" …" if start + SNIPPET_WORDS < len(words) else "")
