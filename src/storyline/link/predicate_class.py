"""Event identity by predicate class: two verbs that tell one act, read from WordNet 3.0.

The disputes compared two claims' acts by their lemma or one equivalence group (propositions.
same_predicate, rules/equivalents.toml: a lemma's frequent senses, groups of at most eight). That
is lexical: the same count told with 'vaccinated' and 'immunised', a finding told with 'found' and
'spotted', a denial that a limit 'has changed' against a report that it 'was lowered' were never
one act. rules/predicate_classes.toml (scripts/build_predicate_classes.py) lists, for each news verb,
the lemmas sharing one of its first three synsets (`synonyms`) and the news verbs up to two
hypernym steps above them (`broader`: lower -> change, decrease; spot -> sight, perceive).

- `one_class`: synonyms either way, or one verb broader than the other (a count or a date of one
  act told by a verb and its troponym: 'detected' / 'found');
- one group of rules/disputes.toml [one_act_verb_groups]: verbs of one act in a later WordNet sense or gloss
  ('lifted its ban' / 'revoked the ban', 'restored' / 'reconnected' / 'resumed');
- `denies_broader`: a denial whose verb is broader than the report's ('has not changed' denies
  'was lowered', 'nobody moved it' denies 'it was towed'); never the reverse ('was not lowered'
  leaves 'has changed' open).
"""
from __future__ import annotations

from functools import cache

from storyline import rules

# verbs of being, having and doing, and the bare reporting verb: every state is 'be' and every act is
# 'do', so they class nothing (scripts/build_predicate_classes.py leaves them out of `broader` too)
LIGHT = frozenset({"be", "have", "do", "make", "get", "go", "come", "take", "give", "put", "set", "let", "say", "act"})


@cache
def _classes() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    return {e["verb"]: (frozenset(e.get("synonyms", ())), frozenset(e.get("broader", ())))
            for e in rules.entries("predicate_classes", "predicate_classes")}


@cache
def _groups() -> dict[str, frozenset[str]]:
    """Verbs of one act past WordNet's first senses (rules/disputes.toml [one_act_verb_groups]: 'lift' /
    'revoke', 'restore' / 'reconnect' / 'resume'), each verb to its group's other verbs."""
    out: dict[str, set[str]] = {}
    for entry in rules.entries("disputes", "one_act_verb_groups"):
        for verb in entry["words"]:
            out.setdefault(verb, set()).update(v for v in entry["words"] if v != verb)
    return {v: frozenset(g) for v, g in out.items()}


def synonyms(verb: str) -> frozenset[str]:
    return _classes().get(verb, (frozenset(), frozenset()))[0]


def broader(verb: str) -> frozenset[str]:
    return _classes().get(verb, (frozenset(), frozenset()))[1]


def one_class(p: str, q: str) -> bool:
    """The two verbs tell one act: the same, synonyms in WordNet, or one broader than the other."""
    if not p or not q or p in LIGHT or q in LIGHT:
        return False
    return p == q or q in synonyms(p) or p in synonyms(q) or q in broader(p) or p in broader(q) \
        or q in _groups().get(p, frozenset())


def denies_broader(denial: str, report: str) -> bool:
    """The denial's verb is broader than the report's: denying the general act denies the specific one
    ('the limit has not changed' / 'the limit was lowered'). A synonym of a first-three-senses synset is no
    such verb: on the real dev stories 'need' / 'want', 'start' / 'begin', 'show' / 'present' paired
    unrelated clauses."""
    if not denial or not report or denial in LIGHT or report in LIGHT:
        return False
    return denial != report and denial in broader(report)
