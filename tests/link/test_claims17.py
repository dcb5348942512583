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
