"""claims26's value forms (invented sentences): counts told with a copula or 'there be' and a place, and two
sources' undated counts in reports of one day."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from storyline.link.claim_ref import ClaimRef
from storyline.link.contradictions import flag_pair

GROUPS = {"a": "a", "b": "b"}
FRIDAY = dt.date(2025, 5, 9)
ONE_DAY = (FRIDAY, FRIDAY)


def ref(article: str, text: str, predicate: str, *, agent: str | None, theme: str | None, speaker: str,
        keywords: str, basis: str = "published", published: dt.date = FRIDAY,
        report_day: dt.date | None = None) -> ClaimRef:
    return ClaimRef(article, 0, len(text), text, speaker, predicate, "positive", "asserted",
                    frozenset(keywords.split()), (), ONE_DAY, agent=agent, theme=theme, scope_basis=basis,
                    published=published, attributed=True, speaker_kind="org", report_day=report_day)


TOTAL = ref("a", "A total of 64 people were aboard the Sea Lark ferry , the harbour board said .", "be",
            agent="A total of 64 people", theme="the Sea Lark ferry", speaker="harbour board",
            keywords="total people aboard sea lark ferry")
THERE_WERE = ref("b", "There were 41 people on board the Sea Lark ferry , the operator told reporters .", "be",
                 agent=None, theme="41 people on board the Sea Lark ferry", speaker="operator",
                 keywords="people board sea lark ferry")


def test_two_counts_of_one_set_in_one_place_told_with_a_copula_are_two_values():
    verdict = flag_pair(TOTAL, THERE_WERE, GROUPS)
    assert verdict is not None and verdict.kind == "figures"


@pytest.mark.parametrize("changes", [
    pytest.param({"text": "Four crew were among the 41 people on board the Sea Lark ferry .", "agent": "Four crew",
                  "theme": "the 41 people on board the Sea Lark ferry"}, id="a part of the set"),
    pytest.param({"text": "There were 41 people on board the Kestrel barge .",
                  "theme": "41 people on board the Kestrel barge"}, id="two places"),
    pytest.param({"published": FRIDAY + dt.timedelta(days=1)}, id="reports of two days: how things stood on each"),
    pytest.param({"theme": "61 people on board the Sea Lark ferry"}, id="within the tolerance: one value"),
])
def test_a_part_another_place_another_day_or_a_running_tally_is_no_dispute(changes):
    assert flag_pair(TOTAL, replace(THERE_WERE, **changes), GROUPS) is None


HIGHER = ref("a", "More than 300 households were evacuated from the Lowmoor estate , the fire service said .",
             "evacuate", agent=None, theme="More than 300 households", speaker="fire service",
             keywords="households evacuate lowmoor estate", basis="reported")
LOWER = ref("b", "The council evacuated 180 households from the Lowmoor estate , a spokeswoman said .",
            "evacuate", agent="The council", theme="180 households", speaker="council",
            keywords="households evacuate lowmoor estate", basis="reported")


def test_two_sources_undated_counts_in_reports_of_one_day_are_two_accounts():
    verdict = flag_pair(HIGHER, LOWER, GROUPS)
    assert verdict is not None and verdict.kind == "figures"


@pytest.mark.parametrize(("higher", "lower", "groups"), [
    pytest.param({}, {"text": "The council has evacuated 180 households from the Lowmoor estate so far ."}, GROUPS,
                 id="a running tally"),
    pytest.param({"report_day": dt.date(2025, 5, 8)}, {"report_day": dt.date(2025, 5, 9)}, GROUPS,
                 id="two days of report"),
    pytest.param({}, {"article_id": "a"}, {"a": "a"}, id="one article's two counts: two things counted"),
])
def test_one_day_counts_with_a_running_tally_or_two_days_of_report_are_no_dispute(higher, lower, groups):
    assert flag_pair(replace(HIGHER, **higher), replace(LOWER, **lower), groups) is None
