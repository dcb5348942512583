"""A story as a reader sees it: its articles, a cited timeline, its contradictions and provenance.

Also query-focused timelines over the whole store (`storyline timeline "Maduro amnesty"`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from storyline.link.timelines import TimelineEntry
    from storyline.model import Article
    from storyline.store import Store
    from storyline.store.base import BrowseStore, CitationLink, StoryRecord

# A story's timeline keeps the dates most articles refer to; 30 entries hold six years of a long
# story on one screen (the seed scorer caps the timeline it reads at 30 entries too).
MAX_TIMELINE_DATES = 30
MAX_TIMELINE_ENTRIES = 30
# Once every date has its best event, room left holds a second distinct event of a date (a year or
# month date often gathers several: a 2019 forecast and a 2020 report are both "2020").
EXTRA_EVENTS_PER_DATE = 1


@dataclass(slots=True, frozen=True)
class StoryView:
    id: str
    title: str
    articles: list[Article]
    timeline: list[TimelineEntry]
    contradictions: list[dict[str, Any]]
    provenance: dict[str, Any]


def entry_record(entry: TimelineEntry) -> dict[str, Any]:
    return {"date": entry.date, "precision": entry.precision, "summary": entry.summary,
            "sources": [{"article": s.article_id, "text": s.text, "start": s.start, "end": s.end}
                        for s in entry.sources]}


def provenance_record(articles: list[Article], links: list[CitationLink]) -> dict[str, Any]:
    """Who reported first, the independent origins and the citations among `articles`."""
    from storyline.link.provenance import story_provenance

    p = story_provenance(articles, links)
    return {"first_reported": p.first_reported, "independent_origins": len(p.origins),
            "origins": [list(g) for g in p.origins],
            "citations": [{"from": e.source, "outlet": e.outlet, "to": e.target, "text": e.text} for e in p.edges]}


def story_timeline(articles: list[Article], query: str | None = None) -> list[TimelineEntry]:
    from storyline.link.timelines import build_timeline

    originals = [a for a in articles if not a.duplicate_of] or articles
    entries = build_timeline(originals, max_dates=MAX_TIMELINE_DATES, query=query, max_entries=MAX_TIMELINE_ENTRIES,
                             extra_per_date=EXTRA_EVENTS_PER_DATE)
    return sorted(entries, key=lambda e: e.date)


def view_story(store: BrowseStore, story_id: str) -> StoryView:
    """Everything shown for one story (a merged id resolves to the story that absorbed it)."""
    from storyline.link.stories import resolve_story_id

    return view_stored_story(store, store.get_story(resolve_story_id(store, story_id)))


def view_stored_story(store: BrowseStore, story: StoryRecord) -> StoryView:
    """The view of a live story, reading only its own articles (in list order: publication date,
    undated last, then id) and the citations among them."""
    from storyline.link.contradictions import contradictions_in

    ids = list(story.article_ids)
    articles = sorted(store.get_articles(ids, dropped=False),
                      key=lambda a: (a.published.value is None, a.published.value or "", a.id))
    originals = [a for a in articles if not a.duplicate_of] or articles  # a reprint repeats its original's claims
    return StoryView(story.id, story.title, articles, story_timeline(articles), contradictions_in(originals),
                     provenance_record(articles, store.citation_links_for(ids)))


def story_record(view: StoryView) -> dict[str, Any]:
    """Export shape (../shared/EXPORT.md `stories`), plus provenance."""
    return {"id": view.id, "title": view.title, "articles": [a.id for a in view.articles],
            "timeline": [entry_record(e) for e in view.timeline], "contradictions": view.contradictions,
            "provenance": view.provenance, "disputes": _disputes(view)}


def _disputes(view: StoryView) -> list[dict[str, Any]]:
    from storyline.link.disputes import disputes_in

    return disputes_in(view.articles, view.contradictions)


def query_timeline(store: Store, query: str) -> list[TimelineEntry]:
    """A timeline over every stored article that names the query's words."""
    from storyline.link.timelines import timeline_for_query

    articles = [a for a in store.list_articles(with_raw=False) if not a.duplicate_of]
    entries = timeline_for_query(articles, query, max_dates=MAX_TIMELINE_DATES, max_entries=MAX_TIMELINE_ENTRIES,
                                 extra_per_date=EXTRA_EVENTS_PER_DATE)
    return sorted(entries, key=lambda e: e.date)


def timeline_text(entries: list[TimelineEntry], fmt: str = "text") -> str:
    """A timeline as plain text or Markdown: date, summary, and the sources it rests on."""
    lines = []
    for e in entries:
        head = f"## {e.date} ({e.precision})" if fmt == "md" else f"{_when(e)}  {e.summary}"
        lines.append(head)
        if fmt == "md":
            lines.append(e.summary)
        lines += [f"{'-' if fmt == 'md' else '   ·'} [{s.article_id[:8]}] {s.text}" for s in e.sources]
        lines.append("")
    return "\n".join(lines)


def _when(entry: TimelineEntry) -> str:
    """The entry's date, with its precision when that is coarser than a day: '2020 (year)'."""
    return entry.date if entry.precision == "day" else f"{entry.date} ({entry.precision})"


def timeline_html(entries: list[TimelineEntry], title: str) -> str:
    """A standalone HTML page; every string from the articles is escaped."""
    from html import escape

    items = "".join(f"<li><time>{escape(_when(e))}</time> <b>{escape(e.summary)}</b><ul>"
                    + "".join(f"<li><code>{escape(s.article_id[:8])}</code> {escape(s.text)}</li>" for s in e.sources)
                    + "</ul></li>" for e in entries)
    return (f"<!doctype html><meta charset='utf-8'><title>{escape(title)}</title>"
            f"<h1>{escape(title)}</h1><ol class='timeline'>{items}</ol>")
