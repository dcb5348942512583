"""Turn a store URL into a checked SQLAlchemy engine: SQLite (WAL, busy timeout, foreign keys) or PostgreSQL."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine

from storyline.errors import MissingExtraError, StoreConnectionError

#: execution option marking a connection that will write; on SQLite it begins with BEGIN IMMEDIATE
WRITE = "storyline_write"
BUSY_TIMEOUT_MS = 5000
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
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except sa.exc.DBAPIError as exc:
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
            # WAL lets readers (the web app, `storyline status`) run while a batch writes
            cursor.execute("PRAGMA journal_mode = WAL")
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
