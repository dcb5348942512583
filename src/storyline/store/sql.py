"""`SqlStore`: the `Store` on SQLAlchemy Core, one code path for SQLite and PostgreSQL."""
from __future__ import annotations

import functools
import os
import random
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine

from storyline.errors import NotFoundError, StoreConnectionError, StoreError, StoreRefusedError
from storyline.model import Article, DroppedLine, IngestFailure, Packed, Span
from storyline.store import connect, migrate, search
from storyline.store.base import CitationLink, EntityRecord, StoreStatus, StoryRecord
from storyline.store.browse import BrowseQueries, bump_revision, refresh_entity_stats, refresh_story_stats
from storyline.store.corpus_read import CorpusQueries
from storyline.store.entity_rows import Carry, EntityQueries, read_entities
from storyline.store.referent_rows import ReferentQueries, forget_referents
from storyline.store.rows import CHUNK, article_row, chunks, dropped_row, load_rows, now, span_row
from storyline.store.schema import (
    articles,
    citation_links,
    dropped_lines,
    entities,
    entity_aliases,
    entity_mentions,
    failures,
    pipeline_state,
    signature_bands,
    spans,
    stories,
    story_aliases,
    story_articles,
)
from storyline.store.storable import REFUSED_FIX, check_storable, check_strings, span_strings
from storyline.store.story_state import StoryStateQueries

MIN_PREFIX = 4
LIST_HINT = "`storyline articles` lists ids"


def open_store(url: str) -> SqlStore:
    """Connect to `url`, migrate the schema to head, and return the store."""
    parsed = connect.parse_url(url)
    engine = connect.make_engine(parsed)
    connect.check(engine, parsed)
    try:
        migrate.upgrade(engine, parsed)
    except StoreError:
        engine.dispose()
        raise
    return SqlStore(engine, parsed)


class StoreBusyError(StoreConnectionError):
    """Another writer held the store's lock for longer than the busy timeout, and retries."""

    code = "store-busy"


_BUSY_RETRIES = 4
_Method = TypeVar("_Method", bound=Callable[..., Any])


def _retry_when_busy(method: _Method) -> _Method:
    """Run a write again (up to _BUSY_RETRIES times, backing off) when the store stayed locked:
    each write is one transaction, so a retry repeats all of it or nothing."""
    @functools.wraps(method)
    def retrying(*args: Any, **kwargs: Any) -> Any:
        for attempt in range(_BUSY_RETRIES):
            try:
                return method(*args, **kwargs)
            except StoreBusyError:
                if attempt == _BUSY_RETRIES - 1:
                    raise
                time.sleep(0.25 * 2 ** attempt + random.random() * 0.25)
        return None
    return retrying  # type: ignore[return-value]


