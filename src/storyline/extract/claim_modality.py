"""A claim's modality from its clause: a modal or hedge, a proposal in the mandative subjunctive, a question,
a condition, a report. Split from extract/claims.py."""
from __future__ import annotations

from storyline import rules

MODALS = rules.mapping("claims", "modals")
HEDGES = rules.mapping("claims", "hedges")
# Verbs whose that-clause in the base form is a proposal, not a fact: "urged that the minister be
# replaced", "insisted that a second test be carried out" (the mandative subjunctive; 6 of 6 such
# claims in 1,378 real news documents are proposals: benchmarks/data/claim_patterns).
MANDATIVE = rules.words("claims", "mandative_verbs")
COMMISSIVE = rules.words("claims", "commissive_verbs")


def _children(token, *deps: str) -> list:
    return [c for c in token.children if c.dep_ in deps]


def _subjunctive(verb) -> bool:
    """A finite clause in the base form ('the minister be replaced', 'that he resign'): its first verb
    form (the verb or its first auxiliary) is tagged VB with a subject and no modal or 'to'."""
    if not _children(verb, "nsubj", "nsubjpass"):
        return False
    auxes = _children(verb, "aux", "auxpass")
    if any(a.lower_ in MODALS or a.lower_ == "to" for a in auxes):
        return False
    return min([verb, *auxes], key=lambda t: t.i).tag_ == "VB"


def claim_modality(verb, cue) -> str:
    """How the clause of `verb` holds: proposed, asked, a modal's or hedge's modality, conditional, reported
    or asserted."""
    if cue is not None and cue.lemma_.lower() in MANDATIVE and _subjunctive(verb):
        return "proposed"
    if cue is not None and any(m.lower_ in ("whether", "if") for m in _children(verb, "mark")):
        # 'declined to say whether the church had received threats': an interrogative content clause
        # expresses a question, not a proposition (Huddleston & Pullum 2002 ch. 11 §5)
        return "asked"
    for c in verb.children:
        if c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS:
            return MODALS[c.lower_]
        if c.dep_ == "advmod" and c.lower_ in HEDGES:
            return HEDGES[c.lower_]
    # an offer's or promise's condition is the offered act's (rules/claims.toml [commissive_verbs]): the parse
    # hangs 'if he steps down' on 'offered' as often as on the infinitive it conditions
    commits = verb.lemma_.lower() in COMMISSIVE and bool(_children(verb, "xcomp"))
    if not commits and any(m.lower_ in ("if", "unless") for a in _children(verb, "advcl") for m in _children(a, "mark")):
        return "conditional"
    return "reported" if cue is not None and cue.lemma_.lower() == "report" else "asserted"
