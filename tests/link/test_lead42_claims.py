"""The lead's forty-second invented story (a cruise ship's outbreak): a claim bounded by an event its sentence
names but does not date ('before the voyage') holds before that event, not on its publication day. Invented
sentences."""
from conftest import extracted_flags as _flags
from storyline.link.claim_time import before_event

DENIED = "The Vellin Ledger reported that the operator has denied that crew members were sick before the voyage."
AMONG = "Eleven crew members were among the sick, the foreign ministry said on Friday."


def test_a_claim_before_an_undated_event_meets_no_claim_of_the_days_after_it():
    assert _flags((DENIED, "2024-03-07"), (AMONG, "2024-03-08")) == []


def test_the_event_a_claim_holds_before():
    assert before_event("several cooks had fallen ill before the ship left port") == {"ship", "port"}
    assert before_event("no one showed symptoms prior to their departure") == {"departure"}
    assert before_event("were sick during the voyage") == frozenset()
    assert before_event("before June") == frozenset()  # a date is a time expression, read as the claim's time