class SqlStore(BrowseQueries, CorpusQueries, EntityQueries, ReferentQueries, StoryStateQueries):
    """Articles, their dropped lines and spans, and failures, in one SQL database (and the paged
    reads of `BrowseStore`, from storyline.store.browse)."""

    def __init__(self, engine: Engine, url: URL) -> None:
        self._engine = engine
        self.url = connect.shown(url)
        self._pinned = threading.local()  # the connection `reading()` holds for this thread
        self._word_counts = search.WordCounts()

    def __repr__(self) -> str:
        return f"SqlStore({self.url!r})"

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, for modules that keep tables of their own (storyline.watch)."""
        return self._engine

    def __enter__(self) -> SqlStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- connections -----------------------------------------------------------------------

    @contextmanager
    def _read(self) -> Iterator[sa.Connection]:
        pinned = getattr(self._pinned, "conn", None)
        if pinned is not None:
            with self._errors():
                yield pinned
            return
        with self._errors(), self._engine.connect() as conn:
            yield conn

    @contextmanager
    def reading(self) -> Iterator[None]:
        """The reads inside (in this thread) share one connection and one transaction: a page's
        several look-ups pay for one connection checkout, BEGIN and ROLLBACK instead of one each
        (a sixth of the article page), and see one snapshot of the store. Reads only: a write
        inside is not seen by the reads after it. The connection is the thread's: not for a
        coroutine that awaits inside (others on the event loop's thread would share it)."""
        if getattr(self._pinned, "conn", None) is not None:
            yield
            return
        with self._errors(), self._engine.connect() as conn:
            self._pinned.conn = conn
            try:
                yield
            finally:
                self._pinned.conn = None

    def read_connection(self) -> AbstractContextManager[sa.Connection]:
        """A connection for read-only queries the read protocol has no method for (web views over
        story_articles and entity_mentions); store errors are translated as for every read."""
        return self._read()

    @contextmanager
    def _write(self, conflict_ok: bool = False) -> Iterator[sa.Connection]:
        """A connection in a transaction that commits on success; IntegrityError passes if `conflict_ok`."""
        with self._errors(conflict_ok), self._engine.connect() as conn:
            conn.execution_options(**{connect.WRITE: True})
            with conn.begin():
                yield conn

    @contextmanager
    def _errors(self, conflict_ok: bool = False) -> Iterator[None]:
        try:
            yield
        except sa.exc.IntegrityError as exc:
            if conflict_ok:
                raise
            raise StoreError(f"the store at {self.url} refused a write: {_first_line(exc)}",
                             fix="report this with the command that caused it") from None
        except sa.exc.OperationalError as exc:
            if connect.is_busy(exc):
                raise StoreBusyError(f"the store at {self.url} stayed locked by another writer: {_first_line(exc)}",
                                     fix="re-run when the other ingest is done (re-running adds nothing twice)"
                                     ) from None
            raise StoreConnectionError(f"lost the store at {self.url}: {_first_line(exc)}",
                                       fix="check that the database is reachable and not locked, then re-run "
                                           "(re-running adds nothing twice)") from None
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"the store at {self.url} failed: {_first_line(exc)}",
                             fix="report this with the command that caused it") from None

    # --- articles ----------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        with self._read() as conn:
            return conn.execute(sa.select(articles.c.id).where(articles.c.id == article_id)).first() is not None

    @_retry_when_busy
    def save_article(self, article: Article, signature: bytes | None = None, bands: Sequence[int] = (), *,
                     packed: Packed | None = None) -> bool:
        """Store the article with its dropped lines, spans and signature band keys; False, changing
        nothing, if its id is stored. `packed`, its stored form made by the `pack` stage, is used as
        it is (compressed page, signature, band keys, storability) instead of `signature`/`bands`."""
        if packed is None:
            check_storable(article)
        elif packed.refused is not None:
            raise StoreRefusedError(packed.refused, fix=REFUSED_FIX)
        else:
            signature, bands = packed.signature, packed.bands
        if self.has_article(article.id):
            return False
        try:
            with self._write(conflict_ok=True) as conn:
                generation = _want_refresh(conn, 1)
                row = article_row(article, signature, generation)
                if packed is not None:
                    row["raw"] = packed.raw  # compressed already: CompressedText passes bytes through
                conn.execute(articles.insert(), row)
                _insert_children(conn, article.id, article.dropped, article.spans)
                _insert_bands(conn, article.id, bands)
                bump_revision(conn)
        except sa.exc.IntegrityError as exc:
            if self.has_article(article.id):
                return False  # another process stored the same content between our check and insert
            raise StoreRefusedError(f"the store at {self.url} refused article {article.id}: {_first_line(exc)}",
                             fix="report this with the document attached") from None
        return True

    def save_articles(self, batch: Sequence[tuple[Article, bytes | None]]) -> int:
        """Store many new articles (with signatures) in one transaction: a bulk load, e.g. a generated
        benchmark corpus. Unlike save_article it does not skip stored ids: one makes the whole batch fail."""
        for article, _signature in batch:
            check_storable(article)
        with self._write() as conn:
            generation = _want_refresh(conn, len(batch))
            conn.execute(articles.insert(), [article_row(a, signature, generation) for a, signature in batch])
            dropped = [dropped_row(a.id, i, d) for a, _ in batch for i, d in enumerate(a.dropped, 1)]
            if dropped:
                conn.execute(dropped_lines.insert(), dropped)
            found = [span_row(a.id, i, s) for a, _ in batch for i, s in enumerate(a.spans, 1)]
            if found:
                conn.execute(spans.insert(), found)
            bump_revision(conn)
        return len(batch)

    @_retry_when_busy
    def save_spans(self, article_id: str, stage: str, new_spans: Sequence[Span]) -> None:
        """Replace the spans `stage` wrote on a stored article and mark the stage as run on it."""
        for span in new_spans:
            check_strings(article_id, "span", span_strings(span))
        with self._write() as conn:
            stages = conn.execute(sa.select(articles.c.stages).where(articles.c.id == article_id)).scalar()
            if stages is None:
                raise _not_found(article_id)
            connect.lock_corpus_writes(conn)  # against a refresh storing the referents of the spans replaced
            forget_referents(conn, article_id)
            conn.execute(spans.delete().where(spans.c.article_id == article_id, spans.c.stage == stage))
            start = conn.execute(sa.select(sa.func.max(spans.c.position))
                                 .where(spans.c.article_id == article_id)).scalar()
            _insert_spans(conn, article_id, new_spans, first=(start or 0) + 1)
            if stage not in stages:
                conn.execute(articles.update().where(articles.c.id == article_id).values(stages=[*stages, stage]))
            bump_revision(conn)

    @_retry_when_busy
    def link_reprints(self, article_ids: Sequence[str], original_id: str) -> None:
        """Point every article of a syndication group at `original_id` (the original itself at nothing)."""
        with self._write() as conn:
            conn.execute(articles.update().where(articles.c.id.in_(list(article_ids)))
                         .values(duplicate_of=original_id))
            conn.execute(articles.update().where(articles.c.id == original_id).values(duplicate_of=None))
            bump_revision(conn)

    @_retry_when_busy
    def replace_entities(self, records: Sequence[EntityRecord], aliases: dict[str, str] | None = None) -> None:
        """Replace every canonical entity and its mentions (a corpus stage's output) in one transaction;
        `aliases` (old id → id now), when given, replace the stored ones."""
        with self._write() as conn:
            connect.lock_corpus_writes(conn)
            conn.execute(entity_mentions.delete())
            conn.execute(entities.delete())
            if aliases is not None:
                conn.execute(entity_aliases.delete())
                if aliases:
                    conn.execute(entity_aliases.insert(), [{"alias": k, "entity_id": v} for k, v in aliases.items()])
            if records:
                conn.execute(entities.insert(), [{"id": e.id, "name": e.name, "type": e.type,
                                                  "aliases": sorted(e.aliases)} for e in records])
                rows = [{"entity_id": e.id, "article_id": m.article_id, "start": m.start, "end": m.end,
                         "text": m.text} for e in records for m in e.mentions]
                if rows:
                    conn.execute(entity_mentions.insert(), rows)
            refresh_entity_stats(conn)
            bump_revision(conn)

    @_retry_when_busy
    def update_entities(self, records: Sequence[EntityRecord], carry: Carry) -> dict[str, str]:
        return EntityQueries.update_entities(self, records, carry)  # (the difference write, retried when busy)

    def list_entities(self) -> list[EntityRecord]:
        """Every canonical entity with its mentions, most mentioned first."""
        with self._read() as conn:
            return read_entities(conn)

    @_retry_when_busy
    def replace_citation_links(self, links: Sequence[CitationLink], *,
                               of_articles: Sequence[str] | None = None) -> None:
        """Replace every citation link, or (`of_articles`) only those of these citing articles."""
        with self._write() as conn:
            connect.lock_corpus_writes(conn)
            if of_articles is None:
                conn.execute(citation_links.delete())
            for chunk in chunks(of_articles or ()):
                conn.execute(citation_links.delete().where(citation_links.c.article_id.in_(chunk)))
            if links:
                conn.execute(citation_links.insert(), [{"article_id": c.article_id, "start": c.start, "end": c.end,
                                                        "outlet": c.outlet, "time": c.time,
                                                        "resolves_to": c.resolves_to} for c in links])
            bump_revision(conn)

    def list_citation_links(self) -> list[CitationLink]:
        with self._read() as conn:
            rows = conn.execute(sa.select(citation_links).order_by(citation_links.c.article_id, citation_links.c.start))
            return [CitationLink(r.article_id, r.start, r.end, r.outlet, r.time, r.resolves_to) for r in rows]

    @_retry_when_busy
    def replace_stories(self, records: Sequence[StoryRecord], aliases: dict[str, str]) -> None:
        """Replace every story, its article list and the merged-id aliases in one transaction."""
        with self._write() as conn:
            connect.lock_corpus_writes(conn)
            for table in (story_articles, story_aliases, stories):
                conn.execute(table.delete())
            if records:
                conn.execute(stories.insert(), [{"id": r.id, "title": r.title, "position": i}
                                                for i, r in enumerate(records)])
                rows = [{"story_id": r.id, "article_id": a, "position": i}
                        for r in records for i, a in enumerate(r.article_ids)]
                if rows:
                    conn.execute(story_articles.insert(), rows)
            if aliases:
                conn.execute(story_aliases.insert(), [{"alias": k, "story_id": v} for k, v in aliases.items()])
            refresh_story_stats(conn)
            bump_revision(conn)

    def list_stories(self) -> list[StoryRecord]:
        """Every story in its stored order, each with its articles in their stored order."""
        with self._read() as conn:
            members: dict[str, list[str]] = defaultdict(list)
            for row in conn.execute(sa.select(story_articles).order_by(story_articles.c.story_id,
                                                                        story_articles.c.position)):
                members[row.story_id].append(row.article_id)
            rows = conn.execute(sa.select(stories).order_by(stories.c.position)).all()
        return [StoryRecord(r.id, r.title, tuple(members[r.id])) for r in rows]

    def entity_aliases(self) -> dict[str, str]:
        """Old entity id → the id of the entity that absorbed it."""
        with self._read() as conn:
            return {r.alias: r.entity_id for r in conn.execute(sa.select(entity_aliases))}

    def story_aliases(self) -> dict[str, str]:
        """Merged story id → the id of the story that absorbed it."""
        with self._read() as conn:
            return {r.alias: r.story_id for r in conn.execute(sa.select(story_aliases))}

    def get_article(self, article_id: str) -> Article:
        """The article with this id, or with the only id starting with it (at least 4 characters)."""
        with self._read() as conn:
            row = conn.execute(sa.select(articles).where(articles.c.id == article_id)).first()
            if row is None:
                row = self._by_prefix(conn, article_id)
            return load_rows(conn, [row])[0]

    def _by_prefix(self, conn: sa.Connection, prefix: str) -> sa.Row:
        if len(prefix) < MIN_PREFIX:
            raise NotFoundError(f"no article with id {prefix!r}",
                                fix=f"give the id or at least {MIN_PREFIX} characters of it; {LIST_HINT}")
        # LIKE can use an index but is case-insensitive on SQLite; substr makes the match exact
        matches = conn.execute(sa.select(articles).where(
            articles.c.id.startswith(prefix, autoescape=True),
            sa.func.substr(articles.c.id, 1, len(prefix)) == prefix).order_by(articles.c.id).limit(6)).all()
        if len(matches) > 1:
            shown = ", ".join(m.id for m in matches[:5]) + (", …" if len(matches) > 5 else "")
            raise NotFoundError(f"id prefix {prefix!r} matches several articles: {shown}",
                                fix=f"give more characters of the id; {LIST_HINT}")
        if not matches:
            raise _not_found(prefix)
        return matches[0]

    def list_articles(self, *, limit: int | None = None, offset: int = 0,
                      with_raw: bool = True) -> list[Article]:
        """Articles by publication date (undated last), then id; `with_raw=False` leaves `raw` empty."""
        columns = [c for c in articles.c if with_raw or c.name != "raw"]
        query = (sa.select(*columns)
                 .order_by(articles.c.published_value.asc().nulls_last(), articles.c.id)
                 .limit(limit).offset(offset))
        with self._read() as conn:
            return load_rows(conn, conn.execute(query).all())

    def signatures(self) -> dict[str, bytes]:
        """id -> MinHash signature of every article saved with one."""
        query = sa.select(articles.c.id, articles.c.signature).where(articles.c.signature.is_not(None))
        with self._read() as conn:
            return {row.id: bytes(row.signature) for row in conn.execute(query)}

    # --- reprint candidates by signature band (0005; storyline.pipeline.writer) --------------------

    def band_candidates(self, keys: Sequence[int]) -> list[str]:
        """Ids of the articles that share at least one band key with `keys`."""
        if not keys:
            return []
        query = (sa.select(signature_bands.c.article_id).distinct()
                 .where(signature_bands.c.key.in_(list(keys))).order_by(signature_bands.c.article_id))
        with self._read() as conn:
            return list(conn.execute(query).scalars())

    def signatures_of(self, article_ids: Sequence[str]) -> dict[str, bytes]:
        """id -> signature of these articles (those stored with one)."""
        found: dict[str, bytes] = {}
        ids = list(article_ids)
        with self._read() as conn:
            for chunk in (ids[i:i + CHUNK] for i in range(0, len(ids), CHUNK)):
                query = sa.select(articles.c.id, articles.c.signature).where(
                    articles.c.id.in_(chunk), articles.c.signature.is_not(None))
                found.update({row.id: bytes(row.signature) for row in conn.execute(query)})
        return found

    def unbanded(self, limit: int = CHUNK) -> dict[str, bytes]:
        """Up to `limit` articles with a signature but no band keys yet (stored before 0005 or in bulk)."""
        has_bands = sa.exists().where(signature_bands.c.article_id == articles.c.id)
        query = (sa.select(articles.c.id, articles.c.signature)
                 .where(articles.c.signature.is_not(None), ~has_bands).order_by(articles.c.id).limit(limit))
        with self._read() as conn:
            return {row.id: bytes(row.signature) for row in conn.execute(query)}

    def add_bands(self, bands: dict[str, Sequence[int]]) -> None:
        """Band keys of stored articles (the backfill of `unbanded`)."""
        with self._write() as conn:
            for article_id, keys in bands.items():
                _insert_bands(conn, article_id, keys)

    # --- the corpus-refresh mark (0005; storyline.pipeline.corpus) -----------------------------

    def refresh_generation(self) -> int:
        """How many article writes the store has seen: a refresh started now covers these."""
        with self._read() as conn:
            return int(conn.execute(sa.select(pipeline_state.c.wanted)
                                    .where(pipeline_state.c.name == _CORPUS)).scalar_one())

    def pending_refresh(self) -> int:
        """Articles stored since the last completed corpus refresh (0: the corpus records are current)."""
        with self._read() as conn:
            return _pending(conn)

    def refreshed_generation(self) -> int:
        """The generation the last completed refresh covered: articles above it are new to the corpus stages."""
        with self._read() as conn:
            return int(conn.execute(sa.select(pipeline_state.c.done)
                                    .where(pipeline_state.c.name == _CORPUS)).scalar_one())

    def mark_refreshed(self, generation: int) -> None:
        """Record a completed refresh of everything stored up to `generation` (refresh_generation)."""
        with self._write() as conn:
            conn.execute(pipeline_state.update().where(pipeline_state.c.name == _CORPUS,
                                                       pipeline_state.c.done < generation)
                         .values(done=generation))

    # --- failures -------------------------------------------------------------------------------

    @_retry_when_busy
    def record_failure(self, failure: IngestFailure) -> None:
        """Record a skipped document once per (source, record, error); again only bumps count and last_seen."""
        check_strings(failure.source, "failure", [failure.source, failure.record or "", failure.error,
                                                   failure.message, failure.stage or "", failure.detail or ""])
        for _attempt in range(3):
            try:
                with self._write(conflict_ok=True) as conn:
                    if not _bump_failure(conn, failure):
                        conn.execute(failures.insert(), _failure_row(failure))
                return
            except sa.exc.IntegrityError:
                continue  # another process inserted the same key between our update and insert
        raise StoreError(f"could not record the failure of {failure.source} in {self.url}",
                         fix="re-run the batch; failures are recorded once each")

    def failures(self) -> list[IngestFailure]:
        query = sa.select(failures).order_by(failures.c.first_seen, failures.c.id)
        with self._read() as conn:
            return [IngestFailure(source=r.source, error=r.error, message=r.message, record=r.record,
                                  stage=r.stage, detail=r.detail)
                    for r in conn.execute(query)]

    # --- summary ------------------------------------------------------------------------------

    def status(self) -> StoreStatus:
        count = sa.func.count()
        with self._read() as conn:
            rows = conn.execute(sa.select(failures.c.error, count).group_by(failures.c.error))
            by_error: dict[str, int] = {error: n for error, n in rows}
            return StoreStatus(
                articles=conn.execute(sa.select(count).select_from(articles)).scalar_one(),
                duplicates=conn.execute(sa.select(count).where(articles.c.duplicate_of.is_not(None))).scalar_one(),
                failures=sum(by_error.values()),
                failures_by_error=by_error,
                dropped_lines=conn.execute(sa.select(count).select_from(dropped_lines)).scalar_one(),
                refresh_pending=_pending(conn),
            )

    @contextmanager
    def refresh_lock(self) -> Iterator[None]:
        """Hold while refreshing the corpus records: one refresh at a time, across processes."""
        with self._errors(), connect.refresh_lock(self._engine):
            yield

    def shared_url(self) -> str | None:
        """The URL another process on this machine opens this store with (password included, a
        SQLite path made absolute); None for an in-memory store, which no other process can see."""
        url = self._engine.url
        if url.get_backend_name() == "sqlite":
            if url.database in (None, "", ":memory:") or (url.query.get("mode") == "memory"):
                return None
            url = url.set(database=os.path.abspath(url.database))
        return url.render_as_string(hide_password=False)

    def close(self) -> None:
        self._engine.dispose()


