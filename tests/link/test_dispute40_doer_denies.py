"""dispute40: a body's quoted bare denial that its own reported process exists ('There is no review') denies the
report (invented sentences, not from any case)."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from storyline.link.claim_ref import ClaimRef
from storyline.link.contradictions import flag_pair

GROUPS = {"a": "a", "b": "b"}
DAY = dt.date(2025, 9, 2)


def ref(article: str, text: str, predicate: str, polarity: str, *, agent: str | None, theme: str, speaker: str,
        keywords: str, day: dt.date) -> ClaimRef:
    return ClaimRef(article, 0, len(text), text, speaker, predicate, polarity, "asserted",
                    frozenset(keywords.split()), (), (day, day), agent=agent, theme=theme,
                    scope_basis="published", published=day, attributed=True, speaker_kind="org")


LAUNCHED = ref("a", "The Ledger understands Rowing Tasmania has launched an audit of how coaches are paid at "
               "regional clubs.", "launch", "positive", agent="Rowing Tasmania",
               theme="an audit of how coaches are paid at regional clubs", speaker="The Ledger",
               keywords="rowing tasmania launch audit coach pay regional club", day=DAY)
NO_AUDIT = ref("b", '"There is no audit.', "be", "negative", agent=None, theme="no audit",
               speaker="Rowing Tasmania spokesman", keywords="be audit", day=DAY + dt.timedelta(days=9))


def test_the_doer_denying_its_own_process_denies_the_report() -> None:
    verdict = flag_pair(LAUNCHED, NO_AUDIT, GROUPS)
    assert verdict is not None and verdict.kind == "opposite"


def test_another_body_or_a_denial_with_its_own_target_is_no_dispute() -> None:
    other_body = replace(NO_AUDIT, speaker="Cycling Victoria spokesman")
    assert flag_pair(LAUNCHED, other_body, GROUPS) is None
    other_target = replace(NO_AUDIT, text='"There is no audit of our ticket sales.', theme="no audit of our ticket sales",
                           keywords="be audit ticket sale")
    assert flag_pair(LAUNCHED, other_target, GROUPS) is None


def test_another_process_is_no_dispute() -> None:
    no_inquiry = replace(NO_AUDIT, text='"There is no strike.', theme="no strike", keywords="be strike")
    assert flag_pair(LAUNCHED, no_inquiry, GROUPS) is None
