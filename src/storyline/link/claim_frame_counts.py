"""One removal counted with two verbs of one frame and two nouns of one class: 'tow trucks hauled 138 cars
off the snow routes during the Jan. 12 storm' / '205 vehicles were removed from snow routes during the
Jan. 12 storm'; 'staff evacuated 27 patients from the north tower' / 'firefighters rescued 41 people from
the north tower' (the same day).

Verbs of taking people or things out of a place (rules/claim_frames.toml [removal_frames]: FrameNet
Removing, Evacuation, Rescuing) tell one act from two angles; a verb of carrying or pulling counts as one
only with a source phrase ('off', 'out of', 'from': [source_needed_verbs]). The counted nouns are one set
when they are the same noun or one is the WordNet class of the other ([count_hypernyms]: people ⊃
patients, vehicles ⊃ cars); two member kinds ('patients' / 'visitors', 'cars' / 'trucks') are two sets.
Both counts are what the act is done to (the object, or a passive's subject), of one stated period that
ended before either report (a finished act: later reports that count otherwise are two accounts, as
claim_counts reads one closed period), from one place (the head of one side's source phrase is a word of
the other sentence), and apart (claim_event_counts.apart). A hedged count ('at least 40') allows every
higher value. The same verb and the same noun are claim_counts' case and are left to it.
"""
from __future__ import annotations

import re

from storyline import rules
from storyline.link.claim_counts import one_closed_period
from storyline.link.claim_event_counts import Tally, apart, passive, tallies, words_of
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_verdict import Verdict
from storyline.link.propositions import DETERMINERS, PHRASE_END, Proposition, singular

FRAMES: dict[str, str] = rules.mapping("claim_frames", "removal_frames")
SOURCE_NEEDED = rules.words("claim_frames", "source_needed_verbs")
_PERSONS = rules.words("speakers", "person_nouns")
_CLASSES: dict[str, frozenset[str]] = {
    cls: frozenset(members) | (_PERSONS if cls == "people" else frozenset())
    for cls, members in rules.mapping("claim_frames", "count_hypernyms").items()}
# the class noun as counted ('people' is the plural of 'person'; a count's noun is the lemma or singular)
_CLASS_FORMS = {"people": "people", "persons": "people", "vehicle": "vehicle", "animal": "animal"}
_SOURCE = re.compile(r"(?i)\b(?:from|off|out\s+of|away\s+from|down\s+from)\s+((?:[\w'’-]+\s*){1,6})")
_SOURCE_END = PHRASE_END | {"during", "after", "before", "when", "while", "and", "or", "as", "since", "until",
                            "said", "says", "according", "to", "into", "onto", "by"}


def one_set(x: str, y: str) -> bool:
    """Two counted nouns of one set: the same noun, or a class and one of its members."""
    if x == y:
        return True
    for cls, members in ((_CLASS_FORMS.get(x), y), (_CLASS_FORMS.get(y), x)):
        if cls and members in _CLASSES.get(cls, frozenset()):
            return True
    return False


def source_heads(text: str) -> set[str]:
    """The head nouns of the sentence's source phrases ('off emergency snow routes' → route)."""
    heads = set()
    for m in _SOURCE.finditer(text):
        words = []
        for w in m.group(1).lower().split():
            w = w.strip("'’,.;:")
            if w in _SOURCE_END or not w.isalpha():
                break
            words.append(w)
        words = [w for w in words if w not in DETERMINERS]
        if words:
            heads.add(singular(words[-1]))
    return heads


def _removal(claim: ClaimRef) -> str | None:
    frame = FRAMES.get(claim.predicate)
    if frame is None or (claim.predicate in SOURCE_NEEDED and not source_heads(claim.text)):
        return None
    return frame


def _undergoer(t: Tally, claim: ClaimRef) -> bool:
    return not t.of_set and (t.role == "theme" or (t.role == "agent" and passive(claim)))


def _one_place(a: ClaimRef, b: ClaimRef) -> bool:
    """The head of a source phrase of one sentence is a word of the other (both ways when both have one)."""
    mine, theirs = source_heads(a.text), source_heads(b.text)
    if not mine and not theirs:
        return False
    return (not mine or bool(mine & words_of(b.text))) and (not theirs or bool(theirs & words_of(a.text)))


def frame_count_conflict(a: ClaimRef, b: ClaimRef) -> Verdict | None:
    """Two counts of one removed set under two verbs of one frame or two nouns of one class (module
    docstring); the caller asks for two asserters' positive, factual claims."""
    frame = _removal(a)
    if frame is None or frame != _removal(b) or a.polarity != "positive" or b.polarity != "positive" \
            or not one_closed_period(a, b) or not _one_place(a, b):
        return None
    for x in (t for t in tallies(a) if _undergoer(t, a)):
        for y in (t for t in tallies(b) if _undergoer(t, b)):
            if (a.predicate == b.predicate and x.noun == y.noun) or not one_set(x.noun, y.noun) or not apart(x, y):
                continue
            return _verdict(a, x, b, y)
    return None


def _verdict(a: ClaimRef, x: Tally, b: ClaimRef, y: Tally) -> Verdict:
    def told(t: Tally) -> str:
        value = f"{t.low:,.0f}" if t.low == t.high else f"{t.low:,.0f} or more" if t.high == float("inf") \
            else f"{t.low:,.0f}-{t.high:,.0f}"
        return f"{value} {t.noun}"
    day = a.scope[0].isoformat() if a.scope else "one day"
    reason = (f"{a.speaker} gives {told(x)} ({a.predicate}) and {b.speaker} gives {told(y)} ({b.predicate}): "
              f"one removal from one place on {day}, told with two verbs of one frame and nouns of one set; "
              f"the counts cannot both be right")
    return Verdict("figures", Proposition(f"count of {y.noun} removed", frozenset({x.noun, y.noun})),
                   same_time=True, reason=reason)
