"""The labels around a date on a page: a marker before it ('Updated:', 'Published on', 'seit') or a
revision label after it ('（2024年3月13日 08時15分 更新）'), from rules/datelines.toml.

Apart from clean.dateline, which finds dates and picks the page's own, because reading a date's
label is one concern that module's several filters (dateline, labelled date, relative date) share.
"""
from __future__ import annotations

import re
from functools import cache

from storyline.rules import words

# the writer between a label and its date: WordPress themes' post meta 'Posted by %author% on %date%' and its
# translations' 'by' ('von', 'par', 'por', 'di', 'door', 'av', 'af', 'przez'), a name of up to four words after it
# (branch text37: an invented blog's own day below its comments was read as no label's)
_BY_NAME = re.compile(r"\s+(?:by|von|par|por|di|door|av|af|przez)\s+[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}$")
# the word that links a label to its date or time: 'on', 'at', 'am', 'le', … and Vietnamese 'ngày' (day), 'lúc'
# (at) and 'vào' (on), as Vietnamese CMSs print 'Cập nhật lúc 08:15 ngày 07/03/2025' (branch text37: an invented
# page's update read as its original)
_LINK_BEFORE = re.compile(r"\b(?:am|le|el|em|il|on|at|den|der|ngày|lúc|vào)$")
# a time and its zone between a label and its date ('Updated: 11:42 AM EST March 4, 2025', USA Today's
# 'Published 5:00 a.m. ET March 3, 2025'), read case-folded
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+[a-z]{2,4})?$")


def after_marker(text: str, start: int, table: str) -> bool:
    """True when the few words before the date starting at `start` are one of the table's markers
    ('Updated: ')."""
    before = text[max(0, start - 40): start].casefold()
    before = re.sub(r"[\s:：,|·•\-–—/]+$", "", before)  # '：' the full-width colon of CJK labels ('更新时间：')
    before = _LINK_BEFORE.sub("", before).rstrip(" :,")
    before = re.sub(r"\b\w+day$|\b\w+tag$", "", before).rstrip(" :,")  # 'Updated Monday, March 4, 2024'
    before = _CLOCK_BEFORE.sub("", before).rstrip(" :,")  # 'Updated: 11:42 AM EST March 4, 2025'
    before = _LINK_BEFORE.sub("", before).rstrip(" :,")  # 'Cập nhật lúc 08:15 ngày 07/03/2025': 'at' before the time
    before = _BY_NAME.sub("", before)  # 'Posted by NAME on March 18, 2025'
    # the marker a whole word (or words): 'Par Claire Vidal, le 12 juin 2024' does not end with the relative
    # marker 'dal' (Italian 'from'), nor 'Zainab' with 'ab' (branch text37: an invented French byline's date lost)
    return any(before.endswith(marker) and not before[: len(before) - len(marker)][-1:].isalnum()
               for marker in words("datelines", table))


# A Japanese revision label follows its date and time: '（2024年3月13日 08時15分 更新）'.
_TIME_AFTER = re.compile(r"\s*(?:\d{1,2}(?:[:：]\d{2}|時\d{1,2}分|時))?\s*")


def marked_after(text: str, end: int) -> bool:
    """True when a revision label (rules/datelines.toml [updated_after]) follows the date ending at
    `end`, after its time (branch htmlmeta3: a Japanese page's update read as its dateline)."""
    m = _TIME_AFTER.match(text, end)
    rest = text[m.end() if m else end:]
    return any(rest.startswith(label) for label in words("datelines", "updated_after"))


# 'By Tom Ashdown on 15 October 2024', 'Von Katrin Wendt, 11.02.2025', 'Par Claire Vidal, le 12 juin 2024': a
# writer's credit dating the page, the byline word (rules/bylines.toml [byline_words]), one to four capitalised
# words of a name, a comma or the date's preposition. A reader's comment names no byline word ('Ann on 16 October
# 2024 at 9:12 am'). Branch text37: an invented page's own credited day under its comments, a header's day above.
_DATE_PREPOSITIONS = r"(?:on|am|le|el|il|em|op|den|,|\||·|-|–)"


@cache
def _credit_before_date() -> re.Pattern[str]:
    introducers = "|".join(re.escape(w) for w in sorted(words("bylines", "byline_words"), key=len, reverse=True))
    word = r"(?!(?:on|am|le|el|il|em|op|den)\b)[^\W\d_][\w.'’-]*"
    return re.compile(rf"^\s*(?i:{introducers})\s+(?P<name>{word}(?:\s+{word}){{0,3}})"
                      rf"\s*,?\s*(?i:{_DATE_PREPOSITIONS})?\s*(?:\w+day,?\s*)?$")


def credited_date(text: str, start: int) -> bool:
    """True when the text before the date starting at `start` is a writer's credit: 'By NAME on'."""
    m = _credit_before_date().match(text[:start])
    return m is not None and all(w[0].isupper() for w in m["name"].split())
