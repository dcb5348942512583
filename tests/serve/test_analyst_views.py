"""What an analyst sees (issue 12): what the axis and the date filters leave out, said and linked;
the zoom in the URL; a phone axis; sentences once; disputes, coverage, entity hubs, search, titles."""
from __future__ import annotations

import re
import warnings

import pytest
from serve_helpers import build_store

from storyline.serve import memo
from storyline.serve.dates import undated_by_story, undated_outside
from storyline.store.base import ArticleFilter, StoryFilter

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture(autouse=True)
def fresh_revision(monkeypatch):
    monkeypatch.setattr(memo, "REVISION_TTL", 0.0)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    store, articles = build_store(tmp_path_factory.mktemp("dates") / "store.db")
    yield store, articles
    store.close()


@pytest.fixture(scope="module")
def client(built) -> TestClient:
    from storyline.serve.app import create_app

    return TestClient(create_app(built[0]), base_url="http://localhost")


def test_undated_articles_are_counted_per_story(built) -> None:
    store, _ = built
    assert undated_by_story(store, ["samnesty0001", "shostile0001"]) == {"samnesty0001": 1}
    assert undated_by_story(store, []) == {}


def test_a_date_filter_says_how_many_undated_it_cannot_match(built) -> None:
    store, _ = built
    assert undated_outside(store, ArticleFilter(), store.count_articles) == 0  # no date filter
    assert undated_outside(store, ArticleFilter(date_from="2019"), store.count_articles) == 1
    assert undated_outside(store, ArticleFilter(date_from="2019", outlet="Daily A"), store.count_articles) == 0
    assert undated_outside(store, StoryFilter(date_from="2019"), store.count_stories) == 0  # every story has a date


def test_pages_show_the_undated(client) -> None:
    stories = client.get("/").text
    assert "+1 undated" in stories
    articles = client.get("/articles?date_from=2019-01-01").text
    assert "+1 undated not in the date range" in articles and 'href="/articles"' in articles
    story = client.get("/stories/samnesty0001").text
    lane = re.search(r'<div class="undated-lane".*?</div>', story, re.S).group(0)
    assert "1 article with no known publication date" in lane and "Daily C" in lane


def test_zoom_links_push_the_page_url(client) -> None:
    story = client.get("/stories/samnesty0001").text
    pushed = re.findall(r'hx-push-url="([^"]+)"', story)
    assert pushed and all(u.startswith("/stories/samnesty0001") and "/timeline" not in u for u in pushed)
    zoomed = client.get("/stories/samnesty0001?start=2019-05-01&end=2019-05-31").text
    assert 'id="zoom-reset"' in zoomed and 'hx-push-url="/stories/samnesty0001"' in zoomed
    # Back after a pushed URL: htmx asks for the whole page (a history restore), not the part
    restore = client.get("/stories/samnesty0001?start=2019-05-01&end=2019-05-31",
                         headers={"HX-Request": "true", "HX-History-Restore-Request": "true"}).text
    assert "<html" in restore


def test_phones_get_a_narrow_axis_with_fewer_ticks(client) -> None:
    from storyline.serve.axis import layout

    story = client.get("/stories/samnesty0001").text
    assert 'class="axis wide"' in story and 'class="axis narrow"' in story
    entries = [{"date": f"{y}-06-01", "summary": str(y), "sources": []} for y in range(2012, 2025)]
    wide, narrow = layout(entries), layout(entries, width=340)
    assert len(narrow.ticks) <= 4 < len(wide.ticks)
    assert all(b.x - a.x >= 60 for a, b in zip(narrow.ticks, narrow.ticks[1:], strict=False))


def test_a_timeline_sentence_is_shown_once() -> None:
    from storyline.serve.app import same_sentence

    sentence = "Maduro was offered amnesty by Washington in 2019."
    assert same_sentence(sentence, sentence.rstrip("."))
    assert same_sentence("“It was offered,” he said on Monday.", "It was offered, he said on Monday")
    assert not same_sentence("The talks failed in May.", "Maduro was offered amnesty")
    assert not same_sentence("", "")


