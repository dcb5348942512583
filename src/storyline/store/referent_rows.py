"""Each article's entity referents, stored once (0015), so that the entity merge reads one row per
article instead of every entity span again at each refresh (storyline.link.stored_referents).

A row is written in the transaction that reads the article's entity spans, and `save_spans` deletes
it in the transaction that replaces them; both take the corpus write lock, so a row never outlives
the spans it was made from.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import sqlalchemy as sa

from storyline.store import connect
from storyline.store.base import CorpusRow, ReferentRow
from storyline.store.corpus_read import PAGE, corpus_row, spans_of
from storyline.store.schema import article_referents, articles


class ReferentQueries:
    """`Store.store_referents`, `Store.referent_rows`; needs the host class's `_read()` and `_write()`."""

    _read: Any
    _write: Any

    def store_referents(self, encode: Callable[[CorpusRow], str], page: int = PAGE) -> int:
        """Write the encoded referents of every article that has none stored, `page` articles per
        transaction (each reads the entity spans and writes their rows under the corpus write lock);
        returns how many were written."""
        written = 0
        while True:
            with self._write() as conn:
                connect.lock_corpus_writes(conn)
                rows = conn.execute(_missing(page)).all()
                found = spans_of(conn, [r.id for r in rows], ("entities",)) if rows else {}
                if rows:
                    conn.execute(article_referents.insert(), [
                        {"article_id": r.id, "referents": encode(corpus_row(r, False, found.get(r.id, ())))}
                        for r in rows])
            written += len(rows)
            if len(rows) < page:
                return written

    def referent_rows(self, since: int = 0, page: int = PAGE) -> Iterator[ReferentRow]:
        """Every article's id, outlet and stored referents (those stored after generation `since`), by
        id, `page` at a time."""
        last = ""
        while True:
            with self._read() as conn:
                conditions = [articles.c.id > last, *([articles.c.generation > since] if since else [])]
                rows = conn.execute(
                    sa.select(articles.c.id, articles.c.outlet, article_referents.c.referents)
                    .select_from(articles.outerjoin(article_referents, article_referents.c.article_id == articles.c.id))
                    .where(*conditions).order_by(articles.c.id).limit(page)).all()
            yield from (ReferentRow(r.id, r.outlet, r.referents) for r in rows)
            if len(rows) < page:
                return
            last = rows[-1].id


def _missing(page: int) -> sa.Select:
    """The first `page` articles without stored referents, as corpus rows without bodies."""
    c = articles.c
    stored = sa.select(article_referents.c.article_id).where(article_referents.c.article_id == c.id).exists()
    return (sa.select(c.id, c.outlet, c.published_value, c.published_precision, c.duplicate_of, c.title, c.generation)
            .where(~stored).order_by(c.id).limit(page))


def forget_referents(conn: sa.Connection, article_id: str) -> None:
    """The article's spans change in this transaction: its stored referents go with them."""
    conn.execute(article_referents.delete().where(article_referents.c.article_id == article_id))
