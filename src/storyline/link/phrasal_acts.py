"""Phrasal verbs read as the single verb of their act: 'called off the festival' is 'cancel', 'stepped down' is
'resign', 'took part in the march' is 'participate' (rules/disputes.toml [phrasal_acts], from WordNet synsets and
dictionary definitions). The parse keeps the verb and drops its particle, so two accounts of one act told with a
phrasal verb and its one-word synonym never shared a predicate (issue 11's unseen stories)."""
from __future__ import annotations

import re
from functools import cache

from storyline import rules


@cache
def _patterns() -> dict[str, list[tuple[re.Pattern[str], str]]]:
    """verb lemma -> (its forms followed by the particle, the act) for each of its phrasal verbs."""
    out: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for entry in rules.entries("disputes", "phrasal_acts"):
        forms = "|".join(re.escape(f) for f in sorted(entry["forms"], key=len, reverse=True))
        pattern = re.compile(rf"\b(?:{forms})\s+{re.escape(entry['particle'])}\b", re.IGNORECASE)
        out.setdefault(entry["verb"], []).append((pattern, entry["act"]))
    return out


def phrasal_act(predicate: str, text: str) -> str | None:
    """The single verb of the claim's phrasal verb when its sentence has one of the predicate's forms right before
    the particle ('Organisers called off the festival' -> 'cancel'); None when it has no such phrasal verb."""
    for pattern, act in _patterns().get(predicate, ()):
        if pattern.search(text):
            return act
    return None


def ends_in_particle(text: str) -> bool:
    """The text ends with a phrasal verb of [phrasal_acts] ('Organisers called off'): its last word is the verb's
    particle, not a preposition opening the phrase after it ('called off the festival': the festival is the
    object)."""
    tail = text[-40:]
    return any(m.end() == len(tail) for patterns in _patterns().values() for pattern, _act in patterns
               for m in pattern.finditer(tail))
