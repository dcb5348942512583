"""Two amounts one debtor owes one creditor, told the same day or a day apart: 'Nore Valley Construction, owing
€2.1 million to suppliers, has applied for court protection' / 'Nore Valley Construction owes its suppliers €1.6
million'. The parse gives neither amount as a claim's object (a participle inside the subject; a ditransitive
whose second object it drops), so claim_counts never saw them. A debt is a state that changes, but not within a
day of one story's reports (as claim_counts reads undated counts a day apart): two amounts of one debt then are
two accounts. The amount is read next to the verb 'owe' (FrameNet Owing: Debtor, Creditor, Amount), the creditor
from its to-phrase or its first object, the debtor from the claim's subject."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from storyline.extract.names import fold
from storyline.link.claim_counts import money_amounts
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_verdict import FIGURE_TOLERANCE
from storyline.link.currency import AMOUNT
from storyline.link.propositions import singular

# an amount with its currency's sign or code before it ('A$4.2m', '₹48 crore', 'RM6.8mil'; link/currency.py)
_AMOUNT = AMOUNT
_DET = r"(?:(?:its|their|his|her|the|some)\s+)?"
# 'owes its suppliers €1.6 million', 'owing €2.1 million to suppliers', 'owed €3m to the bank'
_OWED = re.compile(rf"\b(?:owe|owes|owed|owing)\s+(?:{_DET}(?P<first>[a-z]+)\s+)?(?P<amount>{_AMOUNT})"
                   rf"(?:\s+to\s+{_DET}(?P<to>[a-z]+))?")
_BOUND = re.compile(r"(?i)\b(?:more than|less than|at least|up to|over|under|nearly|almost|about|some|around)\s*$")
_ONE_DAY = dt.timedelta(days=1)
_OF_ITS_DAY = frozenset({"published", "reported"})


@dataclass(slots=True, frozen=True)
class Debt:
    debtor: frozenset[str]   # the capitalised words of the claim's subject before any comma
    creditor: str            # the creditor noun, singular
    amount: float
    currency: str


def debt(claim: ClaimRef) -> Debt | None:
    """The one exact amount the claim's first sentence says its subject owes a named kind of creditor."""
    sentence = claim.text.split("\n\n")[0]
    found = list(_OWED.finditer(sentence))
    if len(found) != 1 or _BOUND.search(sentence[:found[0].start("amount")]):
        return None
    creditor = found[0].group("to") or found[0].group("first")
    amounts = money_amounts(found[0].group("amount"))
    debtor = frozenset(fold(w) for w in re.findall(r"\b[A-Z][\w'-]+", (claim.agent or "").split(",")[0]))
    if not creditor or len(amounts) != 1 or not debtor - {"the", "its", "it"}:
        return None
    return Debt(debtor - {"the"}, singular(creditor), amounts[0].low, amounts[0].unit)


def owed_conflict(a: ClaimRef, b: ClaimRef) -> str | None:
    """The creditor noun of one debt two claims give two amounts for (more than the figure tolerance apart), in
    reports of one day or a day apart, neither dated to a time of its own; None otherwise."""
    if a.published is None or b.published is None or abs(a.published - b.published) > _ONE_DAY \
            or not {a.scope_basis, b.scope_basis} <= _OF_ITS_DAY:
        return None
    x, y = debt(a), debt(b)
    if x is None or y is None or x.creditor != y.creditor or x.currency != y.currency:
        return None
    if not (x.debtor <= y.debtor or y.debtor <= x.debtor):
        return None  # 'Devane Holdings has debts' / 'Nore Valley Construction owes': two debtors
    if abs(x.amount - y.amount) <= FIGURE_TOLERANCE * max(x.amount, y.amount):
        return None
    return x.creditor
