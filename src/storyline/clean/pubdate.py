"""Publication dates with precision and evidence.

Evidence is tried strongest first: a date the container gave (feed pubDate, JSONL field, HTML
meta), an explicit dateline in the page, a date in the URL, then the copyright year (year
precision). Dates of events the article reports are never taken for the publication date ("in
power since 2013" says nothing about when the page was written); when nothing settles the date it
is None with every piece of evidence tried.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from storyline.model import Article, PublishedDate

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?P<weekday>Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_MONTH_DAY_YEAR = re.compile(_WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<year>(?:19|20)\d{2})\b", re.I)
_DAY_MONTH_YEAR = re.compile(_WEEKDAY + r"(?P<day>\d{1,2})\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})\b", re.I)
_MONTH_DAY = re.compile(_WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})\b", re.I)
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})\b")
_URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d{2})[/-](?P<month>\d{1,2})[/-](?P<day>\d{1,2})(?:/|\b)")
_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?(?P<year>(?:19|20)\d{2})", re.I)
_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


@dataclass(slots=True, frozen=True)
class DateFound:
    value: date
    text: str


def _month_number(token: str) -> int:
    return _MONTHS[token.lower().rstrip(".")[:4] if token.lower().startswith("sept") else token.lower().rstrip(".")]


def _build(year: str, month: str, day: str) -> date | None:
    try:
        m = int(month) if month.isdigit() else _month_number(month)
        return date(int(year), m, int(day))
    except (ValueError, KeyError):
        return None


def find_full_date(text: str) -> DateFound | None:
    """The first date with day, month and year written out in `text` (ISO, 'July 23, 2019', '23 July 2019')."""
    matches = [m for rx in (_MONTH_DAY_YEAR, _DAY_MONTH_YEAR, _ISO) for m in rx.finditer(text)]
    for m in sorted(matches, key=lambda m: m.start()):
        found = _build(m["year"], m["month"], m["day"])
        if found and _weekday_agrees(m, found):
            return DateFound(found, m.group(0).strip())
    return None


def _weekday_agrees(match: re.Match, found: date) -> bool:
    weekday = match.groupdict().get("weekday")
    return not weekday or _WEEKDAYS[weekday[:3].lower()] == found.weekday()


def parse_given_date(value: str) -> date | None:
    """A date a container gave: ISO 8601 (with or without time), RFC 2822, or written out."""
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    found = find_full_date(value)
    return found.value if found else None


def _from_container(article: Article) -> PublishedDate | None:
    given = article.metadata.get("published")
    if not given:
        return None
    parsed = parse_given_date(given)
    origin = article.evidence.get("published", "the document's own 'published' field")
    if parsed is None or not date(1800, 1, 1) <= parsed <= date(date.today().year + 1, 12, 31):
        return None  # a placeholder ("0001-01-01") or garbage is no evidence
    return PublishedDate(parsed.isoformat(), "day", f"{origin}: {given}")


def _from_dateline(article: Article) -> PublishedDate | None:
    """The date the page prints for itself near its top (see storyline.clean.dateline)."""
    from storyline.clean.dateline import find_dateline

    languages = [article.language or ""]
    found = find_dateline(top_lines(article), languages)
    if found is None and article.kind == "text":
        found = find_dateline(page_head(article), languages)
    if found is None:
        return None
    kind = "update dateline (no original date given)" if found.updated else "dateline"
    return PublishedDate(found.value.isoformat(), "day", f"{kind}: {found.line}")


# Where a page prints its date: just above the article's first paragraph (headline, kicker,
# byline, date) or within its first lines. Dates far above are the site's header (today's date,
# event listings, other stories' teasers); lines further down are the article's own prose.
# Chosen on dates-dev's dev half (benchmarks/dates.py; the held-out half confirms, see README).
LINES_ABOVE_BODY = 8
TOP_BODY_LINES = 5


def top_lines(article: Article) -> list[tuple[int, str]]:
    """(line number, text) of the page's lines just above its body down to the first body lines;
    for an HTML page, the lines cleaning set aside as datelines and bylines."""
    if article.kind == "html":
        head = article.metadata.get("page_head", "").split("\n")
        return [(-i, line) for i, line in enumerate(head, start=1) if line.strip()]
    from storyline.clean.normalise import normalise_text

    dropped = {d.line_no for d in article.dropped}
    lines = [(no, raw.strip()) for no, raw in enumerate(normalise_text(article.raw).split("\n"), start=1)
             if raw.strip()]
    first_body = next((i for i, (no, _) in enumerate(lines) if no not in dropped), len(lines))
    out: list[tuple[int, str]] = []
    body_seen = 0
    for no, text in lines[max(0, first_body - LINES_ABOVE_BODY):]:
        out.append((no, text))
        body_seen += no not in dropped
        if body_seen >= TOP_BODY_LINES:
            break
    return out


def page_head(article: Article) -> list[tuple[int, str]]:
    """Every line from the top of a scrape down to its first few body lines (a second chance for
    pages whose body starts far below their date), after any set-aside dateline the raw text
    does not hold (an article built from parts rather than read from one scrape)."""
    from storyline.clean.normalise import normalise_text

    dropped = {d.line_no for d in article.dropped}
    out: list[tuple[int, str]] = [(d.line_no, d.text) for d in article.dropped
                                  if d.reason == "dateline" and d.text not in article.raw]
    body_seen = 0
    for no, raw in enumerate(normalise_text(article.raw).split("\n"), start=1):
        if raw.strip():
            out.append((no, raw.strip()))
            body_seen += no not in dropped
            if body_seen >= TOP_BODY_LINES:
                break
    return out


def _from_url(article: Article) -> PublishedDate | None:
    for url in (article.url, article.source):
        m = _URL_DATE.search(url or "")
        found = m and _build(m["year"], m["month"], m["day"])
        if found:
            return PublishedDate(found.isoformat(), "day", f"date in URL: {url}")
    return None


def _copyright_year(article: Article) -> str | None:
    lines = [d.text for d in article.dropped if d.reason == "copyright"]
    for line in lines:
        m = _COPYRIGHT_YEAR.search(line)
        if m:
            return m["year"]
    return None


def _from_weekday_anchor(article: Article, year: str) -> PublishedDate | None:
    """A dateline giving weekday, month and day but no year, in the copyright year: the weekday must agree."""
    for line in (d.text for d in article.dropped if d.reason == "dateline"):
        m = _MONTH_DAY.search(line)
        if m and m["weekday"]:
            found = _build(year, m["month"], m["day"])
            if found and _weekday_agrees(m, found):
                return PublishedDate(found.isoformat(), "day", f"dateline {line.strip()!r} + copyright year {year}")
    return None


def _finders(article: Article) -> list[tuple[Callable[[Article], PublishedDate | None], str]]:
    """Evidence strongest first. htmldate's answer from a page without explicit published-date
    markup is a guess from its URL and elements: a dateline printed above the article beats it
    (on dates-dev's dev half htmldate's guesses were wrong on about a third of such pages)."""
    finders: list[tuple[Callable[[Article], PublishedDate | None], str]] = [
        (_from_container, "container date"), (_from_dateline, "dateline"), (_from_url, "date in URL")]
    if "htmldate" in article.evidence.get("published", ""):
        finders[:2] = finders[1::-1]
    return finders


# How far apart a page's markup date and its printed dateline may be and still be one moment: a
# day (the markup in UTC or another zone than the newsroom's). On dates-dev's dev half, of 13 HTML
# pages whose two dates disagreed by more, the markup was right on 4 and the dateline on 4 (the
# rest were htmldate guesses): such a page's date is unknown between the two.
SAME_MOMENT_DAYS = 1


def _checked_against_dateline(article: Article, container: PublishedDate) -> PublishedDate:
    """A container date checked against the dateline the page prints: one day off, the printed
    (local) day wins; further apart, the date is unknown, bounded by the two."""
    dateline = _from_dateline(article) if article.kind == "html" else None
    if dateline is None or dateline.value is None or container.value is None or dateline.value == container.value:
        return container
    gap = abs((date.fromisoformat(dateline.value) - date.fromisoformat(container.value)).days)
    if gap <= SAME_MOMENT_DAYS:
        return PublishedDate(dateline.value, "day", f"{dateline.evidence} (markup said {container.value})")
    low, high = sorted((container.value, dateline.value))
    tried = (f"markup and dateline disagree: {container.evidence} / {dateline.evidence}",)
    return PublishedDate(None, "unknown", "", tried, low, high)


def date_publication(article: Article) -> PublishedDate:
    """The best-supported publication date of a cleaned article, or an honest unknown with bounds."""
    tried: list[str] = []
    for finder, label in _finders(article):
        found = finder(article)
        if found:
            return _checked_against_dateline(article, found) if finder is _from_container else found
        tried.append(f"no {label}")
    year = _copyright_year(article)
    if year:
        anchored = _from_weekday_anchor(article, year)
        if anchored:
            return anchored
        # A footer's copyright year is the site's current year, not the article's: on dates-dev's
        # dev half it was a different year from the article's for most text pages that had one.
        tried.append(f"copyright year {year} bounds the date from above only")
        return _bounded(PublishedDate(None, "unknown", "", tuple(tried)), article, latest=f"{year}-12-31")
    tried.append("no copyright year")
    tried.append("years mentioned in the body are event dates, not publication dates")
    return _bounded(PublishedDate(None, "unknown", "", tuple(tried)), article)


def _bounded(published: PublishedDate, article: Article, latest: str | None = None) -> PublishedDate:
    """Add the bounds the body's own dates allow (a past-tense 'July 2019' means not before July 2019)."""
    from storyline.extract.times import constrain_anchor

    bounds = constrain_anchor(article.body)
    earliest = bounds.earliest.isoformat() if bounds.earliest else None
    cap = latest
    latest = bounds.latest.isoformat() if bounds.latest else None
    if cap:
        latest = min(latest or cap, cap)
    if published.precision == "year":
        earliest = max(earliest or "", f"{published.value}-01-01")
        latest = min(latest or "9999", f"{published.value}-12-31")
    if earliest and latest and earliest > latest:  # the evidence disagrees: keep only what the page says
        return published
    return PublishedDate(published.value, published.precision, published.evidence,
                         published.tried + bounds.evidence, earliest, latest)
