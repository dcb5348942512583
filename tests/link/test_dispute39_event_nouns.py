"""dispute39: one event named by two nouns of one kind as the subject, dated two ways by two tellers (invented
sentences, not from any case)."""
from __future__ import annotations

import datetime as dt

from storyline.link.claim_ref import ClaimRef
from storyline.link.event_noun_dates import event_group, event_noun_dates


def ref(article: str, text: str, predicate: str, agent: str, day: dt.date) -> ClaimRef:
    return ClaimRef(article, 0, len(text), text, f"teller {article}", predicate, "positive", "asserted",
                    frozenset(), (), (day, day), agent=agent, scope_basis="stated")


SILO = ref("a", "The explosion at the Corran grain silo happened on March 3, the operator said.", "happen",
           "The explosion at the Corran grain silo", dt.date(2026, 3, 3))
SILO_AGAIN = ref("b", "The blast at the Corran grain silo on February 24 injured three drivers.", "injure",
                 "The blast at the Corran grain silo on February 24", dt.date(2026, 2, 24))


def test_event_nouns_of_one_kind() -> None:
    assert event_group("The cave - in at the Tarn quarry") == event_group("The collapse of the quarry wall")
    assert event_group("The walkout by bus drivers") == "strike"
    assert event_group("A fire at the depot") is None
    assert event_group("Drivers of the depot") is None


def test_one_event_dated_twice_by_two_tellers() -> None:
    verdict = event_noun_dates(SILO, SILO_AGAIN, True)
    assert verdict is not None and verdict.kind == "dates"
    assert event_noun_dates(SILO, SILO_AGAIN, False) is None  # one teller, or a hedged claim


def test_another_place_or_another_member_is_another_event() -> None:
    elsewhere = ref("b", "The blast at the Holm paint works on February 24 injured three drivers.", "injure",
                    "The blast at the Holm paint works on February 24", dt.date(2026, 2, 24))
    assert event_noun_dates(SILO, elsewhere, True) is None
    second = ref("b", "A second explosion at the Corran grain silo on February 24 injured three drivers.", "injure",
                 "A second explosion at the Corran grain silo on February 24", dt.date(2026, 2, 24))
    assert event_noun_dates(SILO, second, True) is None
    same_day = ref("b", SILO_AGAIN.text, "injure", SILO_AGAIN.agent or "", dt.date(2026, 3, 3))
    assert event_noun_dates(SILO, same_day, True) is None
