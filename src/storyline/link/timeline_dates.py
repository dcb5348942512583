"""Dated sentences for timelines, and the ranking of the dates they talk about.

A sentence is dated by its own time expressions, resolved against its article's publication date
("on Tuesday" in a Friday article is that Tuesday), never by the publication date as such. Only
sentences that state no date at all may stand for the publication date, as weak evidence.

Dates are ranked without supervision, in the spirit of news-tls DATEWISE's mention-count features:
how many distinct articles refer to a date, with extra weight for references made after the fact
(a day later articles keep recalling is a day that mattered), plus the burst of articles published
on the day and the next.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from storyline.model import Article

if TYPE_CHECKING:
    from storyline.extract.times import TimeExpr

_VALUE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T.*)?$")
_WEEK = re.compile(r"(\d{4})-W(\d\d)$")
# Time expressions that name a span around a date, not the date ("before Tuesday", "since May").
# START/END/MID narrow inside the value ("the beginning of July" is still July): they date it
# (timeline17-dev AR-1 span all unchanged at 0.165; span gold 0.1845 -> 0.1840, noise).
# An agency dateline before the first sentence ("MEXICO CITY | Fri Apr 24 , 2009 7:50 pm EDT MEXICO
# CITY (Reuters) - "): it dates the sentence (the timex is found before trimming) but is no summary
# (trimming it: AR-1 0.162 -> 0.166 on timeline17-dev, Reuters timelines gaining most).
_DATELINE = re.compile(r"^[A-Z][A-Z .,'/-]*(?:\| [^|]{0,100}?)?"
                       r"(?:\(|-LRB- )(?:Reuters|AP|AFP)(?:\)| -RRB-) [-\u2013\u2014]+ ")
# (start, end, value, mod) of one DATE/TIME expression in an article body
Timex = tuple[int, int, str | None, str | None]
_SKIP_MODS = frozenset({"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"})


@dataclass(slots=True, frozen=True)
class DatedSentence:
    """One sentence of one article, dated either by a time expression in it or by publication."""

    article: int               # index into the articles the index was built from
    position: int              # sentence number within the article
    start: int                 # offsets into the article body
    end: int
    text: str
    date: str                  # "YYYY-MM-DD", "YYYY-MM" or "YYYY"
    precision: str             # "day" | "month" | "year"
    mentioned: bool            # True: the sentence states the date; False: publication fallback
    cites: int | None = None   # the article (index) whose report the sentence cites, dating it


@dataclass(slots=True, frozen=True)
class DateWeights:
    """How date evidence adds up. Defaults chosen on timeline17-dev (5 timelines, AR-1 / date F1,
    span all): distinct articles beat raw sentence counts (sentence weight 0.2: 0.122/0.607, 0:
    0.135/0.657); after-the-fact references help (retrospective 0: 0.146/0.651, 0.5: 0.153/0.668);
    the publication burst pays (published 0: 0.126/0.625, 1: 0.138/0.662, 2: 0.148/0.651)."""

    article: float = 1.0       # each distinct article mentioning the date
    retrospective: float = 0.5  # ... extra when it was published after the date
    sentence: float = 0.0      # each mentioning sentence
    published: float = 1.0     # each article published on the date or the day after
    coarse: float = 0.3        # month/year dates count this much of a day date
    # Each article published on a date no sentence states: the day it reported is a dated event of
    # its own (a denial or a report whose day only its publication gives), ranked after any stated
    # date. No effect on timeline17-dev (every publication day there is stated by some sentence:
    # AR-1 / date F1 0.165 / 0.668 at 0, 0.25, 0.5 and 1).
    unmentioned: float = 0.5


def parse_value(value: str | None) -> tuple[str, str] | None:
    """A TIMEX3 DATE/TIME value as (date, precision), or None when it is not a calendar date. A week
    ("last week" → 2019-W29) is its month when the whole week lies in one month, else None."""
    m = _VALUE.match(value or "")
    if not m:
        return _week_month(value or "")
    year, month, day = m.groups()
    if day:
        return (f"{year}-{month}-{day}", "day") if _valid_day(year, month, day) else None
    return (f"{year}-{month}", "month") if month else (year, "year")


def _week_month(value: str) -> tuple[str, str] | None:
    m = _WEEK.match(value)
    if not m:
        return None
    try:
        monday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    except ValueError:
        return None
    sunday = monday + dt.timedelta(days=6)
    return (f"{monday:%Y-%m}", "month") if (monday.year, monday.month) == (sunday.year, sunday.month) else None


def _valid_day(year: str, month: str, day: str) -> bool:
    try:
        dt.date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def publication_day(article: Article) -> dt.date | None:
    """The article's publication day, when it is known to the day."""
    published = article.published
    if published.precision == "day" and published.value:
        return dt.date.fromisoformat(published.value)
    return None