# --- rows <-> records ------------------------------------------------------------------------------

_CORPUS = "corpus"


def _want_refresh(conn: sa.Connection, articles_stored: int) -> int:
    """Raise the corpus-refresh mark in the transaction that stores the articles (durable with them);
    returns the raised count, the articles' generation. The update holds the mark's row lock until
    commit, so a refresh that read a count covers every article stored at or below it."""
    conn.execute(pipeline_state.update().where(pipeline_state.c.name == _CORPUS)
                 .values(wanted=pipeline_state.c.wanted + articles_stored))
    return int(conn.execute(sa.select(pipeline_state.c.wanted).where(pipeline_state.c.name == _CORPUS)).scalar_one())


def _insert_bands(conn: sa.Connection, article_id: str, keys: Sequence[int]) -> None:
    if keys:
        conn.execute(signature_bands.insert(), [{"key": k, "article_id": article_id} for k in sorted(set(keys))])


def _pending(conn: sa.Connection) -> int:
    row = conn.execute(sa.select(pipeline_state).where(pipeline_state.c.name == _CORPUS)).one()
    return max(0, int(row.wanted) - int(row.done))


def _first_line(exc: sa.exc.SQLAlchemyError) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _not_found(article_id: str) -> NotFoundError:
    return NotFoundError(f"no article with id {article_id!r}", fix=f"check the id; {LIST_HINT}")


