"""A promoted claim — words a party's ad, label, website or slogan carries — and the article's finding
that it is not so.

'Crate & Kin's online ads describe its shipping boxes as "100% recycled cardboard." In fact, the boxes
contain about 40 percent recycled fiber, according to tests …'; 'The label on Glenfern spring water says
the water is "sodium free". However, laboratory tests … found 12 milligrams of sodium per litre';
'Fibrelink's television advert claims its network reaches "every home in Cornwall". Ofcom data show the
network reached 61 per cent of homes …'. The promoted claim is often no reported speech ('describe … as'
is not a reporting frame) and the correction has no subject that links it to the ad, so neither the
generic pairing nor the correction markers (claim_corrections.marked_correction) meet them. The shape is
the consumer report's (and the fact-check's: Graves 2016, ch. 4): the claim, quoted, then the finding.

- the promoted claim quotes words and names their carrier outside the quotation (rules/disputes.toml
  [promotion_carriers]: ad, label, website, billboard, slogan …) or is made by a verb of promoting
  ([promotion_verbs]: market, tout, bill … as); a plan or promise for later ('will', 'by 2028') is none;
- the finding follows it in the same article, in the writer's voice or a source that is no person
  and not the promoter, and is factual; either it opens with a contrastive adverbial right after the
  claim ([promoted_correction_openers]: 'In fact', 'Actually', 'However', 'But', 'In EPA tests,'), or
  it cites evidence ([finding_sources] with a verb of finding: 'data show', 'an audit found') within the
  next two sentences, shares a word with the claim, and gives a figure or a negation against it;
- the finding's doer names nothing the claim does not ('A rival app, Rokda, charged a 1.5 per cent
  fee': another product).
"""
from __future__ import annotations

import re

from storyline import rules
from storyline.extract.names import fold
from storyline.link.claim_corrections import FINDING_VERBS, LIGHT_VERBS
from storyline.link.claim_ref import ClaimRef, same_speaker
from storyline.link.claim_verdict import Verdict
from storyline.link.propositions import Proposition, singular

CARRIERS = rules.words("disputes", "promotion_carriers")
PROMOTION_VERBS = rules.words("disputes", "promotion_verbs")
EVIDENCE = rules.words("disputes", "finding_sources")
_QUOTED = re.compile(r"[\"“]([^\"“”]*[^\W\d_][^\"“”]*)(?:[\"”]|$)")
_LATER = re.compile(r"\b(?:will|by\s+(?:19|20)\d\d|plans?\s+to|aims?\s+to|promises?\s+to|intends?\s+to)\b", re.I)
# the finding with a contrastive opener is the next sentence (the adverbial's contrast is with the sentence
# before it); one cited without an opener may follow one more sentence (the claim's context): characters
_NEXT, _NEAR = 3, 260


def promoted(claim: ClaimRef) -> bool:
    """The claim quotes words its sentence gives to a promotional carrier or a verb of promoting."""
    text = " ".join(claim.text.split())
    if claim.modality != "asserted" or not _QUOTED.search(text) or _LATER.search(text):
        return False
    outside = {singular(w) for w in re.findall(r"[a-z]+", _QUOTED.sub(" ", text).lower())} \
        | set(re.findall(r"[a-z]+", _QUOTED.sub(" ", text).lower()))
    return bool(outside & CARRIERS) or claim.predicate in PROMOTION_VERBS


def promoted_correction(claim: ClaimRef, later: ClaimRef) -> Verdict | None:
    """The verdict when `later` is the article's finding against `claim`'s promoted words (module docstring)."""
    if claim.article_id != later.article_id or later.start < claim.end - 1 or not promoted(claim):
        return None
    if later.speaker_kind == "person" or later.modality != "asserted" or same_speaker(claim.speaker, later.speaker) \
            or _LATER.search(later.text) or _names_other(claim, later):
        return None
    gap = later.start - claim.end
    opened = gap <= _NEXT and rules.pattern("disputes", "promoted_correction_openers", re.I).search(later.text)
    shared = _shared(claim, later)
    if not opened and not (gap <= _NEAR and _cites_evidence(later) and shared and _against(later)):
        return None
    words = frozenset(shared) or frozenset({later.predicate})
    return Verdict("opposite", Proposition("promoted claim about " + ", ".join(sorted(words)), words),
                   corrects=True, marked=True)


def _cites_evidence(later: ClaimRef) -> bool:
    source = {singular(w) for w in fold(later.speaker or "").split()} | set(fold(later.speaker or "").split())
    return later.cue in FINDING_VERBS and bool(source & EVIDENCE)


def _against(later: ClaimRef) -> bool:
    """The finding gives a value or a negation (what the promoted words are measured against)."""
    return later.polarity == "negative" or bool(later.figures) or re.search(r"\b(?:per\s*cent|percent|%)", later.text) is not None


def _shared(claim: ClaimRef, later: ClaimRef) -> set[str]:
    mine = {singular(w)[:6] for w in claim.keywords if w not in LIGHT_VERBS and w not in CARRIERS} \
        | {singular(w)[:6] for m in _QUOTED.finditer(claim.text) for w in re.findall(r"[a-z]{3,}", m.group(1).lower())}
    theirs = {singular(w)[:6] for w in later.keywords if w not in LIGHT_VERBS} \
        | {singular(w)[:6] for w in re.findall(r"[a-z]{3,}", later.text.lower())}
    return (mine & theirs) - {"the", "and", "its", "their", "per", "cent"}


def _names_other(claim: ClaimRef, later: ClaimRef) -> bool:
    """The finding's doer has a name the claim's sentence never uses: another product or party."""
    mine = {fold(w) for w in re.findall(r"[^\W\d_]+", claim.text)}
    named = {fold(w) for w in re.findall(r"[^\W\d_]+", later.agent or "") if w[:1].isupper()}
    return bool(named - mine - _FUNCTION_WORDS)


_FUNCTION_WORDS = frozenset(["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our"])
