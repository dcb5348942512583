"""Counts of one act told in two shapes, and the time two claims share in so many words.

- An event count told with the verb and with its noun: 'officers visited the site 11 times in 2023' /
  'records show four visits to the site by officers in 2023' ('V … N times' counts acts of V; 'N V-nouns'
  counts the same acts: rules/disputes.toml [event_nominal_suffixes]).
- A partitive of one definite set: 'staff put down 18 of the seized dogs' / '31 of the seized dogs were put
  down': the part of one set that underwent one act is one quantity when the set ('the seized dogs') and the
  act are the same.

Either needs one time: the same stated period, or the same time phrase in both sentences ('in the first
week after the raid', 'in the 2022-23 school year'), which names one period in one story whatever day each
report was published (a phrase relative to its speaker's day — 'the past year' — is never one period).
The pair's doers and places are the other claim's words too (participants_told), so two counts of other
doers' acts stay apart.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from storyline import rules
from storyline.extract.names import fold
from storyline.link.claim_counts import (
    NOT_COUNTED,
    NUMBER_WORDS,
    PEOPLE,
    PERSON_NOUNS,
    TOLERANCE,
    bounds,
    counts,
    number_at,
)
from storyline.link.claim_doer import passive as doer_passive
from storyline.link.claim_ref import ClaimRef
from storyline.link.propositions import DETERMINERS, PHRASE_END, PRONOUNS, singular

NOMINAL_SUFFIXES = rules.words("disputes", "event_nominal_suffixes")
LIGHT_VERBS = rules.words("stance", "light_verbs")
DEICTIC = rules.words("disputes", "same_time_phrase_deictics")
_TOKEN = re.compile(r"\$|£|€|\d[\d,]*(?:\.\d+)?(?:-\d+)?|[^\W\d_]+(?:['-][^\W\d_]+)*")
# 'three times as many', 'four times more', 'twice the size': a multiplier, not a count of acts
_MULTIPLIER_NEXT = frozenset({"as", "more", "less", "fewer", "higher", "lower", "larger", "smaller", "greater",
                              "bigger", "the", "that", "what", "than", "over", "faster", "longer"})
_STOPS = PHRASE_END | {"and", "or", "were", "was", "are", "is", "had", "have", "has", "between", "since", "after",
                       "before", "during", "because", "about", "per", "each", "every", "than"}
# a period named in a phrase: 'in the first week after the raid', 'during the 2022-23 school year', or of the
# doer's own time ('in its first month', 'in their opening week', 'in the catch-up programme's first month': a
# possessive determiner, a pronoun or a genitive noun phrase, anchors the period to the one whose month it is, as
# 'the' anchors it to the story; H&P 2002 ch. 5 §16 genitive determiners); 'on' with
# a day ('on its opening day', 'on the first day') names one day of it
_TIME_PHRASE = re.compile(
    r"\b(?:in|during|within|over|throughout|on)\s+(?:the|its|their|(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+['’]s)\s+"
    r"((?:[\w-]+\s+){0,3}?"
    r"(?:days?|weeks?|months?|years?|seasons?|quarters?|semesters?|terms?|hours?))\b"
    r"((?:\s+(?:after|of|following|before)\s+(?:the\s+)?[\w-]+)?)", re.IGNORECASE)
_YEAR = re.compile(r"\d{4}")


# a form of 'be' and a past participle: regular (-ed) and the irregular endings of English participles
# ('born', 'made', 'held', 'paid', 'bought', 'hung', 'done', 'struck')
_PASSIVE = re.compile(r"(?i)\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|rn|t|de|ld|id|ght|ung|un|ne|ck)\b")


@dataclass(slots=True, frozen=True)
class Tally:
    low: float
    high: float
    noun: str             # the counted noun, as the claim's keywords have it ('visit', 'bus')
    role: str             # "agent" | "theme"
    of_set: str = ""      # a partitive's set, folded ('the seized dogs'); "" for a plain count


def tallies(claim: ClaimRef) -> tuple[Tally, ...]:
    """The counts in the claim's subject and object phrases: a number and the noun that ends its group
    ('30 new buses' -> bus), or a part of a definite set ('18 of the seized dogs'). Years and numbers of
    time or measure units are none."""
    out: list[Tally] = []
    for role, phrase in (("agent", claim.agent), ("theme", claim.theme)):
        words = [w.lower() for w in _TOKEN.findall(phrase or "")]
        for i in range(len(words)):
            found = _tally_at(words, i, role, claim)
            if found is not None:
                out.append(found)
                break
    return tuple(out)


def _tally_at(words: list[str], i: int, role: str, claim: ClaimRef) -> Tally | None:
    value, after = number_at(words, i)
    if value is None or (_YEAR.fullmatch(words[i]) and 1800 <= value <= 2100) or (i and words[i - 1] in ("$", "£", "€")):
        return None
    low, high = bounds(words[:i], value)
    if words[after:after + 2] == ["of", "the"]:
        group = _group(words[after + 2:])
        return Tally(low, high, lemma(group[-1], claim), role, "the " + " ".join(group)) if group else None
    group = _group(words[after:])
    if not group or group[0] in NOT_COUNTED:
        return None
    return Tally(low, high, lemma(group[-1], claim), role)


def _group(words: list[str]) -> list[str]:
    """The words of a noun group up to a preposition, conjunction, verb form or clause word."""
    out = []
    for w in words:
        if w in _STOPS or not w.isalpha() or (w.endswith("ing") and len(w) > 5):
            break
        out.append(w)
    return out


def lemma(word: str, claim: ClaimRef) -> str:
    """The word as the claim's lemmatised keywords have it ('crashes' -> 'crash'), else singular."""
    for form in (word, word[:-1], word[:-2], word[:-3] + "y"):
        if form in claim.keywords:
            return form
    return singular(word)


