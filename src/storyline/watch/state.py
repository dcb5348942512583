"""The watcher's state in the store: sources, watched pages, versions, follows and alerts.

Every change is one short transaction, written after the article it concerns is stored, so a watcher
killed at any point resumes from a consistent state: an entry whose page was stored but not yet
recorded is fetched again, found stored by its content hash, and recorded then.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa

from storyline.errors import ConfigError, NotFoundError
from storyline.store import schema
from storyline.store.connect import WRITE
from storyline.watch.model import SOURCE_KINDS, Source, SourceKind, normalise_url, source_id


def now() -> datetime:
    return datetime.now(UTC)


def aware(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; every time here is UTC."""
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


@dataclass(slots=True, frozen=True)
class WatchedPage:
    url: str
    source_id: str
    article_id: str | None
    versions: int
    etag: str | None = None
    last_modified: str | None = None


class WatchState:
    """Reads and writes of the watcher's tables through one store's engine."""

    def __init__(self, engine: sa.Engine) -> None:
        self._engine = engine

    @contextmanager
    def _write(self) -> Iterator[sa.Connection]:
        with self._engine.connect() as conn:
            conn.execution_options(**{WRITE: True})
            with conn.begin():
                yield conn

    # --- sources --------------------------------------------------------------------------------

    def add_source(self, url: str, kind: SourceKind, interval_s: int) -> Source:
        if kind not in SOURCE_KINDS:
            raise ConfigError(f"source kind {kind!r} is not one of {SOURCE_KINDS}", fix="use feed, sitemap or page")
        if interval_s < 60:
            raise ConfigError(f"poll interval {interval_s} s is under a minute", fix="give --interval 60 or more")
        normal = normalise_url(url)
        sid = source_id(normal)
        stamp = now()
        with self._write() as conn:
            if conn.execute(sa.select(schema.sources.c.id).where(schema.sources.c.id == sid)).first() is None:
                conn.execute(schema.sources.insert().values(
                    id=sid, kind=kind, url=normal, interval_s=interval_s, failures=0, next_poll_at=stamp,
                    polls=0, not_modified=0, entries_seen=0, articles_added=0, created_at=stamp))
            else:
                conn.execute(schema.sources.update().where(schema.sources.c.id == sid)
                             .values(kind=kind, interval_s=interval_s))
        return self.get_source(sid)

    def get_source(self, ref: str) -> Source:
        """A source by id, id prefix or URL."""
        table = schema.sources
        with self._engine.connect() as conn:
            row = conn.execute(sa.select(table).where(sa.or_(
                table.c.id == ref, table.c.url == normalise_url(ref) if "://" in ref else sa.false(),
                table.c.id.startswith(ref) if len(ref) >= 4 else sa.false()))).first()
        if row is None:
            raise NotFoundError(f"no source {ref!r}", fix="see `storyline sources list`")
        return _source(row)

    def remove_source(self, ref: str) -> Source:
        source = self.get_source(ref)
        with self._write() as conn:
            conn.execute(schema.sources.delete().where(schema.sources.c.id == source.id))
        return source

    def list_sources(self) -> list[Source]:
        with self._engine.connect() as conn:
            rows = conn.execute(sa.select(schema.sources).order_by(schema.sources.c.created_at, schema.sources.c.id))
            return [_source(r) for r in rows]

    def due_sources(self, at: datetime) -> list[Source]:
        table = schema.sources
        with self._engine.connect() as conn:
            rows = conn.execute(sa.select(table).where(table.c.next_poll_at <= at).order_by(table.c.next_poll_at))
            return [_source(r) for r in rows]

    def update_source(self, sid: str, **values: Any) -> None:
        with self._write() as conn:
            conn.execute(schema.sources.update().where(schema.sources.c.id == sid).values(**values))

    def count_source(self, sid: str, **increments: int) -> None:
        table = schema.sources
        with self._write() as conn:
            conn.execute(table.update().where(table.c.id == sid)
                         .values({table.c[k]: table.c[k] + v for k, v in increments.items()}))

    # --- pages and versions -----------------------------------------------------------------------

    def get_page(self, url: str) -> WatchedPage | None:
        table = schema.watched_pages
        with self._engine.connect() as conn:
            row = conn.execute(sa.select(table).where(table.c.url == url)).first()
        if row is None:
            return None
        return WatchedPage(row.url, row.source_id, row.article_id, row.versions, row.etag, row.last_modified)

    def record_page(self, page: WatchedPage, version: dict[str, Any] | None = None) -> None:
        """Upsert the page (and, for a changed page, its new version) in one transaction."""
        table = schema.watched_pages
        stamp = now()
        values = {"source_id": page.source_id, "article_id": page.article_id, "versions": page.versions,
                  "etag": page.etag, "last_modified": page.last_modified, "checked_at": stamp}
        with self._write() as conn:
            done = conn.execute(table.update().where(table.c.url == page.url).values(**values)).rowcount
            if not done:
                conn.execute(table.insert().values(url=page.url, first_seen_at=stamp, **values))
            if version is not None and conn.execute(sa.select(schema.article_versions.c.article_id).where(
                    schema.article_versions.c.article_id == version["article_id"])).first() is None:
                conn.execute(schema.article_versions.insert().values(fetched_at=stamp, **version))

    def versions_of(self, url: str) -> list[dict[str, Any]]:
        table = schema.article_versions
        with self._engine.connect() as conn:
            rows = conn.execute(sa.select(table).where(table.c.url == url).order_by(table.c.version))
            return [_plain(r) for r in rows]

    def version_of_article(self, article_id: str) -> dict[str, Any] | None:
        table = schema.article_versions
        with self._engine.connect() as conn:
            row = conn.execute(sa.select(table).where(table.c.article_id == article_id)).first()
            if row is None:
                return None
            url = row.url
            rows = conn.execute(sa.select(table).where(table.c.url == url).order_by(table.c.version))
            versions = [_plain(r) for r in rows]
        return {"url": url, "this": _plain(row), "versions": versions}


