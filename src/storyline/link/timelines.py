"""Timelines: dated entries at the dates events happened, each a one-sentence extractive summary
with the source sentences it rests on.

    build_timeline(articles, max_dates=10, query="swine flu")
    → [TimelineEntry("2009-04-24", "day", "Mexico closes schools …", (Source("a1", "…", 0, 88), …)), …]

Pipeline (DATEWISE-like, unsupervised): date every sentence by its own time expressions
(`timeline_dates`), rank dates by how many articles refer to them, then summarise each date from
its sentences (`timeline_select`). Entries are sorted by date; several entries may share a date
when `sentences_per_date` > 1 (each is a different event). Works on any `Article` whose
`published` is known to the day; articles without it only contribute dates their text fixes.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from storyline.link.timeline_dates import DatedSentence, DateWeights, date_article, publication_day, rank_dates
from storyline.link.timeline_select import (Pick, SelectParams, Vectors, mentions_query, query_terms,
                                            summarise_date)
from storyline.model import Article


@dataclass(slots=True, frozen=True)
class Source:
    """A sentence an entry rests on: the article and the sentence (offsets into its body)."""

    article_id: str
    text: str
    start: int | None = None
    end: int | None = None


@dataclass(slots=True, frozen=True)
class TimelineEntry:
    """One event: when it happened ("YYYY-MM-DD", "YYYY-MM" or "YYYY"), a sentence, its sources."""

    date: str
    precision: str
    summary: str
    sources: tuple[Source, ...]


@dataclass(slots=True)
class TimelineIndex:
    """Every dated sentence of a set of articles, vectorised once; timelines are cut from it."""

    articles: Sequence[Article]
    sentences: list[DatedSentence]
    published: list[dt.date | None]
    vectors: Vectors
    by_date: dict[str, list[DatedSentence]] = field(default_factory=dict)


def index_articles(articles: Sequence[Article], *, fallback_sentences: int = 5) -> TimelineIndex:
    """Date the sentences of `articles` (the expensive step: time expressions, TF-IDF)."""
    sentences = [s for i, a in enumerate(articles) for s in date_article(i, a, fallback_sentences=fallback_sentences)]
    by_date: dict[str, list[DatedSentence]] = defaultdict(list)
    for s in sentences:
        by_date[s.date].append(s)
    vectors = Vectors.fit([s.text for s in sentences])
    return TimelineIndex(articles, sentences, [publication_day(a) for a in articles], vectors, dict(by_date))


def build_timeline(articles: Sequence[Article], *, max_dates: int | None = None, sentences_per_date: int = 1,
                   query: str | None = None) -> list[TimelineEntry]:
    """The timeline of `articles`: at most `max_dates` dates (all when None), best first, then sorted
    by date; `query` favours sentences naming its terms."""
    return timeline_from_index(index_articles(articles), max_dates=max_dates,
                               sentences_per_date=sentences_per_date, query=query)


def timeline_for_query(articles: Sequence[Article], query: str, *, max_dates: int | None = None,
                       sentences_per_date: int = 1) -> list[TimelineEntry]:
    """A query-focused timeline: only articles naming a query term (all, if none does), and
    sentences naming one preferred."""
    terms = query_terms(query)
    relevant = [a for a in articles if mentions_query(f"{a.title or ''}\n{a.body}", terms)]
    return build_timeline(relevant or articles, max_dates=max_dates,
                          sentences_per_date=sentences_per_date, query=query)


def timeline_from_index(index: TimelineIndex, *, max_dates: int | None = None, sentences_per_date: int = 1,
                        query: str | None = None, span: tuple[str, str] | None = None,
                        precisions: Sequence[str] = ("day", "month", "year"),
                        weights: DateWeights = DateWeights(), params: SelectParams = SelectParams(),
                        ) -> list[TimelineEntry]:
    """Cut a timeline from an index. `span` (inclusive "YYYY-MM-DD" bounds) keeps only dates inside
    it; `precisions` the kinds of date allowed (a benchmark scoring days passes ("day",))."""
    terms, used = query_terms(query), set()
    entries: list[TimelineEntry] = []
    dates = 0
    for date, precision, _score in rank_dates(index.sentences, index.published, weights):
        if max_dates is not None and dates >= max_dates:
            break
        if precision not in precisions or not _inside(date, span):
            continue
        candidates = [s for s in index.by_date.get(date, ()) if s.precision == precision]
        picks = summarise_date(candidates, index.vectors, sentences_per_date, terms, used, params)
        entries.extend(_entry(index, date, precision, p) for p in picks)
        dates += bool(picks)
    return sorted(entries, key=lambda e: e.date)


def _inside(date: str, span: tuple[str, str] | None) -> bool:
    return span is None or span[0][:len(date)] <= date <= span[1][:len(date)]


def _entry(index: TimelineIndex, date: str, precision: str, pick: Pick) -> TimelineEntry:
    sources = tuple(Source(index.articles[s.article].id, s.text, s.start, s.end) for s in pick.sources)
    return TimelineEntry(date, precision, pick.sentence.text, sources)
