"""How a page shows a day: the features of every candidate publication day a page offers.

A candidate is any complete date printed on the page's visible lines, or given by its markup or its
address, or chosen by the date finders. Its features say how the page shows it (how often, where, beside
what) and how it stands against the page's other days, never which finder took it: clean.day_check
scores the chosen day with a model trained on these features (scripts/train_day_check.py), so that a day
whose only support is weak is left unknown rather than given wrong.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from storyline.model import Article

# hh:mm beside a date: a stamp of the page's own moment more often than a listed item's day
_CLOCK = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])[:h.][0-5]\d(?!\d)")
# the same day written in an address: /2024/03/07/, /2024-03-07, 20240307 between separators
_URL_DAY = re.compile(r"(?<!\d)((?:19|20)\d{2})[/_-]?(\d{2})[/_-]?(\d{2})(?!\d)")

FEATURES: tuple[str, ...] = (
    "printed", "lines_with", "first_place", "first_line_log", "title_gap", "above_title", "days_on_page",
    "later_share", "earlier_share", "latest", "earliest", "clock_beside", "short_line", "labelled",
    "in_markup", "in_url", "in_body", "dates_on_line", "named_form", "numeric_form", "relative_stamps",
    "english", "html", "days_after_latest_other", "weekday_beside", "first_below_title", "nearest_title",
)


@dataclass(slots=True, frozen=True)
class PageLine:
    """A visible line of a page and the days printed on it."""

    text: str
    days: tuple[date, ...]
    forms: tuple[str, ...]


@dataclass(slots=True, frozen=True)
class PageDays:
    """A page's visible lines with their days, where its headline stands, and its other day sources."""

    lines: tuple[PageLine, ...]
    title_index: int
    labelled: frozenset[date]
    markup: frozenset[date]
    url: frozenset[date]
    body: frozenset[date]
    relative_stamps: bool
    english: bool
    html: bool

    @property
    def days(self) -> list[date]:
        return sorted({d for line in self.lines for d in line.days} | self.markup | self.url)


def page_days(article: Article) -> PageDays:
    """The visible lines of a cleaned article (a scrape's own lines; an HTML page's head and body) and
    the days they, its labelled lines, its markup and its address give."""
    from storyline.clean.date_context import relative_stamped

    languages = tuple(sorted({article.language or ""} - {""}))
    texts, title_index = _visible_lines(article)
    lines = tuple(_page_line(text, languages) for text in texts)
    labelled = _days_in(article.metadata.get("page_labelled", "").split("\n"), languages)
    markup = {d for d in (_iso_day(v) for v in article.metadata.get("markup_days", "").split()) if d}
    if article.kind == "html":
        given = _given_day(article.metadata.get("published", ""))
        markup |= {given} if given else set()
    return PageDays(lines, title_index, frozenset(labelled), frozenset(markup), frozenset(_url_days(article.url or "")),
                    frozenset(_days_in(article.body.split("\n"), languages)), relative_stamped(texts[:60]),
                    (article.language or "").startswith("en"), article.kind == "html")


def _visible_lines(article: Article) -> tuple[list[str], int]:
    """The page's non-blank lines in order, and the place of its headline among them (0 if unknown)."""
    if article.kind == "text":
        from storyline.clean.normalise import normalised_scrape

        numbered = [(no, raw.strip()) for no, raw in enumerate(normalised_scrape(article.raw).split("\n"), start=1)
                    if raw.strip()]
        texts = [t for _no, t in numbered]
        first = next((p.strip() for p in article.body.split("\n") if p.strip()), "")
        start = next((i for i, t in enumerate(texts) if t == first), len(texts))
        return texts, _headline_index(texts[:start], (article.title or "").strip())
    head = [t.strip() for t in article.metadata.get("page_head", "").split("\n") if t.strip()]
    below = [t.strip() for t in article.metadata.get("below_headline", "").split("\n") if t.strip()]
    body = [t.strip() for t in article.body.split("\n") if t.strip()]
    return [*head, *below, *body], len(head)


def _headline_index(above_body: list[str], title: str) -> int:
    """The headline's place: the last line above the body that is the title or a part of it. A scrape's
    first line is most often the window title (dates-dev dev text: the first line on 18 of 40 pages
    looked at), which carries the headline with the site's name; the page prints the headline again
    nearer its story."""
    folded = title.casefold()
    if not folded:
        return 0
    return max((i for i, t in enumerate(above_body)
                if t.casefold() == folded or (len(t) >= 12 and (t.casefold() in folded or folded[:40] in t.casefold()))),
               default=0)


