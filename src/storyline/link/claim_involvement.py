"""A report of an act against its doer's denial of any part in it.

'The Coast Guard is investigating the collision' / 'The Coast Guard has no involvement in any inquiry into
the collision'; 'The attorney general's office is examining the contract' / 'The attorney general's office
has taken no role in reviewing the contract'. The denial's predicate is a light verb with a noun of taking
part ('have no involvement in', 'take no role in', 'play no part in', 'is not involved in':
rules/claim_acts.toml [involvement_nouns], [involvement_verbs]); what it denies is the act named after 'in',
so the two claims share neither predicate nor focus and the generic pairing misses them. They meet when:

- both name a doer, and it is one (claim_doer.same_doer);
- the denied act is the report's act: the same six-letter stem ('review' / 'reviewing'), one WordNet
  equivalence group, or both acts of one official scrutiny ([scrutiny_acts]: FrameNet Scrutiny and
  Criminal_investigation — 'inquiry' / 'investigate', 'reviewing' / 'examine');
- what the act is done to is one thing: the head noun of the denied act's object is a word of the
  report's object ('into the collision' / 'the collision').

The verdict is paired by participants (Verdict.participants): its time is checked as a denial of a begun
process is (claim_time.begun_process_overlaps).
"""
from __future__ import annotations

import re
from functools import lru_cache

from storyline import rules
from storyline.extract.names import fold
from storyline.link.claim_doer import same_doer
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_verdict import Verdict
from storyline.link.propositions import DETERMINERS, EQUIVALENTS, PHRASE_END, Proposition, singular

NOUNS = rules.words("claim_acts", "involvement_nouns")
VERBS = rules.words("claim_acts", "involvement_verbs")
SCRUTINY = frozenset(w[:6] for w in rules.words("claim_acts", "scrutiny_acts"))
_NOUN = "|".join(sorted(NOUNS))
# 'no involvement in', 'not … any role in', 'no direct part in', 'not involved in', 'did not participate in'
_DENIAL = re.compile(
    rf"\b(?:no|not(?:\s+\w+){{0,2}}?\s+(?:any|a))\s+(?:\w+\s+)?(?:{_NOUN})\s+(?:in|with)\s+(?P<act>[^,;.\"”]+)"
    rf"|\bnot\s+(?:been\s+|be\s+)?(?:involved|participat\w*)\s+in\s+(?P<act2>[^,;.\"”]+)", re.IGNORECASE)
_OBJECT = re.compile(r"\b(?:into|of|on|over|about|against)\b")
_OPEN = DETERMINERS | {"any", "such", "no"}
_NONE: frozenset[str] = frozenset()


def denied_act(claim: ClaimRef) -> list[str]:
    """The words of the act a negative claim denies any part in ('any inquiry into the collision'), else []."""
    if claim.polarity != "negative" or claim.predicate not in VERBS:
        return []
    return list(_denied_words(claim.text))


@lru_cache(maxsize=8192)
def _denied_words(text: str) -> tuple[str, ...]:
    """denied_act by the sentence alone (each claim meets every other: read once per sentence)."""
    found = _DENIAL.search(text)
    if found is None:
        return ()
    act = found.group("act") or found.group("act2") or ""
    return tuple(w for w in re.findall(r"[^\W\d_]+(?:'s)?", fold(act)) if w not in _OPEN)


def involvement_conflict(a: ClaimRef, b: ClaimRef) -> Verdict | None:
    """The verdict when one claim reports an act and the other denies its doer any part in it."""
    for no, yes in ((a, b), (b, a)):
        act = denied_act(no)
        if act and yes.polarity == "positive" and _met(no, yes, act):
            words = frozenset({yes.predicate, _head(act)})
            return Verdict("opposite", Proposition(f"{yes.predicate} of {_head(act)}", words), participants=True)
    return None


def _met(no: ClaimRef, yes: ClaimRef, act: list[str]) -> bool:
    if not (no.agent and yes.agent and yes.theme) or not same_doer(no, yes, frozenset()):
        return False
    return _one_act(act[0], yes.predicate) and _head(act) in {singular(w) for w in re.findall(r"[^\W\d_]+", fold(yes.theme))}


def _stem(word: str) -> str:
    word = singular(word)
    return (word[:-3] if word.endswith("ing") and len(word) > 6 else word)[:6]


def _one_act(word: str, verb: str) -> bool:
    """The denied act's word ('inquiry', 'reviewing') and the report's verb name one act."""
    mine, theirs = _stem(word), verb[:6]
    if mine == theirs or (mine in SCRUTINY and theirs in SCRUTINY):
        return True
    return bool(EQUIVALENTS.get(singular(word), _NONE) & EQUIVALENTS.get(verb, _NONE))


def _head(act: list[str]) -> str:
    """The head noun of what the act is done to: the last word of its object ('into the collision' →
    collision; 'reviewing the Harlan County dispatch contract' → contract)."""
    text = " ".join(act)
    cut = _OBJECT.search(text)
    rest = (text[cut.end():] if cut else " ".join(act[1:])).split()
    rest = [w for w in rest if w not in _OPEN]
    end = next((i for i, w in enumerate(rest) if w in PHRASE_END), len(rest))
    rest = rest[:end]  # 'the contract with Vantor' / 'the crash last year': the object ends at its complement
    return singular(rest[-1].removesuffix("'s")) if rest else ""
