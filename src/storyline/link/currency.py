"""Currencies as news writes them (rules/currencies.toml): a sign or code before an amount ('₹48 crore', 'Rs 86
crore', 'RM6.8mil', 'N42bn', 'GH₵180,000', 'KSh 2m'), a name after it ('15 billion naira'), and the scale words of
money ('m', 'bn', 'mil', 'lakh', 'crore'). Two amounts are of one quantity only in one currency, so each amount
carries the unit its sign names."""
from __future__ import annotations

import re

from storyline import rules

SIGNS: dict[str, str] = {str(k): str(v) for k, v in rules.mapping("currencies", "currency_signs").items()}
_BY_TOKEN = {k.lower(): v for k, v in SIGNS.items()}
NAMES: dict[str, str] = {str(k): str(v) for k, v in rules.mapping("currencies", "currency_names").items()}
SCALES: dict[str, float] = {str(k): float(v) for k, v in rules.mapping("currencies", "money_scales").items()}
# 'R', 'N': money only before a scaled amount ('R18 million'), never a road ('the N2')
SCALED_ONLY = frozenset(w.lower() for w in rules.words("currencies", "letter_signs_with_scale"))
_SYMBOLS = "".join(sorted(k for k in SIGNS if len(k) == 1 and not k.isalnum() and k != "$"))
# a sign as one token: letters before '$', '₵' or '¥' ('A$', 'GH₵', 'CN¥'), or a symbol
TOKEN_SIGN = rf"\b[A-Za-z]{{1,2}}[$₵¥]|[${re.escape(_SYMBOLS)}]"
_WORD_SCALES = ("million", "billion", "trillion")
_SCALE = "|".join(sorted((*SCALES, *_WORD_SCALES), key=len, reverse=True))
_LETTER_SIGNS = sorted((k for k in SIGNS if k[0].isalpha() and k.lower() not in SCALED_ONLY), key=len, reverse=True)
_NUMBER = r"\d[\d,]*(?:\.\d+)?"
# an amount with its sign before it: a code or letters ('Rs 86', 'RM6.8'), a country's dollar ('A$', 'NZ$'), a
# symbol, or a one-letter sign before a scaled amount ('N42bn')
AMOUNT = (rf"(?:\b(?:{'|'.join(re.escape(k) for k in _LETTER_SIGNS)})\.?\s?(?=\d)|\b[A-Z]{{1,2}}\s?\$|[${re.escape(_SYMBOLS)}]"
          rf"|\b[{''.join(sorted(k.upper() for k in SCALED_ONLY))}](?={_NUMBER}\s?(?:{_SCALE})\b))"
          rf"\s?{_NUMBER}(?:\s*-?\s?(?:{_SCALE})\b)?")


def currency_of(token: str, dollar_prefixes: dict[str, str]) -> str | None:
    """The unit a sign token names (lower-cased as the tokenizers give it: 'rs' → 'Rs', '₹' → 'Rs'), a country's
    dollar by its letters ('a$' → 'A$'), else None."""
    if token in _BY_TOKEN:
        return _BY_TOKEN[token]
    if token.endswith("$") and token[:-1] in dollar_prefixes:
        return str(dollar_prefixes[token[:-1]])
    return None


def is_money(unit: str) -> bool:
    """A count's unit that is a currency ('$', 'Rs', 'A$'), not a counted noun."""
    return unit in _UNITS or unit.endswith("$")


_UNITS = frozenset(SIGNS.values()) | frozenset(NAMES.values())