def _page_line(text: str, languages: tuple[str, ...]) -> PageLine:
    from storyline.clean.dateline import find_dates

    mentions = find_dates(text[:400], languages, any_year=True) if any(c.isdigit() for c in text) else []
    return PageLine(text, tuple(m.value for m in mentions), tuple(m.form for m in mentions))


def _days_in(texts: list[str], languages: tuple[str, ...]) -> set[date]:
    from storyline.clean.dateline import find_dates

    return {m.value for t in texts if any(c.isdigit() for c in t) for m in find_dates(t[:400], languages, any_year=True)}


def _iso_day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _given_day(value: str) -> date | None:
    from storyline.clean.pubdate import parse_given_date

    return parse_given_date(value) if value else None


def _url_days(url: str) -> set[date]:
    found = set()
    for m in _URL_DAY.finditer(url):
        try:
            found.add(date(int(m[1]), int(m[2]), int(m[3])))
        except ValueError:
            continue
    return found


def day_features(page: PageDays, day: date, languages: tuple[str, ...] = ()) -> list[float]:
    """The features of one candidate day on a page, in the order of FEATURES."""
    holding = [i for i, line in enumerate(page.lines) if day in line.days]
    first = holding[0] if holding else -1
    line = page.lines[first] if holding else PageLine("", (), ())
    others = [d for d in page.days if d != day]
    n = max(len(page.lines), 1)
    gap = (first - page.title_index) if holding else 0
    form = line.forms[line.days.index(day)] if holding else ""
    latest_other = max(others, default=None)
    after = (day - latest_other).days if latest_other else 0
    return [
        float(bool(holding)), math.log1p(len(holding)), first / n if holding else 1.0,
        math.log1p(first) if holding else math.log1p(n), max(-20, min(20, gap)) / 20, float(holding != [] and gap < 0),
        math.log1p(len(others) + 1), _share(others, lambda d: d > day), _share(others, lambda d: d < day),
        float(all(d < day for d in others)), float(all(d > day for d in others)),
        float(bool(_CLOCK.search(line.text))), float(holding != [] and len(line.text) <= 60),
        float(day in page.labelled), float(day in page.markup), float(day in page.url), float(day in page.body),
        math.log1p(len(line.days) - 1) if holding else 0.0, float(form in ("named", "cjk")), float(form == "numeric"),
        float(page.relative_stamps), float(page.english), float(page.html),
        max(-3.0, min(3.0, math.copysign(math.log1p(abs(after)), after) / 3)) if others else 0.0,
        float(_weekday_beside(line.text, day, languages)),
        float(holding != [] and _first_below_title(page) == day), float(holding != [] and _nearest_title(page) == day),
    ]


def _first_below_title(page: PageDays) -> date | None:
    """The first day printed at or below the headline (a page's own stamp sits in the headline's block)."""
    return next((line.days[0] for line in page.lines[page.title_index:] if line.days), None)


def _nearest_title(page: PageDays) -> date | None:
    """The printed day whose first line is nearest the headline, above or below."""
    firsts: dict[date, int] = {}
    for i, line in enumerate(page.lines):
        for d in line.days:
            firsts.setdefault(d, i)
    # a tie goes to the day below the headline, where a page prints its own
    return min(firsts, key=lambda d: (abs(firsts[d] - page.title_index), -firsts[d]), default=None)


def _share(others: list[date], test: Callable[[date], bool]) -> float:
    if not others:
        return 0.0
    return sum(1 for d in others if test(d)) / len(others)


def _weekday_beside(text: str, day: date, languages: tuple[str, ...]) -> bool:
    """Whether the line names the weekday the day falls on (a page's own stamp, 'Tuesday, 5 March 2024')."""
    from storyline.clean.weekdays import weekday_names

    names = weekday_names(languages)
    return any(names.get(w.casefold()) == day.weekday() for w in re.findall(r"[^\W\d_]{3,}", text[:200]))


def candidate_days(page: PageDays, chosen: date | None) -> list[date]:
    """Every day the page offers, and the chosen one (which a finder may have read from elsewhere)."""
    return sorted(set(page.days) | ({chosen} if chosen else set()))
