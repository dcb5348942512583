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
from storyline.link.claim_ref import ClaimRef, one_teller, same_speaker
from storyline.link.claim_verdict import Verdict
from storyline.link.propositions import Proposition, singular

CARRIERS = rules.words("disputes", "promotion_carriers")
PROMOTION_VERBS = rules.words("disputes", "promotion_verbs")
SPEAKING_CARRIERS = rules.words("disputes", "speaking_carriers")
EVIDENCE = rules.words("disputes", "finding_sources")
_QUOTED = re.compile(r"[\"“]([^\"“”]*[^\W\d_][^\"“”]*)(?:[\"”]|$)")
_LATER = re.compile(r"\b(?:will|by\s+(?:19|20)\d\d|plans?\s+to|aims?\s+to|promises?\s+to|intends?\s+to)\b", re.I)
# the finding with a contrastive opener is the next sentence (the adverbial's contrast is with the sentence
# before it); one cited without an opener may follow one more sentence (the claim's context): characters
_NEXT, _NEAR = 3, 260


def promoted(claim: ClaimRef) -> bool:
    """The claim quotes words its sentence gives to a promotional carrier or a verb of promoting, or a
    carrier says it."""
    text = " ".join(claim.text.split())
    if claim.modality != "asserted" or _LATER.search(text):
        return False
    if _carrier_says(claim) or _promoted_as(claim, text) or claim.cue in PROMOTION_VERBS:
        return True  # or the promoter's own verb frames the clause: 'the firm advertises that its system reaches …'
    if not _QUOTED.search(text):
        return False
    outside = {singular(w) for w in re.findall(r"[a-z]+", _QUOTED.sub(" ", text).lower())} \
        | set(re.findall(r"[a-z]+", _QUOTED.sub(" ", text).lower()))
    return bool(outside & CARRIERS) or claim.predicate in PROMOTION_VERBS


def _promoted_as(claim: ClaimRef, text: str) -> bool:
    """'The cottage is advertised as a three-bedroom house', 'Sunrise Oats is marketed as a cereal with no
    added sugar', 'promotes every room … as having a sea view': a verb of promoting with its 'as' complement
    (the quality ascribed: the complex-transitive pattern of Quirk et al. 1985 §16.48) is the promoter's
    claim whether or not its words are quoted; 'markets its products in 40 countries' ascribes nothing."""
    if claim.predicate not in PROMOTION_VERBS:
        return False
    verb = re.search(rf"\b{re.escape(claim.predicate[:4])}\w*\b(?P<rest>[^.;]*)", text, re.I)
    return verb is not None and re.search(r"\bas\b", verb["rest"]) is not None


def _carrier_says(claim: ClaimRef) -> bool:
    """"North Wold Council's website tells residents that their bins are collected every week", 'Hotel Sagar
    Tara's website says every room … has a sea view': the carrier is the source of a verb of saying, so what
    it says is the promoter's claim whether quoted or not (the consumer report's paraphrase; claims22's cases
    and the lead's stories: 'website tells residents that …')."""
    words = fold(claim.speaker or "").split()
    return claim.cue is not None and bool(words) and singular(words[-1]) in CARRIERS | SPEAKING_CARRIERS


def promoted_correction(claim: ClaimRef, later: ClaimRef) -> Verdict | None:
    """The verdict when `later` is the article's finding against `claim`'s promoted words (module docstring)."""
    if claim.article_id != later.article_id:
        return promoted_elsewhere(claim, later)
    if later.start < claim.end - 1 or not promoted(claim):
        return None
    if later.speaker_kind == "person" or later.modality != "asserted" or same_speaker(claim.speaker, later.speaker) \
            or _LATER.search(later.text) or _names_other(claim, later):
        return None
    gap = later.start - claim.end
    opened = gap <= _NEXT and rules.pattern("disputes", "promoted_correction_openers", re.I).search(later.text)
    shared = _shared(claim, later)
    if not opened and not (gap <= _NEAR and _cites_evidence(later) and shared and (_against(later) or _counted(later))):
        return None
    words = frozenset(shared) or frozenset({later.predicate})
    return Verdict("opposite", Proposition("promoted claim about " + ", ".join(sorted(words)), words),
                   corrects=True, marked=True)


def _cites_evidence(later: ClaimRef) -> bool:
    source = {singular(w) for w in fold(later.speaker or "").split()} | set(fold(later.speaker or "").split())
    return (later.cue in FINDING_VERBS and bool(source & EVIDENCE)) or _evidence_finds(later)


def _evidence_finds(later: ClaimRef) -> bool:
    """'Tests commissioned by the Herald found the water at 22C', 'Inspectors found mould in 12 flats': the
    finding told as the finding verb's own clause, its subject the evidence (no that-clause, so no frame whose
    source is the evidence); the subject's words before a by/from-phrase hold a [finding_sources] noun."""
    if later.predicate not in FINDING_VERBS or later.polarity != "positive":
        return False
    words = fold(_without_holder(later.agent or "")).split()
    return bool({v for w in words for v in (w, singular(w))} & EVIDENCE)


def _against(later: ClaimRef) -> bool:
    """The finding gives a value or a negation (what the promoted words are measured against)."""
    return later.polarity == "negative" or bool(later.figures) or re.search(r"\b(?:per\s*cent|percent|%)", later.text) is not None \
        or _FRACTION.search(later.text) is not None


# a share told as a fraction ('fewer than half of the messages', 'about a third of the homes'): a value, as a
# percentage is (lead41: an audit's 'fewer than half' against an advertised '98 percent')
_FRACTION = re.compile(r"\b(?:(?:fewer|less|more)\s+than|about|around|nearly|almost|only|just|over|under|a|one|two)\s+"
                       r"(?:a\s+)?(?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)\s+of\b", re.I)


