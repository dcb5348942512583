"""The source mention of a reporting cue: the head token of who says, thinks or wants it.

Mostly the cue's subject ("Smith said"); failing that the subject of the verb the cue hangs from
("…, adding that …", "by saying …", "went on to say …"), the agent of a passive ("was endorsed by
the union"), the possessor of a noun cue ("his claim that …"), or a nominal right beside the verb
when the parse gives it no subject. Never a token inside quote marks.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.extract.cues import is_according
from storyline.extract.marks import MarkIndex
from storyline.extract.speaker_words import age_years
from storyline.rules import words

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
TIMES = frozenset({"DATE", "TIME"})
# A cue hanging from another verb takes that verb's subject: "…, adding that", "went on to say",
# "by saying" (through the preposition), "a statement saying" (the noun itself).
CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp"})
CLAUSE_PREPOSITIONS = words("speakers", "clause_prepositions")


def source_of(cue: Token, marks: MarkIndex) -> Token | None:
    """The head token of the source mention of a reporting cue (never inside quote marks)."""
    if is_according(cue):
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if any(c.dep_ == "nsubjpass" for c in cue.children):
        return _agent(cue)  # a passive names its source with 'by', or not at all
    if fronted_participle(cue):
        return _agent(cue)
    for tok in (_subject(cue) or _clause_object(cue) or _climbed(cue, marks), _adjacent_left(cue, marks),
                _adjacent_right(cue)):
        # 'Trump this week also said' parsed with 'week' as the subject; an age is no time, though
        # the recognizer labels 'the 58-year-old' a DATE
        if tok is not None and not marks.covers(tok.idx) and (tok.ent_type_ not in TIMES or age_years(tok)):
            return tok
    return None


def fronted_participle(cue: Token) -> bool:
    """'Asked about the cause, Vandermeer said …': a past participle set before the clause it
    modifies, without a subject, is passive — the main clause's subject was asked, and who asked
    goes unsaid (PolNeAR annotates such a cue as an attribution with no source; polnear-dev
    'Asked to describe …, O'Neill said')."""
    return (cue.tag_ == "VBN" and cue.dep_ == "advcl" and cue.i < cue.head.i
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in cue.children))


def _clause_object(cue: Token) -> Token | None:
    """'…, a day after a television station reported that …' parsed with 'station' the object of
    'after' and the cue without a subject: a preposition that takes a clause, hanging from the cue
    before it, whose object ends right before the cue, holds the cue's subject (the main clause's
    subject would otherwise be climbed to: 'Kestrel denied …, after the station reported')."""
    for prep in cue.lefts:
        if prep.dep_ != "prep" or prep.lower_ not in CLAUSE_PREPOSITIONS:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ in NOMINAL and max(t.i for t in obj.subtree) == cue.i - 1:
            return obj
    return None


def _climbed(cue: Token, marks: MarkIndex) -> Token | None:
    """The subject of the verb a participle or infinitive cue hangs from, up to three verbs up
    ('went on to say', 'after saying …, she was …')."""
    tok = cue
    for _ in range(3):
        head = tok.head
        if head.i == tok.i or marks.covers(head.idx):
            return None
        if tok.dep_ == "acl" and head.pos_ in ("NOUN", "PRON") and tok.tag_ == "VBG":
            return head  # "one saying that …"
        if tok.dep_ == "pcomp" and head.pos_ == "ADP":
            head = head.head  # "responded by saying …": through the preposition
        if tok.dep_ not in CLIMB_DEPS | {"pcomp"} or head.pos_ not in ("VERB", "AUX"):
            return None
        subj = _actor(head)
        if subj is not None:
            return subj
        tok = head
    return None


def _actor(verb: Token) -> Token | None:
    """Who does what the verb says, passive or not ('she was whisked off after saying …')."""
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is not None and subj.dep_ == "nsubjpass":
        return _agent(verb) or (subj if subj.pos_ in ("PRON", "PROPN") else None)
    return subj


