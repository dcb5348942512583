"""Store fixtures: every store test runs on SQLite and, given a server, on PostgreSQL.

PostgreSQL tests need STORYLINE_TEST_PG_URL (scripts/start_postgres.sh prints one); each test gets
its own freshly created database, dropped afterwards. Without the variable they skip, except under
CI (env CI set), where a missing server is a failure: CI must really exercise PostgreSQL.
"""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

PG_ENV = "STORYLINE_TEST_PG_URL"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """The URL of an empty database on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
    else:
        yield from pg_database(pg_server_url())


@pytest.fixture
def store(store_url: str):
    from storyline.store import open_store

    opened = open_store(store_url)
    yield opened
    opened.close()


@pytest.fixture
def pg_server() -> str:
    """The PostgreSQL server's own URL (not a fresh database): for tests that only connect."""
    return pg_server_url()


def pg_server_url() -> str:
    url = os.environ.get(PG_ENV)
    if url:
        return url
    reason = f"{PG_ENV} is not set (export {PG_ENV}=\"$(scripts/start_postgres.sh)\" to run the PostgreSQL tests)"
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but {reason}", pytrace=False)
    pytest.skip(reason)


def pg_database(server_url: str) -> Iterator[str]:
    """Create a uniquely named database on the server, yield its URL, then drop it."""
    import sqlalchemy as sa

    from storyline.store.connect import parse_url

    server = parse_url(server_url)
    name = f"storyline_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        yield server.set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()