def _counted(later: ClaimRef) -> bool:
    """The finding counts what the promoted words speak of ('found 14 of the hotel's 40 rooms faced the car
    park'): a number that is no year ('rose in 2022' dates a finding, it measures nothing)."""
    return any(not re.fullmatch(r"(?:1[89]|20)\d\d", n) for n in re.findall(r"\d+(?:,\d{3})*(?:\.\d+)?", later.text))


def _shared(claim: ClaimRef, later: ClaimRef) -> set[str]:
    mine = {singular(w)[:6] for w in claim.keywords if w not in LIGHT_VERBS and w not in CARRIERS} \
        | {singular(w)[:6] for m in _QUOTED.finditer(claim.text) for w in re.findall(r"[a-z]{3,}", m.group(1).lower())}
    theirs = {singular(w)[:6] for w in later.keywords if w not in LIGHT_VERBS} \
        | {singular(w)[:6] for w in re.findall(r"[a-z]{3,}", later.text.lower())}
    return (mine & theirs) - {"the", "and", "its", "their", "per", "cent"}


def _names_other(claim: ClaimRef, later: ClaimRef) -> bool:
    """The finding's doer has a name the claim's sentence never uses: another product or party."""
    mine = {fold(w) for w in re.findall(r"[^\W\d_]+", claim.text)}
    named = {fold(w) for w in re.findall(r"[^\W\d_]+", _without_holder(later.agent or "")) if w[:1].isupper()}
    return bool(named - mine - _FUNCTION_WORDS - EVIDENCE)  # 'Tests commissioned …': a capital, no name


def _without_holder(doer: str) -> str:
    """'figures obtained by the Ashby Mercury (show)': the by/from-phrase of an evidence noun names who holds
    or commissioned the evidence (often the outlet itself), not the product the finding is about; the small
    parser leaves such a subject with the verb of showing inside it (claims22's cases)."""
    cut = re.search(r"\b(?:by|from)\b", doer)
    head = {v for w in fold(doer[:cut.start()]).split() for v in (w, singular(w))} if cut else set()
    return doer[:cut.start()] if cut and head & EVIDENCE else doer


_FUNCTION_WORDS = frozenset(["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our"])


# a finding reported in another article answers a promoted claim of the same weeks (the follow-up story's span,
# as claim_time.BEGUN_PROCESS_DAYS): a promise of years before may have been true then
_ELSEWHERE_DAYS = 60


def promoted_elsewhere(claim: ClaimRef, finding: ClaimRef) -> Verdict | None:
    """'Corrib Coaches bills itself as "Ireland's most punctual bus service"' / in another article 'Corrib
    Coaches ranked last for punctuality …, National Transport Authority figures show': a finding in another
    article cites its evidence by name ([finding_sources] as its source, with a verb of finding or 'according
    to'), names the promoter (a name of the claim's doer, or the one organisation its article names when the
    doer is 'its website'), shares a word with the promoted words and gives a value or a negation against
    them, within weeks of the claim. Without the article's own sequence (claim, then finding) each of these
    is needed (claims20's invented cases)."""
    if not promoted(claim) or finding.speaker_kind == "person" or finding.modality != "asserted" \
            or one_teller(claim, finding) or _LATER.search(finding.text):
        return None
    named = {fold(w)[:6] for w in re.findall(r"[^\W\d_]+", finding.agent or "") if w[:1].isupper()}
    if named - _words(claim.text) - _promoter(claim) - {w[:6] for w in _FUNCTION_WORDS}:
        return None  # another product or party (_names_other), the promoter's name aside
    if not (claim.published and finding.published) or abs((claim.published - finding.published).days) > _ELSEWHERE_DAYS:
        return None
    shared = _shared(claim, finding) - _promoter(claim)
    if not shared or not _cited(finding) or not _valued(finding) or not _promoter(claim) & _words(finding.text):
        return None
    return Verdict("opposite", Proposition("promoted claim about " + ", ".join(sorted(shared)), frozenset(shared)),
                   corrects=True, reason=f"{finding.speaker} reports a finding against the words {claim.speaker} "
                   f"reports the promoter's {claim.predicate} carries (about {', '.join(sorted(shared))}): a promoted "
                   f"claim and a finding that it is not so")


def _cited(finding: ClaimRef) -> bool:
    source = {singular(w) for w in fold(finding.speaker or "").split()} | set(fold(finding.speaker or "").split())
    cited = finding.cue in FINDING_VERBS or re.search(r"\baccording\s+to\b", finding.text, re.I) is not None
    return cited and bool(source & EVIDENCE)


def _promoter(claim: ClaimRef) -> set[str]:
    """The promoter's name words, folded and cut to six letters as _shared cuts them: the claim's doer's
    names, or the one organisation its article names when the doer names none ('Its website')."""
    names = {fold(w) for w in re.findall(r"[^\W\d_]+", claim.agent or "") if w[:1].isupper()} - _FUNCTION_WORDS
    if not names and len(claim.bodies) == 1:
        names = set(next(iter(claim.bodies)).split())
    return {w[:6] for w in names}


def _words(text: str) -> set[str]:
    return {fold(w)[:6] for w in re.findall(r"[^\W\d_]+", text)}


_PROPORTIONS = rules.words("disputes", "proportion_words") - {"a", "an", "the"}


def _valued(finding: ClaimRef) -> bool:
    """A value or a negation against the promoted words: _against, or a number or a proportion word in
    words ('fewer than half of the 900 customers had been refunded')."""
    words = set(re.findall(r"[a-z%]+", finding.text.lower()))
    return _against(finding) or re.search(r"\d", finding.text) is not None or bool(words & _PROPORTIONS)