def test_contradictions_are_grouped_into_disputes_each_shown_once() -> None:
    from storyline.serve.disputes import group_disputes

    def side(article: str, speaker: str, polarity: str, text: str) -> dict:
        return {"article": article, "speaker": speaker, "polarity": polarity, "text": text}

    yes, no = side("a", "Daily A", "positive", "Amnesty was offered."), side("b", "Abrams", "negative", "No offer.")
    other = side("c", "Daily C", "positive", "Amnesty was offered in May.")
    found = [{"a": yes, "b": no, "family": "offer", "kind": "polarity", "dispute": 0},
             {"a": other, "b": no, "family": "offer", "kind": "polarity", "dispute": 0},
             {"a": yes, "b": no, "family": "count", "kind": "figures", "dispute": 1}]
    summaries = {"a": {"published": {"date": "2019-05-03"}}, "b": {"published": {"date": "2019-05-10"}},
                 "c": {"published": {"date": None}}}
    disputes = group_disputes(found, summaries)
    assert [d["members"] for d in disputes] == [[0, 1], [2]]
    first = disputes[0]
    assert first["yes"] == ["Daily A", "Daily C"] and first["no"] == ["Abrams"]
    assert first["when"] == ("2019-05-03", "2019-05-10") and first["claim"] == "Amnesty was offered."


def test_an_anonymous_descriptor_is_never_a_named_person() -> None:
    from storyline.serve.public import attributed

    anonymous = {"speaker": {"entity": "e3", "name": None, "descriptor": "a senior administration official",
                             "kind": "anonymous"}}
    assert attributed(anonymous)["speaker"]["entity"] is None
    named = {"speaker": {"entity": "e3", "name": "Elliott Abrams", "descriptor": None, "kind": "person"}}
    assert attributed(named) == named


def test_story_page_shows_disputes(client) -> None:
    page = client.get("/stories/samnesty0001").text
    assert "<h2>Disputes</h2>" in page and 'id="contradiction-0"' in page and 'class="dispute"' in page


def test_coverage_rows_first_reports_origins_and_who_did_not_cover() -> None:
    from storyline.serve.coverage import coverage

    summaries = {
        "a": {"id": "a", "outlet": "Daily A", "published": {"date": "2019-05-03"}, "duplicate_of": None},
        "b": {"id": "b", "outlet": "Daily B", "published": {"date": "2019-05-10"}, "duplicate_of": None},
        "c": {"id": "c", "outlet": "Daily C", "published": {"date": None}, "duplicate_of": "a"},
        "d": {"id": "d", "outlet": "Daily B", "published": {"date": "2019-06-01"}, "duplicate_of": None},
    }
    view = {"articles": ["a", "b", "c", "d"], "summaries": summaries,
            "provenance": {"citations": [{"from": "d", "to": "a"}, {"from": "b", "to": None}]}}
    store_outlets = [("Big Wire", 900), ("Daily B", 40), ("Daily A", 9), ("Daily C", 3), ("Small Post", 1)]
    found = coverage(view, store_outlets, "2019-05-01", "2019-06-30")
    rows = {r.outlet: r for r in found.rows}
    assert [r.outlet for r in found.rows] == ["Daily A", "Daily B", "Daily C"]  # by first report, undated last
    assert (rows["Daily B"].first, rows["Daily B"].origins, rows["Daily B"].reprints) == ("2019-05-10", 1, 1)
    assert (rows["Daily C"].first, rows["Daily C"].reprints, rows["Daily C"].undated) == (None, 1, 1)
    assert rows["Daily A"].xs == [10.0] and found.missing == ["Big Wire", "Small Post"]


