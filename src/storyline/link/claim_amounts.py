"""Two sums of money for one act: 'The three-year deal adds $36 million in wages' against 'The
three-year deal adds $48 million in wages' (branch probe15's invented stories: a contract's cost and
a bribery total reported by two outlets; nothing flagged them, as a claim's figures hold percentages
only). A sum is compared only when it is the one amount of money in the claim's first sentence (a
conversion in parentheses, 'about 85 million euros ($108 million)', or a second sum makes the
sentence compare them itself), it is exact (a bound such as 'more than $1 million' or a running
total 'pledged so far' fits many values), and it says what it is a sum of ('$36 million in wages',
'$900,000 in bribes'): the two name the same thing and differ by more than the figure tolerance
(claim_verdict.FIGURE_TOLERANCE). Counts of things are left to claim_counts.py; the caller asks for
one predicate, one polarity and a shared proposition; the pair holds at any time unless both claims
state disjoint times. Chosen on the stories and on contradiction_stories' dev stories, where the
unrestricted comparison added 14 flags, none real (conversions, bounds, running totals, two donors).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from storyline import rules
from storyline.link.claim_comparisons import values
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_verdict import FIGURE_TOLERANCE
from storyline.link.propositions import singular

CURRENCIES = frozenset({"$", "£", "€"})
# every written amount of money: a sign (PTB text writes '£' as '#'), a currency code before or after
# the number, or a currency word after it
_MONEY = re.compile(r"(?:[$£€#]|\b(?:US|A|C|NZ|HK)\$|\$(?:US|A|C)|\b(?:USD|GBP|EUR)\s?)\s?\d"
                    r"|\d[\d,.]*\s*(?:m|bn|million|billion|thousand)?\s*(?:euros?|pounds?|dollars?|yen|yuan|rupees?)\b",
                    re.IGNORECASE)
# a bound or a running total fits many values (AP Stylebook 'more than, over'; 'so far', 'to date')
_BOUND = re.compile(r"\b(?:more than|less than|fewer than|at least|up to|over|under|nearly|almost|as much as|as little as)\s*$",
                    re.IGNORECASE)
_RUNNING = re.compile(r"\b(?:so far|to date|thus far|so far this year)\b", re.IGNORECASE)
# what the sum is of: 'in wages', 'in bribes', 'of funding' right after the amount
_OF_WHAT = re.compile(r"^\s*(?:million|billion|thousand|m|bn)?\s*(?:in|of)\s+([a-z]+)", re.IGNORECASE)


# the verb a sum is the object of, right before it ('ordered to pay a $1.5 million penalty', 'ordered to pay
# $1.2 million', 'was fined $40,000'): a payment is one act, and two sums of it are two accounts of one
# figure whether or not each says what it is of (the lead's twenty-first invented story: a court's penalty
# told as '$1.5 million penalty' and '$1.2 million over claims …'); rules/disputes.toml [payment_verbs]
_PAID = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:an?\s+)?$", re.IGNORECASE)
# the same verb with its payer or payee first ('fined Northwind Air $98,000', 'awarded the nurse £32,000'):
# a name of up to four capitalised words or a definite noun phrase of up to two words ([ditransitive_payment_verbs])
_PAID_TO = re.compile(r"\b(?P<verb>" + "|".join(sorted(rules.words("disputes", "ditransitive_payment_verbs")))
                      + r")\s+(?:(?:the|its|his|her|their)\s+[a-z-]+(?:\s+[a-z-]+)?|(?:[A-Z][\w&'.-]*\s+){1,4})\s*$")
# a sum named as a fine, a penalty or an award ('a $250,000 penalty', 'a fine of £2.2m'; [payment_nouns])
_PAYMENT_NOUNS = {form: verb for verb, forms in rules.mapping("disputes", "payment_nouns").items() for form in forms}
_NOUN_AFTER = re.compile(r"^[\d,.]*\s*(?:million|billion|thousand|m|bn)?\s*(?P<noun>[a-z]+)\b", re.IGNORECASE)
_NOUN_BEFORE = re.compile(r"\b(?P<noun>[a-z]+)\s+of\s+$", re.IGNORECASE)


@dataclass(slots=True, frozen=True)
class Sum:
    amount: float
    unit: str
    of: str     # the noun it is a sum of, singular ('' when the sentence does not say)
    paid: str = ""  # the payment verb it is the object of, as rules/disputes.toml [payment_verbs] maps it


def sum_of(claim: ClaimRef) -> Sum | None:
    """The one exact sum of money the claim's first sentence gives, with what it is of; else None (a
    reported claim's text may run on into the next paragraph, whose sums are other claims')."""
    from storyline.extract.sentences import split_sentences

    first = next(iter(split_sentences(claim.text.split("\n\n")[0])), None)
    if first is None or len(_MONEY.findall(first.text)) != 1 or _RUNNING.search(first.text):
        return None
    at = re.search(r"[$£€]\s?\d[\d,]*(?:\.\d+)?", first.text)
    found = [v for v in values(first.text) if v.unit in CURRENCIES]
    if at is None or len(found) != 1 or _BOUND.search(first.text[:at.start()]):
        return None
    of = _OF_WHAT.match(first.text[at.end():])
    verb = _PAID.search(first.text[:at.start()])
    # the verb right before the sum first ('pay a $2.4 million penalty' is a payment, as 'pay $1.9 million' is)
    paid = (_PAYMENT_VERBS.get(verb.group("verb").lower(), "") if verb else "") or _payment_noun(first.text, at) \
        or _paid_to(first.text[:at.start()]) or _paid_sum_subject(claim)
    if not of and not paid:
        return None
    return Sum(found[0].amount, found[0].unit, singular(of.group(1).lower()) if of else "", paid)


def _payment_noun(text: str, at: re.Match[str]) -> str:
    """The payment a fine, penalty or award noun names the sum of ('a $250,000 penalty', 'a fine of £2.2m')."""
    after, before = _NOUN_AFTER.match(text[at.end():]), _NOUN_BEFORE.search(text[:at.start()])
    for found in (after, before):
        if found and found.group("noun").lower() in _PAYMENT_NOUNS:
            return _PAYMENT_NOUNS[found.group("noun").lower()]
    return ""


def _paid_to(before: str) -> str:
    found = _PAID_TO.search(before)
    return _PAYMENT_VERBS.get(found.group("verb").lower(), "") if found else ""


_PAYMENT_VERBS = {form: verb for table in ("payment_verbs", "measure_verbs")
                  for verb, forms in rules.mapping("disputes", table).items() for form in forms}


def _paid_sum_subject(claim: ClaimRef) -> str:
    """'$412 million had already been paid to the company': the sum is the passive subject of a payment
    verb, the same payment's amount as in the active 'paid $412 million' (probe24: two accounts of what
    a contractor was paid, one of them passive)."""
    if claim.predicate not in _PAYMENT_VERBS.values() or not claim.agent:
        return ""
    # the subject is the sum itself, not a noun it modifies ('The firm, valued at $412 million, was paid')
    return claim.predicate if _MONEY.match(re.sub(r"([$£€])\s+", r"\1", claim.agent)) else ""


def sums_conflict(a: ClaimRef, b: ClaimRef) -> bool:
    """Both claims give one exact sum of one thing (or of one payment act) in one currency, not one
    value reported twice."""
    x, y = sum_of(a), sum_of(b)
    if x is None or y is None or x.unit != y.unit:
        return False
    if not ((x.of and x.of == y.of) or (x.paid and x.paid == y.paid)):
        return False
    return abs(x.amount - y.amount) > FIGURE_TOLERANCE * max(x.amount, y.amount)


def stated_apart(a: ClaimRef, b: ClaimRef) -> bool:
    """Both claims state their own times and the times are disjoint ('$2 million in 2019' / '$3
    million in 2022': two payments). A sum whose act the sentence does not date ('paid $900,000 in
    bribes') is the one total the other states, told otherwise, whenever its report came."""
    if a.scope_basis != "stated" or b.scope_basis != "stated" or not a.scope or not b.scope:
        return False
    return a.scope[1] < b.scope[0] or b.scope[1] < a.scope[0]


def sum_words(claim: ClaimRef) -> str:
    """The claim's sum as written in an explanation ('$1,200,000 in bribe')."""
    found = sum_of(claim)
    if found is None:
        return "a sum"
    return f"{found.unit}{found.amount:,.0f} in {found.of}" if found.of else f"{found.unit}{found.amount:,.0f} to {found.paid}"
