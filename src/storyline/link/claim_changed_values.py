"""A value told as the result of a change and as what the quantity is: 'The cost of the coastal railway has risen
from $2.6 billion to $3.4 billion' (Monday) / 'the revised cost of the coastal railway is $2.95 billion' (Wednesday).
The two claims have two predicates ('rise' / 'be'), so no check of one act compared them (probe40 lost its value
dispute at the predicate test). A verb of change with a 'to' phrase (rules/disputes.toml [change_of_value_verbs],
VerbNet calibratable_cos-45.6.1) says the value the quantity reached; a copula or 'stand at' ([value_state_verbs])
says the value it has. Two such values of one quantity (one head noun, one of-object: 'the cost of the railway'),
in one currency, apart, in overlapping times are two accounts, unless the later report is further along the change
('is $455 million' on Monday, 'has risen to $520 million' on Friday: an update). Values of two stated days ('rose
to 17 on Saturday' / 'stood at 14 on Thursday': the set's dev look-alikes) are two times, not two accounts.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from storyline import rules
from storyline.extract.names import fold
from storyline.link.claim_counts import OF_ITS_DAY, Count, money_amounts
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_verdict import FIGURE_TOLERANCE
from storyline.link.claim_worth import ANOTHER_OWNER
from storyline.link.currency import AMOUNT
from storyline.link.propositions import singular

_CHANGES = rules.mapping("disputes", "change_of_value_verbs")
DIRECTION = {**{v: 1 for v in _CHANGES["rise"]}, **{v: -1 for v in _CHANGES["fall"]}}
STATE_VERBS = rules.words("disputes", "value_state_verbs")
# a bound or hedge before the value ('to about $3.4 billion', 'is now $2.95 billion', 'stood at $40m')
_BEFORE_VALUE = r"(?:(?:now|at|about|around|roughly|nearly|almost|some|just|over|under)\s+)*"
_TO_VALUE = re.compile(rf"\bto\s+{_BEFORE_VALUE}((?:{AMOUNT})(?:\s*(?:million|billion|trillion|m|bn))?)")
_STATE_VALUE = re.compile(rf"^\s*{_BEFORE_VALUE}((?:{AMOUNT})(?:\s*(?:million|billion|trillion|m|bn))?)")
_EMPTY = frozenset({"the", "a", "an", "its", "their", "this", "that"})
# one story's run of reports of one value (as claim_period_values.FINISHED_WINDOW)
_WINDOW = dt.timedelta(days=7)
ONE_DAY = dt.timedelta(days=1)


@dataclass(slots=True, frozen=True)
class Quantity:
    head: str               # the quantity's noun, singular ('cost')
    owner: frozenset[str]   # the words of its of-object ('lagos', 'badagry', 'coastal', 'railway')


def quantity(claim: ClaimRef) -> Quantity | None:
    """The subject as a quantity of something: 'The (revised) cost of the X' → cost of {X's words}; None without an
    of-object or with one naming another owner."""
    words = re.findall(r"[^\W\d_]+", fold(claim.agent or ""))
    if "of" not in words:
        return None
    at = words.index("of")
    owner = frozenset(w for w in words[at + 1:] if w not in _EMPTY)
    if at == 0 or not owner or owner & ANOTHER_OWNER:
        return None
    return Quantity(singular(words[at - 1]), owner)


def value_reached(claim: ClaimRef) -> Count | None:
    """The amount a change verb's 'to' phrase names ('has risen from $2.6 billion to $3.4 billion' → $3.4bn)."""
    if claim.predicate not in DIRECTION:
        return None
    found = _TO_VALUE.search(claim.theme or "")
    return _one_amount(found.group(1)) if found else None


def value_stated(claim: ClaimRef) -> Count | None:
    """The amount a copula or 'stand at' gives as its complement ('is $2.95 billion, not …' → $2.95bn)."""
    if claim.predicate not in STATE_VERBS:
        return None
    found = _STATE_VALUE.search(claim.theme or "")
    return _one_amount(found.group(1)) if found else None


def _one_amount(text: str) -> Count | None:
    amounts = money_amounts(text)
    return amounts[0] if len(amounts) == 1 else None


def changed_value_conflict(a: ClaimRef, b: ClaimRef) -> str:
    """One claim tells a value reached by a change, the other the value one quantity has, in one currency, apart
    beyond the figure tolerance, in one time (_one_time), and the later report is not further along the change
    than the earlier one (an update): the explanation in words, else ''."""
    for change, state in ((a, b), (b, a)):
        reached, stated = value_reached(change), value_stated(state)
        if reached is None or stated is None or reached.unit != stated.unit or not _apart(reached, stated):
            continue
        held = quantity(change)
        if held and _one_quantity(change, state) and _one_time(change, state) and not _update(change, reached, state, stated):
            return (f"{change.speaker} says the {held.head} reached {_money(reached)} ({change.predicate} "
                    f"to) and {state.speaker} says it is {_money(stated)}, more than {FIGURE_TOLERANCE:.0%} apart, "
                    f"told of one time and not as a later change: two values of one quantity")
    return ""


def _money(value: Count) -> str:
    return f"{value.unit}{value.low:,.0f}"


def _one_quantity(x: ClaimRef, y: ClaimRef) -> bool:
    """One head noun, and one owner: the of-object's words of one within the other's."""
    mine, theirs = quantity(x), quantity(y)
    return mine is not None and theirs is not None and mine.head == theirs.head \
        and (mine.owner <= theirs.owner or theirs.owner <= mine.owner)


def _one_time(x: ClaimRef, y: ClaimRef) -> bool:
    """Reports a day apart at most, each telling the value as of its own day (no time stated: 'has risen to',
    'is'), or a week apart at most with times that overlap ('is $2.95 billion, not the figure reported this week')."""
    if x.published is None or y.published is None or abs(x.published - y.published) > _WINDOW:
        return False
    if {x.scope_basis, y.scope_basis} <= OF_ITS_DAY:
        # as claim_counts.counts_conflict: undated values a day apart speak of one state; a price or a cost told
        # as of two days further apart may have moved between them ('rose to $85' Monday, 'is $78' Thursday)
        return abs(x.published - y.published) <= ONE_DAY
    return x.scope is not None and y.scope is not None and x.scope[0] <= y.scope[1] and y.scope[0] <= x.scope[1]


def _update(change: ClaimRef, reached: Count, state: ClaimRef, stated: Count) -> bool:
    """The later report moves the value further the way the change went: news of a later value, not a dispute."""
    assert change.published is not None and state.published is not None  # _one_time checked both
    direction = DIRECTION[change.predicate]
    if change.published > state.published:
        return (reached.low - stated.low) * direction > 0
    if state.published > change.published:
        return (stated.low - reached.low) * direction > 0
    return False


def _apart(x: Count, y: Count) -> bool:
    return x.low > y.high * (1 + FIGURE_TOLERANCE) or y.low > x.high * (1 + FIGURE_TOLERANCE)