def _timex_spans(article: Article) -> list[Timex]:
    """(start, end, value, mod) of the article's DATE/TIME expressions: the times stage's spans when
    it ran, else find_times now."""
    spans = [s for s in article.spans if s.label == "TIMEX"]
    if spans:
        return [(s.start, s.end, t.value, t.mod) for s in spans if (t := s.timex) and t.is_date]
    return [(t.start, t.end, t.value, t.mod) for t in _find_times(article.body, publication_day(article))
            if t.type in ("DATE", "TIME")]


def _find_times(body: str, anchor: dt.date | None) -> list[TimeExpr]:
    """find_times over the whole body (earlier dates anchor "that day"); line by line if it fails.

    The grammar raised TypeError on one timeline17-dev article (an anaphor after a century value "19")."""
    from storyline.extract.times import find_times

    try:
        return find_times(body, anchor)
    except TypeError:
        found: list[TimeExpr] = []
        for m in re.finditer(r"[^\n]+", body):
            found.extend(_shift(t, m.start()) for t in find_times(m.group(0), anchor))
        return found


def _shift(t: TimeExpr, offset: int) -> TimeExpr:
    from dataclasses import replace

    return replace(t, start=t.start + offset, end=t.end + offset)


def date_article(index: int, article: Article, *, fallback_sentences: int = 5,
                 cited: Sequence[tuple[int, str, int]] = ()) -> list[DatedSentence]:
    """Every dated sentence of one article: one per (sentence, stated date); sentences among the
    first `fallback_sentences` that state no date also stand for the publication date (a day-dated
    article: the day and the day before, as news of a day's events is often published the next day,
    as in news-tls; a month- or year-dated one: that month or year). `cited`: (offset, day, article
    index) of citations resolved to a day-dated article ("first reported in July 2019" → that day)."""
    from storyline.extract.sentences import split_sentences

    sentences = split_sentences(article.body)
    spans = sorted(_timex_spans(article))
    timexes = [_event_date(article.body, t) for i, t in enumerate(spans)
               if not ends_a_range(article.body, spans[i - 1] if i else None, t)]
    timexes = [t for t in timexes if t[3] == "WHEN" or not bounds_a_span(article.body, t[0])]
    dates = _dates_by_sentence(sentences, timexes)
    citing = _date_cited_reports(dates, sentences, cited)
    fallback = publication_dates(article)
    out: list[DatedSentence] = []
    for i, s in enumerate(sentences):
        cut = _dateline_end(s.text)
        start, text = s.start + cut, s.text[cut:]
        for date, precision in dates.get(i, ()):
            target = citing.get((i, date))
            out.append(DatedSentence(index, i, start, s.end, text, date, precision, True, target))
        if i not in dates and i < fallback_sentences:
            out.extend(DatedSentence(index, i, start, s.end, text, date, precision, False)
                       for date, precision in fallback)
    return out


def publication_dates(article: Article) -> list[tuple[str, str]]:
    """The dates an undated lead sentence may stand for: the publication day and the day before, or
    the publication month or year when that is all that is known."""
    published = article.published
    day = publication_day(article)
    if day:
        return [(day.isoformat(), "day"), ((day - dt.timedelta(days=1)).isoformat(), "day")]
    if published.value and published.precision in ("month", "year"):
        return [(published.value, published.precision)]
    return []


def _date_cited_reports(dates: dict[int, list[tuple[str, str]]], sentences: Sequence,
                        cited: Sequence[tuple[int, str, int]]) -> dict[tuple[int, str], int]:
    """A sentence citing a report that resolved to a day-dated article is dated that day: its coarser
    stated date ("in July 2019") is refined, or the day added when it states none. Returns
    (sentence, day) -> the cited article."""
    from bisect import bisect_right

    starts = [s.start for s in sentences]
    citing: dict[tuple[int, str], int] = {}
    for offset, day, target in cited:
        i = bisect_right(starts, offset) - 1
        if i < 0:
            continue
        kept = [(d, p) for d, p in dates.get(i, []) if not day.startswith(d) and d != day]
        dates[i] = [(day, "day"), *kept]
        citing[(i, day)] = target
    return citing


def _dateline_end(text: str) -> int:
    """Where the sentence's words start after an opening dateline: the agencies' form above, or any
    wire dateline of the AP shape ('BRINMOOR, March 14, 2024 (Harbour Gazette) - ', clean.wire_dateline;
    timeline17-dev scores identical). Its date still dates the sentence: leaving it out lowered
    timeline17-dev AR-1 (H1N1 bbc 0.149 -> 0.146, guardian 0.174 -> 0.171)."""
    from storyline.clean.wire_dateline import opening_dateline

    m = _DATELINE.match(text)
    end = m.end() if m else (wire.end if (wire := opening_dateline(text)) else 0)
    return end if end < len(text) else 0


