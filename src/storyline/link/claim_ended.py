"""A reported process whose own sentence says it ended, against a later denial that it is under way.

'The Alberta Gaming Commission also reviewed the foundation's bingo licence; that review closed in March
with no findings' / 'Gagnon said the foundation is not under review by the gaming commission' (October):
the report tells a process that was over by March, so a denial that it goes on in October meets nothing.
The ending is a clause of the report's sentence whose verb ends a process (rules/disputes.toml
[ending_verbs]) and whose subject names the report's act by its noun (the verb itself, 'review', or its
act noun, [act_nouns]: investigate / investigation). A denial over a span that reaches back before the end
('has never been reviewed') still meets the report.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from storyline import rules
from storyline.extract.names import fold
from storyline.link.claim_ref import ClaimRef
from storyline.link.propositions import singular

ENDING_VERBS = rules.words("disputes", "ending_verbs")
ACT_NOUNS: dict[str, list[str]] = rules.mapping("disputes", "act_nouns")


def with_ends(refs: Sequence[ClaimRef]) -> list[ClaimRef]:
    """`refs`, each report of a process carrying the last day its own sentence says the process ended."""
    ends = [r for r in refs if r.predicate in ENDING_VERBS and r.polarity == "positive"
            and r.scope is not None and r.scope[1] < dt.date.max]
    return [_ended(r, ends) for r in refs]


def _ended(ref: ClaimRef, ends: Sequence[ClaimRef]) -> ClaimRef:
    nouns = {ref.predicate, *ACT_NOUNS.get(ref.predicate, ())}
    day = next((e.scope[1] for e in ends if e is not ref and e.article_id == ref.article_id and e.start == ref.start
                and e.scope is not None and nouns & {singular(w) for w in fold(e.agent or "").split()}), None)
    return replace(ref, ended=day) if day is not None else ref


def ended_before(a: ClaimRef, b: ClaimRef) -> bool:
    """One of the two reports a process that had ended before every day of the other's denial."""
    return any(yes.polarity == "positive" and no.polarity == "negative" and yes.ended is not None
               and no.scope is not None and no.scope[0] > yes.ended for yes, no in ((a, b), (b, a)))
