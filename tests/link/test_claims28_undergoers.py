"""claims28: the people an act was done to and the act's noun after a light verb count one thing ('Nine people
were arrested at the Harbour Fair on Sunday' / 'Police made 17 arrests at the Harbour Fair on Sunday'); another
act's noun, or another place, is no dispute. Invented sentences."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from storyline.link.claim_event_counts import undergoer_count_conflict
from storyline.link.claim_ref import ClaimRef

SUNDAY = (dt.date(2025, 8, 3), dt.date(2025, 8, 3))


def ref(text: str, predicate: str, *, agent: str, theme: str) -> ClaimRef:
    return ClaimRef("x", 0, len(text), text, "source", predicate, "positive", "asserted", frozenset(), (), SUNDAY,
                    agent=agent, theme=theme, scope_basis="stated", published=dt.date(2025, 8, 4))


ARRESTED = ref("Nine people were arrested at the Harbour Fair in Portlow on Sunday , police said .", "arrest",
               agent="Nine people", theme="the Harbour Fair in Portlow")
ARRESTS = ref("Police made 17 arrests at the Harbour Fair in Portlow on Sunday , a spokeswoman said .", "make",
              agent="Police", theme="17 arrests")


def test_the_people_arrested_and_the_arrests_made_count_one_thing():
    found = undergoer_count_conflict(ARRESTED, ARRESTS)
    assert found is not None and (found[0].low, found[1].low) == (9, 17)


def test_arrests_at_another_place_are_another_count():
    elsewhere = replace(ARRESTS, text=ARRESTS.text.replace("Harbour Fair in Portlow", "Quay Market in Dunby"))
    assert undergoer_count_conflict(ARRESTED, elsewhere) is None


def test_another_acts_noun_is_another_count():
    visits = replace(ARRESTS, text=ARRESTS.text.replace("arrests", "visits"), theme="17 visits")
    assert undergoer_count_conflict(ARRESTED, visits) is None
