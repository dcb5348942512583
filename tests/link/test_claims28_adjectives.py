"""claims28: an attributive participle adjective ('a detailed report') is no shared word with the noun its stem
spells ('no bank details were stored'); it still meets the verb it is the participle of ('no confirmed cases' /
'confirmed a case')."""
from __future__ import annotations

import datetime as dt

from storyline.link.claim_ref import ClaimRef
from storyline.link.contradictions import flag_pair
from storyline.link.propositions import shared_stems

GROUPS = {"a": "a", "b": "b"}
DAY = dt.date(2025, 11, 20)


def ref(article: str, text: str, predicate: str, polarity: str, *, agent: str, theme: str, speaker: str,
        keywords: str) -> ClaimRef:
    return ClaimRef(article, 0, len(text), text, speaker, predicate, polarity, "asserted",
                    frozenset(keywords.split()), (), (DAY, DAY), agent=agent, theme=theme, scope_basis="reported",
                    published=DAY, attributed=True, speaker_kind="org", cue="say")


SOUGHT = ref("a", "The pharmacy chain sought a detailed report from its software supplier on the breach of its systems , "
             "the chain said .", "seek", "positive", agent="The pharmacy chain", theme="a detailed report",
             speaker="chain", keywords="pharmacy chain seek detailed report software supplier breach system")
NOT_STORED = ref("b", "No payment card or bank details were stored on the systems hit by the breach , a spokeswoman "
                 "for the regulator said .", "store", "negative", agent="No payment card or bank details",
                 theme="the systems", speaker="spokeswoman",
                 keywords="payment card bank detail store system hit breach")


def test_an_attributive_adjective_shares_no_word_with_the_noun_of_its_stem():
    assert "detailed" not in shared_stems(SOUGHT, NOT_STORED)
    assert flag_pair(SOUGHT, NOT_STORED, GROUPS) is None


def test_an_attributive_adjective_meets_the_verb_it_is_the_participle_of():
    none_confirmed = ref("b", "There are no confirmed cases of the fever in Dunmore , the health board said .", "be",
                         "negative", agent="There", theme="no confirmed cases of the fever in Dunmore",
                         speaker="health board", keywords="confirmed case fever dunmore be")
    confirmed = ref("a", "The hospital confirmed a case of the fever in Dunmore on Tuesday .", "confirm", "positive",
                    agent="The hospital", theme="a case of the fever", speaker="hospital",
                    keywords="hospital confirm case fever dunmore")
    assert "confirmed" in shared_stems(none_confirmed, confirmed)
