"""A value the writer sets against another party's figure in so many words ('She said about 900,000
hens were housed at the site, fewer than the state's figure'; 'ODOT estimates … $21 million, well
above the city's $14 million figure'; rules/disputes.toml [figure_comparisons]): the two values are
of one quantity and differ, so the claim disputes the claim that gave the other value — an earlier
claim (it was there to be compared with) of another asserter whose figure is the one the sentence
names, or, when it names none, of the same unit as the claim's own value. Whatever verbs the two
use ('will be destroyed' / 'were housed'), and whatever the other's modality: the comparison itself
says it is the figure meant."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from storyline import rules
from storyline.link.claim_ref import ClaimRef
from storyline.link.currency import SCALES as MONEY_SCALES
from storyline.link.propositions import singular

# the scale words of money glued to a sum after its sign ('£3.1m', '$2bn': rules/currencies.toml [money_scales])
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12} | MONEY_SCALES
_SHORT = "|".join(sorted(MONEY_SCALES, key=len, reverse=True))
_VALUE = re.compile(r"(?P<cur>[$£€])?\s?(?P<num>\d[\d,]*(?:\.\d+)?)"
                    rf"(?:\s+(?P<scale>thousand|million|billion|trillion)|(?(cur)(?P<short>{_SHORT})\b))?"
                    r"(?P<pct>%| percent)?(?:\s+(?P<unit>[a-z]+))?", re.IGNORECASE)


# an amount right before the comparative states a difference ('eight fewer than', '$2 million more than')
_DIFFERENCE = re.compile(r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|"
                         r"thousand|million|billion|percent|%|times)\s*$", re.IGNORECASE)


@dataclass(slots=True, frozen=True)
class Value:
    amount: float
    unit: str   # a currency sign, '%', or the counted noun in the singular ('hen')
    word: str = ""  # the counted noun as printed ('hens')


@cache
def _comparison() -> re.Pattern[str]:
    def alt(table: str) -> str:
        return "|".join(re.escape(w) for w in sorted(rules.words("disputes", table), key=len, reverse=True))
    return re.compile(rf"\b(?:(?:{alt('figure_degree_words')})\s+)?(?:{alt('figure_comparatives')})\s+(?:the\s+)?"
                      rf"(?P<party>[\w.\- ]{{2,60}}?)['’]s?\s+(?:own\s+)?(?P<value>[$£€]?\d[\d,.]*(?:\s+\w+)?\s+)?"
                      rf"(?:{alt('figure_value_nouns')})\b", re.IGNORECASE)


def values(text: str) -> list[Value]:
    """The figures a sentence gives, with what they count; a bare year is no figure."""
    out = []
    for m in _VALUE.finditer(text):
        digits = m["num"].replace(",", "")
        if not m["cur"] and not m["scale"] and not m["pct"] and re.fullmatch(r"(?:1[89]|20)\d\d", digits):
            continue
        try:
            scale = m["scale"] or m["short"]  # only after a currency sign: '3.1m' alone may be metres
            amount = float(digits) * _SCALES.get((scale or "").lower(), 1)
        except ValueError:
            continue
        unit = m["cur"] or ("%" if m["pct"] else singular((m["unit"] or "").lower()))
        out.append(Value(amount, unit, (m["unit"] or "") if unit not in ("$", "£", "€", "%") else ""))
    return out


def compared_figure(claim: ClaimRef) -> tuple[Value | None, Value | None] | None:
    """(the claim's own value, the other party's value the sentence names, if it names one) when the
    claim's sentence sets its value against another party's figure; else None."""
    m = _comparison().search(claim.text)
    if m is None or _DIFFERENCE.search(claim.text[:m.start()]):
        return None  # 'eight fewer than Ford's total': a difference stated, no second value of the quantity
    own = values(claim.text[:m.start()])
    named = values(m["value"]) if m["value"] else []
    return (own[-1] if own else None), (named[0] if named else None)


def figures_compared(a: ClaimRef, b: ClaimRef) -> str | None:
    """The unit when `a` sets its value against another party's figure and `b` — another asserter's
    claim, published no later than `a` — gives that figure: the one the sentence names, or a value of
    the same unit as `a`'s own that differs from it (by more than a tenth); else None."""
    found = compared_figure(a)
    if found is None or a.speaker == b.speaker or (a.article_id == b.article_id and a.start == b.start):
        return None
    if a.published and b.published and b.published > a.published:
        return None  # the figure compared with was there before the comparison
    own, named = found
    theirs = values(b.text)
    if named is not None:
        hit = any(v.unit == named.unit and abs(v.amount - named.amount) <= 0.01 * named.amount for v in theirs)
        return named.unit if hit else None
    if own is None or not own.unit or not _shared_words(a, b, own.unit):
        return None
    hit = any(v.unit == own.unit and abs(v.amount - own.amount) > 0.1 * own.amount for v in theirs)
    return own.unit if hit else None


def _shared_words(a: ClaimRef, b: ClaimRef, unit: str) -> bool:
    """The two claims share a content word besides what is counted ('hens … at the site' / 'hens at
    the site'): a value named by its unit alone ('points') is any player's."""
    return bool({singular(w) for w in a.keywords} & {singular(w) for w in b.keywords} - {unit, a.predicate, b.predicate})


def value_words(claim: ClaimRef, unit: str) -> str:
    """The claim's first value of `unit`, in words ('900,000 hen', '$21,000,000')."""
    v = next((v for v in values(claim.text) if v.unit == unit), None)
    if v is None:
        return "a value"
    if unit in ("$", "£", "€"):
        return f"{unit}{v.amount:,.0f}"
    return f"{v.amount:g}%" if unit == "%" else f"{v.amount:,.0f} {v.word or unit}"
