"""What stands around a date on a plain-text page that makes it not the page's own: a header's day of
today, a weather widget's, an event box's field, a lede's opening day, a list's dated items; and a page
that stamps itself with its age instead of a day (branch text35).

Apart from clean.dateline, which finds dates and picks the page's own, as clean.date_markers is: these
are the surroundings its dateline filter reads; none needs a date parser.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Hashable, Iterable, Sequence
from datetime import date

from storyline.rules import pattern, words

_WORD = re.compile(r"[^\W\d_]+")


def today_header(before: str) -> bool:
    """Whether the text before a date opens with a header's 'today is' word ('Heute ist Freitag, der …',
    'Oggi è venerdì …', 'Vandaag is het vrijdag …'; rules/datelines.toml [today_markers]), whatever
    weekday and article stand between."""
    opening = " ".join(before.casefold().split())
    return any(opening.startswith(marker) for marker in words("datelines", "today_markers"))


# A weather widget prints the day beside the temperature ('Recife, quarta-feira, 9 de abril de 2025 — 29°C'):
# a site header's day, shown whenever the page is read (branch text35: invented pages of two languages;
# no dates-dev dev line with a date prints a temperature)
_TEMPERATURE = re.compile(r"(?<!\d)-?\d{1,2}\s?°\s?[CF]\b")


def event_field(before: str) -> bool:
    """Whether the text before a date opens with an event box's field label and its colon ('When:',
    'Termin:', 'Quando:'; rules/datelines.toml [event_day_labels]): the date is the event's; or with a field
    label that opens with another thing's day ('Date limite de candidature :', 'Termin składania wniosków:',
    [other_day_markers]; branch text37: invented job ads of three languages dated by their deadline)."""
    label, colon, _rest = before.partition(":")
    label = " ".join(label.split()).casefold()
    if not colon:
        return False
    others = words("datelines", "other_day_markers")
    return label in words("datelines", "event_day_labels") or any(label == w or label.startswith(f"{w} ") for w in others)


def weather_line(text: str) -> bool:
    """Whether a dated line prints a temperature: a weather widget's day."""
    return _TEMPERATURE.search(text) is not None


# A lede opens with the day it reports, a clause follows and a full stop ends it: '12 марта 2025 года
# министерство объявило …', "12 Mart 2025'te bakanlık … açıkladı.", '2025年3月12日、国土交通省は…発表した。'
# (Russian, Turkish, Japanese and Chinese news open a story so). A dateline that opens with its date
# goes on with a time, a name or a label, capitalised and unpunctuated: words not capitalised (lower case,
# or of a script without case) or a run of CJK characters after the date, closed by a sentence's end mark,
# are a sentence's. Invented pages of 17 languages (branch text35): 4 body dates taken as the page's;
# dates-dev's dev halves: none changed.
SENTENCE_LOWER_WORDS = 4
SENTENCE_CJK_CHARS = 12
_SENTENCE_END = re.compile(r"[.!?。！？।][\"'”’)」』]*$")
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def opens_sentence(rest: str) -> bool:
    """Whether the text after a line's opening date is the rest of a sentence (see above)."""
    if _SENTENCE_END.search(rest.rstrip()) is None:
        return False
    return uncapitalised_words(rest) >= SENTENCE_LOWER_WORDS or len(_CJK_CHAR.findall(rest)) >= SENTENCE_CJK_CHARS


def uncapitalised_words(text: str) -> int:
    """The words of `text` not capitalised: lower case, or of a script without case (Korean, Arabic, Hindi).
    A short line that ends like a sentence with four of them before its date is a sentence too ('The scheme
    was approved on 12 February 2025.'), not a dateline ('Posted by NAME on DATE.' has two; branch text37)."""
    return sum(1 for w in _WORD.findall(text) if not w[0].isupper() and not _CJK_CHAR.match(w))


