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

from storyline.link.timeline_dates import (
    DatedSentence,
    DateWeights,
    date_article,
    publication_dates,
    publication_day,
    rank_dates,
)
from storyline.link.timeline_select import (
    Pick,
    SelectParams,
    UsedSentences,
    Vectors,
    mentions_query,
    query_terms,
    summarise_date,
)
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
    """One event: when it happened ("YYYY-MM-DD", "YYYY-MM" or "YYYY"), a sentence, its sources, and
    what dates it: "stated" (a time expression in the sentence) or "published" (an undated lead
    sentence placed at its article's publication day or the day before, as news of a day's events is)."""

    date: str
    precision: str
    summary: str
    sources: tuple[Source, ...]
    basis: str = "stated"


@dataclass(slots=True)
class TimelineIndex:
    """Every dated sentence of a set of articles, vectorised once; timelines are cut from it."""

    articles: Sequence[Article]
    sentences: list[DatedSentence]
    published: list[dt.date | None]
    vectors: Vectors
    by_date: dict[str, list[DatedSentence]] = field(default_factory=dict)
    reports: list[tuple[str, str]] = field(default_factory=list)  # (publication date, precision) per dated article


def index_articles(articles: Sequence[Article], *, fallback_sentences: int = 5) -> TimelineIndex:
    """Date the sentences of `articles` (the expensive step: time expressions, TF-IDF)."""
    cited = cited_report_days(articles)
    sentences = [s for i, a in enumerate(articles)
                 for s in date_article(i, a, fallback_sentences=fallback_sentences, cited=cited.get(a.id, ()))]
    by_date: dict[str, list[DatedSentence]] = defaultdict(list)
    for s in sentences:
        by_date[s.date].append(s)
    vectors = Vectors.fit([s.text for s in sentences])
    reports = [dates[0] for dates in map(publication_dates, articles) if dates]
    return TimelineIndex(articles, sentences, [publication_day(a) for a in articles], vectors, dict(by_date), reports)


def cited_report_days(articles: Sequence[Article]) -> dict[str, list[tuple[int, str, int]]]:
    """Article id -> (offset, day, cited article's index) of each citation that resolves to a
    day-dated article among `articles` ("The Miami Herald first reported in July 2019" → the
    Herald's 2019-07-23 article)."""
    if not any(s.label == "CITATION" for a in articles for s in a.spans):
        return {}
    from storyline.link.provenance import citation_links

    position = {a.id: i for i, a in enumerate(articles)}
    cited: dict[str, list[tuple[int, str, int]]] = defaultdict(list)
    for link in citation_links(list(articles)):
        target = position.get(link.resolves_to) if link.resolves_to else None
        day = publication_day(articles[target]) if target is not None else None
        if day and target is not None:
            cited[link.article_id].append((link.start, day.isoformat(), target))
    return dict(cited)


def build_timeline(articles: Sequence[Article], *, max_dates: int | None = None, sentences_per_date: int = 1,
                   query: str | None = None, max_entries: int | None = None,
                   extra_per_date: int = 0) -> list[TimelineEntry]:
    """The timeline of `articles`: at most `max_dates` dates (all when None), best first, then sorted
    by date; `query` favours sentences naming its terms. See `timeline_from_index`."""
    return timeline_from_index(index_articles(articles), max_dates=max_dates, sentences_per_date=sentences_per_date,
                               query=query, max_entries=max_entries, extra_per_date=extra_per_date)


def timeline_for_query(articles: Sequence[Article], query: str, *, max_dates: int | None = None,
                       sentences_per_date: int = 1, max_entries: int | None = None,
                       extra_per_date: int = 0) -> list[TimelineEntry]:
    """A query-focused timeline: only articles naming a query term (all, if none does), and
    sentences naming one preferred."""
    terms = query_terms(query)
    relevant = [a for a in articles if mentions_query(f"{a.title or ''}\n{a.body}", terms)]
    return build_timeline(relevant or articles, max_dates=max_dates, sentences_per_date=sentences_per_date,
                          query=query, max_entries=max_entries, extra_per_date=extra_per_date)


