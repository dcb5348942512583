"""dispute44: a value told as the result of a change ('has risen from $410 million to $520 million') and as what
the quantity is ('the cost … is $455 million'), by two asserters of one time, are two values of one quantity
(invented sentences, not from any case; gold written before the first run)."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from storyline.link.claim_ref import ClaimRef
from storyline.link.contradictions import flag_pair

GROUPS = {"a": "a", "b": "b"}
DAY = dt.date(2025, 3, 4)


def ref(article: str, text: str, predicate: str, *, agent: str, theme: str, speaker: str, keywords: str,
        day: dt.date, kind: str = "outlet") -> ClaimRef:
    return ClaimRef(article, 0, len(text), text, speaker, predicate, "positive", "asserted",
                    frozenset(keywords.split()), (), (day, day), agent=agent, theme=theme,
                    scope_basis="published", published=day, attributed=kind != "outlet", speaker_kind=kind)


RISEN = ref("a", "The cost of the Morrow Valley water tunnel has risen from $410 million to $520 million, council "
            "papers show.", "rise", agent="The cost of the Morrow Valley water tunnel",
            theme="$ 410 million to $ 520 million ,", speaker="The Valley Courier",
            keywords="cost morrow valley water tunnel rise million council paper show", day=DAY)
IS = ref("b", "The regional council said the cost of the Morrow Valley water tunnel is $455 million.", "be",
         agent="the cost of the Morrow Valley water tunnel", theme="$ 455 million", speaker="The regional council",
         keywords="council cost morrow valley water tunnel be million", day=DAY + dt.timedelta(days=1), kind="org")


def test_a_changed_value_and_a_stated_value_of_one_quantity_are_two_accounts() -> None:
    verdict = flag_pair(RISEN, IS, GROUPS)
    assert verdict is not None and verdict.kind == "figures"
    assert flag_pair(IS, RISEN, GROUPS) is not None


def test_a_later_report_further_along_the_change_is_an_update() -> None:
    # told 'is $455 million' first, then 'has risen to $520 million': the rise is the news, not a dispute
    earlier_is = replace(IS, scope=(DAY, DAY), published=DAY)
    later_risen = replace(RISEN, scope=(DAY + dt.timedelta(days=1),) * 2, published=DAY + dt.timedelta(days=1))
    assert flag_pair(earlier_is, later_risen, GROUPS) is None


def test_values_of_two_stated_days_are_two_times() -> None:
    monday, friday = dt.date(2025, 3, 3), dt.date(2025, 3, 7)
    risen = replace(RISEN, text="The cost of the Morrow Valley water tunnel rose to $520 million on Monday.",
                    theme="$ 520 million", scope=(monday, monday), scope_basis="stated")
    was = replace(IS, text="The cost of the Morrow Valley water tunnel was $455 million on Friday, the council said.",
                  scope=(friday, friday), scope_basis="stated")
    assert flag_pair(risen, was, GROUPS) is None


def test_another_quantity_or_one_asserter_is_no_dispute() -> None:
    bridge = replace(IS, text="The regional council said the cost of the Harbour Road bridge is $455 million.",
                     agent="the cost of the Harbour Road bridge", keywords="council cost harbour road bridge be million")
    assert flag_pair(RISEN, bridge, GROUPS) is None
    own = replace(IS, article_id="a", speaker="The Valley Courier", speaker_kind="outlet", attributed=False)
    assert flag_pair(RISEN, own, GROUPS) is None


def test_a_close_value_is_no_dispute() -> None:
    close = replace(IS, text="The regional council said the cost of the Morrow Valley water tunnel is $515 million.",
                    theme="$ 515 million")
    assert flag_pair(RISEN, close, GROUPS) is None


def test_undated_values_days_apart_may_have_moved() -> None:
    # added after the first run (a reasoned risk, not a seen failure): a price told 'rose to' on Monday and
    # 'is' on Thursday may have moved between the two days
    thursday = DAY + dt.timedelta(days=3)
    assert flag_pair(RISEN, replace(IS, scope=(thursday, thursday), published=thursday), GROUPS) is None


def test_a_value_stated_for_a_period_holding_the_other_report_is_one_time() -> None:
    # 'is $455 million, not the figure reported this week': the stated week holds the other report's day
    week = replace(IS, scope=(DAY - dt.timedelta(days=1), DAY + dt.timedelta(days=5)), scope_basis="stated",
                   published=DAY + dt.timedelta(days=3))
    assert flag_pair(RISEN, week, GROUPS) is not None


def test_the_explanation_names_the_value_reached_not_the_value_left() -> None:
    verdict = flag_pair(RISEN, IS, GROUPS)
    assert verdict is not None and "$520,000,000" in verdict.reason and "$410" not in verdict.reason
