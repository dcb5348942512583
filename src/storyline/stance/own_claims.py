"""An article's own claims on a claim: the article model's verdict set right by what it states.

The article model (storyline.stance) learned FNC-1 headline/body pairs from words and cues; it has
no reading of who denies what, so an article whose spokesman says '"We are not under investigation"'
can be judged to agree with 'the division opened an investigation into the company'. The claims
stage reads each sentence's polarity, doer and object, and link/contradictions.py decides when two
claims are a report and its denial. When one of an article's claims is opposed to the claim so
read, the article denies it: its verdict is "disagree", decided by that sentence, whatever the
model said — unless the writer's own voice affirms the claim (an article that reports a denial and
then says, itself, that the thing happened takes the claim's side: the model's verdict stands).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from storyline.stance import Stance

if TYPE_CHECKING:
    from storyline.link.claim_ref import ClaimRef
    from storyline.model import Article
    from storyline.stance.claims import ArticleStance

CLAIM_ID = "the claim"


def read_claim(text: str) -> list[ClaimRef]:
    """The claim's clauses as the claims stage reads a sentence, compared as a story's claims are."""
    from storyline.extract.claims import find_claims
    from storyline.extract.nlp import parse_one
    from storyline.link.claim_ref import ClaimRef

    return [ClaimRef(CLAIM_ID, c.start, c.end, c.text, CLAIM_ID, c.predicate, c.polarity, c.modality,
                     frozenset(c.keywords) | {c.predicate}, tuple(c.figures), None, agent=c.agent, theme=c.theme,
                     cue=c.cue, rejected=tuple(c.rejected), presupposed=frozenset(c.presupposed))
            for c in find_claims(parse_one(text))]


def denial_in(claim: Sequence[ClaimRef], article: Article) -> ClaimRef | None:
    """The article's first claim opposed to one of `claim`'s clauses, unless the writer's own voice
    states the claim's side."""
    from storyline.link.claim_ref import claim_refs
    from storyline.link.contradictions import opposed
    from storyline.link.propositions import shared_proposition

    refs = claim_refs(article)
    opposite = [r for r in refs for c in claim if opposed(c, r)]
    if not opposite:
        return None
    writer_agrees = any(_writers(r) and r.polarity == c.polarity and r.modality == "asserted"
                        and shared_proposition(c, r) for r in refs for c in claim)
    denial = next((r for r in opposite if _writers(r)), None)
    return denial or (None if writer_agrees else opposite[0])


def _writers(claim: ClaimRef) -> bool:
    return not claim.attributed or claim.speaker_kind == "outlet"


def with_own_claims(claim: str, sided: Sequence[ArticleStance], articles: Sequence[Article]) -> list[ArticleStance]:
    """`sided` (the model's verdicts), each turned to "disagree" where the article's claims deny the
    claim, its denying sentence first; `by` says which verdicts come from the claims."""
    if not sided:
        return []
    read = read_claim(claim)
    if not read:
        return list(sided)
    by_id = {a.id: a for a in articles}
    out = []
    for verdict in sided:
        article = by_id.get(verdict.article_id)
        denial = denial_in(read, article) if article is not None else None
        if denial is not None:
            said = " ".join(denial.text.split())
            sentences = (said, *(s for s in verdict.stance.sentences if " ".join(s.split()) != said))
            verdict = replace(verdict, stance=Stance("disagree", 1.0, sentences[:3]), by="claims")
        out.append(verdict)
    return out