def test_story_page_shows_coverage(client) -> None:
    page = client.get("/stories/samnesty0001").text
    section = re.search(r'<section id="coverage".*?</section>', page, re.S).group(0)
    assert "Daily A" in section and "Daily B" in section and "Not covered by" in section


def test_search_takes_the_stories_list_filters_and_shows_the_story(client) -> None:
    page = client.get("/search?q=amnesty").text
    assert 'class="list hits"' in page and 'class="story-link" href="/stories/samnesty0001"' in page
    narrowed = client.get("/search?q=amnesty&outlet=Daily+B").text
    assert "1 matching article, by publication date" in narrowed and "Denial" in narrowed
    assert "Daily A ·" not in narrowed.split('id="results"', 1)[1]
    dated = client.get("/search?q=amnesty&date_from=2019-05-05&date_to=2019-05-31").text
    assert "1 matching article" in dated
    api = client.get("/api/search?q=amnesty&outlet=Daily+A").json()
    assert api["total"] == 1 and api["items"][0]["story"] == "samnesty0001"
    assert client.get("/api/search?q=amnesty").json()["items"][0]["story"]


def test_entity_page_is_a_hub(built, client) -> None:
    from storyline.serve.hub import entity_hub

    store, _ = built
    maduro = store.list_entity_summaries(name="Maduro")[0]
    hub = entity_hub(store, maduro.id)
    assert hub.years == [("2019", 2)] and hub.undated == 0
    assert [s.id for s in hub.stories] == ["samnesty0001"] and hub.stories[0].count == 2
    assert "Elliott Abrams" in [b.name for b in hub.beside] and maduro.id not in [b.id for b in hub.beside]
    page = client.get(f"/entities/{maduro.id}").text
    assert "In the news" in page and 'href="/stories/samnesty0001"' in page and "Elliott Abrams" in page
    assert f"<code>{maduro.id}</code>" not in page  # names, not ids


def test_background_facts_fold_under_the_key_moments() -> None:
    from storyline.serve.moments import split_moments

    timeline = [{"date": "2004"}, {"date": "2019-01-23"}, {"date": "2019-07-20"}, {"date": "2019-07-23"}]
    moments = split_moments(timeline, ["2019-07-23", None, "2019-08-01"], [0, 1, 2, 3])
    assert moments.background == [0, 1] and moments.key == [2, 3] and moments.coverage_began == "2019-07-23"
    assert split_moments(timeline, [None], [0, 1, 2, 3]).background == []  # no dated article: no line


def test_evidence_names_articles_by_outlet_not_id() -> None:
    from storyline.serve.public import with_names

    summaries = {"1f3a9c2e77aa": {"outlet": "Reuters", "title": "T"}, "0badc0de11": {"outlet": None, "title": "Story"}}
    named = with_names("earliest; cited as first by 1f3a9c2e, 0badc0de", summaries)
    assert named == "earliest; cited as first by Reuters, Story"
    assert with_names("2019-07-23 deadbeef", summaries) == "2019-07-23 deadbeef"


def test_api_story_shows_each_dispute_once(client) -> None:
    record = client.get("/api/stories/samnesty0001").json()
    members = sorted(n for d in record["disputes"] for n in d["members"])
    assert members == list(range(len(record["contradictions"]))) and record["disputes"]
    assert {"claim", "yes", "no", "when", "family"} <= set(record["disputes"][0])
    page = client.get("/stories/samnesty0001").text
    assert page.count('class="flag" href="#dispute-') + page.count('href="#dispute-0">1</a>') >= 1


def test_pages_name_stories_instead_of_showing_their_ids(client, built) -> None:
    _, (a, *_rest) = built
    article = client.get(f"/articles/{a.id}").text
    assert '<a href="/stories/samnesty0001">Amnesty offer</a>' in article
    listed = client.get("/articles?story=samnesty0001").text
    assert 'Articles of the story <a href="/stories/samnesty0001">Amnesty offer</a>' in listed
