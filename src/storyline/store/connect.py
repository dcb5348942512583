"""Turn a store URL into a checked SQLAlchemy engine: SQLite (WAL, busy timeout, foreign keys) or PostgreSQL."""
from __future__ import annotations

import importlib.util
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine

from storyline.errors import MissingExtraError, StoreConnectionError

#: execution option marking a connection that will write; on SQLite it begins with BEGIN IMMEDIATE
WRITE = "storyline_write"
# A writer waits this long for SQLite's write lock. 5 s was too short for four concurrent ingests
# (one writer's corpus refresh holds the lock for seconds): "database is locked" (issue 14.5).
BUSY_TIMEOUT_MS = 30_000
# PostgreSQL advisory lock keys (any two fixed 64-bit numbers no other application uses)
CORPUS_WRITE_LOCK = 0x53_54_4F_52_59_01  # "STORY" 1: replacing entities, citation links or stories
REFRESH_LOCK = 0x53_54_4F_52_59_02  # "STORY" 2: one corpus refresh (read, compute, write) at a time
URL_FIX = "use sqlite:///path/to/file.db or postgresql+psycopg://user:password@host:5432/database"


def parse_url(url: str) -> URL:
    """The URL as SQLAlchemy reads it; a bare `postgresql://` gets the psycopg (3) driver."""
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError:
        raise StoreConnectionError(f"store URL {url!r} is not a database URL", fix=URL_FIX) from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def shown(url: URL) -> str:
    """The URL safe to print: password masked."""
    return url.render_as_string(hide_password=True)


def make_engine(url: URL) -> Engine:
    """An engine for `url`, not yet connected."""
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    if url.drivername == "postgresql+psycopg":
        return _postgres_engine(url)
    raise StoreConnectionError(f"store URL {shown(url)} uses {url.drivername!r}, which storyline does not support",
                               fix=URL_FIX)


def check(engine: Engine, url: URL) -> None:
    """Connect once, so a wrong URL fails here with a fix rather than deep inside a batch."""
    for attempt in range(_OPEN_ATTEMPTS):
        try:
            with engine.connect() as conn:
                conn.execute(sa.text("SELECT 1"))
            return
        except sa.exc.OperationalError as exc:
            # a new SQLite file another process is switching to WAL: wait and try again
            if not is_busy(exc) or attempt == _OPEN_ATTEMPTS - 1:
                _refuse(engine, url, exc)
            time.sleep(0.2 * 2 ** attempt)
        except sa.exc.DBAPIError as exc:
            _refuse(engine, url, exc)


_OPEN_ATTEMPTS = 5


def _refuse(engine: Engine, url: URL, exc: sa.exc.DBAPIError) -> NoReturn:
    engine.dispose()
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    raise StoreConnectionError(f"cannot open the store at {shown(url)}: {reason}", fix=_fix(url)) from None


def _fix(url: URL) -> str:
    if url.get_backend_name() == "sqlite":
        return "check that the file is a SQLite database (or does not exist yet) and that you may write to its folder"
    return ("check that the server is running and that host, port, user, password and database in the URL "
            "are right (scripts/start_postgres.sh starts a local test server)")


def _sqlite_engine(url: URL) -> Engine:
    path = url.database or ""
    memory = path in ("", ":memory:")
    if not memory:
        folder = Path(path).resolve().parent
        if not folder.is_dir():
            raise StoreConnectionError(f"cannot open the store at {shown(url)}: folder {folder} does not exist",
                                       fix="create the folder, or give another path in --store / store_url")
    # one in-memory database is only shared if every checkout gets the same connection
    extra = {"poolclass": sa.StaticPool} if memory else {}
    engine = sa.create_engine(url, **extra)
    sa.event.listen(engine, "connect", _sqlite_on_connect(memory))
    sa.event.listen(engine, "begin", _sqlite_on_begin)
    return engine


def _sqlite_on_connect(memory: bool):
    def on_connect(dbapi_conn, _record) -> None:
        # pysqlite's own implicit BEGIN skips DDL and cannot take the write lock early; we issue
        # BEGIN ourselves (see _sqlite_on_begin), so turn its transaction handling off.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if not memory:
            # WAL lets readers (the web app, `storyline status`) run while a batch writes. The mode is
            # stored in the file, so only a new database is switched: the switch needs the file to
            # itself, and four processes opening one new store at a load of 5–6 got "database is
            # locked" from it (tests/store/test_sql_store.py::test_concurrent_first_open, 1 run).
            if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                cursor.execute("PRAGMA journal_mode = WAL")
            # In WAL mode NORMAL syncs at checkpoints instead of at every commit (SQLite's
            # recommendation for WAL): a commit survives the process crashing or being killed, and
            # the file is never corrupted; only a power loss or OS crash can roll back the last
            # commits, which a re-run stores again (ingest is idempotent). The per-article commit
            # cost 2.5 ms of a generated article's ~25 ms ingest (cProfile, 2k articles).
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()
    return on_connect


def _sqlite_on_begin(conn: sa.Connection) -> None:
    # A deferred transaction that later writes can fail at once with "database is locked" (the
    # busy timeout does not apply to a lock upgrade); writers take the lock up front and wait.
    immediate = conn.get_execution_options().get(WRITE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _postgres_engine(url: URL) -> Engine:
    if importlib.util.find_spec("psycopg") is None:
        raise MissingExtraError("psycopg", "postgres")
    return sa.create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})


# --- concurrency ----------------------------------------------------------------------------------
def lock_corpus_writes(conn: sa.Connection) -> None:
    """Serialise the delete-then-insert of a corpus table until this transaction ends. On
    PostgreSQL two such transactions otherwise both delete the old rows and both insert the new
    ones: "duplicate key ... pk_entities" (1 run in 2 with two writers). SQLite writers already
    hold the database's write lock (BEGIN IMMEDIATE)."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": CORPUS_WRITE_LOCK})


_memory_refresh = threading.Lock()


@contextmanager
def refresh_lock(engine: Engine) -> Iterator[None]:
    """One corpus refresh at a time per store, across processes: a refresh reads every article,
    computes and replaces the corpus records, so one that read before another writer's articles
    were stored must not write after that writer's refresh. PostgreSQL: a session advisory lock;
    SQLite: an exclusive lock on a file beside the database; in memory: a process lock."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT pg_advisory_lock(:key)"), {"key": REFRESH_LOCK})
            conn.commit()
            try:
                yield
            finally:
                conn.execute(sa.text("SELECT pg_advisory_unlock(:key)"), {"key": REFRESH_LOCK})
                conn.commit()
        return
    path = engine.url.database or ""
    if path in ("", ":memory:"):
        with _memory_refresh:
            yield
        return
    yield from _file_lock(Path(f"{path}.refresh-lock"))


def _file_lock(path: Path) -> Iterator[None]:
    import fcntl

    with open(path, "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)  # released when the file is closed, or the process dies
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def is_busy(exc: sa.exc.OperationalError) -> bool:
    """True for a lock that a retry can get past: SQLite busy/locked, PostgreSQL deadlock or
    serialisation failure."""
    text = str(exc.orig or exc).lower()
    return any(sign in text for sign in ("database is locked", "database table is locked", "deadlock detected",
                                         "could not serialize"))
