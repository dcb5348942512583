"""The corpus stages' read: compact article rows, streamed from the store a page at a time.

    for row in store.corpus_rows(CorpusQuery(since=store.refreshed_generation(), body=True)):
        ...   # id, outlet, date, reprint link, title, generation; the body and entity/citation spans if asked

The corpus stages used to call `list_articles`: every stored article with its raw input's
neighbours (evidence, metadata, dropped lines) and every span (quotes, claims, times), all in memory
at once; on 10k generated articles that doubled the ingest's peak RSS (benchmarks/ingest_memory.py,
147 → 294 MB). A row here carries what merging entities, resolving citations and clustering stories
read, and pages are fetched by id (keyset), so a read holds one page at a time.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

import sqlalchemy as sa

from storyline.model import PublishedDate, Span
from storyline.store.base import CorpusQuery, CorpusRow
from storyline.store.rows import chunks, span_from_row
from storyline.store.schema import articles, spans

PAGE = 1000  # rows per query: one page of bodies (~3 KB each) stays a few MB


class CorpusQueries:
    """`Store.corpus_rows`; needs the host class's `_read()` connection."""

    _read: Any

    def corpus_rows(self, query: CorpusQuery = CorpusQuery(), page: int = PAGE) -> Iterator[CorpusRow]:
        """Rows matching `query`, by id, fetched `page` at a time (each page in its own read)."""
        last = ""
        while True:
            with self._read() as conn:
                rows = conn.execute(_page_query(query, last, page)).all()
                found = spans_of(conn, [r.id for r in rows], query.stages) if rows and query.stages else {}
            if not rows:
                return
            for r in rows:
                yield corpus_row(r, query.body, found.get(r.id, ()))
            if len(rows) < page:
                return
            last = rows[-1].id


def _page_query(query: CorpusQuery, last: str, page: int) -> sa.Select:
    c = articles.c
    columns = [c.id, c.outlet, c.published_value, c.published_precision, c.duplicate_of, c.title, c.generation]
    if query.body:
        columns.append(c.body)
    conditions: list[sa.ColumnElement[bool]] = [c.id > last]
    if query.since:
        conditions.append(c.generation > query.since)
    if query.ids is not None:
        conditions.append(c.id.in_(query.ids))
    if query.outlets is not None:
        conditions.append(c.outlet.in_(query.outlets))
    if query.dated_only:
        conditions.append(c.published_value.is_not(None))
    return sa.select(*columns).where(*conditions).order_by(c.id).limit(page)


def spans_of(conn: sa.Connection, ids: Sequence[str], stages: Sequence[str]) -> dict[str, list[Span]]:
    found: dict[str, list[Span]] = defaultdict(list)
    for chunk in chunks(ids):
        query = (sa.select(spans).where(spans.c.article_id.in_(chunk), spans.c.stage.in_(list(stages)))
                 .order_by(spans.c.article_id, spans.c.position))
        for row in conn.execute(query):
            found[row.article_id].append(span_from_row(row))
    return found


def corpus_row(r: sa.Row, body: bool, found: Sequence[Span]) -> CorpusRow:
    published = PublishedDate(value=r.published_value, precision=r.published_precision)
    return CorpusRow(r.id, r.outlet, published, r.duplicate_of, r.title, r.generation or 0,
                     r.body if body else "", tuple(found))
