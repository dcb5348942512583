"""Rows <-> records: the store's edge, where articles become column values and back.

Span payloads are turned into the stored JSON map (`attrs` column) here and nowhere else, and read
back as typed payloads (storyline.payloads). Both `SqlStore` (storyline.store.sql) and its paged
reads (storyline.store.browse) load articles through `load_rows`, so neither imports the other.
"""
from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from storyline.model import Article, DroppedLine, PublishedDate, Span
from storyline.payloads import decode_payload, encode_payload
from storyline.store.schema import dropped_lines, spans

# ids per IN (...) clause: far below SQLite's and PostgreSQL's bound-parameter limits
CHUNK = 500


def now() -> datetime:
    return datetime.now(UTC)


def chunks(ids: Sequence[str]) -> list[list[str]]:
    """`ids` in lists small enough for one IN (...) clause."""
    return [list(ids[i:i + CHUNK]) for i in range(0, len(ids), CHUNK)]


def article_row(article: Article, signature: bytes | None, generation: int | None = None) -> dict[str, Any]:
    p = article.published
    return {
        "id": article.id, "source": article.source, "record": article.record, "kind": article.kind,
        "raw": article.raw, "body": article.body, "title": article.title, "outlet": article.outlet,
        "byline": article.byline, "url": article.url,
        "published_value": p.value, "published_precision": p.precision, "published_evidence": p.evidence,
        "published_tried": list(p.tried), "published_earliest": p.earliest, "published_latest": p.latest,
        "evidence": dict(article.evidence), "metadata": dict(article.metadata),
        "duplicate_of": article.duplicate_of, "signature": signature, "stages": list(article.stages),
        "ingested_at": now(), "language": article.language, "generation": generation,
    }


def dropped_row(article_id: str, position: int, d: DroppedLine) -> dict[str, Any]:
    return {"article_id": article_id, "position": position, "line_no": d.line_no, "text": d.text, "reason": d.reason}


def span_row(article_id: str, position: int, s: Span) -> dict[str, Any]:
    """A span as its row: the payload in its stored form (a flat JSON map, see storyline.payloads)."""
    return {"article_id": article_id, "position": position, "start": s.start, "end": s.end, "label": s.label,
            "stage": s.stage, "text": s.text, "attrs": encode_payload(s.payload)}


def span_from_row(row: sa.Row) -> Span:
    """A stored span with its payload typed again (rows from before payloads read the same way)."""
    return Span(row.start, row.end, row.label, row.stage, row.text,
                decode_payload(row.label, row.stage, row.attrs or {}))


def load_rows(conn: sa.Connection, rows: Sequence[sa.Row], *, with_spans: bool = True,
              with_dropped: bool = True) -> list[Article]:
    """Articles for these rows, each with its dropped lines and spans (two queries per chunk);
    `with_spans=False` / `with_dropped=False` leave those lists empty without querying them."""
    ids = [row.id for row in rows]
    dropped = _children(conn, dropped_lines, ids) if with_dropped else defaultdict(list)
    found = _children(conn, spans, ids) if with_spans else defaultdict(list)
    return [_article(row, dropped[row.id], found[row.id]) for row in rows]


def by_ids(column: sa.ColumnElement) -> sa.ColumnElement[bool]:
    """`column IN :ids` as one expanding parameter: a statement built once and run with the ids
    (building a SELECT per call cost SQLAlchemy twice what running it did: 0.13 of 0.2 ms)."""
    return column.in_(sa.bindparam("ids", expanding=True))


@functools.cache
def _children_query(table: sa.Table) -> sa.Select:
    return sa.select(table).where(by_ids(table.c.article_id)).order_by(table.c.article_id, table.c.position)


def _children(conn: sa.Connection, table: sa.Table, ids: list[str]) -> dict[str, list[sa.Row]]:
    grouped: dict[str, list[sa.Row]] = defaultdict(list)
    for chunk in chunks(ids):
        for row in conn.execute(_children_query(table), {"ids": chunk}):
            grouped[row.article_id].append(row)
    return grouped


def _article(row: sa.Row, dropped: list[sa.Row], found: list[sa.Row]) -> Article:
    published = PublishedDate(value=row.published_value, precision=row.published_precision,
                              evidence=row.published_evidence, tried=tuple(row.published_tried),
                              earliest=row.published_earliest, latest=row.published_latest)
    return Article(
        id=row.id, source=row.source, kind=row.kind, raw=getattr(row, "raw", ""), record=row.record,
        body=row.body, title=row.title, outlet=row.outlet, byline=row.byline, url=row.url,
        published=published, evidence=dict(row.evidence), metadata=dict(row.metadata),
        duplicate_of=row.duplicate_of, stages=list(row.stages), language=getattr(row, "language", None),
        dropped=[DroppedLine(line_no=d.line_no, text=d.text, reason=d.reason) for d in dropped],
        spans=[span_from_row(s) for s in found],
    )
