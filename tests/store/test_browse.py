"""The paged reads of `BrowseStore` (migration 0004), the same tests on SQLite and on PostgreSQL."""
from __future__ import annotations

import pytest
import sqlalchemy as sa
from test_sql_store import article, store  # noqa: F401 (fixtures)

from storyline.errors import NotFoundError
from storyline.model import DroppedLine, PublishedDate, Span
from storyline.store import (
    ArticleFilter,
    BrowseStore,
    CitationLink,
    EntityRecord,
    MentionRecord,
    StoryFilter,
    StoryRecord,
    migrate,
    open_store,
)
from storyline.store.base import SNIPPET_END, SNIPPET_START
from storyline.store.search import fts5_query


def dated(body: str, date: str | None, precision: str = "day", **fields):
    return article(body, published=PublishedDate(date, precision if date else "unknown", "test"), **fields)


@pytest.fixture
def corpus(store):
    """Four articles, two outlets, two stories, two entities, one reprint, one citation."""
    a = dated("Maduro was offered amnesty by Washington.", "2019-05-03", title="Amnesty offer", outlet="Daily A",
              spans=[Span(0, 6, "PERSON", "entities", "Maduro", {"name": "Nicolás Maduro"}),
                     Span(0, 41, "QUOTE", "quotes", "Maduro was offered amnesty by Washington.",
                          {"speaker_name": "Abrams"})],
              dropped=[DroppedLine(1, "Subscribe now", "boilerplate")])
    b = dated("Officials denied any amnesty offer to Maduro.", "2024-08", "month", title="Denial", outlet="Daily B")
    c = dated("Nicolás Maduro's election: the wells of Saltmere.", "2020", "year", title="Wells", outlet="Daily A")
    d = dated("Maduro was offered amnesty by Washington!", None, title="Copy", outlet="Daily B", duplicate_of=a.id)
    for x in (a, b, c, d):
        store.save_article(x)
    store.replace_entities([
        EntityRecord("e1", "Nicolás Maduro", "PERSON", ("Maduro", "Nicolás Maduro"),
                     [MentionRecord(a.id, 0, 6, "Maduro"), MentionRecord(b.id, 38, 44, "Maduro"),
                      MentionRecord(c.id, 0, 14, "Nicolás Maduro")]),
        EntityRecord("e2", "Saltmere", "GPE", ("Saltmere",), [MentionRecord(c.id, 40, 48, "Saltmere")])])
    store.replace_citation_links([CitationLink(b.id, 0, 10, "Daily A", None, a.id)])
    store.replace_stories([StoryRecord("s1", "Amnesty", (a.id, d.id, b.id)), StoryRecord("s2", "Wells", (c.id,))],
                          {"s0": "s1"})
    return a, b, c, d


def test_sql_store_is_a_browse_store(store) -> None:
    assert isinstance(store, BrowseStore)


def test_article_summaries_page_in_list_order(store, corpus) -> None:
    a, b, c, d = corpus
    assert [s.id for s in store.list_article_summaries()] == [a.id, c.id, b.id, d.id]
    assert [s.id for s in store.list_article_summaries(limit=2, offset=1)] == [c.id, b.id]
    assert store.count_articles() == 4


@pytest.mark.parametrize(("where", "expected"), [
    (ArticleFilter(outlet="Daily A"), "ac"),
    (ArticleFilter(entity="e1"), "acb"),
    (ArticleFilter(story="s1"), "abd"),
    # a year or month date is in any range it overlaps
    (ArticleFilter(date_from="2020-06-01", date_to="2024-08-15"), "cb"),
    (ArticleFilter(date_from="2024-09"), ""),
    (ArticleFilter(date_to="2019-12-31"), "a"),
    (ArticleFilter(query="amnesty"), "abd"),
    (ArticleFilter(query="amnesty", outlet="Daily B"), "bd"),
    (ArticleFilter(query='"); DROP TABLE articles; --'), ""),
])
def test_article_filters(store, corpus, where: ArticleFilter, expected: str) -> None:
    ids = dict(zip("abcd", (x.id for x in corpus)))
    assert [s.id for s in store.list_article_summaries(where)] == [ids[k] for k in expected]
    assert store.count_articles(where) == len(expected)


def test_search_folds_diacritics_on_sqlite_and_stems_on_postgresql(store_url: str, store, corpus) -> None:
    # SQLite FTS5 (unicode61, remove_diacritics) folds accents but does not stem; PostgreSQL's
    # 'english' configuration stems but keeps accents (unaccent is an extension a store may lack)
    a, b, _c, d = corpus
    if store_url.startswith("sqlite"):
        assert store.count_articles(ArticleFilter(query="nicolas")) == 1
    else:
        assert {s.id for s in store.list_article_summaries(ArticleFilter(query="offers"))} == {a.id, b.id, d.id}


