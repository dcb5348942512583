"""Generic kinds the unseen stories missed (invented text; branch claims17), each through the function
link/contradictions.py calls."""
from __future__ import annotations

import datetime as dt

from storyline.link.claim_period_counts import period_count_conflict
from storyline.link.claim_recounts import recounted
from storyline.link.claim_ref import ClaimRef
from storyline.link.propositions import singular

MAY = (dt.date(2023, 5, 1), dt.date(2023, 5, 31))


def ref(text: str, predicate: str, agent: str | None, theme: str | None, *, speaker: str = "the Courier",
        scope=None, basis: str = "published", published: dt.date = dt.date(2023, 6, 2),
        polarity: str = "positive") -> ClaimRef:
    keywords = frozenset(singular(w.strip(".,").lower()) for w in text.split()) | {predicate}
    return ClaimRef("a" + speaker, 0, len(text), text, speaker, predicate, polarity, "asserted", keywords, (),
                    scope or (published, published), agent=agent, theme=theme, scope_basis=basis, published=published)


UNDATED = ref("The hailstorm damaged 415 cars and flattened two barns.", "damage", "The hailstorm", "415 cars")
DATED_LOWER = ref("The hailstorm damaged 290 cars in May 2023.", "damage", "The hailstorm", "290 cars",
                  speaker="the Gazette", scope=MAY, basis="stated", published=dt.date(2024, 1, 9))


def test_a_finished_act_counted_lower_by_a_later_report_that_dates_it():
    assert period_count_conflict(UNDATED, DATED_LOWER) is not None
    assert recounted(DATED_LOWER, UNDATED) is not None


def test_a_rise_another_doer_or_a_period_still_open_is_not_read():
    higher = ref("The hailstorm damaged 520 cars in May 2023.", "damage", "The hailstorm", "520 cars",
                 speaker="the Gazette", scope=MAY, basis="stated", published=dt.date(2024, 1, 9))
    assert period_count_conflict(UNDATED, higher) is None  # more found later: an update
    other = ref("The tornado damaged 290 cars in May 2023.", "damage", "The tornado", "290 cars",
                speaker="the Gazette", scope=MAY, basis="stated", published=dt.date(2024, 1, 9))
    assert period_count_conflict(UNDATED, other) is None
    early = ref("The hailstorm damaged 415 cars.", "damage", "The hailstorm", "415 cars",
                published=dt.date(2023, 5, 20))
    assert period_count_conflict(early, DATED_LOWER) is None  # the first report came before May was over


def test_a_denial_of_causing_meets_a_finding_under_another_verb_of_the_frame():
    from storyline.link.claim_frame_acts import frame_act_conflict

    denial = ref('"Our pipeline did not cause this flood," said Tomas Reyes, Valecrest Water\'s director.', "cause",
                 "Our pipeline", "this flood", speaker="Tomas Reyes", polarity="negative")
    finding = ref("Engineers found that the flood was triggered by a Valecrest Water main under Elm Street.", "trigger",
                  "a Valecrest Water main under Elm Street", "the flood", speaker="the Gazette")
    assert frame_act_conflict(denial, finding) is not None
    other = ref("Engineers found that the flood was triggered by a county storm drain under Elm Street.", "trigger",
                "a county storm drain under Elm Street", "the flood", speaker="the Gazette")
    assert frame_act_conflict(denial, other) is None  # the finding names another party


def test_two_verbs_of_switching_off_with_their_particle():
    from storyline.link.claim_frame_acts import frame_act_conflict, frame_of

    did = ref("The plant said it switched off the boilers on Friday as a precaution.", "switch", "it", "the boilers",
              speaker="the plant")
    never = ref('"The boilers were never shut down," said inspector Ada Brill.', "shut", "The boilers", None,
                speaker="Ada Brill", polarity="negative")
    assert frame_act_conflict(did, never) is not None
    assert frame_of(ref("The guard shut the gate.", "shut", "The guard", "the gate")) is None  # no particle


def test_paying_no_fine_denies_being_fined():
    from storyline.link.claim_denial import same_participants
    from storyline.link.propositions import Proposition

    fined = ref("The state fined Corliss Dairy $40,000 in 2021.", "fine", "The state", "Corliss Dairy $ 40,000")
    never = ref("Corliss Dairy has never paid a state fine, its owner said.", "pay", "Corliss Dairy", "a state fine",
                speaker="its owner", polarity="negative")
    found = Proposition("claim about fine, corliss", frozenset({"fine", "name:corliss"}))
    assert same_participants(never, fined, found)
    other = ref("Brookfield Farms has never paid a state fine, its owner said.", "pay", "Brookfield Farms",
                "a state fine", speaker="its owner", polarity="negative")
    assert not same_participants(other, fined, found)