def _subject(verb: Token) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    subj = subjects[0] if subjects else None
    # 'said medical officer of health Dr. Anil Mehta': the small parser makes the title before an inverted
    # subject's name a second subject; the name is the source (Canadian and British papers put the title
    # first in lower case; lead33)
    named = next((c for c in subjects[1:] if c.pos_ == "PROPN" and c.ent_type_ == "PERSON" and c.i > verb.i), None)
    if subj is not None and named is not None and subj.pos_ == "NOUN" and subj.i > verb.i:
        subj = named
    if subj is None or subj.dep_ == "nsubjpass":
        return None  # "the plan was backed (by the union)", "he was told": not who holds the view
    return subj  # "Rubio, who said …": 'who', resolved to Rubio by the speaker resolver


def _agent(verb: Token) -> Token | None:
    """'… was endorsed by the union': the object of the agent 'by'."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _adjacent_left(cue: Token, marks: MarkIndex) -> Token | None:
    """'a senior official of the X administration said Monday' parsed without a subject: the
    nominal right before the verb, climbed out of 'of'-phrases to the described noun, and out of
    an apposition set off by commas ('…,” Flynn, a top surrogate, said')."""
    i = cue.i - 1
    while i >= 0 and _skippable(cue.doc[i]):
        i -= 1
    if i > 0 and cue.doc[i].text == "," and cue.doc[i - 1].dep_ == "appos":
        i -= 1
    if i >= 0 and age_years(cue.doc[i]):  # '“…?” the 64-year-old asked', the age parsed as the verb's modifier
        return cue.doc[i]
    if i < 0 or cue.doc[i].pos_ not in NOMINAL or cue.doc[i].ent_type_ in TIMES:
        return None
    tok = cue.doc[i]
    # climb a name's parts to their head, never to the cue: 'state records show' is parsed with
    # 'records' a compound of the verb, and the verb's subtree became the source's description
    while tok.dep_ in ("compound", "flat") and tok.i < tok.head.i < cue.i:
        tok = tok.head
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in NOMINAL:
        tok = tok.head.head
    while tok.dep_ == "appos" and tok.head.i < tok.i and tok.head.pos_ in NOMINAL and not marks.covers(tok.head.idx) \
            and not _named_after_object(tok):
        tok = tok.head
    return tok


def _named_after_object(tok: Token) -> bool:
    """'Speaking to Harbour Radio, Cllr Ann Boyd of the district council said': a person's name the parser hangs
    as an apposition on the object of a preposition before it (the station the fronted 'Speaking to' names)
    is the verb's subject, not a description of that object; the listener says nothing (branch probe35: the
    quote went to the programme). A description in apposition ('Flynn, a top surrogate, said') is no name."""
    return tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON" and tok.head.dep_ == "pobj"


def _skippable(tok: Token) -> bool:
    """Words between a source and its verb: adverbs, auxiliaries and a time adjunct ('X also said',
    'X has said', 'X on Dec 1 swore …', which the parser can leave without a subject)."""
    return (tok.pos_ in ("ADV", "AUX", "PART") or (tok.ent_type_ in TIMES and not age_years(tok))
            or (tok.pos_ == "ADP" and tok.lower_ in ("on", "in", "at")))


def _adjacent_right(cue: Token) -> Token | None:
    """'…,” added the official.' — inverted order, only right after a comma or closing mark."""
    if cue.i == 0 or not cue.doc[cue.i - 1].is_punct:
        return None
    window = list(cue.doc[cue.i + 1: cue.i + 7])
    ids = {t.i for t in window}
    for tok in window:
        if tok.is_punct:
            return None
        if tok.ent_type_ in TIMES:
            continue  # '…,” Flynn said Thursday morning' must not make the morning speak
        if tok.pos_ in NOMINAL and (tok.head.i in (cue.i, tok.i) or tok.head.i not in ids):
            return tok
    return None