# Two exact counts within 5% may be one count rounded to two significant figures (rounding to two figures
# moves a value by at most 1/20 of it: '412' told as '410' or '400'), so they are one value; a count with a
# bound or 'about' allows its range and the figures' tolerance of a tenth (claim_counts.TOLERANCE).
EXACT_TOLERANCE = 0.05


def apart(x: Tally, y: Tally) -> bool:
    """No value both allow beyond the tolerance ('412 babies' / '380 babies' are apart)."""
    tolerance = EXACT_TOLERANCE if x.low == x.high and y.low == y.high else TOLERANCE
    return x.low > y.high * (1 + tolerance) or y.low > x.high * (1 + tolerance)


def words_of(text: str) -> set[str]:
    return {singular(w) for w in fold(text).split()}


def content(phrase: str | None) -> set[str]:
    """A participant's alphabetic content words, singular."""
    return {w for w in words_of(phrase or "") if w.isalpha()} - DETERMINERS - PHRASE_END


def told_in(phrase: str | None, other: ClaimRef) -> bool:
    """Every content word of the phrase is a word of the other claim's sentence."""
    mine = content(phrase)
    return bool(mine) and mine <= words_of(other.text)


def time_phrases(text: str) -> set[str]:
    """The periods the sentence names with a phrase that is not relative to its speaker's day."""
    out = set()
    for m in _TIME_PHRASE.finditer(text):
        phrase = fold(m.group(1) + m.group(2))
        if not set(phrase.split()) & DEICTIC:
            out.add(phrase)
    return out


def anchored_period(a: ClaimRef, b: ClaimRef) -> str:
    """The period both sentences name after, before or of one event in the same words ('in the week after
    the collision' / 'in the week after the Harbor Star collision': one unit, one connective, one head noun
    of the event), else "": one stretch of one story's time whatever day each was reported, so an assertion
    and a denial of one act in it meet. A period of a bare unit ('in the first week', 'of the year') or
    relative to its speaker's day ('the past week') is anchored to nothing the words name."""
    mine = _anchored(a.text)
    return next((f"{unit} {head}" for unit, head in mine.items() if _anchored(b.text).get(unit) == head), "")


_ANCHORED = re.compile(
    r"\b(?:in|during|within|over|throughout)\s+the\s+((?:[\w-]+\s+){0,3}?"
    r"(?:days?|weeks?|months?|years?|hours?)\s+(?:after|following|before|of))\s+(?:the\s+)?((?:[\w'-]+\s*){1,4})",
    re.IGNORECASE)


_UNIT = re.compile(r"(?:days?|weeks?|months?|years?|seasons?|quarters?|hours?|\d+)")


def _anchored(text: str) -> dict[str, str]:
    """Each anchored period of the sentence: its unit and connective ('week after') → its event's head noun."""
    out = {}
    for m in _ANCHORED.finditer(text):
        words = fold(m.group(2)).split()
        end = next((i for i, w in enumerate(words) if w in PHRASE_END or w in _STOPS or not w.isalpha()), len(words))
        unit = fold(m.group(1))
        if words[:end] and not set(unit.split()) & DEICTIC and not _UNIT.fullmatch(words[end - 1]):
            out[" ".join(unit.split())] = singular(words[end - 1])
    return out


def same_time(a: ClaimRef, b: ClaimRef) -> bool:
    """One stated period, or one period named in the same words by both sentences."""
    if a.scope_basis == b.scope_basis == "stated" and a.scope is not None and a.scope == b.scope:
        return True
    return bool(time_phrases(a.text) & time_phrases(b.text))


def _times_count(claim: ClaimRef) -> Tally | None:
    """'visited the property 11 times', 'crashed at least nine times', 'twice': a count of the claim's own act."""
    words = [w.lower() for w in _TOKEN.findall(claim.text)]
    for i, w in enumerate(words):
        value, start = (2.0, i) if w == "twice" else (number_at(words, i - 1)[0], i - 1) if w == "times" and i else (None, i)
        if value is None or (i + 1 < len(words) and words[i + 1] in _MULTIPLIER_NEXT):
            continue
        low, high = bounds(words[:start], value)
        return Tally(low, high, claim.predicate, "event")
    return None


