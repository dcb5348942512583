"""claims28's count readings (invented sentences): an irregular participle makes a passive ('were shut'), a
day's name parsed as the object leaves the passive's subject as what the act is done to, and capitalised name
words before the counted noun are its modifiers, not the noun ('Eleven Marlow County libraries')."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from storyline.link.claim_counts import counts
from storyline.link.claim_doer import passive
from storyline.link.claim_ref import ClaimRef
from storyline.link.contradictions import flag_pair

GROUPS = {"a": "a", "b": "b"}
DAY = dt.date(2025, 2, 6)
WEDNESDAY = (dt.date(2025, 2, 5), dt.date(2025, 2, 5))


def ref(article: str, text: str, predicate: str, *, agent: str | None, theme: str | None, speaker: str,
        keywords: str) -> ClaimRef:
    return ClaimRef(article, 0, len(text), text, speaker, predicate, "positive", "asserted",
                    frozenset(keywords.split()), (), WEDNESDAY, agent=agent, theme=theme, scope_basis="stated",
                    published=DAY, attributed=True, speaker_kind="org", cue="say")


SHUT = ref("a", "Eleven Marlow County libraries were shut on Wednesday because of flooding , the council said .",
           "shut", agent="Eleven Marlow County libraries", theme="Wednesday", speaker="council",
           keywords="eleven marlow county library shut wednesday flooding")
CLOSED = ref("b", "The county closed six libraries on Wednesday , a spokeswoman said .", "close",
             agent="The county", theme="six libraries", speaker="spokeswoman",
             keywords="county close six library wednesday")


def test_an_irregular_participle_after_be_is_a_passive():
    assert passive(SimpleNamespace(predicate="shut", text="Eleven libraries were shut on Wednesday"))
    assert passive(SimpleNamespace(predicate="sell", text="2,000 tickets were sold"))
    assert not passive(SimpleNamespace(predicate="sell", text="The club sold 2,000 tickets"))
    assert passive(SimpleNamespace(predicate="investigate", text="it is being investigated"))


def test_name_words_before_the_counted_noun_modify_it():
    (count,) = counts(SHUT)
    assert (count.low, count.unit, count.role) == (11, "library", "theme")


def test_a_capitalised_head_stays_the_counted_noun():
    told = ref("a", "About 30 Britons in the resort were evacuated .", "evacuate", agent="About 30 Britons in the resort",
               theme=None, speaker="x", keywords="briton resort evacuate")
    assert counts(told)[0].unit == "briton"


def test_two_counts_of_one_closing_told_by_two_verbs_conflict():
    verdict = flag_pair(SHUT, CLOSED, GROUPS)
    assert verdict is not None and verdict.kind == "figures"


def test_a_short_verbs_doubled_participle_is_a_passive():
    assert passive(SimpleNamespace(predicate="bar", text="The firm has been barred from bidding"))
    assert passive(SimpleNamespace(predicate="sue", text="The airline was sued by a union"))
    assert not passive(SimpleNamespace(predicate="bar", text="The council barred the firm"))


def test_the_adjective_used_to_is_no_passive():
    assert not passive(SimpleNamespace(predicate="use", text="The island was not used to dealing with storms"))
    assert passive(SimpleNamespace(predicate="use", text="The grant was used to buy two ambulances"))
