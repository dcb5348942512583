"""The corpus refresh's stages run at once on an ingest's idle workers (issue 16): the same tables
as the serial refresh, a failure raised in the parent with the mark left up, an in-memory store
refreshed here."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from conftest import make_corpus
from storyline.pipeline import registry
from storyline.pipeline.corpus import levels, refresh_corpus
from storyline.pipeline.pool import WorkerPool
from storyline.settings import load_settings
from storyline.stage import StageSpec
from storyline.store import open_store


def _tables(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows in stored order (less `ingested_at`); story_keys sorted: its rows are
    written in a set's order, which differs from process to process on the serial refresh too."""
    conn = sqlite3.connect(path)
    found = {}
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info('{table}')") if r[1] != "ingested_at"]
        rows = conn.execute(f"SELECT {', '.join(map(repr, columns))} FROM '{table}'").fetchall()
        found[table] = sorted(rows) if table == "story_keys" else rows
    conn.close()
    return found


def _stored(path: Path, size: int = 60):
    store = open_store(f"sqlite:///{path}")
    for article in make_corpus(size):
        store.save_article(article)
    return store


@pytest.fixture(scope="module")
def pool():
    with WorkerPool(2, dict(load_settings(Path("/nonexistent.toml")).values), warm=False) as started:
        started.start()
        yield started


def test_the_refresh_stages_need_nothing_of_each_other_and_run_as_one_level():
    stages = registry.corpus_stages(load_settings(Path("/nonexistent.toml")))
    assert [[s.name for s in level] for level in levels(stages)] == [["merge-entities", "resolve-citations", "stories"]]
    first = StageSpec("a", "corpus", "x:a", adds=("t",))
    then = StageSpec("b", "corpus", "x:b", needs=("t",))
    assert [[s.name for s in level] for level in levels([first, then, first])] == [["a"], ["b", "a"]]


def test_stages_run_beside_on_the_workers_write_what_the_serial_refresh_writes(tmp_path, pool):
    serial, beside = _stored(tmp_path / "serial.db"), _stored(tmp_path / "beside.db")
    refresh_corpus(serial)
    calls = []

    def run_beside(batch):
        calls.append([args[0].name for _fn, args in batch])
        return pool.run_beside(batch)

    refresh_corpus(beside, beside=run_beside)
    assert calls == [["merge-entities", "resolve-citations", "stories"]]
    assert serial.list_stories() and serial.list_entities() and serial.list_citation_links()
    assert beside.pending_refresh() == 0
    serial.close(), beside.close()
    assert _tables(tmp_path / "serial.db") == _tables(tmp_path / "beside.db")


def broken_stage(store, since=0):
    raise RuntimeError("the machine went down mid-refresh")


def test_a_stage_failing_on_a_worker_fails_the_refresh_here_and_leaves_the_mark_up(tmp_path, pool, monkeypatch):
    store = _stored(tmp_path / "s.db", 12)
    broken = StageSpec("stories", "corpus", "test_corpus_beside:broken_stage")
    monkeypatch.setattr(registry, "CORPUS", (*registry.CORPUS[:2], broken))
    with pytest.raises(RuntimeError, match="went down"):
        refresh_corpus(store, beside=pool.run_beside)
    assert store.pending_refresh() == 12
    monkeypatch.undo()
    refresh_corpus(store, beside=pool.run_beside)  # the workers are still there for the next one
    assert store.pending_refresh() == 0 and store.list_stories()


def test_an_in_memory_store_is_refreshed_here():
    store = open_store("sqlite://")
    for article in make_corpus(12):
        store.save_article(article)
    assert store.shared_url() is None

    def never(_calls):
        raise AssertionError("no other process can open an in-memory store")

    refresh_corpus(store, beside=never)
    assert store.pending_refresh() == 0 and store.list_stories()


def test_an_ingest_on_two_workers_refreshes_on_them_and_stores_what_one_process_stores(tmp_path, monkeypatch):
    from storyline.pipeline import ingest
    from storyline.pipeline import pool as pool_module
    from test_batch import write_pages

    write_pages(tmp_path / "in", 6)
    used = []
    real = pool_module.WorkerPool.run_beside

    def counted(self, calls):
        used.append(len(calls))
        return real(self, calls)

    monkeypatch.setattr(pool_module.WorkerPool, "run_beside", counted)
    for workers in (1, 2):
        store = open_store(f"sqlite:///{tmp_path / f'w{workers}.db'}")
        settings = load_settings(tmp_path / "none.toml", extract_on_ingest=False, workers=workers)
        assert len(ingest([tmp_path / "in"], store, settings).added) == 6 and store.pending_refresh() == 0
        store.close()
    assert used == [3]  # the 2-worker ingest's refresh: its three stages at once; one process: none
    assert _tables(tmp_path / "w1.db") == _tables(tmp_path / "w2.db")
