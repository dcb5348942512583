"""A story as a reader sees it: its articles, a cited timeline, its contradictions and provenance.

Also query-focused timelines over the whole store (`storyline timeline --query "harbour budget"`). The
views here are typed; their export/API shape is storyline.records (`story_record`), their text,
Markdown and HTML rendering the CLI's (storyline.cli.render) and serve/ templates'.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

# the story record's shape lives with the other read-side records; imported here for older callers
from storyline.records import entry_record, story_record

if TYPE_CHECKING:
    from storyline.link.provenance import Provenance
    from storyline.link.timelines import TimelineEntry
    from storyline.model import Article
    from storyline.store import Store
    from storyline.store.base import BrowseStore, ReadStore, StoryRecord

__all__ = [
    "StoryView",
    "entry_record",
    "query_timeline",
    "story_record",
    "story_timeline",
    "view_stored_story",
    "view_story",
]

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
    provenance: Provenance


def story_timeline(articles: list[Article], query: str | None = None) -> list[TimelineEntry]:
    from storyline.link.timelines import build_timeline

    originals = [a for a in articles if not a.duplicate_of] or articles
    entries = build_timeline(originals, max_dates=MAX_TIMELINE_DATES, query=query, max_entries=MAX_TIMELINE_ENTRIES,
                             extra_per_date=EXTRA_EVENTS_PER_DATE)
    return sorted(entries, key=lambda e: e.date)


def view_story(store: ReadStore, story_id: str) -> StoryView:
    """Everything shown for one story (a merged id resolves to the story that absorbed it)."""
    from storyline.link.stories import resolve_story_id

    return view_stored_story(store, store.get_story(resolve_story_id(store, story_id)))


def view_stored_story(store: BrowseStore, story: StoryRecord) -> StoryView:
    """The view of a live story, reading only its own articles (in list order: publication date,
    undated last, then id) and the citations among them."""
    from storyline.link.contradictions import contradictions_in
    from storyline.link.provenance import story_provenance

    ids = list(story.article_ids)
    articles = sorted(store.get_articles(ids, dropped=False),
                      key=lambda a: (a.published.value is None, a.published.value or "", a.id))
    originals = [a for a in articles if not a.duplicate_of] or articles  # a reprint repeats its original's claims
    return StoryView(story.id, story.title, articles, story_timeline(articles), contradictions_in(originals),
                     story_provenance(articles, store.citation_links_for(ids)))


def query_timeline(store: Store, query: str) -> list[TimelineEntry]:
    """A timeline over every stored article that names the query's words."""
    from storyline.link.timelines import timeline_for_query

    articles = [a for a in store.list_articles(with_raw=False) if not a.duplicate_of]
    entries = timeline_for_query(articles, query, max_dates=MAX_TIMELINE_DATES, max_entries=MAX_TIMELINE_ENTRIES,
                                 extra_per_date=EXTRA_EVENTS_PER_DATE)
    return sorted(entries, key=lambda e: e.date)
