"""Concurrent ingests into one store (issue 14.5): 2 and 4 writer processes, SQLite and PostgreSQL.

Every writer ingests files of its own and files all writers share. All must exit 0 with no error;
each document is added by exactly one writer ("added" counts are exact); the corpus records after
the last refresh are those a fresh refresh computes (no refresh worked from a stale read).
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import pg_database, pg_server_url

NAMES = ["Angela Merkel", "Emmanuel Macron", "Olaf Scholz", "Pedro Sanchez", "Mark Rutte", "Ursula von der Leyen",
         "Giorgia Meloni", "Donald Tusk"]
CITIES = ["Paris", "Berlin", "Madrid", "Rome", "Warsaw", "Brussels", "Lisbon", "Vienna"]


def _article(n: int) -> str:
    a, b, city = NAMES[n % 8], NAMES[(n * 3 + 1) % 8], CITIES[(n * 5) % 8]
    return (f"{a} met {b} in {city} on Monday to discuss the harbour treaty, number {n}.\n\n"
            f"“We agreed on {n + 2} points,” {a} said after the meeting. Reuters reported that "
            f"{b} would return to {city} in {2020 + n % 5}.\n")


def _files(folder: Path, writers: int, own: int, shared: int) -> list[list[Path]]:
    folder.mkdir(parents=True, exist_ok=True)

    def write(n: int) -> Path:
        path = folder / f"article-{n:03d}.txt"
        path.write_text(_article(n), encoding="utf-8")
        return path

    common = [write(n) for n in range(shared)]
    return [common + [write(shared + w * own + k) for k in range(own)] for w in range(writers)]


def run_writers(url: str, batches: list[list[Path]]) -> list[dict]:
    """One forked process per batch, all started together; the model is loaded before forking so
    each writer does not spend seconds loading it (the writers still parse, extract and store)."""
    import multiprocessing

    from concurrent_writer import write_to_queue

    from storyline.extract.nlp import load_nlp

    load_nlp()
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    procs = [context.Process(target=write_to_queue, args=(url, [str(p) for p in paths], results))
             for paths in batches]
    for proc in procs:
        proc.start()
    outcomes = [results.get(timeout=300) for _ in procs]
    for proc in procs:
        proc.join(timeout=60)
    return [{**o, "exit": p.exitcode} for o, p in zip(outcomes, procs, strict=True)]


def check_run(url: str, batches: list[list[Path]]) -> None:
    from storyline.ingest.batch import refresh_corpus
    from storyline.store import open_store

    results = run_writers(url, batches)
    assert [(r["exit"], r["error"]) for r in results] == [(0, None)] * len(batches), results
    added = [a for r in results for a in r["added"]]
    distinct = {p.read_text(encoding="utf-8") for paths in batches for p in paths}
    assert len(added) == len(set(added)) == len(distinct)  # each document added once, by one writer
    for r in results:
        assert not r["failures"]
    with open_store(url) as store:
        assert store.status().articles == len(distinct)
        stored = (store.list_entities(), store.list_citation_links(), store.list_stories())
        refresh_corpus(store)
        assert (store.list_entities(), store.list_citation_links(), store.list_stories()) == stored


@pytest.fixture
def pg_store_url() -> Iterator[str]:
    """A fresh PostgreSQL database on the test server (skips without STORYLINE_TEST_PG_URL)."""
    yield from pg_database(pg_server_url())


def _sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.db'}"


@pytest.mark.parametrize("writers", [2, 4])
def test_concurrent_writers_sqlite(tmp_path, writers):
    check_run(_sqlite_url(tmp_path), _files(tmp_path / "in", writers, own=3, shared=3))


@pytest.mark.postgres
@pytest.mark.parametrize("writers", [2, 4])
def test_concurrent_writers_postgres(pg_store_url, tmp_path, writers):
    check_run(pg_store_url, _files(tmp_path / "in", writers, own=3, shared=3))


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
@pytest.mark.parametrize("writers", [2, 4])
def test_concurrent_writers_ten_runs(tmp_path, backend, writers, request):
    for run in range(10):
        if backend == "sqlite":
            url = _sqlite_url(tmp_path / f"run{run}")
            (tmp_path / f"run{run}").mkdir()
        else:
            url = _fresh_pg(request)
        check_run(url, _files(tmp_path / f"in{run}", writers, own=3, shared=3))


def _fresh_pg(request) -> str:
    databases: Iterator[str] = pg_database(pg_server_url())
    url = next(databases)
    request.addfinalizer(lambda: next(databases, None))
    return url
