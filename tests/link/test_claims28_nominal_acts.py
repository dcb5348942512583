"""claims28: an act told by its event noun ('Kelmer Bus's announcement of 80 job cuts on 4 March sent its shares
down') meets another account of the act's day; an event noun with no day of its own and no occurrence
predicate asserts no act. Invented sentences."""
from __future__ import annotations

import datetime as dt

from storyline.link.claim_nominal_acts import nominal_act, verb_of
from storyline.link.claim_ref import ClaimRef
from storyline.link.contradictions import flag_pair

GROUPS = {"a": "a", "b": "b"}


def ref(article: str, text: str, predicate: str, *, agent: str, theme: str | None, day: dt.date, keywords: str,
        speaker: str) -> ClaimRef:
    return ClaimRef(article, 0, len(text), text, speaker, predicate, "positive", "asserted", frozenset(keywords.split()),
                    (), (day, day), agent=agent, theme=theme, scope_basis="stated", published=dt.date(2025, 3, 7),
                    attributed=False, speaker_kind="outlet")


SENT = ref("a", "Kelmer Bus 's announcement of 80 job cuts on 4 March sent its shares down 6 per cent .", "send",
           agent="Kelmer Bus 's announcement of 80 job cuts on 4 March", theme="its shares", day=dt.date(2025, 3, 4),
           keywords="kelmer bus announcement job cut march send share cent", speaker="Transport Daily")
ANNOUNCED = ref("b", "The 80 job cuts were announced by Kelmer Bus on Wednesday 5 March in a note to staff .", "announce",
                agent="Kelmer Bus", theme="The 80 job cuts", day=dt.date(2025, 3, 5),
                keywords="job cut announce kelmer bus wednesday march note staff", speaker="Union News")


def test_a_deverbal_noun_names_its_verb():
    assert [verb_of(w) for w in ("announcement", "vote", "inspection")] == ["announce", "vote", "inspect"]


def test_an_owned_event_noun_with_its_own_day_is_the_act():
    act = nominal_act(SENT)
    assert act is not None and (act.predicate, act.agent, act.theme) == ("announce", "Kelmer Bus", "80 job cuts")


def test_the_act_told_by_its_noun_meets_another_day_for_it():
    act = nominal_act(SENT)
    assert act is not None
    verdict = flag_pair(act, ANNOUNCED, GROUPS)
    assert verdict is not None and verdict.kind == "dates"


def test_an_event_noun_without_a_day_or_occurrence_asserts_no_act():
    undated = ref("a", "Kelmer Bus 's announcement of 80 job cuts angered the union .", "anger",
                  agent="Kelmer Bus 's announcement of 80 job cuts", theme="the union", day=dt.date(2025, 3, 7),
                  keywords="kelmer bus announcement job cut anger union", speaker="Transport Daily")
    assert nominal_act(undated) is None


def test_a_passive_made_public_makes_its_subject_known():
    from storyline.link.claim_idioms import made_known

    found = made_known("make", "The leak", "The leak was first made public by Dunmere Water on 2 May .")
    assert found is not None and found.theme == "The leak"
    assert made_known("make", "The leak", "The leak was made worse by the frost .") is None