def _nominal_of(verb: str, noun: str) -> bool:
    stems = {verb, verb[:-1]} if verb.endswith("e") else {verb}
    return any(noun == s + suffix for s in stems for suffix in NOMINAL_SUFFIXES) and len(noun) > 2


def event_count_conflict(a: ClaimRef, b: ClaimRef) -> tuple[Tally, Tally] | None:
    """`a` counts its act with 'N times' and `b` counts the act's noun, at values apart, in one time, and
    `a`'s object is `b`'s words too; so is `a`'s doer, unless `b` counts the acts as its subject and names
    no doer ('312 calls were made to the line'), when the object alone says which acts."""
    acts = _times_count(a)
    if acts is None or a.polarity != "positive" or b.polarity != "positive" or not same_time(a, b):
        return None
    if content(a.agent) <= PRONOUNS or (content(a.theme) and not told_in(a.theme, b)):
        return None
    for t in tallies(b):
        if t.of_set or not _nominal_of(a.predicate, t.noun) or not apart(acts, t):
            continue
        if told_in(a.agent, b) or (t.role == "agent" and content(a.theme) and _no_doer(b)):
            return acts, t
    return None


def undergoer_count_conflict(a: ClaimRef, b: ClaimRef) -> tuple[Tally, Tally] | None:
    """`a` counts the people its act was done to ('Fourteen people were arrested at the festival on Saturday')
    and `b` counts the act's noun after a light verb ('Police made 23 arrests at the festival on Saturday'):
    an act done to a person is one per person (an arrest, a rescue, an eviction; the noun names the act and
    its count the undergoers: Grimshaw 1990 ch. 3 on result and event nominals), so the two count one thing.
    At values apart, in one time, with `a`'s other phrase ('the festival in Bendigo') told in `b`."""
    if a.polarity != "positive" or b.polarity != "positive" or b.predicate not in LIGHT_VERBS \
            or a.predicate in LIGHT_VERBS or not same_time(a, b):
        return None
    # the act's undergoers: its object, or a passive's subject ('Fourteen people were arrested')
    people = [c for c in counts(a) if (c.role == "theme" or doer_passive(a)) and (c.unit in PEOPLE or c.unit in PERSON_NOUNS)]
    if len(people) != 1:
        return None
    # the phrase without the count says where or to what ('the festival in Bendigo'); with one phrase, its
    # words after the counted noun
    counted = [p for p in (a.agent, a.theme) if p and re.search(r"\d|\b(?:" + "|".join(NUMBER_WORDS) + r")\b", p.lower())]
    rest = [p for p in (a.agent, a.theme) if p and p not in counted]
    place = rest[0] if rest else " ".join(words_of(counted[0] if counted else "") - {people[0].unit} - PEOPLE)
    if not told_in(place, b) or not content(place) - PEOPLE - set(NUMBER_WORDS):
        return None
    x = Tally(people[0].low, people[0].high, people[0].unit, "theme")
    for t in tallies(b):
        if t.role == "theme" and not t.of_set and _nominal_of(a.predicate, t.noun) and apart(x, t):
            return x, t
    return None


def _no_doer(claim: ClaimRef) -> bool:
    """A passive clause without a 'by' phrase: its acts are counted whoever did them."""
    return _PASSIVE.search(claim.text) is not None and re.search(r"(?i)\bby\b", claim.text) is None


def partitive_conflict(a: ClaimRef, b: ClaimRef) -> tuple[Tally, Tally] | None:
    """Two parts of one definite set for one act, apart. In one time (same_time), or neither dated and the
    later report counting fewer: a part of a fixed set that an act has reached only grows, so a later,
    smaller count is another account, a larger one an update."""
    if a.predicate != b.predicate or a.polarity != "positive" or b.polarity != "positive":
        return None
    for x in tallies(a):
        for y in tallies(b):
            if not (x.of_set and x.of_set == y.of_set and apart(x, y) and _one_role(x, a, y, b)):
                continue
            if same_time(a, b) or _falls(x, a, y, b):
                return x, y
    return None


def passive(claim: ClaimRef) -> bool:
    """The claim's sentence has a passive verb group ('were removed', 'was born'): its subject undergoes the act."""
    return _PASSIVE.search(claim.text) is not None


def _one_role(x: Tally, a: ClaimRef, y: Tally, b: ClaimRef) -> bool:
    """The part is what the act is done to on both sides: the object, or a passive's subject."""
    return all(t.role == "theme" or _PASSIVE.search(c.text) for t, c in ((x, a), (y, b)))


def _falls(x: Tally, a: ClaimRef, y: Tally, b: ClaimRef) -> bool:
    if "stated" in (a.scope_basis, b.scope_basis) or a.published is None or b.published is None \
            or a.published == b.published:
        return False
    earlier, later = (x, y) if a.published < b.published else (y, x)
    return later.high < earlier.low
