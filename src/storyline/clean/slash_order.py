"""The order (day or month first) a page writes its slash dates in, from the page's own evidence:
its other dates, its declared locale, a wire dateline's day, the weekday its lead names. Split from
clean/pubdate.py."""
from __future__ import annotations

import re
from datetime import date

from storyline.model import Article


def page_slash_order_of(article: Article) -> str | None:
    """The order the page's visible text writes slash dates in, where its own dates settle it
    (clean.dateline.page_slash_order): a plain-text scrape's every line, an HTML page's lines
    around the article, its labelled-date lines and its body."""
    from storyline.clean.dateline import masthead_order, named_slash_order, page_slash_order
    from storyline.clean.page_locale import currency_order

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
    # 3/9/24' on a page writing 'March 4', 'Feb. 29'), else the country its masthead names.
    return named_slash_order(text) or masthead_order(text) or currency_order(text)


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
        if m["sep"] != "/" or len(m["year"]) != 4 or m["a"] == m["b"]:
            continue
        readings = {"DMY": _day(m["year"], m["b"], m["a"]), "MDY": _day(m["year"], m["a"], m["b"])}
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
