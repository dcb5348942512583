"""A refresh of few originals keeps their raw counts from the frequency pass instead of reading and
tokenising them again: the features, the stored state and the stories must be what two reads give."""
from __future__ import annotations

import sqlite3

from conftest import make_corpus
from storyline.link import story_features
from storyline.link.stories import link_stories
from storyline.link.story_features import counted_frequencies, frequencies, idfs, streamed_features, weighted_features
from storyline.store import open_store


def test_features_from_kept_counts_equal_features_from_a_second_read() -> None:
    articles = make_corpus(40)
    df, documents, kept = counted_frequencies(articles, keep=40)
    assert kept is not None and [c.id for c in kept] == [a.id for a in articles]
    assert (df, documents) == frequencies(articles)
    idf = idfs(df, documents)
    assert list(weighted_features(kept, idf)) == list(weighted_features(articles, idf))
    assert counted_frequencies(articles, keep=39)[2] is None  # one more than kept: read again


def test_streamed_features_read_once_when_few(monkeypatch) -> None:
    articles = make_corpus(30)
    reads = []

    def read():
        reads.append(1)
        return iter(articles)

    once = list(streamed_features(read))
    assert len(reads) == 1
    monkeypatch.setattr(story_features, "KEEP_COUNTS", 29)
    reads.clear()
    assert list(streamed_features(read)) == once
    assert len(reads) == 2


def _state(path: str) -> list[list[tuple]]:
    con = sqlite3.connect(path)
    tables = ["stories", "story_articles", "story_aliases", "story_terms", "story_features", "story_keys",
              "story_centroids"]
    return [sorted(con.execute(f"select * from {t}").fetchall()) for t in tables]


def test_full_refresh_stores_the_same_with_counts_kept_or_read_again(tmp_path, monkeypatch) -> None:
    articles = make_corpus(60)
    paths = {}
    for limit in (0, 500):
        monkeypatch.setattr(story_features, "KEEP_COUNTS", limit)
        paths[limit] = str(tmp_path / f"{limit}.db")
        store = open_store(f"sqlite:///{paths[limit]}")
        for article in articles:
            store.save_article(article)
        link_stories(store)
        store.close()
    assert _state(paths[500]) == _state(paths[0])
    assert _state(paths[0])[0]  # stories were written
