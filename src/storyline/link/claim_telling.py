"""Two days for one telling of a workforce: 'We told staff on Friday' (an employer, actively) / 'Workers at the
plant were told of the closure on 17 February' (the addressee as a passive's subject). A telling of one content
to one workplace's people is one act at one time, as an announcement is (issue 11: two accounts of when something
was made known); but the passive's subject is the addressee, not the teller, so the doers never meet and the dates
family (claim_dates) did not compare the two. Here the two are paired by their addressees instead: each side's
addressee (the active's object, the passive's subject) is a person noun, one of them the workforce as a whole
([workforce_nouns]) or both the same noun; the passive's addressee (its place or organisation, 'at the Te Kowhai
clinic') or content ('of the closure') is named by the other side's sentence, headline or organisations; two
contents, when both are told, share a word. Verbs: rules/disputes.toml [telling_verbs] (FrameNet Telling)."""
from __future__ import annotations

import re

from storyline import rules
from storyline.extract.names import fold
from storyline.link.claim_contrast import named_apart
from storyline.link.claim_dates import dates_conflict, repeated
from storyline.link.claim_ref import ClaimRef
from storyline.link.propositions import CALENDAR_WORDS, PHRASE_END, singular

TELLING_VERBS = rules.words("disputes", "telling_verbs")
WORKFORCE = rules.words("disputes", "workforce_nouns")
PERSON_NOUNS = rules.words("speakers", "person_nouns")
_PASSIVE = re.compile(r"(?i)\b(?:was|were|been|being|be|is|are|got|get)\s+(?:\w+ly\s+)?(?:told|informed|notified|briefed)\b")
# what the telling is of: 'told of the closure', 'informed about the plan', 'told staff that the depot would close'
_CONTENT = re.compile(r"(?i)\b(?:of|about|that)\b\s+(.*)")
# words that say nothing of which workplace or content: the determiners, the telling and the source
_EMPTY = frozenset({"the", "its", "their", "our", "his", "her", "this", "that", "said", "says", "told", "union",
                    "informed", "notified", "briefed", "would", "will", "with", "from", "were", "was", "have",
                    "been", "they", "them"})


def told_group_days(a: ClaimRef, b: ClaimRef) -> bool:
    """One telling of one workforce dated to two days (dates_conflict: stated days more than a day apart, no
    plan) by two claims of telling verbs, at least one a passive whose subject is the addressee."""
    if a.predicate not in TELLING_VERBS or b.predicate not in TELLING_VERBS or a.article_id == b.article_id:
        return False
    if not (told_passively(a) or told_passively(b)) or not a.polarity == b.polarity == "positive":
        return False
    heads = [_head(addressee(x)) for x in (a, b)]
    if not all(h in PERSON_NOUNS or h in WORKFORCE for h in heads):
        return False
    if heads[0] != heads[1] and not set(heads) & WORKFORCE:
        return False  # 'nurses' / 'doctors': two groups told
    contents = [_words(content(x), 3) for x in (a, b)]  # 'the pay cut'
    if all(contents) and not _stems(contents[0]) & _stems(contents[1]):
        return False  # 'told of the closure' / 'told about the pay cut': two tellings
    if not (_one_workplace(a, b) or _one_workplace(b, a)) or repeated(a) or repeated(b) or named_apart(a, b):
        return False  # 'were told again on …': a second telling
    return dates_conflict(a, b)


def told_passively(claim: ClaimRef) -> bool:
    """The sentence tells the telling in the passive ('were told', 'was informed'): its subject is the addressee."""
    return _PASSIVE.search(claim.text) is not None


def addressee(claim: ClaimRef) -> str:
    """Who is told: a passive's subject, else the object's first noun phrase ('our staff')."""
    if told_passively(claim):
        return claim.agent or ""
    return re.split(r"(?i)\b(?:of|about|that|on|in|at)\b", claim.theme or "", maxsplit=1)[0]


def content(claim: ClaimRef) -> str:
    """What is told: a passive's object phrase ('the closure'), or the active object's of / about / that phrase."""
    if told_passively(claim):
        return claim.theme or ""
    found = _CONTENT.search(claim.theme or "")
    return found.group(1) if found else ""


def _head(phrase: str) -> str:
    words = []
    for word in re.findall(r"[^\W\d_]+", fold(phrase)):
        if word in PHRASE_END:
            break
        words.append(word)
    return singular(words[-1]) if words else ""


def _words(text: str, shortest: int = 4) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", fold(text)) if len(w) >= shortest and w not in _EMPTY
            and w not in CALENDAR_WORDS}


def _stems(words: set[str]) -> set[str]:
    return {w[:5] for w in words}


def _one_workplace(told: ClaimRef, other: ClaimRef) -> bool:
    """What `told` says of its addressee's workplace or of the content ('Workers at the Corio Components plant',
    'of the closure') is named by `other`'s sentence, its headline or its article's organisations."""
    said = _words(addressee(told)) - WORKFORCE - PERSON_NOUNS - {w + "s" for w in WORKFORCE | PERSON_NOUNS}
    said |= _words(content(told))
    known = _words(other.text) | set(other.headline) | {w for body in other.bodies for w in body.split()}
    return bool(_stems(said) & _stems({w for w in known if len(w) > 3}))
