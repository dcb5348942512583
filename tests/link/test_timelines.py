"""Timelines from hand-written articles: event dates (not publication dates), one entry per event with
all its sources, relative dates, query focus, precision and offsets."""
from __future__ import annotations

import pytest

from storyline.link.timelines import Source, TimelineEntry, build_timeline, index_articles, timeline_for_query
from storyline.model import Article, PublishedDate


def article(article_id: str, published: str, *sentences: str) -> Article:
    body = "\n".join(sentences)
    return Article(id=article_id, source=f"{article_id}.txt", kind="text", raw=body, body=body,
                   published=PublishedDate(published, "day", "test"))


# A quake on Tuesday 2010-01-12, reported by two outlets on Thursday 2010-01-14; a rescue team
# arriving on Thursday 2010-01-14, told on Tuesday 2010-01-19 as "last Thursday"; a donors'
# conference on 2010-01-25 announced ahead; the first warnings in March 2009 (month only).
STORY = [
    article("bbc-1", "2010-01-14",
            "A powerful earthquake struck Haiti on Tuesday , flattening much of the capital Port-au-Prince .",
            "The presidential palace and the cathedral collapsed in the quake on Tuesday .",
            "Seismologists had warned of the fault in March 2009 , officials recalled ."),
    article("reuters-1", "2010-01-14",
            "A powerful earthquake struck Haiti on Tuesday , flattening much of the capital Port-au-Prince .",
            "Aid agencies said on Wednesday they were struggling to reach survivors in the ruins ."),
    article("guardian-1", "2010-01-19",
            "Aid agencies said they were running short of clean water and medical supplies .",
            "British rescue teams with sniffer dogs arrived in Port-au-Prince last Thursday to search the rubble .",
            "The powerful earthquake that struck Haiti on 12 January flattened much of the capital .",
            "Donors will meet in Montreal on 25 January to plan the reconstruction of Haiti ."),
    article("bbc-2", "2010-01-20",
            "Rescue teams from Britain arrived in Port-au-Prince on 14 January to search the collapsed buildings .",
            "Donors meet in Montreal on 25 January to discuss rebuilding the shattered country ."),
]


@pytest.fixture(scope="module")
def timeline() -> list[TimelineEntry]:
    return build_timeline(STORY)


def entry_on(entries: list[TimelineEntry], date: str) -> TimelineEntry:
    found = [e for e in entries if e.date == date]
    assert found, [e.date for e in entries]
    return found[0]


def test_entries_sit_at_event_dates_in_order(timeline):
    dates = [e.date for e in timeline]
    assert dates == sorted(dates)
    assert {"2010-01-12", "2010-01-14", "2010-01-25"} <= set(dates)


def test_same_event_from_two_outlets_is_one_entry_with_both_sources(timeline):
    quake = entry_on(timeline, "2010-01-12")
    assert "earthquake struck Haiti" in quake.summary
    cited = {s.article_id for s in quake.sources}
    assert {"bbc-1", "reuters-1"} <= cited
    assert len([e for e in timeline if e.date == "2010-01-12"]) == 1


def test_relative_date_resolves_against_publication_day(timeline):
    rescue = entry_on(timeline, "2010-01-14")
    assert "arrived in Port-au-Prince" in rescue.summary
    assert {"guardian-1", "bbc-2"} <= {s.article_id for s in rescue.sources}


def test_stated_date_wins_over_publication_date(timeline):
    for entry in timeline:
        assert "struck Haiti" not in entry.summary or entry.date == "2010-01-12"
        assert "Donors" not in entry.summary or entry.date == "2010-01-25"


def test_publication_date_stands_only_for_undated_sentences():
    index = index_articles(STORY)
    dated_quake = [s for s in index.sentences if "struck Haiti on Tuesday" in s.text]
    assert {s.date for s in dated_quake} == {"2010-01-12"}
    assert all(s.mentioned for s in dated_quake)
    fallback = [s for s in index.sentences if not s.mentioned]
    assert {s.date for s in fallback} == {"2010-01-19", "2010-01-18"}  # the day and the day before
    assert all("running short" in s.text for s in fallback)


def test_sources_point_into_article_bodies(timeline):
    bodies = {a.id: a.body for a in STORY}
    for entry in timeline:
        assert entry.sources[0].text == entry.summary
        for s in entry.sources:
            assert isinstance(s, Source)
            assert bodies[s.article_id][s.start:s.end] == s.text


