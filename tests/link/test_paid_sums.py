"""A sum that is the passive subject of a payment verb is that payment's amount (lead session 18, from
probe24's two accounts of what a contractor was paid; invented sentences)."""
from __future__ import annotations

import datetime as dt

from storyline.link.claim_amounts import sum_of, sums_conflict
from storyline.link.claim_ref import ClaimRef


def ref(article: str, text: str, predicate: str, agent: str, theme: str) -> ClaimRef:
    return ClaimRef(article, 0, len(text), text, "board", predicate, "positive", "asserted", frozenset(), (), None,
                    agent=agent, theme=theme, published=dt.date(2024, 12, 2))


PASSIVE = ref("a", "The Gazette has learnt that $412 million had already been paid to the company by October.", "pay",
              "$ 412 million", "the company")
ACTIVE = ref("b", "The board paid $356 million to Corbel Marine under that contract.", "pay", "The board",
             "$ 356 million")


def test_a_sum_paid_in_the_passive_is_the_payments_amount():
    found = sum_of(PASSIVE)
    assert found is not None and found.paid == "pay" and found.amount == 412_000_000
    assert sums_conflict(PASSIVE, ACTIVE)


def test_a_sum_beside_a_payment_it_is_not_the_subject_of_is_no_payment():
    assert sum_of(ref("c", "The firm, valued at $412 million, was paid late.", "pay",
                      "The firm , valued at $ 412 million ,", "")) is None
    assert sum_of(ref("d", "A $412 million contract was signed in March.", "sign", "A $ 412 million contract", "")) is None
