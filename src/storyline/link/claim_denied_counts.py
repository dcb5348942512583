"""Two counts of those of whom one act is denied: 'About 1,200 households did not receive their winter fuel
payment in December' / 'Some 3,400 households failed to receive the payment in December'.

A count in a negative clause's subject counts the ones the act is denied of (Huddleston & Pullum 2002 ch. 9
§1.3: the quantified subject takes scope over the negation, 'N households did not receive' says of N households
that each did not). 'Fail to', 'neglect to' and 'forget to' are negative implicatives (Karttunen 1971,
'Implicative verbs', §4): 'failed to receive' entails 'did not receive', so the two clauses above count one
set two ways. Only the implicatives that entail the negation are read so; 'declined to' and 'refused to' do
not ('refused to pay' may yet be followed by paying). The counts are then compared as two positive counts
of one act are (claim_counts, claim_period_values), under one predicate or class (predicate_class).
"""
from __future__ import annotations

import re
from dataclasses import replace

from storyline.extract.names import fold
from storyline.link.claim_counts import counts_conflict
from storyline.link.claim_period_values import period_value_conflict
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_verdict import Verdict
from storyline.link.propositions import same_class, shared_proposition

# the entailing negative implicatives of rules/disputes.toml [negative_implicative_verbs] (Karttunen 1971 §4)
ENTAILING = frozenset({"fail", "neglect", "forget"})
_TO_VERB = re.compile(r"^to\s+([a-z]+)\b\s*(.*)$")


def implicated(claim: ClaimRef) -> ClaimRef:
    """'Some 3,400 households failed to receive the payment' read as 'did not receive the payment'; any other
    claim as it is."""
    if claim.polarity != "positive" or claim.predicate not in ENTAILING:
        return claim
    told = _TO_VERB.match(fold(claim.theme or "").strip())
    if told is None:
        return claim
    return replace(claim, predicate=told.group(1), polarity="negative", theme=told.group(2) or None,
                   keywords=claim.keywords - {claim.predicate} | {told.group(1)})


def denied_counts(a: ClaimRef, b: ClaimRef) -> Verdict | None:
    """Two negative claims (one may be an entailing implicative) of one act whose counts cannot both hold."""
    x, y = implicated(a), implicated(b)
    if not x.polarity == y.polarity == "negative" or not same_class(x, y):
        return None
    x, y = replace(x, polarity="positive"), replace(y, polarity="positive")
    found = shared_proposition(x, y)
    if found is None or not (counts_conflict(x, y) or period_value_conflict(x, y)):
        return None
    return Verdict("figures", found)
