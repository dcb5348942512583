"""Dates and counts of one event told in other forms (invented text; claims19's dispute families):
a making-known dated to a day against a month that leaves it out, one sitting's vote a day apart, a
participle after a comma that says nothing of the object, an ISO week, two verbs of making known."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from storyline.link.claim_ref import ClaimRef
from storyline.link.contradictions import flag_pair

JAN, DEC30 = (dt.date(2025, 1, 1), dt.date(2025, 1, 31)), (dt.date(2024, 12, 30), dt.date(2024, 12, 30))


def ref(article: str, text: str, predicate: str, keywords: str, scope, *, speaker: str, agent: str, theme: str,
        published: dt.date, start: int = 0) -> ClaimRef:
    return ClaimRef(article, start, start + len(text), text, speaker, predicate, "positive", "asserted",
                    frozenset(keywords.split()), (), scope, agent=agent, theme=theme, scope_basis="stated",
                    published=published)


REVEALED_IN_MONTH = ref("a", "Lakeside Health revealed the data breach earlier this month .", "reveal",
                        "reveal breach data lakeside health month", JAN, speaker="Lakeside Health",
                        agent="Lakeside Health", theme="the data breach", published=dt.date(2025, 1, 23))
REVEALED_ON_DAY = ref("b", "Lakeside Health first revealed the breach on Dec. 30 .", "reveal",
                      "reveal breach lakeside health notice", DEC30, speaker="Lakeside Health",
                      agent="Lakeside Health", theme="the breach", published=dt.date(2025, 1, 24))
GROUPS = {"a": "a", "b": "b"}


def test_a_disclosure_on_a_day_outside_the_other_accounts_month_is_a_dispute_of_dates():
    verdict = flag_pair(REVEALED_IN_MONTH, REVEALED_ON_DAY, GROUPS)
    assert verdict is not None and verdict.kind == "dates"


def test_a_day_inside_the_month_or_a_year_or_another_act_is_none():
    inside = replace(REVEALED_ON_DAY, scope=(dt.date(2025, 1, 9), dt.date(2025, 1, 9)))
    assert flag_pair(REVEALED_IN_MONTH, inside, GROUPS) is None
    year = replace(REVEALED_IN_MONTH, scope=(dt.date(2025, 1, 1), dt.date(2025, 12, 31)))
    assert flag_pair(year, replace(REVEALED_ON_DAY, scope=(dt.date(2024, 6, 3),) * 2), GROUPS) is None
    copied = replace(REVEALED_IN_MONTH, predicate="copy", keywords=frozenset({"copy", "breach", "lakeside", "health"}))
    copied_too = replace(REVEALED_ON_DAY, predicate="copy", keywords=frozenset({"copy", "breach", "lakeside", "health"}))
    assert flag_pair(copied, copied_too, GROUPS) is None  # not an act made once for one content


VOTED_TUESDAY = ref("a", "The Millbrook town council voted on Tuesday to close the Elm Street branch library , "
                         "citing a budget gap .", "close", "vote close council town branch library elm street tuesday",
                    (dt.date(2025, 3, 4),) * 2, speaker="Millbrook Ledger", agent="The Millbrook town council",
                    theme="the Elm Street branch library , citing a budget gap", published=dt.date(2025, 3, 6))
VOTED_MONDAY = ref("b", "The town council voted on March 3 to close the Elm Street branch , ending 52 years of service .",
                   "close", "vote close council town branch elm street service year", (dt.date(2025, 3, 3),) * 2,
                   speaker="Valley Weekly", agent="The town council",
                   theme="the Elm Street branch , ending 52 years of service", published=dt.date(2025, 3, 10))


def test_one_sittings_vote_dated_a_day_apart_is_two_accounts():
    verdict = flag_pair(VOTED_TUESDAY, VOTED_MONDAY, GROUPS)
    assert verdict is not None and verdict.kind == "dates"


def test_a_closing_a_day_apart_with_no_vote_is_still_one_night_told_from_two_ends():
    def unvoted(x: ClaimRef) -> ClaimRef:
        return replace(x, keywords=x.keywords - {"vote"}, text=x.text.replace("voted", "agreed"))
    assert flag_pair(unvoted(VOTED_TUESDAY), unvoted(VOTED_MONDAY), GROUPS) is None


def test_a_participle_after_a_comma_does_not_make_two_objects():
    apart = replace(VOTED_MONDAY, scope=(dt.date(2025, 2, 24),) * 2)
    assert flag_pair(VOTED_TUESDAY, apart, GROUPS) is not None
    restricted = replace(apart, theme="the Elm Street branch ending its lending service")
    other = replace(VOTED_TUESDAY, theme="the Elm Street branch library opening its annex")
    assert flag_pair(other, restricted, GROUPS) is None  # a reduced relative that tells two things apart


def test_an_iso_week_is_its_seven_days():
    from storyline.link.claim_time import value_interval
    assert value_interval("2024-W45") == (dt.date(2024, 11, 4), dt.date(2024, 11, 10))


def test_two_verbs_of_making_known_date_one_act():
    unveiled = replace(REVEALED_ON_DAY, predicate="unveil", text="Lakeside Health unveiled the breach on Dec. 30 .",
                       keywords=REVEALED_ON_DAY.keywords - {"reveal"} | {"unveil"})
    announced = replace(REVEALED_IN_MONTH, predicate="announce", keywords=REVEALED_IN_MONTH.keywords - {"reveal"} | {"announce"},
                        text="Lakeside Health announced the data breach earlier this month .")
    verdict = flag_pair(announced, unveiled, GROUPS)
    assert verdict is not None and verdict.kind == "dates"
