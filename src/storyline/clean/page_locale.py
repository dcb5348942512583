"""What an English page's own words tell of the locale it is written for, where its dates leave the
order of a slash date open: the currency it prices things in (rules/datelines.toml [currency_slash_order])."""
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
