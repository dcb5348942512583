"""dispute40: a one-word company name as both doers dates one act two ways (invented sentences, not from any
case)."""
from __future__ import annotations

import datetime as dt

from storyline.link.claim_dates import named_doer
from storyline.link.claim_ref import ClaimRef
from storyline.link.contradictions import _compare


def ref(article: str, text: str, agent: str, theme: str, day: dt.date, *,
        bodies: frozenset[str] = frozenset({"quillmoor ltd", "harbour regulator"})) -> ClaimRef:
    return ClaimRef(article, 0, len(text), text, {"a": "The Harbour Ledger", "b": "Coastline Radio"}[article], "warn", "positive", "asserted",
                    frozenset({"warn"}), (), (day, day), agent=agent, theme=theme, scope_basis="stated",
                    bodies=bodies)


FIRST = ref("a", "Quillmoor warned the harbour regulator of a fuel leak on June 2, the regulator said.", "Quillmoor",
            "the harbour regulator of a fuel leak on June 2", dt.date(2026, 6, 2))
LATER = ref("b", "Quillmoor first warned the regulator on 19 June, an internal memo says.", "Quillmoor",
            "the regulator", dt.date(2026, 6, 19))


def test_one_word_name_is_a_named_doer() -> None:
    assert named_doer(FIRST, LATER) == "quillmoor"
    verdict = _compare(FIRST, LATER)
    assert verdict is not None and verdict.kind == "dates"


def test_a_capitalised_common_noun_is_no_name() -> None:
    officials = ref("a", "Officials warned the regulator on June 2.", "Officials", "the regulator", dt.date(2026, 6, 2))
    later = ref("b", "Officials warned the regulator on 19 June.", "Officials", "the regulator", dt.date(2026, 6, 19))
    assert named_doer(officials, later) is None
    assert _compare(officials, later) is None


def test_two_names_or_agreeing_days_are_no_dispute() -> None:
    other = ref("b", "Brantwell warned the regulator on 19 June.", "Brantwell", "the regulator", dt.date(2026, 6, 19),
                bodies=frozenset({"brantwell", "quillmoor ltd"}))
    assert named_doer(FIRST, other) is None
    same_day = ref("b", LATER.text, "Quillmoor", "the regulator", dt.date(2026, 6, 2))
    assert _compare(FIRST, same_day) is None