# A list of items each with its own date line: a teaser's headline over its date ('Latest' / headline /
# 'March 12, 2025' / headline / 'March 11, 2025'), a reader's name, the date and the comment ('Ray P.' /
# 'March 15, 2025 at 7:02 pm' / text). Each item takes the same number of lines, so its date lines
# stand 2 or 3 lines apart in one shape (a bare date line too: the comments of one day differ
# only by their times). A page's own date lines differ in shape ('Published …' / 'Updated …').
# Invented pages of 6 languages (branch text35): 6 teasers' and comments' days taken as the page's. Below
# the article (a line cleaning set aside as a dateline) only two of one day count: dates-dev's dev text
# half has one page whose gold is the first day of a feed of days under it, 'Unser Bayern' / date / post.
LIST_STRIDES = (2, 3)


def strided_runs(dated: Iterable[tuple[int, int, Hashable, date]], same_day: bool = False) -> set[int]:
    """Numbers of the lines of two dated lines of one shape, the second 2 or 3 lines of the page after
    the first, no dated line between. `dated`: (place among the page's non-blank lines, line number,
    the date's shape on its line, its day); `same_day`: only two of one day (readers' comments), not a
    feed of days."""
    by_place = sorted({place: (no, shape, day) for place, no, shape, day in reversed(list(dated))}.items())
    runs: set[int] = set()
    for (a, (no_a, shape_a, day_a)), (b, (no_b, shape_b, day_b)) in itertools.pairwise(by_place):
        if b - a in LIST_STRIDES and shape_a == shape_b and (day_a == day_b or not same_day):
            runs.update((no_a, no_b))
    return runs


# A page that prints its own age ('3 hours ago', 'vor 3 Stunden', '3時間前': rules/bylines.toml
# [relative_stamps], moment.js's relativeTime strings) in its headline's block stamps itself with no day:
# an absolute date elsewhere on it is another item's (a 'Most read' list's, a comment's, a teaser's).
# Invented pages of 17 languages (branch text35): 16 teaser days taken as the page's; dates-dev's
# dev text half prints a relative age on 6 pages, in lists only, and no dev prediction changes.
_STAMP_FIELDS = re.compile(r"\s*[|·•]\s*")


def relative_stamped(lines: Iterable[str]) -> bool:
    """Whether one of the lines, or one of its '|'-separated fields, is a relative age, perhaps after a
    publication or revision label ('Updated 2 hours ago', 'Aktualisiert vor 3 Stunden')."""
    stamp = pattern("bylines", "relative_stamps", re.I)
    labels = sorted(words("datelines", "updated_markers") | words("datelines", "published_markers"), key=len, reverse=True)

    def unlabelled(field: str) -> str:
        folded = field.strip().casefold()
        label = next((w for w in labels if folded.startswith(f"{w} ") or folded.startswith(f"{w}:")), "")
        return field.strip()[len(label):].lstrip(" :")

    return any(stamp.match(field.strip()) or stamp.match(unlabelled(field))
               for text in lines for field in _STAMP_FIELDS.split(text))


# A form prints its fields one under another: a job ad's 'Closing date: …' over 'Interviews: …', a call's
# 'Termin składania wniosków: …' over 'Ogłoszenie wyników: …'. A labelled date beside a field of another thing's
# day ([other_day_markers], [event_day_labels]) is the form's next field, whatever its label (branch text37:
# invented job ads and notices of four languages dated by their second field).
_FIELD_LABEL = re.compile(r"^\s*[^\W\d_][^:：\d]{0,40}[:：]")


def beside_other_days(lines: Sequence[tuple[int, str]], languages: tuple[str, ...]) -> set[int]:
    """Numbers of the labelled ('Label: DATE') lines next to a line dating another thing's day."""
    from storyline.clean.date_markers import after_marker
    from storyline.clean.dateline import find_dates

    def other_day(text: str) -> bool:
        return any(event_field(text[: m.start]) or after_marker(text, m.start, "other_day_markers")
                   for m in find_dates(text, languages, any_year=True))

    fields = [i for i, (_no, text) in enumerate(lines) if _FIELD_LABEL.match(text) and other_day(text)]
    return {lines[j][0] for i in fields for j in (i - 1, i + 1)
            if 0 <= j < len(lines) and _FIELD_LABEL.match(lines[j][1])}
