"""claims26's report forms (invented sentences): a report that a party is 'under' a process, denied by the
party as 'no inquiry had been opened into' what the process is about."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from storyline.link.claim_ref import ClaimRef
from storyline.link.contradictions import flag_pair

GROUPS = {"a": "a", "b": "b"}


def ref(article: str, text: str, predicate: str, polarity: str, *, agent: str, theme: str, speaker: str,
        keywords: str, day: dt.date) -> ClaimRef:
    return ClaimRef(article, 0, len(text), text, speaker, predicate, polarity, "asserted",
                    frozenset(keywords.split()), (), (dt.date.min, day), agent=agent, theme=theme,
                    scope_basis="reported", published=day, attributed=True, speaker_kind="org", cue="say")


UNDER = ref("a", "Shares in Kelmar Homes fell after the Weekly Tribune reported that the builder was under "
            "investigation by the housing ombudsman over its deposit charges .", "be", "positive",
            agent="the builder", theme="investigation by the housing ombudsman over its deposit charges",
            speaker="Weekly Tribune", keywords="builder investigation housing ombudsman deposit charge be",
            day=dt.date(2025, 4, 1))
NO_INQUIRY = ref("b", "Kelmar Homes said no inquiry had been opened into its deposit charges .", "open", "negative",
                 agent="no inquiry", theme="its deposit charges", speaker="Kelmar Homes",
                 keywords="inquiry open deposit charge", day=dt.date(2025, 4, 2))


def test_a_report_of_being_under_a_process_meets_a_denial_that_it_was_opened():
    verdict = flag_pair(UNDER, NO_INQUIRY, GROUPS)
    assert verdict is not None and verdict.kind == "opposite"


@pytest.mark.parametrize(("report", "denial"), [
    pytest.param(UNDER, replace(NO_INQUIRY, text="Kelmar Homes said no inquiry had been opened into its land purchases .",
                                theme="its land purchases", keywords=frozenset(["inquiry", "open", "land", "purchase"])),
                 id="a denial about another matter"),
    pytest.param(replace(UNDER, text="The Weekly Tribune reported that the builder was under pressure over its "
                         "deposit charges .", theme="pressure over its deposit charges",
                         keywords=frozenset(["builder", "pressure", "deposit", "charge", "be"])), NO_INQUIRY,
                 id="a state under no process"),
])
def test_a_denial_about_another_matter_or_a_state_under_no_process_is_no_dispute(report, denial):
    assert flag_pair(report, denial, GROUPS) is None