def test_search_ranks_and_marks_snippets(store, corpus) -> None:
    a, b, _c, _d = corpus
    hits = store.search_articles("amnesty offer")
    assert {h.article.id for h in hits} >= {a.id, b.id}
    assert all(h.rank > 0 or h.rank >= 0 for h in hits)
    marked = [h.snippet for h in hits if SNIPPET_START in h.snippet]
    assert marked and all(SNIPPET_END in s for s in marked)
    assert store.search_articles("   ") == [] and store.search_articles("zzzunknown") == []


@pytest.mark.parametrize("typed", ['"', "AND", "(", "a*b", "NEAR(", "-x", "'", "amnesty OR", "title:x"])
def test_search_accepts_any_typed_text(store, corpus, typed: str) -> None:
    store.search_articles(typed)  # no syntax error reaches the caller


def test_fts5_query_quotes_every_word() -> None:
    assert fts5_query('amnesty "offer" (AND') == '"amnesty" "offer" "AND"'
    assert fts5_query('amnesty "offer" (AND', prefix=True) == '"amnesty" "offer" "AND"*'
    assert fts5_query("...") is None


def test_prefix_search_finds_unfinished_words_on_sqlite(store_url: str, store, corpus) -> None:
    if not store_url.startswith("sqlite"):
        pytest.skip("PostgreSQL matches whole words")
    assert store.search_articles("amnes") == []
    assert len(store.search_articles("amnes", prefix=True)) == 3


