"""The incremental corpus refresh against the full rebuild, on a generated corpus stored in batches."""
from __future__ import annotations

from conftest import make_corpus
from storyline.model import Article
from storyline.pipeline.corpus import refresh_corpus
from storyline.store import open_store
from storyline.store.base import CorpusQuery


def _records(store):
    links = sorted(store.list_citation_links(), key=lambda c: (c.article_id, c.start))
    entities = sorted((e.id, e.name, e.type, e.aliases, tuple(sorted((m.article_id, m.start) for m in e.mentions)))
                      for e in store.list_entities())
    return {"links": links, "entities": entities, "stories": store.list_stories(),
            "aliases": (store.story_aliases(), store.entity_aliases())}


def _store(tmp_path, name: str):
    return open_store(f"sqlite:///{tmp_path / name}.db")


def _save(store, articles: list[Article]) -> None:
    for article in articles:
        store.save_article(article)


def test_incremental_refresh_matches_the_full_rebuild(tmp_path):
    # the last batch brings a second '… Times': 'the Times' in earlier citations becomes ambiguous
    batches = [make_corpus(90, seed=3), make_corpus(90, seed=4), make_corpus(40, seed=5, outlets=("Harbour Times",))]
    incremental, full = _store(tmp_path, "incremental"), _store(tmp_path, "full")
    resolved_before = None
    for n, batch in enumerate(batches):
        _save(incremental, batch)
        _save(full, batch)
        assert incremental.refreshed_generation() == sum(map(len, batches[:n]))  # what the next refresh skips
        refresh_corpus(incremental)
        refresh_corpus(full, full=True)
        assert _records(incremental) == _records(full), f"after batch {n + 1}"
        if n == 1:
            resolved_before = {(c.article_id, c.start): c.resolves_to for c in full.list_citation_links()}
    after = {(c.article_id, c.start): c.resolves_to for c in full.list_citation_links()}
    changed = [k for k, v in resolved_before.items() if after[k] != v]
    assert changed, "the later batches change no earlier citation: the test would not see a stale link"
    once = _store(tmp_path, "once")
    _save(once, [a for batch in batches for a in batch])
    refresh_corpus(once)
    for key in ("links", "entities"):  # order-independent records: as if stored in one go
        assert _records(incremental)[key] == _records(once)[key]


def test_corpus_rows_stream_in_pages_and_filter(tmp_path):
    store = _store(tmp_path, "rows")
    first, second = make_corpus(25, seed=3), make_corpus(10, seed=4)
    _save(store, first)
    generation = store.refresh_generation()
    _save(store, second)
    rows = list(store.corpus_rows(CorpusQuery(body=True), page=4))
    assert sorted(r.id for r in rows) == sorted(a.id for a in first + second) == [r.id for r in rows]
    by_id = {a.id: a for a in first + second}
    assert all(r.body == by_id[r.id].body and r.spans == tuple(by_id[r.id].spans) for r in rows)
    new = list(store.corpus_rows(CorpusQuery(since=generation, stages=()), page=3))
    assert {r.id for r in new} == {a.id for a in second} and all(not r.body and not r.spans for r in new)
    ledger = list(store.corpus_rows(CorpusQuery(outlets=("Harbour Ledger",), stages=("citations",))))
    assert ledger and all(r.outlet == "Harbour Ledger" for r in ledger)
    assert all(s.label == "CITATION" for r in ledger for s in r.spans)
    store.close()
