"""Dates written on a page, in any of the CLDR languages, and the dateline among a page's lines.

`find_dates(text, languages)` finds every complete calendar date (day, month and year) in a text:
month names in the article's language (CLDR names from rules/datelines.toml), ISO and CJK forms,
and numeric dates in the order the separator, the values or the page's language settle (a slash
date on a French page is day first: every French CLDR locale writes 'dd/MM/y'). A numeric date whose
order nothing settles ("03/04/2021" on an English page: March or April) is left out: a wrong date
costs more than none.

`find_dateline(lines, …)` picks the page's own date among the lines at the top of a scrape: the
first date on a short line (a dateline, not prose), the original rather than an "Updated" one.
`lead_dateline(paragraphs, …)` reads the wire-style dateline that opens a paragraph instead
('WASHINGTON, June 3, 2024 (Reuters) - The …').
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from storyline.clean.calendars import common_era_years, gregorian_solar_hijri_dates
from storyline.clean.date_context import (
    SENTENCE_LOWER_WORDS,
    beside_other_days,
    event_field,
    opens_sentence,
    strided_runs,
    today_header,
    uncapitalised_words,
    weather_line,
)
from storyline.clean.date_markers import after_marker, credited_date, marked_after
from storyline.clean.weekdays import order_by_weekday, printed_weekday, weekday_fits
from storyline.clean.wire_dateline import CREDIT, DASH
from storyline.rules import entries, words

_MIN_YEAR = 1990


@dataclass(slots=True, frozen=True)
class DateMention:
    """A complete date written in a text: its value, where it is, and how it was written."""

    value: date
    start: int
    end: int
    text: str
    form: str  # "named" (month name), "iso", "cjk", "numeric"


@dataclass(slots=True, frozen=True)
class Dateline:
    """The date a page prints for itself, with the line it is on."""

    value: date
    line_no: int
    line: str
    updated: bool


@cache
def _month_names(languages: tuple[str, ...]) -> dict[str, int]:
    """Month name (case-folded) → month number, for the given languages plus English."""
    names: dict[str, int] = {}
    wanted = set(languages) | {"en"}
    for entry in [*entries("datelines", "months"), *entries("datelines", "regional_months"),
                  *entries("datelines", "dotted_months")]:
        if entry["lang"] not in wanted:
            continue
        for month, forms in enumerate(entry["names"], start=1):
            # each name also in Unicode's composed form: CLDR writes Bengali 'জানুয়ারি' with the
            # precomposed 'য়' (U+09DF), which NFC decomposes (a composition exclusion) and pages type
            # as 'য' + nukta, so the two spellings of one name never matched (branch html31)
            for form in dict.fromkeys(f for raw in forms for f in (raw, unicodedata.normalize("NFC", raw))):
                if _usable_name(form):
                    names.setdefault(form, month)
    return names


def month_names(languages: tuple[str, ...]) -> dict[str, int]:
    """Month name (case-folded) → month number, for the given languages plus English (CLDR)."""
    return _month_names(tuple(sorted(set(languages))))


def _usable_name(form: str) -> bool:
    """Leave out forms that are ordinary tokens: digits ('1月' is read by the CJK pattern) and
    one- or two-letter Latin abbreviations and Roman numerals (Hungarian 'i', 'v', 'ix')."""
    if any(c.isdigit() for c in form):
        # a month word and its number ('tháng 7', 'thg 7': CLDR's Vietnamese month names) is a name
        return bool(re.fullmatch(r"[^\W\d]{3,}\s\d{1,2}", form))
    return not (form.isascii() and (len(form) <= 2 or re.fullmatch(r"[ivx]+", form)))


@cache
def _named_patterns(languages: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    names = sorted(_month_names(languages), key=len, reverse=True)
    month = "(?P<month>" + "|".join(re.escape(n) for n in names) + r")\.?"
    day = r"(?P<day>[0-3]?\d)(?:\.|st|nd|rd|th|er|º|°)?"
    # a year glued to the time or the date copy after it, as a scrape joins inline elements ('March 5,
    # 20244:12 PM ET', 'Published On 5 Mar 20245 Mar 2024'), is still a year; else no digit follows it
    year = r"(?P<year>(?:19|20)\d{2})(?:(?!\d)|(?=\d{1,2}[:.h]\d{2}(?!\d)|\d{1,2}\s?[^\W\d]))"
    eras = "|".join(re.escape(e) for e in sorted(words("datelines", "era_markers"), key=len, reverse=True))
    link = rf"(?:\s*,\s*|\s+)(?:(?:de|del|of)\s+)?(?:(?:{eras})\s*)?"
    day_first = re.compile(rf"(?<![\w.]){day}\s*(?:(?:de|of)\s+)?{month}(?!\w){link}{year}", re.I)
    # a month name may follow a digit glued to it ('03/05/2024March 5, 2024'), not a letter ('Summer')
    month_first = re.compile(rf"(?<![^\W\d]){month}(?!\w)\s*{day}(?!\d)(?:\s*,\s*|\s+){year}", re.I)
    # day, month name and year joined by hyphens ('22-Feb-2024'): the date stamp of sports and Indian sites
    # (ESPNcricinfo's article header, Oracle's DD-MON-YYYY; lead37), no other form's glue
    hyphened = re.compile(rf"(?<![\w.-])(?P<day>[0-3]?\d)-{month}-{year}", re.I)
    # a month name, day and year between spaced hyphens ('Dec - 04 - 2024 , 06:48': Ghanaian dailies' article
    # stamp, Graphic Online's; none on the dates-dev pages, where no other text spaces a date's hyphens so)
    spaced = re.compile(rf"(?<![^\W\d]){month}(?!\w)\s+-\s+{day}(?!\d)\s+-\s+{year}", re.I)
    if not _year_first(languages):
        return day_first, month_first, hyphened, spaced
    # the year first, for the languages CLDR writes so ('2024. március 12.', Hungarian 'y. MMMM d.';
    # Lithuanian '2024 m. kovo 12 d.'): branch htmlmeta3, an invented Hungarian page had no date
    year_first = re.compile(rf"(?<![\d.])(?P<year>(?:19|20)\d{{2}})\.?(?:\s+m\.)?\s+{month}(?!\w)\s*{day}(?!\d)(?:\s+d\.)?", re.I)
    return day_first, month_first, hyphened, spaced, year_first


def _year_first(languages: tuple[str, ...]) -> bool:
    """Whether one of the languages writes the year before a month name (rules/datelines.toml [year_first_named])."""
    return any(lang in words("datelines", "year_first_named") for lang in languages)


_ISO = re.compile(r"(?<![\d.])(?P<year>(?:19|20)\d{2})(?P<sep>[-/.])\s?(?P<month>[01]?\d)(?P=sep)\s?"
                  r"(?P<day>[0-3]?\d)(?![\d])")
_CJK = re.compile(r"(?P<year>(?:19|20)\d{2})\s*[年년]\s*(?P<month>[01]?\d)\s*[月월]\s*(?P<day>[0-3]?\d)\s*[日일]")
# A Japanese era date ('令和7年1月20日', wareki): the form of Japanese public bodies' and local papers' stamps; Reiwa
# began in 2019 (its year 1, '元年'), Heisei in 1989 (branch text37: two invented Japanese pages' days unread)
_JA_ERA = re.compile(r"(?P<era>令和|平成)\s*(?P<year>元|\d{1,2})\s*年\s*(?P<month>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*日")
_ERA_START = {"令和": 2018, "平成": 1988}
_NUMERIC = re.compile(r"(?<![\d.,/-])(?P<a>[0-3]?\d)(?P<sep>[./-])\s?(?P<b>[0-3]?\d)(?P=sep)\s?"
                      r"(?P<year>(?:19|20)\d{2}|\d{2})(?![\d]|[./-]\d)")
NUMERIC_DATE = _NUMERIC  # a numeric date's parts, for readers of the page's own dates (clean.pubdate)


def find_dates(text: str, languages: Iterable[str] = (), *, any_year: bool = False,
               slash_order: str | None = None, dotted_order: str | None = None) -> list[DateMention]:
    """Every complete, plausible date in `text`, in reading order, never overlapping. A page's own
    date is from 1990 to today; `any_year` keeps every 19xx/20xx date (a container's value);
    `slash_order` ('DMY'/'MDY') is the order the rest of the page writes slash dates in, if known;
    `dotted_order` the order an English page writes month names and days in (dotted_order)."""
    langs = tuple(sorted({lang for lang in languages if lang}))
    if _OTHER_DIGIT.search(text):
        text = text.translate(_ascii_digits())
    text = gregorian_solar_hijri_dates(common_era_years(text, langs), langs)
    found: list[DateMention] = []
    for form, rx in (*(("named", named) for named in _named_patterns(langs)), ("iso", _ISO), ("cjk", _CJK)):
        for m in rx.finditer(text):
            month = m["month"]
            number = int(month) if month.isdigit() else _month_names(langs).get(month.casefold())
            _add(found, m, form, m["year"], number, m["day"], any_year)
    for m in _JA_ERA.finditer(text):
        year = _ERA_START[m["era"]] + (1 if m["year"] == "元" else int(m["year"]))
        _add(found, m, "cjk", str(year), int(m["month"]), m["day"], any_year)
    for m in _NUMERIC.finditer(text):
        day, month = _numeric_order(m["a"], m["b"], m["sep"], langs)
        if m["sep"] == "." and int(m["a"]) <= 12 and (_zone_after(text, m.end(), "month_first_zones")
                                                     or ("en" in langs and dotted_order == "MDY")):
            day, month = m["b"], m["a"]  # a US page's dotted date, 'Published 3.5.25 11:30 AM ET'
        if day is None and slash_order:
            day, month = (m["a"], m["b"]) if slash_order == "DMY" else (m["b"], m["a"])
        if day is None:
            day, month = order_by_weekday(m, printed_weekday(text[:m.start()], langs))
        if day is None and _zone_after(text, m.end(), "month_first_zones"):
            day, month = m["b"], m["a"]
        elif day is None and _zone_after(text, m.end(), "day_first_zones"):
            day, month = m["a"], m["b"]
        if day is not None:
            _add(found, m, "numeric", m["year"], month, day, any_year)
    found.sort(key=lambda d: d.start)
    return [d for d in _without_overlaps(found) if weekday_fits(text, d.start, d.value, langs)]


_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


@cache
def _ascii_digits() -> dict[int, str]:
    """Every decimal digit of the Basic Multilingual Plane to its ASCII digit, one character for one
    (a date's offsets stay the text's): Arabic pages print '٥ مارس ٢٠٢٤', Persian '۵', Hindi '५',
    Bengali '৫' (Unicode category Nd); the patterns read ASCII digits."""
    import unicodedata

    return {cp: str(unicodedata.digit(chr(cp))) for cp in range(0x80, 0x10000)
            if unicodedata.category(chr(cp)) == "Nd"}


# A time and its zone follow the date within this many characters ('06/03/24 10:32 AM EDT').
ZONE_WINDOW = 24
_ZONE_WORD = re.compile(r"[A-Za-z]{2,4}\b")


def _zone_after(text: str, end: int, table: str) -> bool:
    """A time zone of `table` right after the date (with its time between): a US zone, the page writes
    the month first (rules/datelines.toml [month_first_zones]); a European, British, Indian,
    Indonesian or Australian one, the day first ([day_first_zones])."""
    window = text[end: end + ZONE_WINDOW]
    zones = words("datelines", table)
    return any(w.group(0).casefold() in zones and w.group(0).isupper() for w in _ZONE_WORD.finditer(window))


def _numeric_order(a: str, b: str, sep: str, languages: tuple[str, ...] = ()) -> tuple[str | None, str]:
    """(day, month) of a numeric date: dotted and dashed dates are day-first everywhere they are
    used (German, Dutch, Nordic, Slavic, Iberian pages) unless their values settle the month first
    (a US site's 'Published 08.14.23', as it writes slash dates; find_dates also reads one with a US
    time zone month first, 'Published 3.5.25 11:30 AM ET'); a slash date is read when its values
    settle the order (a part above 12 is the day), both readings are the same day, or the page's
    language writes slash dates in one order in every CLDR locale (`_slash_order`: French, Portuguese,
    Italian, Indonesian day first; not English or Spanish, whose US locales put the month first)."""
    if sep in ".-" and not int(b) > 12 >= int(a):
        return a, b
    if int(a) > 12 >= int(b):
        return a, b
    if int(b) > 12 >= int(a):
        return b, a
    if a == b:
        return a, b
    order = _slash_order(languages)
    if order == "DMY":
        return a, b
    return (b, a) if order == "MDY" else (None, b)


@lru_cache(maxsize=4)  # asked for by each dateline reader of one article in turn (its raw text, the same str)
def page_slash_order(text: str) -> str | None:
    """The order a page writes its slash dates in, from those whose values settle it ('23/10/2020'
    is day first): 'DMY' or 'MDY' when all such dates agree, else None. A site keeps one date format
    (its CMS's locale), so a settled date elsewhere on the page reads its ambiguous ones ('12/04/2020')."""
    orders = set()
    for m in _NUMERIC.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if m["sep"] == "/" and a > 12 >= b >= 1:
            orders.add("DMY")
        elif m["sep"] == "/" and b > 12 >= a >= 1:
            orders.add("MDY")
    return orders.pop() if len(orders) == 1 else None


def _slash_order(languages: tuple[str, ...]) -> str | None:
    """The day/month order the page's language(s) write slash dates in (rules/datelines.toml
    [slash_order], from the CLDR's short date patterns); None when unknown or the languages disagree."""
    from storyline.rules import mapping

    orders = {mapping("datelines", "slash_order").get(lang) for lang in languages if lang}
    return orders.pop() if len(orders) == 1 else None


def _add(found: list[DateMention], m: re.Match[str], form: str, year: str, month: int | str | None,
         day: str, any_year: bool = False) -> None:
    if month is None:
        return
    full_year = int(year) if len(year) == 4 else 2000 + int(year)
    try:
        value = date(full_year, int(month), int(day))
    except ValueError:
        return
    if any_year or (value.year >= _MIN_YEAR and value <= date.today()):
        found.append(DateMention(value, m.start(), m.end(), m.group(0), form))


def _without_overlaps(found: list[DateMention]) -> list[DateMention]:
    kept: list[DateMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


# A dateline is a short line: its date plus a time, a name, a place or a label. A date inside a
# longer sentence is an event the article reports.
MAX_DATELINE_WORDS = 14


def find_dateline(lines: Sequence[tuple[int, str]], languages: Iterable[str] = (),
                  slash_order: str | None = None, positions: Mapping[int, int] | None = None,
                  *, same_day_lists: bool = False) -> Dateline | None:
    """The page's own date among (line number, text) lines in page order: the first original
    (not "Updated") date on a dateline-shaped line; an update date only if no original is given.
    `positions`, `same_day_lists`: see `_strided_runs`."""
    found = dateline_candidates(lines, languages, slash_order, positions, same_day_lists=same_day_lists)
    return next((d for d in found if not d.updated), found[0] if found else None)


def dateline_candidates(lines: Sequence[tuple[int, str]], languages: Iterable[str] = (),
                        slash_order: str | None = None, positions: Mapping[int, int] | None = None,
                        *, same_day_lists: bool = False) -> list[Dateline]:
    """Every date on a dateline-shaped line, in page order. A line whose shape recurs with other
    dates ('17.11.2021 in Afrika', '26.10.2023 in Politik') is an item of a list of stories, not
    the page's dateline, and is left out; so is a line of a run of dated lines (`_listed_runs`)."""
    langs = tuple(languages)
    candidates = [(line_no, text, mention) for line_no, text in lines
                  for mention in _dateline_dates(text, langs, slash_order)]
    listed, runs = _listed_shapes(candidates), _listed_runs(candidates) | beside_other_days(lines, langs)
    if positions:  # a plain-text scrape's lines; an HTML page's are gathered from around the article, not in a row
        runs |= strided_list_lines(lines, langs, slash_order, positions, same_day=same_day_lists)
    return [Dateline(mention.value, line_no, text.strip(), after_marker(text, mention.start, "updated_markers")
                     or marked_after(text, mention.end))
            for line_no, text, mention in candidates if _shape(text, mention) not in listed and line_no not in runs]




# A page prints its own date on one line, or two ('Published …' / 'Updated …'); three or more
# dated lines one under another are a list: readers' comments or signatures ('1,199 NAME Feb 16,
# 2013' under a petition), an archive, other stories' teasers. Their shapes differ by the names on
# them, so `_listed_shapes` misses them; a bare date line just below them is still a dateline. On dates-dev's dev half: 1 text page's wrong date right, no
# other dev page (HTML, text) changed.
LIST_RUN_LINES = 3


def _listed_runs(candidates: list[tuple[int, str, DateMention]]) -> set[int]:
    """Numbers of the lines that stand in a run of LIST_RUN_LINES or more consecutive lines, each
    with words beside its date (a bare date line is the commonest dateline, as in `_listed_shapes`)."""
    numbers = sorted({line_no for line_no, text, mention in candidates if any(_shape(text, mention)[1:])})
    runs: set[int] = set()
    start = 0
    for i in range(1, len(numbers) + 1):
        if i == len(numbers) or numbers[i] != numbers[i - 1] + 1:
            if i - start >= LIST_RUN_LINES:
                runs.update(numbers[start:i])
            start = i
    return runs


# A wire-style dateline opens the story's first paragraph: the place (capitals in AP style, a state
# or country after it), a comma, the date, the agency or paper in brackets, and a dash before the
# lede (AP Stylebook, 'datelines'; Reuters and UPI write the day, 'PARIS, April 8 (Reuters) -').
# A few words of place: 'HEMPSTEAD, N.Y., Sept. 26 (UPI) —' (polnear-dev), 'PUTRAJAYA, Nov 22 —'
# (dates-dev); a weekday may stand between ('WASHINGTON, Monday, June 3, 2024'). A national agency's
# house style sets no dash after its bracketed credit, the lede's first word follows it: NAN's 'Abuja, Dec. 2,
# 2024 (NAN) The minister …' (News Agency of Nigeria copy as Nigerian papers print it), as PTI's and IANS's
# 'New Delhi, Jan 5 (PTI) The …' (wire_dateline's dashless form, lead34) without the year; there the credit
# is one short capitalised word and the lede opens with a capital or a quotation mark (probe24; the dates-dev
# text dev half prints no such line, so no dev page changes).
LEAD_PLACE_WORDS = 6
_LEAD_AFTER = re.compile(rf"\s*(?:{CREDIT}(?:{DASH}|:)\s+(?=\S)|\([A-Z][A-Za-z]{{1,9}}\)[ \t]+(?=[A-Z\"“‘']))")
# The date of a lead dateline sits in the paragraph's first characters (place, weekday, date).
LEAD_CHARS = 90


def lead_dateline(paragraphs: Sequence[tuple[int, str]], languages: Iterable[str] = (),
                  slash_order: str | None = None) -> Dateline | None:
    """The date of a wire-style dateline opening one of `paragraphs` ((number, text) in page order):
    a short capitalised place and a comma before it, a dash (after an optional bracketed credit)
    after it. Only a complete date counts: 'PARIS, April 8 (Reuters) -' names no year."""
    langs = tuple(languages)
    for line_no, text in paragraphs:
        mentions = find_dates(text[:LEAD_CHARS], langs, slash_order=slash_order)
        if mentions and _opens_lead(text, mentions[0]):
            after = _LEAD_AFTER.match(text, mentions[0].end)
            end = after.end() if after else mentions[0].end
            return Dateline(mentions[0].value, line_no, text[:end].strip(), False)
    return None


# 'HARLOW, Pa. (KSW) — March 5, 2024 — ': the date set between dashes after the credited place, the
# order of the dateline's parts reversed (the place and credit first, as AP's 'PLACE (AP) —' opens,
# then the date a wire's own dateline prints after its place); the place in capitals or a credit
_DASHED_AFTER_PLACE = re.compile(rf"^\s*(?P<place>[^()\n]{{1,60}}?)\s*(?:\((?P<credit>[^()\n]{{1,40}})\)\s*)?{DASH}\s*$")


def _opens_lead(text: str, mention: DateMention) -> bool:
    before = text[: mention.start]
    place = _WORD.findall(before)
    if _LEAD_AFTER.match(text, mention.end) is None:
        return False
    if before.rstrip().endswith(","):
        return 1 <= len(place) <= LEAD_PLACE_WORDS and all(w[0].isupper() for w in place)
    dashed = _DASHED_AFTER_PLACE.match(before)
    if dashed is None:
        return False
    words = _WORD.findall(dashed["place"])
    return 1 <= len(words) <= LEAD_PLACE_WORDS and all(w[0].isupper() for w in words) \
        and (dashed["credit"] is not None or words[0].isupper())


def labelled_dateline(lines: Sequence[tuple[int, str]], languages: Iterable[str] = (),
                      slash_order: str | None = None, subjects: Sequence[str] = ()) -> Dateline | None:
    """The first date a page labels as its publication ('Erstellt am: 01.11.2023', 'Published On
    May 10, 2022'), the label on the date's line or alone on the line above ('Datum:' / '03.02.2022'),
    or a post meta sentence about the post itself: 'Dieser Beitrag wurde am DATE … veröffentlicht', or
    one naming it by one of `subjects`, its headline ('HEADLINE wurde am DATE um 23:03 Uhr gepostet')."""
    langs = tuple(languages)
    previous = ""
    for line_no, text in lines:
        joined = f"{previous} {text}" if _is_label(previous) else text
        mentions = find_dates(joined, langs, slash_order=slash_order)
        for i, mention in enumerate(mentions):
            if _in_range(joined, mentions, i):
                continue
            labelled = (after_marker(joined, mention.start, "published_markers") or _verb_after(joined, mention)
                        or credited_date(joined, mention.start)) and not after_marker(joined, mention.start, "other_day_markers")
            if (labelled and _dateline_shaped(joined, mention)) or (subjects and _verb_after(joined, mention, subjects)):
                return Dateline(mention.value, line_no, joined.strip(), False)
        previous = text
    return None


def _is_label(text: str) -> bool:
    label = re.sub(r"[\s:]+$", "", text.casefold().strip())
    return bool(label) and label in words("datelines", "published_markers")


def _dateline_dates(text: str, languages: tuple[str, ...], slash_order: str | None = None,
                    any_year: bool = False) -> list[DateMention]:
    mentions = find_dates(text, languages, slash_order=slash_order, any_year=any_year)
    # a date after a media label ('Video uploaded 1 March 2024', 'Foto aufgenommen am …') dates a video or a
    # photograph the page embeds, not the page (rules/datelines.toml [media_markers]); one after a deadline's, a
    # fixture's, a funeral's or a life's label ('Bewerbungsschluss:', 'Next match:', 'Décédée le') another thing's
    # ([other_day_markers])
    return [m for i, m in enumerate(mentions) if not _in_range(text, mentions, i) and _dateline_shaped(text, m)
            and not after_marker(text, m.start, "media_markers") and not after_marker(text, m.start, "other_day_markers")
            and not _EMBED_SIGNATURE.search(text[: m.start])
            and not event_field(text[: m.start]) and not today_header(text[: m.start]) and not weather_line(text)]


def strided_list_lines(lines: Sequence[tuple[int, str]], languages: Iterable[str] = (),
                       slash_order: str | None = None, positions: Mapping[int, int] | None = None,
                       *, same_day: bool = False) -> set[int]:
    """Numbers of the dated lines among `lines` that are a list's items (`clean.date_context.strided_runs`).
    Items of any year count: an 'On this day' list's '1 February 1953' is an item as its '1 February 1992'
    is, though no page is dated 1953 (branch text37: an invented Dutch page took its one recent item)."""
    if not positions:
        return set()
    langs = tuple(languages)
    return strided_runs([(positions.get(no, no), no, _shape(text, m), m.value) for no, text in lines
                         for m in _dateline_dates(text, langs, slash_order, any_year=True)], same_day)


# An embedded post's signature line: Twitter's (X's) embed code closes the quoted post with '— NAME (@handle)
# DATE', the post's day, not the page's (invented pages, branch html33: an article stamped only 'i går' was
# dated by the tweet it quotes)
_EMBED_SIGNATURE = re.compile(r"\(@\w{1,15}\)\s*$")


def _shape(text: str, mention: DateMention) -> tuple[str, str, str]:
    """How a date sits on its line: its form, the line before it (digits folded) and the first
    word after it."""
    before = re.sub(r"\d", "#", text[: mention.start].strip())
    after = re.findall(r"\w+", text[mention.end:])
    return mention.form, before, after[0].casefold() if after and not after[0].isdigit() else ""


def _listed_shapes(candidates: list[tuple[int, str, DateMention]]) -> set[tuple[str, str, str]]:
    """Shapes that hold two or more different dates (a list of dated items; a 'Published … /
    Updated …' pair differs in its label, so it is not one)."""
    dates: dict[tuple[str, str, str], set[date]] = {}
    for _no, text, mention in candidates:
        shape = _shape(text, mention)
        if shape[1] or shape[2]:  # a bare date line is the commonest dateline: never a list by shape alone
            dates.setdefault(shape, set()).add(mention.value)
    return {shape for shape, values in dates.items() if len(values) >= 2}


def _in_range(text: str, mentions: list[DateMention], i: int) -> bool:
    """'09 Jan 2014 - 01 Jan 2017': a span of time (an event, a validity), not a page date."""
    def joined(a: DateMention, b: DateMention) -> bool:
        return re.fullmatch(r"\s*(?:[-–—]|bis|to|until|au|al|a)\s*", text[a.end:b.start], re.I) is not None
    after = i + 1 < len(mentions) and joined(mentions[i], mentions[i + 1])
    return after or (i > 0 and joined(mentions[i - 1], mentions[i]))


_WORD = re.compile(r"[^\W\d_]+")


def _words_beside(text: str, mention: DateMention, limit: int) -> int:
    """Words of `text` outside the date (a word the date cuts counts on each side), at most `limit`."""
    around = itertools.chain(_WORD.finditer(text, 0, mention.start), _WORD.finditer(text, mention.end))
    return sum(1 for _ in itertools.islice(around, limit))


def _dateline_shaped(text: str, mention: DateMention) -> bool:
    # its words, not its numbers: a time, a second ('Updated …') date or a count are dateline parts;
    # counted only as far as the limit (all of a long text per date was quadratic: 2.7 s for a fuzz
    # input of 1,500 dates)
    n_words = _words_beside(text, mention, MAX_DATELINE_WORDS + 1)
    short = n_words <= MAX_DATELINE_WORDS and not _sentence(text, mention, n_words)
    relative = after_marker(text, mention.start, "relative_markers") and not after_marker(text, mention.start, "published_markers")
    if relative or _ticker(text) or _reply_header(text, mention) or _source_line(text, mention) \
            or _picture_caption(text, mention):
        return False  # '[ 14. Februar 2020 ] Other headline': a ticker of other stories
    return short or after_marker(text, mention.start, "published_markers") or _verb_after(text, mention)


# The publication verb ends the clause a few words after its date ('wurde am 19. Mai 2010 um 23:03
# Uhr gepostet', 'wurde am 04/02/2020 von kj in Recht veröffentlicht'): a time and a name between.
VERB_AFTER_WORDS = 8


def _verb_after(text: str, mention: DateMention, subjects: Sequence[str] = ()) -> bool:
    """True when the post itself is the subject before the date and its clause ends with a
    publication verb ([published_after]): 'Dieser Beitrag wurde am DATE … veröffentlicht'. The post
    is named by a self-reference ([self_references]), or, given `subjects` (the post's headline), by
    one of them opening the sentence a few words before the date ('HEADLINE wurde am DATE …
    gepostet', a German WordPress theme's post meta naming the post by its title)."""
    if subjects:
        if not _opens_with_subject(text[: mention.start], subjects):
            return False
    elif not any(s in text[max(0, mention.start - 40): mention.start].casefold()
                 for s in words("datelines", "self_references")):
        return False
    clause = re.split(r"[.!?;](?:\s|$)|\s[-–—]\s", text[mention.end:], maxsplit=1)[0]
    after = re.findall(r"[^\W\d_]+", clause.casefold())[:VERB_AFTER_WORDS + 1]
    return any(word in words("datelines", "published_after") for word in after)


# Between a post's headline and its date in a post meta sentence: 'wurde am', 'was posted on'.
SUBJECT_GAP_WORDS = 3


def _opens_with_subject(before: str, subjects: Sequence[str]) -> bool:
    """Whether `before` (a sentence up to its date) is one of `subjects` and a few words."""
    folded = " ".join(before.split()).casefold()
    for subject in subjects:
        name = " ".join(subject.split()).casefold()
        if len(name) >= 3 and folded.startswith(name) and len(_WORD.findall(folded[len(name):])) <= SUBJECT_GAP_WORDS:
            return True
    return False


# A reply header's verb and colon follow its date closely: 'On DATE, NAME wrote:', 'Am DATE schrieb NAME:'.
REPLY_HEADER_CHARS = 60


def opens_a_reply(line: str, languages: Iterable[str] = ()) -> bool:
    """Whether `line` holds a reply or comment header ('At 12:19 26th Apr 2009, NAME wrote: …'):
    what follows is a reader's, written after the page was published."""
    return any(_reply_header(line, m) for m in find_dates(line, languages))


def _reply_header(text: str, mention: DateMention) -> bool:
    """'At 18:15 26th Apr 2009, Y wrote: …': the date of a quoted reply or reader comment ([reply_markers])."""
    after = text[mention.end: mention.end + REPLY_HEADER_CHARS].casefold()
    return _reply_verb().search(after) is not None


@cache
def _reply_verb() -> re.Pattern[str]:
    verbs = "|".join(re.escape(w) for w in sorted(words("datelines", "reply_markers"), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{verbs})(?!\w)[^:.!?]{{0,30}}:")


def _source_line(text: str, mention: DateMention) -> bool:
    """'Source: Russian Defense Ministry, October 25, 2019': a citation's line ([source_markers]),
    whose date is the cited document's. A bar closes the source's field: 'Source: Xinhua | 2024-12-04
    21:05:00 | Editor: huaxia' (Xinhua's English pages' meta line; lead45) dates the page in a field of its own."""
    label = re.match(r"\s*([^\W\d_]+)\s*:", text)
    return (label is not None and label.group(1).casefold() in words("datelines", "source_markers")
            and "|" not in text[label.end():mention.start])


@cache
def _photo_credit() -> re.Pattern[str]:
    labels = sorted(words("bylines", "photo_labels"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in labels) + r")\s*:", re.I)


def _picture_caption(text: str, mention: DateMention) -> bool:
    """'Die Brücke bei Nacht, 28. Februar 2024. Foto: NAME': a picture's caption, its credit (rules/bylines.toml
    [photo_labels] and a colon) after a date that does not open the line: the day the picture was taken, printed
    above the article's own dateline (invented pages of branch html37: 4 of 4 such captions read as the dateline).
    A credit row that opens with its date ('5. März 2024 | Foto: NAME') or names the picture's credit before the
    date is no caption."""
    return mention.start > 0 and _photo_credit().search(text, mention.end) is not None \
        and _photo_credit().search(text, 0, mention.start) is None


def _ticker(text: str) -> bool:
    """'[ 14. Februar 2020 ] Other headline': a bracketed date with a headline after it. A bracketed
    date alone ('[ Samstag, 19. Juli 2014 ]', '[Stand: 09.10.2017]') is a dateline printed so."""
    m = re.match(r"\s*\[[^\]]*\]\s*(.*)", text)
    return m is not None and re.search(r"[^\W\d_]{2}", m.group(1)) is not None


def _sentence(text: str, mention: DateMention, n_words: int) -> bool:
    """A sentence that mentions a date ('The board met on March 3, 2011.'): it ends like one and
    the date sits inside it, not at its head as a dateline's date does; or a lede that opens with its
    date (`clean.date_context.opens_sentence`)."""
    if mention.start > 0 and re.search(r"[.!?][\"'”’)]*$", text.rstrip()) is not None \
            and (n_words >= 6 or uncapitalised_words(text[: mention.start]) >= SENTENCE_LOWER_WORDS):
        return True
    return mention.start == 0 and opens_sentence(text[mention.end:])
