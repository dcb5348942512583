"""The library under the web app (storyline.serve.views), on hand-built stores."""
from __future__ import annotations

import pytest

from storyline.errors import NotFoundError
from storyline.link.stories import resolve_story_id
from storyline.serve import story, views
from storyline.store import ArticleFilter, StoryFilter

pytestmark = pytest.mark.usefixtures("fresh_revision")


def test_lists_are_pages_with_totals(built) -> None:
    store, _ = built
    page = views.list_articles(store, limit=2)
    assert (len(page.items), page.total, page.next_offset, page.prev_offset) == (2, 4, 2, None)
    last = views.list_articles(store, limit=2, offset=2)
    assert (last.next_offset, last.prev_offset) == (None, 0)
    assert views.list_articles(store, limit=10_000).limit == views.MAX_PAGE
    assert [s.id for s in views.list_stories(store, StoryFilter(query="amnesty")).items] == ["samnesty0001", "shostile0001"]


def test_article_records_are_the_export_shape(built) -> None:
    from storyline.export import article_record

    store, (a, *_rest) = built
    record = views.list_article_records(store, ArticleFilter(outlet="Daily A")).items[0]
    expected = article_record(store.get_article(a.id))
    assert record == expected


@pytest.mark.parametrize("asked", ["samnesty0001", "sold00000001", "samn"])
def test_find_story_agrees_with_resolve_story_id(built, asked: str) -> None:
    store, _ = built
    assert story.find_story(store, asked) == resolve_story_id(store, asked) == "samnesty0001"


@pytest.mark.parametrize("asked", ["s", "nope", "sxyz0001"])
def test_unknown_story_ids_are_not_found(built, asked: str) -> None:
    store, _ = built
    with pytest.raises(NotFoundError):
        story.find_story(store, asked)
    with pytest.raises(NotFoundError):
        resolve_story_id(store, asked)


def test_story_view_matches_the_library_story_view(built) -> None:
    from storyline.link.story_view import story_record, view_story

    store, _ = built
    mine = story.compute_story_view(store, "samnesty0001")
    theirs = story_record(view_story(store, "samnesty0001"))
    # the web groups disputes from the contradictions itself (serve.disputes), without stance echoes
    assert "disputes" not in mine and theirs.pop("disputes")
    assert {k: mine[k] for k in theirs} == theirs | {"timeline": mine["timeline"]}
    assert [{k: e[k] for k in ("date", "summary", "sources")} for e in mine["timeline"]] == [
        {k: e[k] for k in ("date", "summary", "sources")} for e in theirs["timeline"]]
    assert mine["contradictions"], "the offer and its denial contradict"


def test_story_view_marks_entries_and_groups_speakers(built) -> None:
    store, (a, b, c, _) = built
    view = story.story_view(store, "samnesty0001", story.StoryViews())
    touched = [e for e in view["timeline"] if e["contradicted"]]
    assert touched and all(isinstance(i, int) for e in touched for i in e["contradicted"])
    speakers = {g["speaker"]: g for g in view["speakers"]}
    assert all("also" in q for g in view["speakers"] for q in g["quotes"])
    assert speakers["Elliott Abrams"]["entity"] and len(speakers["Elliott Abrams"]["quotes"]) == 1
    assert set(view["summaries"]) == {a.id, b.id, c.id}


def test_story_views_are_computed_once_per_revision(built, monkeypatch) -> None:
    store, (a, *_rest) = built
    calls = []
    real = story.compute_story_view
    monkeypatch.setattr(story, "compute_story_view", lambda s, i: calls.append(i) or real(s, i))
    cache = story.StoryViews()
    first = cache.get(store, "samnesty0001")
    assert cache.get(store, "samn") == first and calls == ["samnesty0001"]
    assert story.StoryViews().get(store, "samnesty0001") == first  # another process reads the stored view
    assert calls == ["samnesty0001"]
    store.save_spans(a.id, "quotes", [])  # any write makes the views stale
    cache.get(store, "samnesty0001")
    assert calls == ["samnesty0001", "samnesty0001"]


def test_a_view_stored_by_other_code_is_recomputed(built, monkeypatch) -> None:
    store, _ = built
    rev = store.revision()
    store.save_story_view("samnesty0001", rev, {"id": "samnesty0001", "code": "old code"})
    view = story.StoryViews().get(store, "samnesty0001")
    assert view["code"] == story.code_fingerprint() and view["timeline"]


def test_warm_story_views_fills_the_store(built) -> None:
    store, _ = built
    assert story.warm_story_views(store, views=story.StoryViews()) == 2
    assert store.get_story_view("shostile0001", store.revision()) is not None


def test_article_view(built) -> None:
    store, (a, b, c, _) = built
    view = views.article_view(store, a.id[:6])
    assert view.article.id == a.id and view.article.raw == ""
    assert [r.id for r in view.reprints] == [c.id] and view.original is None and view.story == "samnesty0001"
    assert views.article_view(store, c.id).original.id == a.id
    quoted = views.article_view(store, b.id)
    assert quoted.quotes[0]["speaker"]["entity"] and quoted.citations[0]["resolves_to"] == a.id
    record = views.article_api_record(quoted)
    assert record["body"] == b.body and record["story"] == "samnesty0001"


def test_entity_view_quotes_by_and_about(built) -> None:
    store, (a, b, *_rest) = built
    by_name = {e.name: e.id for e in store.list_entity_summaries()}
    abrams = views.entity_view(store, by_name["Elliott Abrams"])
    assert [q["article"] for q in abrams.by] == [b.id] and abrams.about == []
    maduro = views.entity_view(store, by_name["Nicolás Maduro"])
    assert maduro.by == [] and [q["article"] for q in maduro.about] == [b.id]
    assert maduro.articles.total == 2 and [x.id for x in maduro.articles.items] == [a.id, b.id]
    with pytest.raises(NotFoundError):
        views.entity_view(store, "e999")


def test_resolve_entity_by_id_or_name(built) -> None:
    store, _ = built
    assert views.resolve_entity(store, "abrams").name == "Elliott Abrams"
    assert views.resolve_entity(store, None) is None
    with pytest.raises(NotFoundError, match="no entity named"):
        views.resolve_entity(store, "nobody at all")


def test_span_and_citation_pages(built) -> None:
    store, (a, b, *_rest) = built
    quotes = views.list_span_records(store, "QUOTE")
    assert quotes.total == 2 and {q["article"] for q in quotes.items} == {b.id, built[1][3].id}
    assert views.list_span_records(store, "TIMEX").items[0]["value"]
    assert views.list_citation_records(store).items[0]["resolves_to"] == a.id


def test_search_pages_and_snippet_parts(built) -> None:
    store, _ = built
    page = views.search(store, "amnesty", limit=1)
    assert len(page.items) == 1 and page.next_offset == 1
    parts = views.snippet_parts("a \x02hit\x03 b")
    assert parts == [("a ", False), ("hit", True), (" b", False)]
    assert "«" in views.search_hit_record(page.items[0])["snippet"]
