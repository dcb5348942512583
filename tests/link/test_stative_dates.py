"""Two stated days for a state ('remained in the hospital on Monday' / 'on Thursday'): two observations,
not two dates of one event (invented text)."""
import datetime as dt

from storyline.link.claim_ref import ClaimRef
from storyline.link.contradictions import flag_pair


def test_two_days_for_a_state_are_two_observations_not_two_dates_of_one_event():
    def stay(text, day, n):
        return ClaimRef("a" + text[:3], 0, len(text), text, "spokesman " + text[:3], "remain", "positive", "asserted",
                        frozenset({"remain", "people", "hospital"}), (), (day, day), agent=f"{n} people",
                        theme="the hospital", scope_basis="stated", published=dt.date(2025, 1, 24))
    monday = stay("Seven people remained in the hospital on Monday .", dt.date(2025, 1, 20), "Seven")
    thursday = stay("Three people remained in the hospital on Thursday .", dt.date(2025, 1, 23), "Three")
    assert flag_pair(monday, thursday, {}) is None
    died = [stay(t, d, n) for t, d, n in ((monday.text, monday.scope[0], "Seven"), (thursday.text, thursday.scope[0], "Three"))]
    died = [ClaimRef(**{**{f: getattr(c, f) for f in ClaimRef.__slots__}, "predicate": "die"}) for c in died]
    assert flag_pair(died[0], died[1], {}) is not None  # an event told on two days is still two dates
