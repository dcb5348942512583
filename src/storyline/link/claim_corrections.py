"""Corrections: a claim the article reports in order to reject it, by its own denial, by a correction
marker in the next sentence, or by naming the value it rejects (the fact-check's shape; link/contradictions.py
decides which pairs to compare and explains the flag)."""
from __future__ import annotations

import re
from dataclasses import replace

from storyline import rules
from storyline.extract.speaker_words import person_like
from storyline.link import claim_scope
from storyline.link.claim_ref import ClaimRef, same_speaker
from storyline.link.claim_verdict import Verdict, figures_conflict, values
from storyline.link.propositions import Proposition, shared_stems, singular

CORRECTION_VERBS = rules.words("claims", "correction_verbs")
LIGHT_VERBS = rules.words("stance", "light_verbs")
# Verbs of finding and demonstration ('state records show', 'the audit found'): evidence the writer
# cites, so a denial under one with no person as its source is the article's own correction.
FINDING_VERBS = rules.words("claims", "finding_verbs")


def corrects(a: ClaimRef, b: ClaimRef) -> bool:
    """`a` names `b`'s value to reject it ("38% … and not 'fewer than 5%', as the ministry said at
    the time"): it speaks of the same measurement, whenever each was said."""
    return bool(a.rejected) and not figures_conflict(a.rejected, b.figures) and bool(values(b.figures))


def article_corrects(claim: ClaimRef, denial: ClaimRef) -> bool:
    """`denial`, later in the same article and in the writer's own voice (no source, or evidence it
    cites: 'Vale did not vote to cut school funding …, state records show'), denies `claim`, which
    the article attributes to a source ('an advertisement from the Harper campaign says Vale voted
    to cut school funding'): the article reports the allegation to correct it, the fact-check's
    shape (a claim, then its rating and the evidence: Graves 2016, 'Deciding What's True', ch. 4),
    so the two speak of one event whatever time the allegation gives it. The allegation's source is
    no person: a text (an advertisement, a post, a statement) says what it says once, where a
    person's account may speak of another time than the writer's. A denial with a stated time of
    its own speaks of that time, not of the allegation's."""
    if claim.article_id != denial.article_id or denial.start <= claim.start or denial.polarity != "negative":
        return False
    if not claim.attributed or claim.speaker_kind in ("outlet", "person") or person_like(claim.speaker) \
            or claim.cue is None or denial.scope_basis == "stated":
        return False
    own = denial.speaker_kind == "outlet" or not denial.attributed
    cited = denial.cue in FINDING_VERBS and denial.speaker_kind != "person"
    return own or cited


def marked_correction(claim: ClaimRef, later: ClaimRef) -> Verdict | None:
    """`later`, the sentence right after `claim` in one article, rejects it by a correction marker
    ('That is false: …', 'Records show otherwise: …', 'Contrary to the post, …', a 'Verdict: Mostly
    false' line; rules/disputes.toml [correction_markers]): the article reports the claim to correct
    it, whatever the polarity of either side, so both speak of one event. The marker refers back to the
    sentence before it ('That', 'otherwise', 'the claim'), so no shared word is asked for; the claim
    must be a source's (a reporting verb or 'according to'), not the article's own."""
    if claim.article_id != later.article_id or not 0 <= later.start - claim.end <= 3:
        return None
    if not claim.attributed or claim.speaker_kind == "outlet" or same_speaker(claim.speaker, later.speaker):
        return None
    if not (claim_scope.correction_marker(later.text) or claim_scope.correction_marker(_tail(claim.text))):
        return None
    # the correction's words, not only its claim's: 'That is false: state tests found chlorine in the
    # river' is read as the claim 'that is false', its evidence after the colon; a name's words count
    # ('the Tolvey River' / 'the river')
    words = frozenset(re.findall(r"[a-z]+", later.text.lower()))  # matched only against the claim's content words
    shared = shared_stems(claim, replace(later, keywords=later.keywords | words)) \
        or {w: w[:6] for w in claim.keywords - LIGHT_VERBS if singular(w)[:6] in {singular(x)[:6] for x in words}} \
        or {claim.predicate: claim.predicate}  # 'PolitiFact rated the claim False.': the marker is the anaphor
    return Verdict("opposite", Proposition("claim about " + ", ".join(sorted(shared)), frozenset(shared.values())),
                   corrects=True, marked=True)


def _tail(text: str) -> str:
    """What follows the claim's first sentence in its span ('… was taken. Verdict: Mostly false.')."""
    cut = re.search(r"[.!?][\"'”’]?\s+(?=\S)", text)
    return text[cut.end():] if cut else ""


def by_correction(a: ClaimRef, b: ClaimRef) -> bool:
    """The denying side uses a correction verb ('the paper corrected its report that …')."""
    return a.polarity != b.polarity and any(c.polarity == "negative" and c.cue in CORRECTION_VERBS for c in (a, b))