def test_precision_follows_the_stated_date(timeline):
    assert entry_on(timeline, "2010-01-12").precision == "day"
    month = [e for e in timeline if e.date == "2009-03"]
    assert month and month[0].precision == "month" and "March 2009" in month[0].summary


def test_max_dates_keeps_the_most_reported_dates():
    entries = build_timeline(STORY, max_dates=2)
    assert {e.date for e in entries} == {"2010-01-12", "2010-01-14"}


def test_sentences_per_date_gives_distinct_events():
    entries = build_timeline(STORY, max_dates=1, sentences_per_date=2)
    assert len(entries) == 2 and entries[0].date == entries[1].date
    assert entries[0].summary != entries[1].summary


def test_query_prefers_sentences_naming_it():
    day = [article("a", "2010-02-02",
                   "On Monday the central bank raised interest rates by half a point , surprising markets .",
                   "On Monday the football club sacked its manager after a run of heavy defeats ."),
           article("b", "2010-02-03",
                   "The football club sacked its manager on Monday after a run of heavy defeats .")]
    plain = build_timeline(day, max_dates=1)
    focused = build_timeline(day, max_dates=1, query="bank")
    assert "football" in plain[0].summary
    assert "central bank" in focused[0].summary


def test_timeline_for_query_drops_unrelated_articles():
    articles = [*STORY, article("sport-1", "2010-01-16", "The cricket final was played in Mumbai on 15 January before a full stadium .")]
    entries = timeline_for_query(articles, "Haiti")
    assert "2010-01-15" not in {e.date for e in entries}
    assert entry_on(entries, "2010-01-12")


def test_no_articles_no_entries():
    assert build_timeline([]) == []
    assert build_timeline([article("x", "2010-01-01", "Nothing happened .")]) == []
    assert build_timeline([article("y", "2010-01-01", "It was on Monday .")]) == []


def test_agency_dateline_dates_the_sentence_but_is_not_summarised():
    wire = article("wire-1", "2010-01-15",
                   "PORT-AU-PRINCE | Fri Jan 15 , 2010 (Reuters) - The first aid flights landed at the airport on "
                   "Thursday after the control tower reopened .")
    entry = entry_on(build_timeline([wire]), "2010-01-14")
    assert entry.summary.startswith("The first aid flights")
    source = entry.sources[0]
    assert wire.body[source.start:source.end] == source.text == entry.summary


def test_a_week_is_its_month_when_it_lies_inside_one():
    from storyline.link.timeline_dates import parse_value

    assert parse_value("2019-W29") == ("2019-07", "month")   # 15-21 July 2019
    assert parse_value("2019-W31") is None                     # 29 July - 4 August
    assert parse_value("XXXX-WXX") is None


def coarse(article_id: str, value: str, precision: str, *sentences: str) -> Article:
    a = article(article_id, "2000-01-01", *sentences)
    a.published = PublishedDate(value, precision, "copyright line")
    return a


def test_a_year_dated_article_gives_year_entries_not_days():
    undated_days = coarse("yearly", "2020", "year",
                          "The minister urged the harbour board on Monday to accept the dredging offer .",
                          "The board said last Thursday that it would study the offer carefully .")
    entries = build_timeline([undated_days])
    assert entries and {(e.date, e.precision) for e in entries} == {("2020", "year")}


def test_a_day_only_published_is_an_entry_after_stated_dates():
    stated = article("a", "2011-05-03", "The harbour board approved the dredging plan on 2 May after a long debate .")
    report = article("b", "2011-06-10", "Residents protested outside the harbour offices against the dredging plan .")
    entries = build_timeline([stated, report])
    assert [e.date for e in entries] == ["2011-05-02", "2011-06-10"]
    assert build_timeline([stated, report], max_dates=1)[0].date == "2011-05-02"


def cited_pair() -> list[Article]:
    from storyline.model import Span

    original = article("ledger", "2023-03-14",
                       "Leaked tests show an industrial solvent above the legal limit in many public wells of Saltmere .")
    original.outlet = "The Harbour Ledger"
    citing_text = ("The Harbour Ledger first reported in March 2023 that the solvent had been found in "
                   "the city wells above the limit .")
    citing = article("weekly", "2025-03-04", "A court fined the paint company for the leak on Monday .", citing_text)
    start = citing.body.index(citing_text)
    citing.spans = [Span(start, start + 38, "CITATION", "citations", citing_text[:38],
                         {"outlet": "The Harbour Ledger", "time": "2023-03"})]
    return [original, citing]


