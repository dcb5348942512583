"""One payment told from its two ends: 'The march cost the city $48,000 in police overtime' / 'The city
spent $84,000 on police overtime for the march' (claims19's Left list; claims21's festival and rally cases).

'X cost Y $N' and 'Y spent $N on X' are converses (rules/disputes.toml [payment_converses]: FrameNet
Expensiveness 'cost', with the Payer as its object, against Expend_resource / Commerce_pay 'spend', with the
Payer as its subject; Cruse 1986 ch. 10.5): one outlay, so two sums of it that differ beyond the figure
tolerance are two accounts. It is one outlay when each side's doer is named in the other's sentence (the
payer in the cost sentence, the thing paid for in the spend sentence), each sentence gives one exact sum in
one currency (a bound, 'more than $40,000', or a running total fits many values: claim_amounts.sum_of's
conditions), and the two do not state disjoint times (claim_amounts.stated_apart). The caller asks for two
asserters, both factual (claim_recounts)."""
from __future__ import annotations

import re

from storyline import rules
from storyline.link.claim_amounts import stated_apart
from storyline.link.claim_counts import Count, money_amounts
from storyline.link.claim_event_counts import content, told_in
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_verdict import FIGURE_TOLERANCE, Verdict
from storyline.link.propositions import PRONOUNS, Proposition

CONVERSES = {verb: frozenset(others) for verb, others in rules.mapping("disputes", "payment_converses").items()}
_RUNNING = re.compile(r"(?i)\b(?:so far|to date|thus far)\b")


def payment_converse_conflict(a: ClaimRef, b: ClaimRef) -> Verdict | None:
    """The verdict when one claim tells what a thing cost a payer and the other what the payer spent on it,
    at sums apart; else None."""
    for cost, spend in ((a, b), (b, a)):
        if spend.predicate not in CONVERSES.get(cost.predicate, frozenset()):
            continue
        if cost.polarity != "positive" or spend.polarity != "positive" or stated_apart(cost, spend):
            return None
        if not (_named(cost.agent, spend) and _named(spend.agent, cost)):
            return None
        x, y = _one_sum(cost.text), _one_sum(spend.text)
        if x is None or y is None or x.unit != y.unit:
            return None
        if abs(x.low - y.low) <= FIGURE_TOLERANCE * max(x.low, y.low):
            return None
        reason = (f"{cost.speaker} gives {x.unit}{x.low:,.0f} as what it cost, and {spend.speaker} gives "
                  f"{y.unit}{y.low:,.0f} as what was spent on it: '{cost.predicate}' and '{spend.predicate}' "
                  f"tell one payment from its two ends; the sums cannot both be right")
        return Verdict("figures", Proposition(f"sum of {cost.predicate}", frozenset({cost.predicate, spend.predicate})),
                       same_time=True, reason=reason)
    return None


def _named(phrase: str | None, other: ClaimRef) -> bool:
    return not content(phrase) <= PRONOUNS and told_in(phrase, other)


def _one_sum(text: str) -> Count | None:
    """The sentence's one exact sum of money; None with none, two, a bound or a running total."""
    found = money_amounts(text)
    if len(found) != 1 or found[0].low != found[0].high or _RUNNING.search(text):
        return None
    return found[0]
