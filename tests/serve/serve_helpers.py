"""Stores for the web tests, built by hand (no NLP), and an article full of XSS payloads.

(Helpers live here, not in a conftest.py: a second `conftest` module would shadow the root one.)
"""
from __future__ import annotations

from pathlib import Path

from conftest import make_article
from storyline.model import DroppedLine, PublishedDate, Span
from storyline.store import CitationLink, EntityRecord, MentionRecord, StoryRecord, open_store

# Each payload sets window.__xss or opens a dialog if it ever runs as script or markup.
SCRIPT = "<script>window.__xss = 1; alert('xss')</script>"
IMG = '<img src=x onerror="window.__xss=1;alert(1)">'
SVG = '"><svg onload="window.__xss=1">'
ATTR = "' onmouseover='window.__xss=1' x='"
TEMPLATE = "{{ 7*7 }}{% raw %}"
PAYLOADS = (SCRIPT, IMG, SVG, ATTR, TEMPLATE)


def hostile_article():
    """Every field a page shows carries payloads: title, outlet, byline, url, body, quotes and
    their speakers, entities, time expressions, dropped lines."""
    speaker = f"Mallory {IMG}"
    body = (f"{SCRIPT} Officials in Saltmere denied it. {IMG}\n\n"
            f"“{SVG} we never offered amnesty,” said {speaker} on Monday.\n\n"
            f"{ATTR} {TEMPLATE} </p></div></body> <a href=\"javascript:window.__xss=1\">click</a>")
    quote_start = body.index("“")
    quote_end = body.index("”") + 1
    speaker_start = body.index("Mallory")
    spans = [
        Span(body.index("Saltmere"), body.index("Saltmere") + 8, "GPE", "entities", "Saltmere", {"name": "Saltmere"}),
        Span(speaker_start, speaker_start + len(speaker), "PERSON", "entities", speaker, {"name": speaker}),
        Span(quote_start, quote_end, "QUOTE", "quotes", body[quote_start:quote_end],
             {"kind": "direct", "speaker_name": speaker, "speaker_kind": "person", "cue": f"said {SCRIPT}",
              "speaker_start": str(speaker_start), "speaker_end": str(speaker_start + len(speaker)),
              "said_at": "2024-05-06"}),
        Span(body.index("Monday"), body.index("Monday") + 6, "TIMEX", "times", "Monday",
             {"type": "DATE", "value": f"2024-05-06{SVG}", "anchored": "true"}),
    ]
    return make_article(
        body, raw=f"<html>{SCRIPT}</html>", source=f"hostile{IMG}.html", title=f"Amnesty {SCRIPT}{IMG}",
        outlet=f"Evil {SVG} Times", byline=f"By {ATTR}", url="javascript:window.__xss=1",
        published=PublishedDate("2024-05-07", "day", f"meta {IMG}"),
        evidence={"outlet": f"og:site_name {SCRIPT}"}, spans=spans,
        dropped=[DroppedLine(1, f"Subscribe {SCRIPT}", f"boilerplate {IMG}")])


def plain_articles():
    a = make_article("Maduro was offered amnesty by Washington in 2019. It was a real offer.",
                     source="a.txt", title="Amnesty offer", outlet="Daily A",
                     published=PublishedDate("2019-05-03", "day", "test"),
                     spans=[Span(0, 6, "PERSON", "entities", "Maduro", {"name": "Nicolás Maduro"}),
                            Span(44, 48, "TIMEX", "times", "2019", {"type": "DATE", "value": "2019"}),
                            Span(0, 49, "CLAIM", "claims", "Maduro was offered amnesty by Washington in 2019.",
                                 {"predicate": "offer", "polarity": "positive", "modality": "asserted",
                                  "keywords": "amnesty offer", "asserter": "Daily A", "time": "2019"})])
    b = make_article("“We have not offered amnesty to Maduro in 2019,” said Elliott Abrams.", source="b.txt",
                     title="Denial", outlet="Daily B", published=PublishedDate("2019-05-10", "day", "test"),
                     spans=[Span(0, 48, "QUOTE", "quotes", "“We have not offered amnesty to Maduro in 2019,”",
                                 {"kind": "direct", "speaker_name": "Elliott Abrams", "speaker_kind": "person",
                                  "cue": "said", "speaker_start": "54", "speaker_end": "68"}),
                            Span(32, 38, "PERSON", "entities", "Maduro", {"name": "Nicolás Maduro"}),
                            Span(54, 68, "PERSON", "entities", "Elliott Abrams", {"name": "Elliott Abrams"}),
                            Span(0, 48, "CLAIM", "claims", "We have not offered amnesty to Maduro in 2019",
                                 {"predicate": "offer", "polarity": "negative", "modality": "asserted",
                                  "keywords": "amnesty offer", "asserter": "Elliott Abrams", "time": "2019"})])
    c = make_article("Maduro was offered amnesty by Washington in 2019. It was a real offer!", source="c.txt",
                     title="Amnesty offer (copy)", outlet="Daily C", published=PublishedDate(None, "unknown", ""))
    c.duplicate_of = a.id
    return a, b, c


def build_store(path: Path | str, hostile: bool = True):
    """A store (a SQLite file, or any store URL) with three plain articles (one a reprint) in story
    samnesty0001, and the hostile article in story shostile0001, with entities and a citation."""
    store = open_store(path if isinstance(path, str) else f"sqlite:///{path}")
    a, b, c = plain_articles()
    articles = [a, b, c] + ([hostile_article()] if hostile else [])
    for x in articles:
        store.save_article(x)
    mentions: dict[str, list[MentionRecord]] = {}
    for x in articles:
        for s in x.spans:
            if s.stage == "entities":
                mentions.setdefault(s.attrs["name"], []).append(MentionRecord(x.id, s.start, s.end, s.text))
    names = sorted(mentions, key=lambda n: (-len(mentions[n]), n))
    store.replace_entities([EntityRecord(f"e{i}", n, "PERSON" if n != "Saltmere" else "GPE", (n,), mentions[n])
                            for i, n in enumerate(names, 1)])
    store.replace_citation_links([CitationLink(b.id, 0, 10, "Daily A", None, a.id)])
    stories = [StoryRecord("samnesty0001", "Amnesty offer", (a.id, c.id, b.id))]
    if hostile:
        stories.append(StoryRecord("shostile0001", f"Hostile {SCRIPT}", (articles[3].id,)))
    store.replace_stories(stories, {"sold00000001": "samnesty0001"})
    return store, articles


def postgres_url():
    """A fresh PostgreSQL database (dropped afterwards) on STORYLINE_TEST_PG_URL's server; skips
    without the variable, except under CI."""
    from conftest import pg_database, pg_server_url

    yield from pg_database(pg_server_url())
