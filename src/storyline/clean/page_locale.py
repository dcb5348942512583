"""What an English page's own words tell of the locale it is written for, where its dates leave the
order of a slash date open: the currency it prices things in (rules/datelines.toml [currency_slash_order])
and the spelling standard it writes (rules/datelines.toml [british_spellings], [american_spellings])."""
from __future__ import annotations

import re
from functools import cache

# An amount: a currency symbol before a digit ('£74 million', '€1.2bn', '₹500 crore'), or a dollar
# sign with a country's prefix ('US$40m', 'A$3', 'C$9') — every dollar counts against the others.
_DOLLAR = re.compile(r"(?<![\w$])(?:[A-Z]{1,3})?\$\s?\d")


@cache
def _amounts() -> tuple[tuple[re.Pattern[str], str], ...]:
    from storyline.rules import mapping

    return tuple((re.compile(rf"{re.escape(symbol)}\s?\d"), str(order))
                 for symbol, order in mapping("datelines", "currency_slash_order").items())


def currency_order(text: str) -> str | None:
    """'DMY' when the page's amounts are all in currencies whose English locales write slash dates
    in that one order (£, €, ₹: CLDR en_GB, en_IE, en_IN) and none is in dollars; else None."""
    if _DOLLAR.search(text):
        return None
    orders = {order for amount, order in _amounts() if amount.search(text)}
    return orders.pop() if len(orders) == 1 else None


# Two different British forms and no American one: one form may be a quoted name or a title ('the Theatre
# Royal' is capitalised and not counted, but a lower-case quotation can be), and a page's text may hold a
# paragraph twice (an HTML page's head and body); dates-dev text, dev half: every month-first page wrote 3
# or more American forms.
_SPELLING_MIN = 2


@cache
def _spelling_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    from storyline.rules import word_sequence

    def pattern(table: str) -> re.Pattern[str]:
        forms = sorted(word_sequence("datelines", table), key=len, reverse=True)
        return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) + r")(?![\w-])")

    return pattern("british_spellings"), pattern("american_spellings")


def spelling_order(text: str) -> str | None:
    """'DMY' when the page spells the Commonwealth way ('per cent', 'travellers', 'organisation') at least
    in two different words and never the American way: every English locale that spells so writes slash dates day first
    (CLDR en_GB, en_AU, en_NZ, en_IE, en_IN), en_US and en_PH spell the other way and write them month
    first. Case-sensitive, so capitalised names ('Labour', 'Ministry of Defence') do not count. Else None."""
    british, american = _spelling_patterns()
    if american.search(text):
        return None
    forms = {" ".join(form.split()) for form in british.findall(text)}
    return "DMY" if len(forms) >= _SPELLING_MIN else None
