"""One act asserted by one teller and denied by another under two verbs of one frame.

'"Our equipment did not start this fire," said Martin Hale, Northfork's chief executive' / 'the fire marshal
concluded that the Larkspur Fire was caused by a Northfork … line': a denial of causing and a finding of it
share one content word ('fire'), so no generic proposition pairs them. 'Northfork said it had shut off power to
lines in the area on Sunday' / '"Power was never cut on that line"': shutting off and cutting power are one act.

Two claims of opposite polarity meet here when (rules/claim_acts.toml):
- both predicates are verbs of one frame ([causation_verbs]: FrameNet Causation, Cause_to_start;
  [interruption_verbs]: WordNet turn_off.v.01, cut.v.16, FrameNet Change_operational_state), a verb of
  [particle_verbs] only with its particle ('shut off', not 'shut the gate');
- what the act is done to has one head noun on both sides (the object, a passive's subject: 'this fire' /
  'the Larkspur Fire'; 'power' / 'Power was never cut');
- the doers are one (claim_doer.same_doer), or one side names none, or one side's doer is the institutional
  'we' / 'our …' of a quoted speaker (Huddleston & Pullum 2002 ch. 17 §2.1) whose attribution names the
  organisation the other side's doer phrase names ('Northfork's chief executive' / 'a Northfork … line').
The caller (claim_recounts) asks for two asserters and factual claims; the verdict is paired by participants,
so the time scopes must still overlap (link/contradictions.flag_pair). Branch claims17."""
from __future__ import annotations

import re

from storyline import rules
from storyline.link.claim_doer import same_doer
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_verdict import Verdict
from storyline.link.propositions import DETERMINERS, PHRASE_END, Proposition, fold, singular, speakers_group

FRAMES: dict[str, frozenset[str]] = {
    "causing": rules.words("claim_acts", "causation_verbs"),
    "cutting off": rules.words("claim_acts", "interruption_verbs")}
PARTICLES: dict[str, list[str]] = rules.mapping("claim_acts", "particle_verbs")
_PASSIVE = re.compile(r"(?i)\b(?:was|were|been|being|is|are|be)\s+(?:(?:not|never|\w+ly)\s+)*"
                      r"[a-z]+(?:ed|en|wn|rn|t|de|ld|id|ght|ung|un|ne|ck)\b")
_WORD = re.compile(r"[\w'’&-]+|[,(]")
_INSTITUTIONAL = frozenset({"we", "our", "us"})


def frame_of(claim: ClaimRef) -> str | None:
    """The frame of the claim's predicate, None when it is in none (or lacks the particle it needs)."""
    verb = claim.predicate
    frame = next((name for name, verbs in FRAMES.items() if verb in verbs), None)
    if frame is None or verb not in PARTICLES:
        return frame
    particles = "|".join(PARTICLES[verb])
    found = re.search(rf"(?i)\b{re.escape(verb)}\w*\s+(?:[\w'’-]+\s+){{0,2}}?(?:{particles})\b", claim.text)
    return frame if found else None


def head_noun(phrase: str | None) -> str | None:
    """The head of a noun phrase as the parse gave it: its last word before a preposition, relative or comma."""
    words = []
    for w in _WORD.findall(phrase or ""):
        low = fold(w)
        if low in PHRASE_END:
            break
        if low not in DETERMINERS and w.isalpha():
            words.append(low)
    return singular(words[-1]) if words else None


def roles(claim: ClaimRef) -> tuple[str | None, str | None]:
    """(doer phrase, undergoer phrase): a passive with no by-phrase has its subject as the undergoer."""
    agent = claim.agent
    by_agent = agent is not None and re.search(r"(?i)\bby\s+" + re.escape(" ".join(agent.split()[:2])),
                                               " ".join(claim.text.split())) is not None
    if agent and _PASSIVE.search(claim.text) and not by_agent:
        return None, agent
    return agent, claim.theme


def _institutional_owner(doer: str, claim: ClaimRef, other_doer: str) -> bool:
    """'Our equipment' in a quote whose attribution names the organisation the other doer phrase names."""
    words = fold(doer).split()
    if not words or words[0] not in _INSTITUTIONAL:
        return False
    group = speakers_group(claim.text)
    return bool(group & {fold(w) for w in re.findall(r"[^\W\d_]+", other_doer)})


def _doers_meet(a: ClaimRef, da: str | None, b: ClaimRef, db: str | None) -> bool:
    if da is None or db is None:
        return True
    if {(fold(da).split() or [""])[0], (fold(db).split() or [""])[0]} & _INSTITUTIONAL:
        # 'our equipment' is the speaker's organisation's: same_doer reads no doer in it and would pass any other
        return _institutional_owner(da, a, db) or _institutional_owner(db, b, da)
    return same_doer(a, b, frozenset())


def frame_act_conflict(a: ClaimRef, b: ClaimRef) -> Verdict | None:
    """The verdict when one claim asserts and the other denies one act under verbs of one frame; else None."""
    if a.polarity == b.polarity:
        return None
    frame = frame_of(a)
    if frame is None or frame_of(b) != frame:
        return None
    (da, ua), (db, ub) = roles(a), roles(b)
    thing = head_noun(ua)
    if thing is None or head_noun(ub) != thing or not _doers_meet(a, da, b, db):
        return None
    yes, no = (a, b) if a.polarity == "positive" else (b, a)
    reason = (f"{yes.speaker} tells of {frame} the {thing} ('{yes.predicate}') and {no.speaker} denies it "
              f"('{no.predicate}'): two verbs of one act, done to the same {thing} by one doer; both cannot hold")
    return Verdict("opposite", Proposition(f"{frame} of {thing}", frozenset({thing, yes.predicate, no.predicate})),
                   participants=True, reason=reason)
