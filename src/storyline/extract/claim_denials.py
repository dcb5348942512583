"""Propositions a sentence denies without a denial verb over a that-clause: one reading, by position.

A denial is a proposition under a frame that calls it untrue. In the FNC-1 dev bodies that disagree with
a headline (91 of 451) the frame is spread over many shapes, none dominant (benchmarks/data/
dispute_families/README.md, claims27): a denial verb over a that-clause (read by claims._verb_frames), a
denial verb over a gerund ('denied taking', 5 in 4 bodies: claims._gerund_frames), over a report noun
('rejected claims that', 4 in 4: claims._denied_report), a falsity predicate over a report noun or clause
('reports … are lies', 5 in 5), 'no truth' / 'not true' / 'untrue' (7 in 7). This module reads the
positions the parse gives those frames, whatever the word that fills them:

- a falsity adjective ([falsity_adjectives]) predicated of a clause: as the clause's noun's predicate
  ('the notion that X is wrong'), or of an extraposed that-clause ('it was untrue that X', 'it is false
  that X': Huddleston & Pullum 2002 ch. 16 §7, extraposition of a content clause subject);
- a report noun ([report_nouns]) as the object of 'in' / 'to' after a truth noun a negative determiner
  denies ('There is no truth in the suggestion that X', 'no basis for claims that X': [truth_nouns]);
- a passive gerund-participial under a verb of the gerund frames ('denied being investigated by X'):
  its understood subject is the denier (subject control, H&P ch. 14 §4) and it undergoes the act, so the
  by-phrase names the doer and the denier is the undergoer.
"""
from __future__ import annotations

from storyline import rules

FALSITY = rules.words("claims", "falsity_adjectives")
TRUTH_NOUNS = rules.words("claims", "truth_nouns")
REPORT_NOUNS = rules.words("claims", "report_nouns")
_NEGATIVE_DETERMINERS = frozenset(["no"])
_EXPLETIVE = frozenset(["it"])


def _children(token, *deps: str) -> list:
    return [c for c in token.children if c.dep_ in deps]


def falsified_clause(verb):
    """The clause a copula's falsity predicate calls untrue: 'the notion that X is wrong', 'it was untrue
    that X' → X's verb (read with negative polarity), else None."""
    if verb.lemma_ != "be" or not any(c.lemma_.lower() in FALSITY for c in _children(verb, "acomp", "attr")):
        return None
    subject = (_children(verb, "nsubj") or [None])[0]
    if subject is None:
        return None
    if subject.lower_ in _EXPLETIVE:  # 'it was untrue that …': the content clause is the real subject
        clause = [c for c in _children(verb, "ccomp") if any(m.lower_ == "that" for m in _children(c, "mark"))]
        if not clause:  # the parser may hang the clause on the adjective ('untrue [that …]')
            clause = [c for a in _children(verb, "acomp") for c in _children(a, "ccomp")]
        return clause[0] if clause else None
    clause = _children(subject, "acl", "relcl", "ccomp")
    return clause[0] if clause else None


def denied_by_truth_noun(noun) -> bool:
    """'There is no truth in the suggestion that …': the report noun is the object of a preposition after
    a truth noun under a negative determiner, so its clause is denied."""
    prep = noun.head if noun.dep_ == "pobj" else None
    truth = prep.head if prep is not None and prep.dep_ == "prep" else None
    return truth is not None and truth.lemma_.lower() in TRUTH_NOUNS \
        and any(d.lower_ in _NEGATIVE_DETERMINERS for d in _children(truth, "det"))


def passive_gerund(verb) -> bool:
    """'being investigated': a past participle with the gerund 'being' as its passive auxiliary and no
    subject of its own (its subject is the controlling verb's)."""
    return verb.tag_ == "VBN" and any(a.tag_ == "VBG" for a in _children(verb, "auxpass")) \
        and not _children(verb, "nsubj", "nsubjpass")


def by_phrase_doer(verb):
    """The doer a passive's by-phrase names ('being investigated by the authority'), else None."""
    return next((p for a in _children(verb, "agent") for p in _children(a, "pobj")), None)
