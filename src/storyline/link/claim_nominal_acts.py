"""An act told by its event noun: 'Harlow Rail's announcement of 300 job cuts on 19 August sent its shares
down', 'The council's vote on the library took place on Tuesday'.

The parse makes the noun phrase the subject of another verb ('sent', 'took place'), so the act the phrase
names (announcing, voting) is no claim's predicate and its day meets no other account of it ('The job cuts
were announced by Harlow Rail on 20 August'). A deverbal noun ([event_nominal_suffixes]: conversion 'a vote',
-ment 'an announcement', -ion, -al) names its verb's act, its genitive the doer and its of-object what the act
is about (Grimshaw 1990, 'Argument Structure', ch. 3 on complex event nominals; Quirk et al. 1985 §17.52 on the
subjective genitive). The act is read as a claim of its own when the sentence asserts the act happened: the
phrase is the subject of an occurrence predicate ([occurrence_predicates]: 'took place', 'happened') or carries
its own day inside it ('announcement … on 19 August'); the day is the claim's own."""
from __future__ import annotations

import re
from dataclasses import replace

from storyline import rules
from storyline.extract.names import fold
from storyline.link.claim_doer import passive
from storyline.link.claim_ref import ClaimRef
from storyline.link.propositions import HEAD_VERBS

OCCURRENCE = rules.words("disputes", "occurrence_predicates")
ISSUING = rules.words("disputes", "issuing_verbs")
SUFFIXES = sorted(rules.words("disputes", "event_nominal_suffixes"), key=len, reverse=True)
_DAY_WORDS = frozenset(rules.mapping("timex", "months")) | frozenset(rules.mapping("timex", "weekdays"))
# 'Harlow Rail 's announcement of 300 job cuts on 19 August' / 'The council 's vote to close the branch'
_OWNED = re.compile(r"^(?P<owner>.+?)\s*['’]s\s+(?P<noun>[a-z]+)\s+(?P<rest>(?:of|to|on)\b.*)$")
# 'The recall of Kowhai's formula was issued …': an event noun and its of-object as a passive's subject
_EVENT_OF = re.compile(r"^(?:the|a|an)\s+(?P<noun>[a-z]+)\s+of\s+(?P<rest>.+)$", re.IGNORECASE)
_REST_END = re.compile(r"\s+(?:on|in|at|last|this|earlier)\s+.*$")


def nominal_act(claim: ClaimRef) -> ClaimRef | None:
    """The act the claim's subject names by its event noun, as a claim of the same sentence, speaker and time;
    None when the subject is no owned event noun, its verb is not known, or the sentence does not assert it."""
    if claim.polarity != "positive" or claim.modality != "asserted" or not claim.agent:
        return None
    found = _OWNED.match(" ".join(claim.agent.split()))
    if found is None:
        return None
    verb = verb_of(found["noun"].lower())
    if verb is None or not (_occurs(claim) or _dated(found["rest"])):
        return None
    rest = found["rest"]
    theme = _REST_END.sub("", re.sub(r"^(?:of|on)\s+", "", rest))
    return replace(claim, predicate=verb, agent=found["owner"], theme=theme or None, figures=(),
                   keywords=claim.keywords | {verb})


def verb_of(noun: str) -> str | None:
    """The verb a deverbal noun names ('announcement' → announce, 'vote' → vote), when the news vocabulary's
    head verbs hold it ([head_verbs])."""
    for suffix in SUFFIXES:
        if suffix and not noun.endswith(suffix):
            continue
        base = noun[:-len(suffix)] if suffix else noun
        for verb in (base, base + "e"):
            if len(verb) >= 3 and verb in HEAD_VERBS:
                return verb
    return None


def _occurs(claim: ClaimRef) -> bool:
    theme = fold(claim.theme or "").split()
    return claim.predicate in OCCURRENCE or f"{claim.predicate} {' '.join(theme[:1])}" in OCCURRENCE


def _dated(rest: str) -> bool:
    """The noun phrase names a day of its own ('announcement of 300 job cuts on 19 August')."""
    return bool({fold(w) for w in re.findall(r"[^\W\d_]+", rest)} & _DAY_WORDS)


def issued_act(claim: ClaimRef) -> ClaimRef | None:
    """'The recall of Kowhai's formula was issued on 2 May' read as the announcing of that recall
    ([issuing_verbs]): a passive whose subject is an event noun ([head_verbs] by verb_of) and its of-object, so
    its day meets 'Kowhai announced the recall of its formula on Tuesday'. The passive names no announcer;
    its subject is the announced thing."""
    if claim.predicate not in ISSUING or claim.polarity != "positive" or claim.modality != "asserted" \
            or not claim.agent or not passive(claim):
        return None
    found = _EVENT_OF.match(" ".join(claim.agent.split()))
    if found is None or verb_of(found["noun"].lower()) is None:
        return None
    return replace(claim, predicate="announce", agent=None, theme=" ".join(claim.agent.split()),
                   keywords=claim.keywords | {"announce"})


def with_nominal_acts(refs: list[ClaimRef]) -> list[ClaimRef]:
    """The claims and, after them, the acts their subjects name by event nouns (nominal_act, issued_act)."""
    return refs + [act for r in refs for act in (nominal_act(r), issued_act(r)) if act is not None]
