"""Two days for one event named by its noun as the subject ('The collapse at the Red Lake gold mine happened
on Saturday' / 'The cave-in at the Red Lake mine on Sept. 27 trapped two miners'; 'An explosion ripped through
a fireworks unit near Sivakasi on June 2' / 'The blast at the Sivakasi fireworks unit on May 30 killed four'):
the two verbs differ and the event is no doer's act, so neither shared propositions nor named-doer dates meet
them (dispute38's left kinds; rules/disputes.toml [one_event_nouns])."""
from __future__ import annotations

import re

from storyline import rules
from storyline.extract.names import fold
from storyline.link.claim_dates import dates_conflict
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_sets import other_member
from storyline.link.claim_verdict import Verdict
from storyline.link.propositions import Proposition

EVENT_NOUNS: dict[str, str] = rules.mapping("disputes", "one_event_nouns")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})
# the words two accounts of one event share beside its noun: the place and what was hit ('Red Lake', 'mine';
# 'Sivakasi', 'fireworks', 'unit'); one shared word is a place noun any story repeats
_SHARED_WORDS = 2
_FUNCTION = frozenset({"the", "a", "an", "at", "in", "on", "of", "near", "by", "to", "from", "for", "and", "its",
                       "their", "with", "into", "through", "was", "were", "is", "had", "has", "said", "happened"})


def event_group(agent: str | None) -> str | None:
    """The event kind the subject names by its head noun: the noun right after a determiner, joined across a
    tokenised hyphen ('The cave - in at …' is 'cave-in')."""
    words = re.sub(r"\s*-\s*", "-", agent or "").split()
    if len(words) < 2 or fold(words[0]) not in _DETERMINERS:
        return None
    return EVENT_NOUNS.get(fold(words[1]).strip(",.;:"))


def _content_words(claim: ClaimRef) -> set[str]:
    return {fold(w) for w in re.findall(r"[^\W\d_]{3,}", claim.text)} - _FUNCTION


def event_noun_dates(a: ClaimRef, b: ClaimRef, two_factual_tellers: bool) -> Verdict | None:
    """One event kind as both subjects, positive and stated by two tellers on days that conflict, the two
    sentences sharing the event's place words beside its noun, neither subject another member of the kind
    ('A second explosion')."""
    group = event_group(a.agent)
    if group is None or group != event_group(b.agent) or not two_factual_tellers:
        return None
    if not a.polarity == b.polarity == "positive" or other_member((a.agent,), (b.agent,)):
        return None
    nouns = {n for n, g in EVENT_NOUNS.items() if g == group}
    if len((_content_words(a) & _content_words(b)) - nouns) < _SHARED_WORDS or not dates_conflict(a, b):
        return None
    return Verdict("dates", Proposition(f"one {group} dated twice", frozenset({group})))