def test_a_cited_report_is_dated_by_the_article_it_resolves_to_and_rests_on_it():
    entries = build_timeline(cited_pair())
    report = entry_on(entries, "2023-03-14")
    assert "first reported" in report.summary or "Leaked tests" in report.summary
    assert {s.article_id for s in report.sources} == {"ledger", "weekly"}
    assert "2023-03" not in {e.date for e in entries}


def test_max_entries_and_a_second_event_from_another_article():
    day = [article("a", "2012-03-06", "The port reopened to container ships on 5 March after the storm damage was repaired ."),
           article("b", "2012-03-07", "On 5 March the ferry union called a strike over pay and rosters at the terminal .")]
    one = build_timeline(day, max_dates=1)
    two = build_timeline(day, max_dates=1, extra_per_date=1)
    assert len(one) == 1 and len(two) == 2 and {e.date for e in two} == {"2012-03-05"}
    assert {e.sources[0].article_id for e in two} == {"a", "b"}
    assert len(build_timeline(day, max_entries=1, extra_per_date=1)) == 1


def test_an_article_joined_by_an_undated_sentence_keeps_its_dated_event_free():
    # b's lead is dated only by publication (5 March) and joins a's entry as similar; b's own event of
    # that day, which it dates, is another event of the date
    day = [article("a", "2012-03-07", "Union leader Tomas Reyes said on Monday that talks with the port would resume on Friday ."),
           article("b", "2012-03-05", "\"We gave the port every chance to talk ,\" said union leader Tomas Reyes .",
                   "Dockworkers at the container terminal walked off the job on Monday over pay and rosters .")]
    entries = build_timeline(day, max_dates=1, extra_per_date=1)
    assert [e.date for e in entries] == ["2012-03-05", "2012-03-05"]
    assert any("walked off" in e.summary for e in entries)


def test_an_entry_says_whether_its_sentence_states_its_date_and_drops_a_wire_dateline():
    lead = article("gazette-1", "2024-03-14",
                   "BRINMOOR, England (Harbour Gazette) - The council voted on Monday to close the library .",
                   "Residents said they would petition the council .")
    entries = build_timeline([lead], max_entries=5)
    # the dateline's place, date and credit are no part of the event's sentence
    [voted] = [e for e in entries if e.date == "2024-03-11"]
    assert (voted.summary, voted.basis) == ("The council voted on Monday to close the library .", "stated")
    # an undated lead sentence stands for the publication day (or the day before): said so, not hidden
    assert all(e.basis == "published" for e in entries if "petition" in e.summary)
    assert any("petition" in e.summary for e in entries)


def test_a_sentence_stands_for_a_second_date_it_states_when_no_other_sentence_does():
    """'… flagged the valves on 12 September , and engineers had raised the same concern in 2023':
    the 2023 event has no other sentence, so the one sentence is an entry at both dates; a reprint of
    it in another article adds no third."""
    two = "The report said an inspector flagged the valves on 12 September , and engineers had raised the concern in 2023 ."
    story = [article("a", "2024-11-05", "The plant leaked on 6 October , forcing hundreds from their homes .", two),
             article("b", "2024-11-06", "The plant leaked on 6 October , the report said .", two)]
    entries = build_timeline(story)
    assert {e.date for e in entries} >= {"2023", "2024-09-12", "2024-10-06"}
    assert sum(e.summary == two for e in entries) == 2


def test_a_date_inside_a_signal_phrase_bounds_a_span_and_dates_no_entry():
    """'… said on Tuesday that the mine has had no spills since the 2021 leak': the leak's year starts
    the span the state fills; the statement is Tuesday's. A sentence whose only date is such a bound
    ('have lost 11% since the start of the year') is undated, and a lead may stand for publication."""
    story = [article("a", "2024-08-13",
                     "Shares have lost 11% since the start of the year .",
                     "A spokesman said on Tuesday that the mine has had no spills since the 2021 leak .",
                     "Engineers flagged the valves after its 2019 inspection .")]
    dated = {(s.position, s.date, s.mentioned) for s in index_articles(story).sentences}
    assert (1, "2024-08-13", True) in dated
    assert not any(date.startswith(("2021", "2019")) for _, date, _ in dated)
    assert {(p, d) for p, d, m in dated if not m} >= {(0, "2024-08-13"), (2, "2024-08-12")}