def bounds_a_span(body: str, start: int) -> bool:
    """True when the date at `start` sits in the noun phrase of a temporal signal ('no spills since
    the 2021 leak', 'shares have lost 11% since the start of the year', 'after its 2019 vote'): it
    bounds the span the sentence's event fills, and is not that event's date. The times stage gives
    the signal as a MOD only when the signal touches the date and the date has no MOD of its own
    ('the start of' is START), so the words before the date are read here."""
    before = body[max(0, start - 40):start].lower().split()
    while before and before[-1] in _signal_determiners():
        before.pop()
    return bool(before) and before[-1] in _span_signals()


def _event_date(body: str, timex: Timex) -> Timex:
    """The time expression, its MOD set to "WHEN" (an event's date, not a span's bound) when a
    'when' clause follows it: 'since January 10, when …' is no longer read as after January 10."""
    return (*timex[:3], "WHEN") if opens_a_when_clause(body, timex[1]) else timex


_WHEN_CLAUSE = re.compile(r"\s*,?\s*when\b", re.IGNORECASE)


def opens_a_when_clause(body: str, end: int) -> bool:
    """True when a relative 'when' clause follows the date ('since January 10, when it opened a
    file'): the clause tells what happened on that date, so a signal before it ('since') bounds the
    sentence's main span but the date is still an event's (a supplementary relative clause on a
    time noun, Huddleston & Pullum 2002 ch. 12; probe42's 'investigating since January 10, when')."""
    return bool(_WHEN_CLAUSE.match(body, end))


def ends_a_range(body: str, previous: Timex | None, timex: Timex) -> bool:
    """True when `timex` closes a range opened by the date just before it ('from June to October',
    'May through July'): the range's end is not the day its sentence's event happens."""
    if previous is None or previous[1] > timex[0]:
        return False
    return body[previous[1]:timex[0]].strip().lower() in _range_connectives()


# Read once: bounds_a_span runs for every time expression a timeline indexes.
@cache
def _span_signals() -> frozenset[str]:
    from storyline.extract.timex_base import SIGNAL_MODS

    return frozenset(SIGNAL_MODS)


@cache
def _range_connectives() -> frozenset[str]:
    from storyline.rules import words

    return words("timex", "range_connectives")


@cache
def _signal_determiners() -> frozenset[str]:
    from storyline.rules import words

    return words("timex", "span_signal_determiners")


def _dates_by_sentence(sentences: Sequence, timexes: Sequence) -> dict[int, list[tuple[str, str]]]:
    """Sentence number -> the distinct calendar dates its time expressions resolve to."""
    from bisect import bisect_right

    starts = [s.start for s in sentences]
    found: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for start, _end, value, mod in timexes:
        parsed = parse_value(value) if (mod or "") not in _SKIP_MODS else None
        i = bisect_right(starts, start) - 1
        if parsed and i >= 0 and parsed not in found[i]:
            found[i].append(parsed)
    return {i: v for i, v in found.items() if v}


def rank_dates(sentences: Sequence[DatedSentence], published: Sequence[dt.date | None],
               weights: DateWeights = DateWeights(),
               reports: Sequence[tuple[str, str]] = ()) -> list[tuple[str, str, float]]:
    """(date, precision, score) best first, from the sentences that state their dates; `reports`
    (each article's publication date and precision) adds the days articles appeared on that no
    sentence mentions, at `weights.unmentioned` per article."""
    articles: dict[tuple[str, str], set[int]] = defaultdict(set)
    counts: Counter[tuple[str, str]] = Counter()
    for s in sentences:
        if s.mentioned:
            articles[(s.date, s.precision)].add(s.article)
            counts[(s.date, s.precision)] += 1
    bursts = _publication_bursts(published)
    scored = [(d, p, _score(d, p, ids, counts[(d, p)], published, bursts, weights))
              for (d, p), ids in articles.items()]
    scored += _unmentioned_reports(reports, set(articles), weights)
    return sorted(scored, key=lambda x: (-x[2], x[0]))


def _unmentioned_reports(reports: Sequence[tuple[str, str]], mentioned: set[tuple[str, str]],
                         w: DateWeights) -> list[tuple[str, str, float]]:
    counts = Counter(r for r in reports if r not in mentioned)
    return [(d, p, w.unmentioned * n * (1.0 if p == "day" else w.coarse)) for (d, p), n in counts.items()
            if w.unmentioned > 0]


def _publication_bursts(published: Sequence[dt.date | None]) -> Counter[str]:
    """Articles published on each day or the day after (reports of a day's events run next day)."""
    burst: Counter[str] = Counter()
    for day in published:
        if day:
            burst[day.isoformat()] += 1
            burst[(day - dt.timedelta(days=1)).isoformat()] += 1
    return burst


def _score(date: str, precision: str, ids: set[int], sentences: int, published: Sequence[dt.date | None],
           bursts: Counter[str], w: DateWeights) -> float:
    later = sum(1 for i in ids if (day := published[i]) and day.isoformat()[:len(date)] > date)
    score = w.article * len(ids) + w.retrospective * later + w.sentence * sentences
    if precision == "day":
        return score + w.published * bursts[date]
    return w.coarse * score
