"""A relative clause that makes a claim of its own (a dated 'whose' relative: extract/claims.py frames it), and a
passive's by-phrase doer, not a means or a deadline."""
from __future__ import annotations

from storyline import rules

MEANS_NOUNS = rules.words("claims", "means_nouns")
# an act of making known has a frame of its own (claims._disclosure_frames)
DISCLOSURE = rules.words("claims", "disclosure_events")


def deadline_noun(noun) -> bool:
    """'had been paid by the end of October', 'must be filed by Friday': a by-phrase whose noun is a time
    expression sets a deadline, not a doer (CGEL ch. 7 §7.3, 'by' of time; probe24)."""
    return noun.ent_type_ in ("DATE", "TIME")


def means_noun(noun) -> bool:
    """'by hand', 'by phone', 'by rope': a bare noun of means after 'by' (rules/claims.toml
    [means_nouns]) names how the act was done, not its doer (lead17: 'chairs were inspected by hand'
    took 'hand' for the inspector)."""
    return noun.lemma_.lower() in MEANS_NOUNS \
        and not any(c.dep_ in ("det", "poss", "nummod", "compound", "amod") for c in noun.children)


def by_agent(verb):
    """The doer a passive names in its by-phrase ('has never been fined by the department'): in the
    passive the subject undergoes the act and the by-phrase's noun does it (Huddleston & Pullum 2002
    ch. 16 §10.1), so the pair 'the department fined X' / 'X was never fined by the department' has one
    doer; None when the verb is no passive with a by-phrase."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    return next((p for a in verb.children if a.dep_ == "agent" for p in a.children
                 if p.dep_ == "pobj" and not means_noun(p) and not deadline_noun(p)), None)


def dated_relative(t) -> bool:
    """A relative clause whose subject is the head's part or possession ('whose pump failed'): its subject
    is a noun the claim can name, where 'which closed' names only 'which' and in 'the order she signed'
    the head is the clause's gapped object, which the claim would not name (tests/extract/test_claims.py)."""
    return t.dep_ == "relcl" and t.pos_ == "VERB" and t.lemma_.lower() not in DISCLOSURE \
        and any(w.lower_ == "whose" for c in t.children if c.dep_ in ("nsubj", "nsubjpass") for w in c.children)