def changed_reports(engine: sa.Engine, article_ids: list[str]) -> dict[str, dict[str, Any]]:
    """For each of `article_ids` that is one version of a URL fetched in more than one version: which
    version it is, how many there are, and the newest one's article (for a story's timeline)."""
    if not article_ids:
        return {}
    table = schema.article_versions
    with engine.connect() as conn:
        mine = conn.execute(sa.select(table.c.article_id, table.c.url, table.c.version)
                            .where(table.c.article_id.in_(article_ids))).all()
        urls = sorted({r.url for r in mine})
        newest = {r.url: (r.version, r.article_id) for r in conn.execute(
            sa.select(table.c.url, table.c.version, table.c.article_id).where(table.c.url.in_(urls))
            .order_by(table.c.version))} if urls else {}
    return {r.article_id: {"version": r.version, "of": newest[r.url][0], "newest": newest[r.url][1]}
            for r in mine if newest.get(r.url, (1, ""))[0] > 1}


def _source(row: sa.Row) -> Source:
    data = row._mapping
    values = {f.name: data[f.name] for f in fields(Source)}
    for key in ("next_poll_at", "created_at", "last_success_at", "last_error_at", "open_until"):
        values[key] = aware(values[key])
    return Source(**values)


def _plain(row: sa.Row) -> dict[str, Any]:
    out = dict(row._mapping)
    for key, value in out.items():
        if isinstance(value, datetime):
            out[key] = aware(value).isoformat()  # type: ignore[union-attr]
    return out


def backoff(interval_s: int, failures: int, cap_s: int) -> timedelta:
    """Exponential backoff after `failures` consecutive failures: interval × 2^failures, capped."""
    return timedelta(seconds=min(cap_s, interval_s * 2 ** min(failures, 30)))
