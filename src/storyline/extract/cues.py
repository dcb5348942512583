"""Reporting cues: the words that attribute a statement or attitude to a source.

PolNeAR's notion of attribution (and storyline's) is wider than speech: beliefs, knowledge,
intentions, support and opposition, evaluations, decisions and findings are attributed too ("Lowell
plans to …", "the court ruled that …", "Trump attacked the plan"). The verbs are grouped by the
frame that carries their content: a clause ("said that …", "wants to …"), a direct object ("opposed
the deal"), or a preposition ("called for …"). The groups are verb classes of English (speech,
judgement, conjecture, desire, support, perception, evidence, decree), not lists fitted to one
corpus; where polnear-dev measured a choice, the comment gives the figure.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from storyline import rules

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that introduce a direct or partial quote: speech and its manner ("…,” smiled Lowell").
QUOTE_VERBS = rules.words("speakers", "quote_verbs")

# Speech, conjecture, desire, perception, evidence and decree verbs whose clause is attributed
# ("X said (that) …", "X wants to …", "the report shows that …", "the court ruled that …").
CLAUSE_VERBS = rules.words("speakers", "clause_verbs")

# Left out, as actions rather than attitudes (PolNeAR's guidelines; on polnear-dev each predicted
# more false than true attributions): suppose ('is supposed to'), require, order, raise (taxes),
# investigate, examine, focus on, invite.
# Verbs whose direct object is the attributed content ("opposed the deal", "denied it", "cited a
# poll", "praised her record"): support and opposition, judgement, speech about a thing.
OBJECT_VERBS = rules.words("speakers", "object_verbs")
# Verbs that attribute only with a complement naming or judging the object ("called the charges
# fabricated", "sees the deal as a betrayal"): bare, they are calls, sightings and votes.
NAMING_VERBS = rules.words("speakers", "naming_verbs")
# Objects that report no content: 'the mayor said nothing' is no quote of the mayor's.
EMPTY_OBJECTS = rules.words("speakers", "empty_objects")

# Verb → prepositions that introduce the content ("called for …", "spoke of …").
PREP_CUES: dict[str, frozenset[str]] = {e["verb"]: frozenset(e["preps"])
                                        for e in rules.entries("speakers", "prep_cues")}

_ANY_FRAME = CLAUSE_VERBS | OBJECT_VERBS | NAMING_VERBS | frozenset(PREP_CUES)

# Content clauses and objects.
CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
OBJECT_DEPS = frozenset({"dobj"})
VERBAL = frozenset({"VERB", "AUX"})


def is_quote_cue(tok: Token) -> bool:
    """A verb that can introduce a quotation, or 'according (to)'."""
    return is_according(tok) or (tok.pos_ in VERBAL and tok.lemma_.lower() in QUOTE_VERBS)


def is_reporting_verb(tok: Token) -> bool:
    """A verb of any frame (clause, object, preposition), or 'according (to)'."""
    lemma = tok.lemma_.lower()  # the set test first: it rules out most tokens
    if lemma not in _ANY_FRAME:
        return is_according(tok)
    return tok.pos_ in VERBAL


def is_according(tok: Token) -> bool:
    """'according to X': the cue is the two words, the source the object of 'to'."""
    return tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children)


# Past forms the stems below do not reach ("said", "thought", "found" …).
IRREGULAR_FORMS = rules.words("speakers", "irregular_forms")


def cue_forms_pattern() -> str:
    """A regex source matching any inflection of a cue verb: the stem and any ending ('criticiz'
    covers criticize, criticized, criticizing), plus the irregular past forms. It over-matches a
    little ('caller'), which only costs a parse."""
    verbs = QUOTE_VERBS | CLAUSE_VERBS | OBJECT_VERBS | NAMING_VERBS | frozenset(PREP_CUES)
    verbs |= NOUN_CUES | ADJ_CUES
    stems = sorted({v[:-1] if v.endswith(("e", "y")) and len(v) > 3 else v for v in verbs})
    return r"\b(?:{})\w*|\b(?:{})\b".format("|".join(stems), "|".join(sorted(IRREGULAR_FORMS)))


# Nouns and adjectives that attribute what follows them: "his claim that …", "her plan to …",
# "criticism of the deal", "an opponent of the death penalty", "critical of Trump", "afraid that …".
NOUN_CUES = rules.words("speakers", "noun_cues")
ADJ_CUES = rules.words("speakers", "adjective_cues")
# Words after which a nominal cue's content follows.
NOMINAL_PREPS = frozenset({"of", "about", "for", "to", "on", "against", "over", "with", "that"})


# Every lemma any cue test accepts: a cheap first filter over all tokens.
CUE_LEMMAS = _ANY_FRAME | NOUN_CUES | ADJ_CUES | {"accord", "according"}


def is_nominal_cue(tok: Token) -> bool:
    """A noun or adjective of speech or attitude ('claim', 'critical')."""
    lemma = tok.lemma_.lower()
    return (tok.pos_ == "NOUN" and lemma in NOUN_CUES) or (tok.pos_ == "ADJ" and lemma in ADJ_CUES)
