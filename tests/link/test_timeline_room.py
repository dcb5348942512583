"""How dates of different precision compete for a capped timeline, on an invented bridge story.

Gold (written before the first run): the bridge closed on Monday 2021-03-08, repairs began on
2021-04-01, it reopened on 2021-06-14; five reports also say only "in March" (a month that holds the
closure day) and one recalls it was built in 1968 (a year holding no day of the story). Capped at 3
entries the timeline holds the three days, not the month that restates the closure; uncapped, the
month and the year are still there. In "from June to October" only June dates the sentence: October
is where the span ends."""
from __future__ import annotations

from storyline.link.timelines import build_timeline
from storyline.model import Article, PublishedDate


def article(article_id: str, published: str, *sentences: str) -> Article:
    body = "\n".join(sentences)
    return Article(id=article_id, source=f"{article_id}.txt", kind="text", raw=body, body=body,
                   published=PublishedDate(published, "day", "test"))


BRIDGE = [
    article("gazette-1", "2021-03-10",
            "The council closed the Kelvar bridge on Monday after inspectors found cracks in two piers .",
            "The bridge was built in 1968 and last repaired decades ago ."),
    article("herald-1", "2021-03-20", "Cracks found in March forced the council to shut the Kelvar bridge ."),
    article("herald-2", "2021-04-03", "Repairs to the Kelvar bridge began on April 1 with a crane barge .",
            "The council shut the bridge in March after the inspection ."),
    article("post-1", "2021-05-02", "Commuters have queued at the ferry since the bridge shut in March ."),
    article("post-2", "2021-06-15", "The Kelvar bridge reopened to cars on June 14 , three months late .",
            "It had been closed in March when inspectors found the cracks ."),
    article("radio-1", "2021-06-16", "Shops near the bridge lost trade after its closure in March ."),
]


def test_a_capped_timeline_keeps_days_over_a_month_restating_one():
    dates = [e.date for e in build_timeline(BRIDGE, max_dates=30, max_entries=3)]
    assert dates == ["2021-03-08", "2021-04-01", "2021-06-14"]


def test_an_uncapped_timeline_keeps_the_month_and_the_year():
    dates = {e.date for e in build_timeline(BRIDGE)}
    assert {"2021-03", "1968", "2021-03-08", "2021-04-01", "2021-06-14"} <= dates


def test_the_end_of_a_range_does_not_date_the_sentence():
    ferry = [article("coast-1", "2021-05-20",
                     "The ferry will run from June to October while the bridge is closed .",
                     "The council approved the ferry contract on Tuesday .")]
    dates = {e.date for e in build_timeline(ferry)}
    assert "2021-10" not in dates
    assert "2021-05-18" in dates


def test_a_date_a_when_clause_describes_is_an_event_even_after_since():
    permit = [article("coast-2", "2021-05-20",
                      "The regulator has been reviewing the ferry permit since March 3 , when residents filed a complaint .",
                      "No spills have been reported since March 9 .")]
    dates = {e.date for e in build_timeline(permit)}
    assert "2021-03-03" in dates
    assert "2021-03-09" not in dates
