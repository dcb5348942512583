"""dispute40: 'The recall of X was issued on D' is the announcing of that recall, dated against 'announced the
recall of X on D2' (invented sentences, not from any case)."""
from __future__ import annotations

import datetime as dt

from storyline.link.claim_nominal_acts import issued_act
from storyline.link.claim_ref import ClaimRef
from storyline.link.contradictions import _compare


def ref(article: str, text: str, predicate: str, agent: str, theme: str, day: dt.date, speaker: str) -> ClaimRef:
    return ClaimRef(article, 0, len(text), text, speaker, predicate, "positive", "asserted",
                    frozenset({predicate} | {w.strip(".,'").lower() for w in text.split()} - {"the", "of", "on", "was"}), (),
                    (day, day), agent=agent,
                    theme=theme, scope_basis="stated", published=day + dt.timedelta(days=3))


ANNOUNCED = ref("a", "Brambleford Mills announced the recall of its honey oat bars on Thursday.", "announce",
                "Brambleford Mills", "the recall of its honey oat bars on Thursday", dt.date(2026, 3, 12),
                "Brambleford Mills")
ISSUED = ref("b", "The recall of Brambleford Mills' honey oat bars was issued on 6 March, the regulator said.",
             "issue", "The recall of Brambleford Mills' honey oat bars", "6 March", dt.date(2026, 3, 6), "regulator")


def test_an_issued_recall_is_its_announcement() -> None:
    act = issued_act(ISSUED)
    assert act is not None and act.predicate == "announce" and act.agent is None
    verdict = _compare(ANNOUNCED, act)
    assert verdict is not None and verdict.kind == "dates"


def test_no_event_noun_or_an_active_issue_is_left_alone() -> None:
    permit = ref("b", "The permit holder was issued a notice on 6 March.", "issue", "The permit holder", "a notice",
                 dt.date(2026, 3, 6), "regulator")
    assert issued_act(permit) is None
    active = ref("b", "The regulator issued the recall of the bars on 6 March.", "issue", "The regulator",
                 "the recall of the bars", dt.date(2026, 3, 6), "regulator")
    assert issued_act(active) is None


def test_another_product_or_the_same_day_is_no_dispute() -> None:
    other = ref("b", "The recall of Brambleford Mills' rye crackers was issued on 6 March, the regulator said.", "issue",
                "The recall of Brambleford Mills' rye crackers", "6 March", dt.date(2026, 3, 6), "regulator")
    act = issued_act(other)
    assert act is not None and _compare(ANNOUNCED, act) is None
    same_day = ref("b", ISSUED.text, "issue", ISSUED.agent or "", "12 March", dt.date(2026, 3, 12), "regulator")
    act = issued_act(same_day)
    assert act is not None and _compare(ANNOUNCED, act) is None