def test_search_follows_inserts_and_title_updates(store_url: str, store, corpus) -> None:
    late = dated("A later piece on quarantine.", "2025-01-01", title="Quarantine")
    store.save_article(late)
    assert [h.article.id for h in store.search_articles("quarantine")] == [late.id]
    engine = sa.create_engine(store_url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE articles SET title = 'Lockdown' WHERE id = :id"), {"id": late.id})
    engine.dispose()
    assert [h.article.id for h in store.search_articles("lockdown")] == [late.id]


def test_story_summaries_with_stats_and_filters(store, corpus) -> None:
    first = store.list_story_summaries()
    assert [(s.id, s.articles, s.outlets) for s in first] == [("s1", 3, 2), ("s2", 1, 1)]
    assert (first[0].first_published, first[0].last_published) == ("2019-05-03", "2024-08")
    assert [s.id for s in store.list_story_summaries(StoryFilter(entity="e2"))] == ["s2"]
    assert [s.id for s in store.list_story_summaries(StoryFilter(query="denied"))] == ["s1"]
    # a story is in a range its span (first … last article) overlaps
    assert [s.id for s in store.list_story_summaries(StoryFilter(date_from="2020-02", date_to="2020-03"))] == ["s1", "s2"]
    assert [s.id for s in store.list_story_summaries(StoryFilter(date_to="2019-12-31"))] == ["s1"]
    assert store.list_story_summaries(StoryFilter(date_from="2024-09")) == []
    assert store.count_stories(StoryFilter(outlet="Daily B")) == 1


def test_get_story_and_prefixes(store, corpus) -> None:
    a, b, _c, d = corpus
    assert store.get_story("s1") == StoryRecord("s1", "Amnesty", (a.id, d.id, b.id))
    assert store.story_ids_starting("s") == ["s1", "s2"]
    with pytest.raises(NotFoundError, match="no story"):
        store.get_story("s0")


def test_entities_with_counts(store, corpus) -> None:
    a, b, c, _d = corpus
    assert [(e.id, e.mentions, e.articles) for e in store.list_entity_summaries()] == [("e1", 3, 3), ("e2", 1, 1)]
    assert [e.id for e in store.list_entity_summaries(type="gpe")] == ["e2"]
    assert [e.id for e in store.list_entity_summaries(name="maduro")] == ["e1"]
    assert store.count_entities(name="%") == 0  # LIKE wildcards are literal
    assert store.get_entity("e2").name == "Saltmere"
    with pytest.raises(NotFoundError):
        store.get_entity("e9")
    assert store.entity_article_ids("e1") == [a.id, c.id, b.id]
    found = store.entities_in_articles([c.id])
    assert [(e.id, len(e.mentions)) for e in found] == [("e1", 1), ("e2", 1)]


def test_get_articles_in_given_order_without_raw(store, corpus) -> None:
    a, _b, c, _d = corpus
    got = store.get_articles([c.id, "missing", a.id])
    assert [x.id for x in got] == [c.id, a.id]
    assert got[1].spans == a.spans and got[1].dropped == a.dropped and got[1].raw == ""
    light = store.get_articles([a.id], spans=False, dropped=False)[0]
    assert light.spans == [] and light.dropped == [] and light.body == a.body


def test_spans_citations_reprints_outlets(store, corpus) -> None:
    a, b, _c, d = corpus
    assert [(aid, s.text[:6]) for aid, s in store.list_spans("QUOTE")] == [(a.id, "Maduro")]
    assert store.count_spans("PERSON") == 1 and store.count_spans("QUOTE", [b.id]) == 0
    assert store.citation_links_for([b.id]) == [CitationLink(b.id, 0, 10, "Daily A", None, a.id)]
    assert store.count_citation_links() == 1 and len(store.list_citation_links_page(limit=1)) == 1
    assert [r.id for r in store.reprints_of(a.id)] == [d.id]
    assert store.story_of(d.id) == "s1" and store.story_of("nope") is None
    assert store.list_outlets() == [("Daily A", 2), ("Daily B", 2)]


def test_every_write_bumps_the_revision(store, corpus) -> None:
    a, *_ = corpus
    before = store.revision()
    store.save_spans(a.id, "quotes", [])
    assert store.revision() == before + 1
    store.replace_stories(store.list_stories(), store.story_aliases())
    assert store.revision() == before + 2


def test_story_views_are_kept_per_revision(store, corpus) -> None:
    rev = store.revision()
    store.save_story_view("s1", rev, {"id": "s1", "n": 1})
    store.save_story_view("s1", rev, {"id": "s1", "n": 2})
    assert store.get_story_view("s1", rev) == {"id": "s1", "n": 2}
    assert store.get_story_view("s1", rev + 1) is None


def test_bulk_save_articles(store) -> None:
    batch = [(dated(f"Bulk article {n}.", f"2020-01-0{n + 1}", spans=[Span(0, 4, "TIMEX", "t", "Bulk")]), None)
             for n in range(3)]
    assert store.save_articles(batch) == 3
    assert store.count_articles() == 3 and store.count_spans("TIMEX") == 3
    assert [h.article.id for h in store.search_articles("bulk", limit=5)].__len__() == 3


def test_migration_fills_stats_and_search_for_an_existing_store(store_url: str, store, corpus) -> None:
    from alembic import command

    engine = sa.create_engine(store_url)
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0003")
    with engine.connect() as conn:
        assert "story_stats" not in sa.inspect(conn).get_table_names()
    engine.dispose()
    with open_store(store_url) as again:
        assert [s.articles for s in again.list_story_summaries()] == [3, 1]
        assert again.list_entity_summaries()[0].mentions == 3
        assert again.count_articles(ArticleFilter(query="amnesty")) == 3


def test_deep_pages_seek_from_marks_and_agree_with_offsets(store, monkeypatch) -> None:
    from storyline.store import browse

    monkeypatch.setattr(browse, "MARK_STEP", 3)
    days = ["2020-01-02", None, "2019", "2020-01-02", "2021-05", None, "2020-01-02", "2018-03-04", "2019"]
    batch = [(dated(f"Article number {n}.", d, "day" if d and len(d) == 10 else "year",
                    spans=[Span(0, 7, "QUOTE", "quotes", "Article"), Span(8, 14, "QUOTE", "quotes", "number")]), None)
             for n, d in enumerate(days)]
    store.save_articles(batch)
    everything = [s.id for s in store.list_article_summaries(limit=100)]
    assert len(everything) == 9 and [s.id for s in store.list_article_summaries(limit=100)][-2:]  # undated last
    for offset in range(10):
        assert [s.id for s in store.list_article_summaries(limit=2, offset=offset)] == everything[offset:offset + 2]
    quotes = [(a, s.start) for a, s in store.list_spans("QUOTE", limit=100)]
    for offset in range(19):
        assert [(a, s.start) for a, s in store.list_spans("QUOTE", limit=4, offset=offset)] == quotes[offset:offset + 4]
    store.save_article(dated("A late one.", "2017-01-01"))  # a write: the marks are read again
    assert store.list_article_summaries(limit=1, offset=0)[0].published == "2017-01-01"
    assert [s.id for s in store.list_article_summaries(limit=3, offset=4)] == everything[3:6]


def test_reads_inside_reading_share_one_connection(store, corpus, monkeypatch) -> None:
    a, b, _c, d = corpus
    expected = (store.get_articles([a.id]), store.reprints_of(a.id), store.stories_of_articles([d.id]),
                store.search_articles("amnesty"))
    opened = []
    connect = store.engine.connect
    monkeypatch.setattr(store._engine, "connect", lambda: opened.append(1) or connect())
    with store.reading(), store.reading():  # nested: still the one connection
        got = (store.get_articles([a.id]), store.reprints_of(a.id), store.stories_of_articles([d.id]),
               store.search_articles("amnesty"))
        with pytest.raises(NotFoundError):
            store.get_article("nope")
        assert store.story_of(b.id) is not None
    assert got == expected and len(opened) == 1
    store.reprints_of(a.id)  # outside, each read has its own again
    assert len(opened) == 2
