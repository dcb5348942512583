"""Bring a store's schema to the current version with Alembic, configured in code (no alembic.ini)."""
from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy.engine import URL, Engine

from storyline.errors import MigrationError
from storyline.store.connect import WRITE, shown

MIGRATIONS = Path(__file__).resolve().with_name("migrations")
#: any constant: serialises concurrent first opens of one PostgreSQL database
PG_LOCK_KEY = 0x5709_1175


def alembic_config(connection: sa.Connection | None = None) -> Config:
    """Alembic's config, pointing at the migrations inside the installed package."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head() -> str:
    """The newest schema revision this storyline knows."""
    found = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if found is None:
        raise RuntimeError("storyline's migrations have no head revision: the versions folder is missing")
    return found


def current(conn: sa.Connection) -> str | None:
    """The revision the database is at; None for an empty database."""
    return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, url: URL) -> None:
    """Migrate to head; a no-op (and no write lock) when the database is already there."""
    try:
        with engine.connect() as conn:
            at = current(conn)
            conn.rollback()
        if at == head():
            return
        _refuse_unknown(at, url)
        _upgrade_locked(engine)
    except (CommandError, sa.exc.SQLAlchemyError) as exc:
        raise MigrationError(f"cannot bring the store at {shown(url)} to schema {head()}: {_reason(exc)}",
                             fix="point store_url at a new database or one storyline created; "
                                 "if this one was half-migrated, restore it from a backup") from None


def _upgrade_locked(engine: Engine) -> None:
    # One transaction holding the write lock: a second process opening the same new database waits,
    # then finds the schema at head instead of creating the tables twice.
    with engine.connect() as conn:
        conn.execution_options(**{WRITE: True})
        with conn.begin():
            if conn.dialect.name == "postgresql":
                conn.execute(sa.select(sa.func.pg_advisory_xact_lock(PG_LOCK_KEY)))
            command.upgrade(alembic_config(conn), "head")


def _refuse_unknown(at: str | None, url: URL) -> None:
    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if at is not None and at not in known:
        raise MigrationError(f"the store at {shown(url)} is at schema {at!r}, newer than this storyline knows "
                             f"(newest: {head()})", fix="upgrade storyline, or use another store")


def _reason(exc: Exception) -> str:
    orig = getattr(exc, "orig", None)
    return (str(orig or exc).strip().splitlines() or [type(exc).__name__])[0]
