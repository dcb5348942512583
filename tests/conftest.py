"""Root conftest: factories that build records by hand, and paths to ../shared."""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline.model import Article, RawDocument

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
PG_ENV = "STORYLINE_TEST_PG_URL"
# Tests ingest in this process unless they ask for workers (a pool per test would load the model
# in every worker of every test); tests/test_pipeline.py and tests/test_batch.py run the pool on purpose.
os.environ.setdefault("STORYLINE_WORKERS", "1")


def make_raw(content: str = "Body text.", *, source: str = "test.txt", kind: str = "text",
             record: str | None = None, **metadata: str) -> RawDocument:
    return RawDocument(source=source, kind=kind, content=content, record=record, metadata=metadata)


def make_article(body: str = "Body text.", **fields) -> Article:
    raw = fields.pop("raw", body)
    article = Article.from_raw(make_raw(raw, source=fields.pop("source", "test.txt")))
    article.body = body
    for name, value in fields.items():
        setattr(article, name, value)
    return article


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is not beside the repo")
    return SHARED


@pytest.fixture
def good_pair(tmp_path: Path) -> tuple[Path, Path]:
    """Two readable files that sort before and after anything named b…/m…: a.txt and z.html."""
    first = tmp_path / "a.txt"
    first.write_text("First good document.", encoding="utf-8")
    last = tmp_path / "z.html"
    last.write_text("<html><head><title>Last good</title></head><body><p>Last good</p></body></html>",
                    encoding="utf-8")
    return first, last


# --- PostgreSQL: a real server (scripts/start_postgres.sh), one fresh database per use ---------
def pg_server_url() -> str:
    """The PostgreSQL server the tests may use; skips without it, except under CI (env CI set)."""
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
