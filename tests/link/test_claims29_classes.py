"""claims29: event identity by predicate class (WordNet 3.0, rules/predicate_classes.toml), an adjunct after
a passive, and a period named with a genitive determiner (invented sentences)."""
from __future__ import annotations

import datetime as dt

from storyline.link.claim_counts import counts
from storyline.link.claim_event_counts import time_phrases
from storyline.link.claim_ref import ClaimRef
from storyline.link.contradictions import flag_pair
from storyline.link.predicate_class import denies_broader, one_class

GROUPS = {"a": "a", "b": "b"}


def ref(article: str, text: str, predicate: str, *, agent: str | None, theme: str | None, speaker: str,
        keywords: str, polarity: str = "positive", published: dt.date = dt.date(2026, 4, 9),
        scope: tuple[dt.date, dt.date] | None = None, basis: str = "published") -> ClaimRef:
    return ClaimRef(article, 0, len(text), text, speaker, predicate, polarity, "asserted",
                    frozenset(keywords.split()), (), scope or (published, published), agent=agent, theme=theme,
                    scope_basis=basis, published=published, attributed=True, speaker_kind="org", cue="say")


def test_synonyms_and_troponyms_are_one_class():
    assert one_class("vaccinate", "immunise") and one_class("lower", "change")
    assert not one_class("kill", "injure") and not one_class("be", "have")


def test_only_the_broader_verb_denies_the_narrower():
    assert denies_broader("change", "lower")
    assert not denies_broader("lower", "change")


LOWERED = ref("a", "The speed limit on Kerrigan Road was lowered to 30mph in March , residents said .", "lower",
              agent="The speed limit on Kerrigan Road", theme="30 mph", speaker="residents",
              keywords="speed limit kerrigan road lower mph march", published=dt.date(2026, 4, 8),
              scope=(dt.date(2026, 3, 1), dt.date(2026, 3, 31)), basis="stated")
UNCHANGED = ref("b", "The speed limit on Kerrigan Road has not changed , a council spokesman said .", "change",
                agent="The speed limit on Kerrigan Road", theme=None, speaker="council spokesman",
                keywords="speed limit kerrigan road change", polarity="negative",
                scope=(dt.date.min, dt.date(2026, 4, 9)), basis="since")


def test_a_denial_that_a_thing_changed_meets_a_report_that_it_was_lowered():
    verdict = flag_pair(LOWERED, UNCHANGED, GROUPS)
    assert verdict is not None and verdict.kind == "opposite"


def test_a_denial_that_another_thing_changed_does_not():
    other = ref("b", "The weight limit on the Kerrigan bridge has not changed since 2019 , the spokesman said .",
                "change", agent="The weight limit on the Kerrigan bridge", theme=None, speaker="council spokesman",
                keywords="weight limit kerrigan bridge change", polarity="negative",
                scope=(dt.date(2019, 1, 1), dt.date(2026, 4, 9)), basis="since")
    assert flag_pair(LOWERED, other, GROUPS) is None


VACCINATED = ref("a", "Health NZ said 12,400 children were vaccinated in the measles catch-up programme's first month .",
                 "vaccinate", agent="12,400 children", theme="the measles catch - up programme 's first month",
                 speaker="Health NZ", keywords="child vaccinate measle catch programme month",
                 published=dt.date(2024, 12, 5))
IMMUNISED = ref("b", "The measles catch-up programme immunised 24,100 children in its first month , figures show .",
                "immunise", agent="The measles catch - up programme", theme="24,100 children",
                speaker="figures", keywords="measle catch programme immunise child month",
                published=dt.date(2024, 12, 6))


def test_an_adjunct_after_a_passive_leaves_its_subject_the_undergoer():
    (count,) = counts(VACCINATED)
    assert (count.low, count.unit, count.role) == (12400, "children", "theme")


def test_a_period_with_a_genitive_determiner_is_named_like_its_own():
    assert time_phrases(VACCINATED.text) == time_phrases(IMMUNISED.text) == {"first month"}


def test_two_counts_told_by_synonyms_conflict():
    verdict = flag_pair(VACCINATED, IMMUNISED, GROUPS)
    assert verdict is not None and verdict.kind == "figures"


def test_a_broader_denial_of_another_participant_does_not_pair():
    rent = ref("a", "The rent on Kerrigan Road was lowered in March , residents said .", "lower",
               agent="The rent on Kerrigan Road", theme=None, speaker="residents",
               keywords="rent kerrigan road lower march", published=dt.date(2026, 4, 8),
               scope=(dt.date(2026, 3, 1), dt.date(2026, 3, 31)), basis="stated")
    assert flag_pair(rent, UNCHANGED, GROUPS) is None
    assert flag_pair(LOWERED, UNCHANGED, GROUPS) is not None
