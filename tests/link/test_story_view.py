"""The story view's timeline: reprints left out, at most 30 entries, precision shown in text."""
from __future__ import annotations

from storyline.cli.render import timeline_text
from storyline.link.story_view import MAX_TIMELINE_ENTRIES, story_timeline
from storyline.link.timelines import Source, TimelineEntry
from storyline.model import Article, PublishedDate


def article(article_id: str, published: str, *sentences: str, duplicate_of: str | None = None) -> Article:
    body = "\n".join(sentences)
    return Article(id=article_id, source=f"{article_id}.txt", kind="text", raw=body, body=body,
                   published=PublishedDate(published, "day", "test"), duplicate_of=duplicate_of)


def test_reprints_are_not_sources_and_entries_are_capped():
    days = [f"The harbour board met on {d} January 2011 to discuss dredging plan number {d} for the port ."
            for d in range(1, 29)]
    original = article("a", "2011-02-01", *days)
    reprint = article("b", "2011-02-01", *days, duplicate_of="a")
    later = article("c", "2011-03-01", *[f"Dockers struck on {d} February 2011 over pay deal number {d} at the port ."
                                          for d in range(1, 28)])
    entries = story_timeline([original, reprint, later])
    assert 0 < len(entries) <= MAX_TIMELINE_ENTRIES
    assert "b" not in {s.article_id for e in entries for s in e.sources}


def test_text_shows_a_coarse_precision():
    year = TimelineEntry("2020", "year", "The offer stood.", (Source("a1", "The offer stood.", 0, 16),))
    day = TimelineEntry("2020-03-30", "day", "The official spoke.", (Source("a1", "The official spoke.", 17, 36),))
    text = timeline_text([year, day])
    assert "2020 (year)  The offer stood." in text and "2020-03-30  The official spoke." in text
