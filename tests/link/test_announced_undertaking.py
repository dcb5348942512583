"""Two outlets each dating one announced undertaking to its own publication day ('announced on Monday that
it would close the warehouse' in Monday's paper, 'announced Tuesday that it would close' in Tuesday's):
two accounts of one day (invented text)."""
import datetime as dt

from storyline.link.claim_ref import ClaimRef
from storyline.link.contradictions import flag_pair


def _told(text, theme, day):
    return ClaimRef("a" + str(day), 0, len(text), text, "Outlet " + str(day), "announce", "positive", "asserted",
                    frozenset({"announce", "close", "dock", "road", "warehouse", "month"}), (), (day, day),
                    agent="Tarrow Chemicals", theme=theme, scope_basis="stated", published=day)


MONDAY = _told("Tarrow Chemicals announced on Monday that it would close the Dock Road warehouse for three months .",
               "that it would close the Dock Road warehouse for three months", dt.date(2024, 4, 15))
TUESDAY = _told("Tarrow Chemicals announced Tuesday that it would close its Dock Road warehouse for three months .",
                "that it would close its Dock Road warehouse for three months", dt.date(2024, 4, 16))


def test_one_undertaking_dated_to_each_reports_own_day_is_two_accounts():
    verdict = flag_pair(MONDAY, TUESDAY, {})
    assert verdict is not None and verdict.kind == "dates"


def test_a_state_announced_on_each_day_is_still_two_events():
    restored = [ClaimRef(**{**{f: getattr(c, f) for f in ClaimRef.__slots__},
                            "theme": "that it had restored services to the Dock Road warehouse"}) for c in (MONDAY, TUESDAY)]
    assert flag_pair(restored[0], restored[1], {}) is None
