"""Two quantified sets: 'None of the five marinas had shore power' against 'two thirds of the boats docking
at the marinas have shore power' speak of two sets (marinas, boats), and a negative universal over one set
says nothing of another (Barwise & Cooper 1981: 'no A B' and 'some C B' are consistent unless the C are
A). Each claim's subject is a partitive (a quantifier, number, fraction or percentage, then 'of' and the
set: rules/disputes.toml [proportion_words] and the quantifier tables); the sets are told apart by their
head nouns. An assertion and a denial over two such sets are no dispute (link/contradictions.py)."""
from __future__ import annotations

import re

from storyline import rules
from storyline.extract.names import fold
from storyline.link.claim_counts import noun_singular
from storyline.link.propositions import PHRASE_END

QUANTIFYING = (rules.words("disputes", "proportion_words") | rules.words("disputes", "partitive_quantifiers")
               | rules.words("disputes", "partial_quantifiers") | rules.words("disputes", "negative_quantifiers")
               | frozenset(w for bound in rules.mapping("disputes", "count_bounds") for w in bound.split())
               | frozenset(rules.mapping("timex", "small_numbers")))
_NUMBER = re.compile(r"\d[\d,.]*%?")


def quantified_set(phrase: str | None) -> str | None:
    """The head noun of the set a partitive subject quantifies ('two thirds of the boats docking at …' ->
    'boat'), or None when the phrase is no partitive."""
    words = fold(phrase or "").replace("%", " % ").split()
    if "of" not in words:
        return None
    i = words.index("of")
    before = words[:i]
    if not before or not all(w in QUANTIFYING or _NUMBER.fullmatch(w) for w in before):
        return None
    group = []
    for w in words[i + 1:]:
        # a post-modifier ends the head: a preposition or relative word, or a participle ('the boats
        # docking at …', 'the wells sampled in November …')
        if w in PHRASE_END or (len(w) >= 5 and (w.endswith("ing") or (w.endswith("ed") and not w.endswith("eed")))
                               and w not in QUANTIFYING):
            break
        group.append(w)
    nouns = [w for w in group if w.isalpha() and w not in QUANTIFYING]
    return noun_singular(nouns[-1]) if nouns else None


def other_sets(a_agent: str | None, b_agent: str | None) -> bool:
    """Both subjects quantify a set, and the sets' heads differ; or one subject is another member of the
    kind the other names ('A rival app, Rokda' / 'the app': rules/disputes.toml [other_referent_modifiers])."""
    x, y = quantified_set(a_agent), quantified_set(b_agent)
    return (x is not None and y is not None and x != y) or _another_of(a_agent, b_agent) or _another_of(b_agent, a_agent)


_OTHER = rules.words("disputes", "other_referent_modifiers")


_ORDINALS = rules.words("disputes", "indefinite_ordinals")


def _another_of(agent: str | None, other: str | None) -> bool:
    words, theirs = (agent or "").lower().split(), (other or "").lower().split()
    others = [w in _OTHER or (w in _ORDINALS and i > 0 and words[i - 1] in ("a", "an")) for i, w in enumerate(words)]
    return any(other_word and nxt in theirs and nxt.isalpha() for other_word, nxt in zip(others, words[1:])) \
        and not any(w in _OTHER for w in theirs)


def other_member(ours: tuple[str | None, ...], theirs: tuple[str | None, ...]) -> bool:
    """One claim's doer or object is another member of a kind the other claim's doer or object names ('A second
    clinic in Pangani' / 'The clinic'; [other_referent_modifiers], [indefinite_ordinals])."""
    return any(_another_of(x, y) or _another_of(y, x) for x in ours for y in theirs)


UNIVERSALS = rules.words("disputes", "universal_quantifiers")
_NEGATED_UNIVERSAL = re.compile(r"(?i)\b(?:not|never|n't)\b(?:\s+[\w'-]+){0,8}?\s+(?:"
                                + "|".join(sorted(UNIVERSALS)) + r")\b")
_UNIVERSAL = re.compile(r"(?i)\b(?:" + "|".join(sorted(UNIVERSALS)) + r")\b")
_PART = re.compile(r"(?i)\b(?:\d[\d,.]*|" + "|".join(sorted(rules.words("disputes", "partial_quantifiers")
                                                          | frozenset(rules.mapping("timex", "small_numbers"))))
                   + r")\s+(?:%\s+|percent\s+)?(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+)?(?:\d[\d,]*\s+)?[a-z]")


def part_against_not_all(a_text: str, b_text: str) -> bool:
    """One claim negates a universal ('had not been checked by hand every morning': not all) and the
    other gives a part with no universal of its own ('chairs were inspected by hand on 11 of the 31
    days'): 'not all' and 'some' are consistent (rules/disputes.toml [universal_quantifiers]), so the pair
    is no dispute; a universal claim ('every chair is inspected each morning') still is (lead17)."""
    for negated, other in ((a_text, b_text), (b_text, a_text)):
        if _NEGATED_UNIVERSAL.search(negated) and _PART.search(other) and not _UNIVERSAL.search(other):
            return True
    return False