def timeline_from_index(index: TimelineIndex, *, max_dates: int | None = None, sentences_per_date: int = 1,
                        query: str | None = None, span: tuple[str, str] | None = None,
                        precisions: Sequence[str] = ("day", "month", "year"),
                        weights: DateWeights = DateWeights(), params: SelectParams = SelectParams(),
                        max_entries: int | None = None, extra_per_date: int = 0) -> list[TimelineEntry]:
    """Cut a timeline from an index. `span` (inclusive "YYYY-MM-DD" bounds) keeps only dates inside
    it; `precisions` the kinds of date allowed (a benchmark scoring days passes ("day",)). At most
    `max_entries` entries; once every chosen date has its `sentences_per_date` events, up to
    `extra_per_date` further distinct events per date fill the room left (best dates first)."""
    terms, used = query_terms(query), UsedSentences()
    chosen: list[tuple[str, str, list[Pick]]] = []
    room = max_entries if max_entries is not None else float("inf")
    ranked = rank_dates(index.sentences, index.published, weights, index.reports)
    for date, precision, _score in days_before_coarse_restatements(ranked, precisions, span):
        if (max_dates is not None and len(chosen) >= max_dates) or room <= 0:
            break
        if precision not in precisions or not _inside(date, span):
            continue
        picks = summarise_date(_candidates(index, date, precision), index.vectors,
                               int(min(sentences_per_date, room)), terms, used, params)
        if picks:
            chosen.append((date, precision, picks))
            room -= len(picks)
    _add_extra_events(index, chosen, extra_per_date, room, terms, used, params)
    entries = [_entry(index, date, precision, p) for date, precision, picks in chosen for p in picks]
    return sorted(entries, key=lambda e: e.date)


def days_before_coarse_restatements(ranked: Sequence[tuple[str, str, float]], precisions: Sequence[str],
                                    span: tuple[str, str] | None) -> list[tuple[str, str, float]]:
    """`ranked` with each month or year that holds a ranked day moved after every other date: such a
    coarse date mostly restates the day's event less precisely ('In May, the three countries signed a
    memorandum' beside the May 2 signing; 3 of probe42's 30 entries were these, crowding out day-dated
    events), so it takes only room the days and undated-within months and years leave."""
    days = [d for d, p, _ in ranked if p == "day" and "day" in precisions and _inside(d, span)]
    held = {d[:7] for d in days} | {d[:4] for d in days}
    return ([r for r in ranked if r[1] == "day" or r[0] not in held]
            + [r for r in ranked if r[1] != "day" and r[0] in held])


def _candidates(index: TimelineIndex, date: str, precision: str) -> list[DatedSentence]:
    return [s for s in index.by_date.get(date, ()) if s.precision == precision]


def _add_extra_events(index: TimelineIndex, chosen: list[tuple[str, str, list[Pick]]], extra: int, room: float,
                      terms: Sequence[str], used: UsedSentences, params: SelectParams) -> None:
    """Further events on the chosen dates, best dates first, while room is left: from articles the
    date's entries do not rest on yet (another outlet's event of that day or year, not a second
    sentence of the same report), never repeating an earlier entry. An entry rests on an article
    through its own sentence or one stating the date; a sentence dated only by its article's
    publication that joined the entry as a similar one ('"We gave them every chance," said Reyes'
    beside Reyes's dated remark) leaves that article's own dated event free to be one."""
    for date, precision, picks in chosen:
        if room <= 0 or extra <= 0:
            return
        cited = {s.article for p in picks for s in p.sources if s is p.sentence or s.mentioned}
        others = [s for s in _candidates(index, date, precision) if s.article not in cited]
        more = summarise_date(others, index.vectors, int(min(extra, room)), terms, used, params,
                              picked=[s for p in picks for s in p.sources])
        picks.extend(more)
        room -= len(more)


def _inside(date: str, span: tuple[str, str] | None) -> bool:
    return span is None or span[0][:len(date)] <= date <= span[1][:len(date)]


def _entry(index: TimelineIndex, date: str, precision: str, pick: Pick) -> TimelineEntry:
    sources = tuple(Source(index.articles[s.article].id, s.text, s.start, s.end) for s in pick.sources)
    return TimelineEntry(date, precision, pick.sentence.text, sources,
                         "stated" if pick.sentence.mentioned else "published")
