"""claims28: a count told as what a vehicle held at the time ('The ferry had 240 people on board', 'was carrying
310 people') is a located count, as 'There were 240 people on board' is; a capacity in the simple present is
not; a stated day meets a report of the same day. Invented sentences."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from storyline.link.claim_located_counts import located_count_conflict
from storyline.link.claim_ref import ClaimRef

DAY = dt.date(2025, 7, 14)


def ref(article: str, text: str, predicate: str, *, agent: str, theme: str, basis: str,
        report_day: dt.date | None = None) -> ClaimRef:
    return ClaimRef(article, 0, len(text), text, f"source {article}", predicate, "positive", "asserted",
                    frozenset(), (), (DAY, DAY), agent=agent, theme=theme, scope_basis=basis,
                    published=DAY + dt.timedelta(days=1), report_day=report_day, attributed=True, speaker_kind="org")


CARRYING = ref("a", "The Tarnside ferry was carrying 310 people when it hit the pier on Monday , the port said .", "carry",
               agent="The Tarnside ferry", theme="310 people", basis="stated")
ON_BOARD = ref("b", "The Tarnside ferry had 240 people on board , its operator told reporters on Monday night .", "have",
               agent="The Tarnside ferry", theme="240 people on board", basis="reported", report_day=DAY)


def test_two_counts_of_who_was_aboard_told_by_have_and_carrying_conflict():
    assert located_count_conflict(CARRYING, ON_BOARD) is not None


def test_a_capacity_in_the_simple_present_is_no_located_count():
    seats = replace(CARRYING, text="The Tarnside ferry carries 310 people , the port said .")
    assert located_count_conflict(seats, ON_BOARD) is None


def test_a_report_of_another_day_is_another_time():
    later = replace(ON_BOARD, report_day=DAY + dt.timedelta(days=1))
    assert located_count_conflict(CARRYING, later) is None