def _insert_children(conn: sa.Connection, article_id: str, dropped: Sequence[DroppedLine],
                     new_spans: Sequence[Span]) -> None:
    if dropped:
        conn.execute(dropped_lines.insert(), [dropped_row(article_id, i, d) for i, d in enumerate(dropped, 1)])
    _insert_spans(conn, article_id, new_spans, first=1)


def _insert_spans(conn: sa.Connection, article_id: str, new_spans: Sequence[Span], first: int) -> None:
    if new_spans:
        conn.execute(spans.insert(), [span_row(article_id, i, s) for i, s in enumerate(new_spans, first)])


def _failure_key(failure: IngestFailure) -> sa.ColumnElement[bool]:
    # the same expression as the unique index uq_failures_key
    return sa.and_(failures.c.source == failure.source, failures.c.error == failure.error,
                   sa.func.coalesce(failures.c.record, "") == (failure.record or ""))


def _bump_failure(conn: sa.Connection, failure: IngestFailure) -> bool:
    """Count one more sighting of a recorded failure; False if it was not recorded yet."""
    result = conn.execute(failures.update().where(_failure_key(failure)).values(
        count=failures.c.count + 1, last_seen=now(), message=failure.message, stage=failure.stage,
        detail=failure.detail))
    return result.rowcount > 0


def _failure_row(failure: IngestFailure) -> dict[str, Any]:
    seen = now()
    return {"source": failure.source, "record": failure.record, "error": failure.error,
            "message": failure.message, "first_seen": seen, "last_seen": seen, "count": 1,
            "stage": failure.stage, "detail": failure.detail}
