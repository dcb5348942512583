"""Search ranking without the words bm25 gives no weight, and the ASCII snippet fast path: both
must give what the plain forms give (SQLite's FTS5; PostgreSQL ranks with ts_rank)."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from test_sql_store import article

from storyline.store import open_store, search


def _store(tmp_path, bodies: list[str]):
    store = open_store(f"sqlite:///{tmp_path / 'search.db'}")
    for i, body in enumerate(bodies):
        store.save_article(article(body, title=f"Report {i}", url=f"https://example.org/{i}"))
    return store


def _bodies() -> list[str]:
    # "harbour" in all 40, "tanks" in 30 (common); "wells" in 5 and "leak" in 12 (rare); words of
    # its own in each, so that no article is stored as another's reprint
    return [" ".join([f"u{i}w{k}" for k in range(12)] + ["The harbour"] + ["tanks"] * (i % 4 != 0) + ["wells wells"] * (i % 8 == 0)
                     + ["leak"] * (i % 10 < 3) + ["filler"] * (i % 7)) + "." for i in range(40)]


def test_common_words_filter_but_are_left_out_of_bm25(tmp_path) -> None:
    store = _store(tmp_path, _bodies())
    with store.engine.connect() as conn:
        counts = search.WordCounts()
        assert counts.common(conn, ["harbour", "Tanks", "wells", "leak", "nowhere"]) == {"harbour", "Tanks"}
        for query in ("harbour wells", "tanks leak", "harbour tanks", "harbour tanks wells", "wells", "harbour lea"):
            for prefix in (False, True):
                fast = search.ranked(conn, query, 50, 0, prefix, counts)
                plain = search.ranked(conn, query, 50, 0, prefix)
                assert sorted(i for i, _ in fast) == sorted(i for i, _ in plain), query
                assert all(abs(a - b) < 1e-5 for (_, a), (_, b) in zip(fast, plain)), query
                assert [r for _, r in fast] == sorted((r for _, r in fast), reverse=True)
        assert len(search.ranked(conn, "harbour wells", 2, 1, False, counts)) == 2  # pages


def test_word_counts_follow_the_store_revision(tmp_path) -> None:
    store = _store(tmp_path, _bodies())
    counts = search.WordCounts()
    with store.engine.connect() as conn:
        assert counts.common(conn, ["tanks"]) == {"tanks"}
    for i in range(40, 70):  # now 30 of 70 articles hold "tanks", 40 "harbour"
        store.save_article(article(" ".join(f"u{i}w{k}" for k in range(12)), title=f"Other {i}", url=f"https://example.org/{i}"))
    with store.engine.connect() as conn:
        assert counts.common(conn, ["tanks", "harbour"]) == {"harbour"}


def test_store_search_ranks_the_rare_word(tmp_path) -> None:
    store = _store(tmp_path, _bodies())
    hits = store.search_articles("harbour wells")
    assert len(hits) == 5 and all(h.rank > 0 for h in hits)
    assert all("wells" in h.snippet for h in hits)


_TOKEN = st.sampled_from(["wells", "Wells", "WELLS", "well", "wellsprings", "(wells)", "x_wells", "tanks,",
                          "harbour", "Harbour's", "the", "a", "--", "leak", "leaks.", "1999", "tank",
                          "\u201cWells\u201d", "wells\u2014tanks", "harbour\u2019s", "\u2013"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_TOKEN, max_size=60), st.lists(st.sampled_from(["wells", "Tanks", "harbour", "lea", "x"]),
                                              min_size=1, max_size=3), st.integers(1, 60))
def test_ascii_first_hit_is_the_word_scan(tokens: list[str], query: list[str], scanned: int) -> None:
    body = " ".join(tokens)
    words = body.split(maxsplit=scanned)[:scanned]
    terms = [w.lower() for w in query]
    exact, last = frozenset(terms), terms[-1]

    def hit(word: str) -> bool:
        return any(f.lower() in exact or f.lower().startswith(last) for f in re.findall(r"\w+", word))

    expected = next((i for i, w in enumerate(words) if hit(w)), 0)
    assert not search._NON_ASCII_WORD_CHAR.search(body)  # curly quotes and dashes are not \w
    pattern = search._hit_pattern(tuple(sorted(exact)), last)
    assert search._first_hit(body, len(words), pattern) == expected
    assert [pattern.search(w) is not None for w in words] == [hit(w) for w in words]
