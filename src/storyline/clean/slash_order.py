"""The order (day or month first) a page writes its slash dates in, from the page's own evidence:
its other dates, its declared locale, a wire dateline's day, the weekday its lead names. Split from
clean/pubdate.py."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from storyline.model import Article


def page_slash_order_of(article: Article) -> str | None:
    """The order the page's visible text writes slash dates in, where its own dates settle it
    (clean.dateline.page_slash_order): a plain-text scrape's every line, an HTML page's lines
    around the article, its labelled-date lines and its body."""
    from storyline.clean.dateline import page_slash_order
    from storyline.clean.page_locale import currency_order, spelling_order

    if article.kind == "text":
        text = article.raw
    else:
        text = "\n".join((article.metadata.get("page_head", ""), article.metadata.get("page_labelled", ""),
                          article.body))
    settled = page_slash_order(text) or _declared_slash_order(article) or _wire_day_order(article, text) \
        or _lead_weekday_order(article, text)
    if settled or not (article.language or "").startswith("en"):
        return settled
    # No slash date settles it: an English page's month-name dates tell its locale ('Published
    # 3/9/24' on a page writing 'March 4', 'Feb. 29'), else the country its masthead names, the
    # currency it prices in, the spelling standard it writes.
    return named_slash_order(text) or masthead_order(text) or currency_order(text) or spelling_order(text)


def _wire_day_order(article: Article, text: str) -> str | None:
    """The order a slash date holding a year-less wire dateline's day and month is written in
    ('KUALA LUMPUR, March 11 (Agency) --' above 'Last updated: 11/03/2024'): the dateline is the page's
    own date, so the slash date that writes its two numbers reads them in the order that gives it
    (lead23's wire: day first). None when the day is the month's number or no slash date writes both."""
    from storyline.clean.dateline import NUMERIC_DATE
    from storyline.clean.pubdate import _yearless_dateline

    wire = _yearless_dateline(article)
    if wire is None or wire.day == wire.month:
        return None
    orders = {("DMY" if (int(m["a"]), int(m["b"])) == (wire.day, wire.month) else "MDY")
              for m in NUMERIC_DATE.finditer(text) if m["sep"] == "/"
              and {int(m["a"]), int(m["b"])} == {wire.day, wire.month}}
    return orders.pop() if len(orders) == 1 else None


def _declared_slash_order(article: Article) -> str | None:
    """The slash-date order of the regional locale an HTML page declares (<html lang="es-AR">: CLDR
    es_AR 'd/M/yy'; rules/datelines.toml [slash_order_locales]) when it is the language the page is
    written in. Not for English: a CMS's default locale ('en-US', WordPress's) stays on sites
    everywhere, where a Spanish page declaring 'es-AR' chose it."""
    from storyline.rules import rule_file

    declared = (article.metadata.get("declared_locale") or "").replace("-", "_")
    language, _, region = declared.partition("_")
    if not region or language.casefold() == "en" or language.casefold() != (article.language or "").casefold():
        return None
    order = rule_file("datelines")["slash_order_locales"]["map"].get(f"{language.casefold()}_{region.upper()}")
    return str(order) if order else None


def _lead_weekday_order(article: Article, text: str) -> str | None:
    """The order in which the page's slash dates fall on the weekday its lead names, or the day after
    it ('… told AMP on Wednesday' above 'Published on 05/03/2025': 5 March 2025 was a Wednesday, 3 May a
    Saturday): a news lead dates its event by weekday within the week of publication (AP Stylebook
    'days of the week'), on the day or the day before. Settled only when every slash date that both
    orders read fits one order alone (lead36's wire page)."""
    from storyline.clean.dateline import NUMERIC_DATE
    from storyline.clean.weekdays import weekday_names

    paragraphs = article.paragraphs()
    if not paragraphs:
        return None
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", paragraphs[0].strip(), maxsplit=1)[0]
    names = weekday_names(tuple(sorted({article.language or ""} - {""})))
    named = {names[w.casefold()] for w in re.findall(r"[^\W\d_]{6,}", first) if w.casefold() in names}
    if len(named) != 1:
        return None
    weekday = named.pop()
    fits: set[str] = set()
    for m in NUMERIC_DATE.finditer(text):
        if m["sep"] != "/" or m["a"] == m["b"]:
            continue
        # a two-digit year is this century's ('Published on: 05/03/26 6:42 PM': a stamp with a short year, as
        # CMS date formats 'd/m/y' and 'm/d/y' print it; branch probe44), the weekday settles its order as a
        # four-digit year's
        year = m["year"] if len(m["year"]) == 4 else f"20{m['year']}"
        readings = {"DMY": _day(year, m["b"], m["a"]), "MDY": _day(year, m["a"], m["b"])}
        fitting = {order for order, day in readings.items()
                   if day is not None and (day.weekday() - weekday) % 7 in (0, 1)}
        if len(fitting) != 1:
            return None
        fits |= fitting
    return fits.pop() if len(fits) == 1 else None


def _day(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


# An English month name written with a day beside it as a time adverbial ('on March 4', 'by Feb. 29';
# 'on 4 March'): capitalised, as English writes month names, so 'may' the verb is no month. The
# preposition keeps out the dates a writer copies in another locale's form: an event's name ('the
# October 7 attacks' on a British page) and an embedded post's stamp ('— Name (@handle) November 2, 2023').
_DATE_PREPOSITION = r"(?<![\w-])(?:[Oo]n|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom|[Bb]efore|[Aa]fter|[Tt]hrough)\s+"
_EN_MONTH = (r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|"
             r"June|July|August|September|October|November|December")
_MONTH_DAY = re.compile(rf"{_DATE_PREPOSITION}(?:{_EN_MONTH})\s+[0-3]?\d(?![\d:])")
_DAY_MONTH = re.compile(rf"{_DATE_PREPOSITION}(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_EN_MONTH})(?!\w)")
_NAMED_ORDER_MIN = 2  # one 'March 4' may be a quoted US date on a British page; two agreeing are the page's style


@lru_cache(maxsize=4)
def named_slash_order(text: str) -> str | None:
    """The order an English page writes slash dates in, from the order it writes month names and
    days in: each English locale of the CLDR writes both in one order (en-US 'MMM d, y' and 'M/d/yy';
    en-GB, en-AU, en-IN 'd MMM y' and 'dd/MM/y'), so a page that writes 'March 4' and 'Feb. 29'
    and never '4 March' reads '3/9/24' month first. None unless two or more agree and none differ."""
    month_first, day_first = len(_MONTH_DAY.findall(text)), len(_DAY_MONTH.findall(text))
    if month_first >= _NAMED_ORDER_MIN and not day_first:
        return "MDY"
    if day_first >= _NAMED_ORDER_MIN and not month_first:
        return "DMY"
    return None


def dotted_order(text: str) -> str | None:
    """The order an English page's dotted dates are in ('Published 11.06.24'): no English locale of the
    CLDR writes dotted dates, so their day-first default comes from other languages' pages, and a US
    online newsroom writes them month first as it writes 'Nov. 5' (the Daily Beast's '03.05.25').
    'MDY' when the page writes a month name before its day at least once and never after it
    (named_slash_order asks two for slash dates, whose en-US default is already month first)."""
    month_first, day_first = len(_MONTH_DAY.findall(text)), len(_DAY_MONTH.findall(text))
    return "MDY" if month_first and not day_first else None


def dotted_month_first(line: str, value: date, page_text: str) -> date:
    """`value`, read day first from an ambiguous dotted date on `line` of an English page, read month
    first when the page writes month names before days ('Published 11.06.24' above 'voted on Nov. 5'):
    no English locale of the CLDR writes dotted dates, so their day-first default comes from other
    languages' pages, while a US online newsroom writes them month first as it writes 'Nov. 5' (the
    Daily Beast's '03.05.25'). One month-first adverbial is enough and none may be day first
    (named_slash_order asks two for slash dates, whose en-US default is already month first)."""
    if value.day > 12 or value.day == value.month:
        return value
    dotted = re.search(rf"(?<![\d.,/-])0?{value.day}\.\s?0?{value.month}\.\s?(?:{value.year}|{value.year % 100:02d})(?![\d]|[./-]\d)", line)
    month_first, day_first = len(_MONTH_DAY.findall(page_text)), len(_DAY_MONTH.findall(page_text))
    return value.replace(month=value.day, day=value.month) if dotted and month_first and not day_first else value


# a masthead is the page's first line or two, a name of a few words ('PACKAGING TODAY AUSTRALIA')
MASTHEAD_LINES = 2
MASTHEAD_WORDS = 5


def masthead_order(text: str) -> str | None:
    """The slash-date order of the country an English page's masthead names ('Packaging Today Australia',
    'The New Zealand Herald': CLDR en_AU, en_NZ day first; rules/datelines.toml [masthead_countries]): an
    outlet named for its country writes dates as that country does (the lead's twenty-first invented story:
    an Australian trade site's '07/03/2024' was left unknown)."""
    from storyline.extract.names import fold
    from storyline.rules import mapping

    countries = mapping("datelines", "masthead_countries")
    lines = [line.strip() for line in text.splitlines() if line.strip()][:MASTHEAD_LINES]
    for line in lines:
        words = fold(line).split()
        if len(words) > MASTHEAD_WORDS:
            continue
        joined = f" {' '.join(words)} "
        found = {order for name, order in countries.items() if f" {name} " in joined}
        if len(found) == 1:
            return found.pop()
    return None
