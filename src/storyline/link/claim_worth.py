"""Two values of one sum fixed when it was made: 'Riverway Stadium received a A$4.2m federal grant for new lights'
/ 'The federal grant for Riverway Stadium's lights is worth A$2.5 million'. One claim writes the amount before the
noun (a premodifier of its object), the other says what the noun's subject 'is worth' or 'is valued at'; the two
claims have two predicates ('receive' / 'be'), so no check of one act compared them. A grant, contract, deal or
fine is worth what it was made for ([fixed_value_nouns]), so two amounts of one such thing, named by one head noun
and another word of its description, told by two asserters within a week, are two accounts of one value."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from storyline import rules
from storyline.extract.names import fold
from storyline.link.claim_counts import money_amounts
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_verdict import FIGURE_TOLERANCE
from storyline.link.currency import AMOUNT
from storyline.link.propositions import singular

FIXED_VALUE_NOUNS = rules.words("disputes", "fixed_value_nouns")
# an amount with its currency's sign or code before it ('A$4.2m', '₹48 crore', 'RM6.8mil'; link/currency.py)
_AMOUNT = AMOUNT
# 'a A$4.2m federal grant', 'a $36-million contract': the amount, at most three modifiers, the noun
_PRICED = re.compile(rf"({_AMOUNT})\s*(?:-\s*)?((?:[A-Za-z][\w'-]*\s+){{0,3}}?)"
                     rf"({'|'.join(sorted(FIXED_VALUE_NOUNS, key=len, reverse=True))})s?\b")
_WORTH = re.compile(rf"\b(?:is|was|are|were|'s)\s+(?:now\s+)?(?:worth|valued\s+at)\s+(?:about\s+)?({_AMOUNT})")
# words before the noun that make it another one ('a second grant', 'another contract'), as claim_dates.ANOTHER_OWNER
ANOTHER_OWNER = frozenset({"another", "other", "second", "third", "new", "separate", "additional", "further"})
_EMPTY = frozenset({"the", "its", "their", "this", "that", "for", "with", "from", "and", "said", "says"})
# a week: one story's reports of one sum (a revised grant is told as revised: 'raised to', 'increased')
_WINDOW = dt.timedelta(days=7)


@dataclass(slots=True, frozen=True)
class Valued:
    noun: str                 # the head noun, singular
    amount: float
    currency: str
    described: frozenset[str]  # the other words of its description and sentence (folded, 4+ letters)


def valued(claim: ClaimRef) -> Valued | None:
    """The one fixed-value thing the claim's first sentence prices ('a A$4.2m federal grant') or says is worth
    an amount ('The federal grant … is worth A$2.5 million'); None when there is none or more than one."""
    sentence = claim.text.split("\n\n")[0]
    worth = _WORTH.search(sentence)
    if worth is not None:
        noun = _head(claim.agent or "")
        amount = money_amounts(worth.group(1))
    else:
        found = list(_PRICED.finditer(sentence))
        before = fold(sentence[:found[0].start()]).split()[-2:] if found else []
        if len(found) != 1 or set(fold(found[0].group(2)).split() + before) & ANOTHER_OWNER:
            return None  # 'a second A$4.2m grant', 'a A$4.2m new grant': another one
        noun, amount = found[0].group(3), money_amounts(found[0].group(1))
    if noun not in FIXED_VALUE_NOUNS or len(amount) != 1 or amount[0].low != amount[0].high:
        return None
    words = {w for w in re.findall(r"[^\W\d_]+", fold(sentence)) if len(w) >= 4 and w not in _EMPTY}
    return Valued(noun, amount[0].low, amount[0].unit, frozenset(words - {noun, noun + "s"}))


def worth_conflict(a: ClaimRef, b: ClaimRef) -> str | None:
    """The noun of one fixed-value thing both claims value at two amounts (more than the figure tolerance
    apart), in reports at most a week apart; None otherwise."""
    if a.published is None or b.published is None or abs(a.published - b.published) > _WINDOW:
        return None
    x, y = valued(a), valued(b)
    if x is None or y is None or x.noun != y.noun or x.currency != y.currency or not x.described & y.described:
        return None
    if abs(x.amount - y.amount) <= FIGURE_TOLERANCE * max(x.amount, y.amount):
        return None
    return x.noun


def _head(phrase: str) -> str:
    """The subject's head noun: its last word before a preposition ('The federal grant for … lights' → grant)."""
    words = re.split(r"\s+(?:for|of|to|from|at|in|on|with|by)\s+", fold(phrase), maxsplit=1)[0].split()
    if set(words) & ANOTHER_OWNER:
        return ""
    return singular(words[-1]) if words else ""
