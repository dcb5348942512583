"""Two dates of the one most recent check of a thing: 'the state auditor last audited the snow contract in
August 2023' / 'the state auditor's most recent examination of the snow contract took place in February
2024'; 'state examiners last inspected the billing office in May 2023' / 'the most recent audit of the
billing office by state examiners was in November 2022'.

'last' before the verb, or 'last', 'latest', 'most recent' before the act's noun (rules/claim_frames.toml
[unique_recent_markers]) makes the event unique up to the time of speaking: no later one happened before
the report. The act is one of FrameNet's Scrutiny / Inspecting units, verb or noun (claim_acts.toml
[scrutiny_acts]: audit, inspection, examine, review …), so 'audited' and 'examination' tell one kind of
act. Two such claims are about one event when their objects have one head noun ('contract', 'office') and
their doers, when both are named, share a word ('state examiners' / 'by state examiners'). Their stated
dates conflict when they do not overlap and the later report's date is before the earlier report (it
happened when the earlier report called another check the last); a check dated after the earlier report
is a newer one. 'An inspection in March' / 'an inspection in October' name no unique event and are not read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from storyline import rules
from storyline.extract.names import fold
from storyline.link.claim_event_counts import content
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_verdict import Verdict
from storyline.link.propositions import Proposition, singular

ACTS = rules.words("claim_acts", "scrutiny_acts")
_MARKERS = sorted(rules.words("claim_frames", "unique_recent_markers"), key=len, reverse=True)
_MARK = "|".join(m.replace(" ", r"\s+") for m in _MARKERS)
_BEFORE_VERB = re.compile(rf"(?i)\b(?:{_MARK})\s+(?:been\s+)?([a-z]+)")
_BEFORE_NOUN = re.compile(
    rf"(?i)(?:\b([\w'’ -]{{0,40}}?)['’]s?\s+)?\b(?:the\s+|its\s+|their\s+)?(?:{_MARK})\s+(?:[a-z]+\s+)?([a-z]+)"
    r"\s+(?:of|into|on)\s+((?:[\w'’-]+\s*){1,6})")
# words that end the object phrase after 'of' ('of the snow contract took place', '… office by examiners was')
_OBJECT_END = frozenset({"by", "was", "were", "is", "took", "came", "happened", "occurred", "in", "on", "at",
                         "during", "when", "and", "said", "according"})
_BY = re.compile(r"(?i)\bby\s+((?:[\w'’-]+\s*){1,4})")


@dataclass(slots=True, frozen=True)
class LastAct:
    act: str                 # the act's word as written ('audited', 'examination')
    thing: tuple[str, ...]   # the object's content words, in order
    doer: frozenset[str]     # the doer's content words, if named


def last_act(claim: ClaimRef) -> LastAct | None:
    """The unique most recent act the claim dates, if it tells one (module docstring)."""
    for m in _BEFORE_VERB.finditer(claim.text):
        verb = m.group(1).lower()
        if claim.predicate in ACTS and verb.startswith(claim.predicate[:5]):
            return LastAct(verb, _in_order(claim.theme or ""), frozenset(content(claim.agent)))
    for m in _BEFORE_NOUN.finditer(claim.text):
        noun = m.group(2).lower()
        if noun not in ACTS and singular(noun) not in ACTS:
            continue
        words = []
        for w in fold(m.group(3)).split():
            if w in _OBJECT_END:
                break
            words.append(w)
        by = _BY.search(claim.text[m.end(2):])
        doer = content(m.group(1)) | (content(by.group(1)) if by else set())
        return LastAct(noun, _in_order(" ".join(words)), frozenset(doer))
    return None


def _in_order(phrase: str) -> tuple[str, ...]:
    kept = content(phrase)
    return tuple(dict.fromkeys(w for w in (singular(v) for v in fold(phrase).split()) if w in kept))


def _one_thing(x: LastAct, y: LastAct) -> bool:
    """One head noun ('the snow contract' / 'the contract'), and one doer when both name one."""
    return bool(x.thing) and bool(y.thing) and x.thing[-1] == y.thing[-1] \
        and (not x.doer or not y.doer or bool(x.doer & y.doer))


def last_event_conflict(a: ClaimRef, b: ClaimRef) -> Verdict | None:
    """Two dates of the one most recent check of one thing that cannot both be (module docstring); the
    caller asks for two asserters' factual claims."""
    if a.polarity != "positive" or b.polarity != "positive" or a.published is None or b.published is None:
        return None
    if not (a.scope_basis == b.scope_basis == "stated" and a.scope and b.scope):
        return None
    x, y = last_act(a), last_act(b)
    if x is None or y is None or not _one_thing(x, y):
        return None
    earlier, later = (a, b) if a.published <= b.published else (b, a)
    assert earlier.scope and later.scope and earlier.published  # checked above
    if not (earlier.scope[1] < later.scope[0] or later.scope[1] < earlier.scope[0]):
        return None  # one period: the two dates may be one
    if later.scope[0] >= earlier.published:
        return None  # a check after the earlier report is a newer one
    thing = " ".join(w for w in x.thing if w in y.thing)  # the head at least
    reason = (f"{a.speaker} dates the last check of the {thing} ({x.act}) {a.scope[0]:%B %Y} and {b.speaker} "
              f"({y.act}) {b.scope[0]:%B %Y}: 'last' and 'most recent' make the check one event, and the later "
              f"report's date is before the earlier report, so they cannot both be right")
    return Verdict("dates", Proposition(f"last check of the {thing}", frozenset(thing.split())),
                   same_time=True, reason=reason)
