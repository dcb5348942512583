"""What the lead's nineteenth invented story showed in the corpus stages (invented text only): a
body's vote that states its act, shares of two sets, two threads of one story interleaved over
years, and a time-less citation whose sentence dates what it reports."""
from __future__ import annotations

import datetime as dt

from conftest import make_article
from storyline.link.claim_ref import ClaimRef, implied_act
from storyline.link.story_features import ArticleFeatures, normalised
from storyline.link.story_split import bisect, interleaved
from storyline.model import PublishedDate, Span


def test_a_vote_to_approve_is_an_approval():
    act = implied_act("vote", "to approve $ 12 million in bonds for a ferry terminal")
    assert act is not None and act.predicate == "approve" and act.theme == "$ 12 million in bonds for a ferry terminal"
    assert implied_act("manage", "to reopen the quay") is not None
    # an agreement or a plan to act states no act; a vote with no infinitive is the vote
    assert implied_act("agree", "to pay $ 2 million") is None
    assert implied_act("vote", "against the plan") is None


def test_shares_of_two_sets_are_no_two_values():
    from storyline.link.contradictions import _compare

    def claim(article: str, text: str, agent: str, figure: str) -> ClaimRef:
        return ClaimRef(article, 0, len(text), text, f"outlet {article}", "support", "positive", "asserted",
                        frozenset({"support", "terminal", "percent", "voter"}), (figure,), None, agent=agent,
                        theme="the terminal", published=dt.date(2024, 3, 5))

    voters = claim("a1", "A poll found 58 percent of Port Ellis voters support the terminal.",
                   "58 percent of Port Ellis voters", "58%")
    owners = claim("a2", "A survey found 41 percent of harbor business owners support the terminal.",
                   "41 percent of harbor business owners", "41%")
    assert _compare(voters, owners) is None
    others = claim("a3", "A poll found 41 percent of Port Ellis voters support the terminal.",
                   "41 percent of Port Ellis voters", "41%")
    assert _compare(voters, others) is not None  # one set, two shares: two values of one quantity


WEIGHTS = {"terms": 0.6, "entities": 0.4}


def _thread(prefix: str, words: list[str], names: list[str], days: list[dt.date]) -> list[ArticleFeatures]:
    shared = {"terminal": 1.0, "harbor": 1.0, "port": 1.0}
    return [ArticleFeatures(f"{prefix}{i}", normalised(shared | {w: 2.0 for j, w in enumerate(words) if j != i % len(words)}),
                            normalised({n: 1.0 for n in names}), day) for i, day in enumerate(days)]


def test_two_threads_interleaved_over_years_need_a_cleaner_cut():
    building = _thread("b", ["construction", "crane", "opening", "ribbon"], ["Port Ellis", "Tavares"],
                       [dt.date(2023, 3, 1), dt.date(2024, 5, 1), dt.date(2025, 6, 1), dt.date(2026, 1, 10)])
    land = _thread("l", ["land", "appraisal", "charged", "prosecutor"], ["Port Ellis", "Brenn"],
                   [dt.date(2023, 9, 1), dt.date(2024, 11, 1), dt.date(2025, 2, 1), dt.date(2026, 3, 1)])
    assert interleaved(building, land)
    assert bisect(building + land, WEIGHTS, neighbours=3, max_cut=0.9, min_part=2) is not None
    assert bisect(building + land, WEIGHTS, neighbours=3, max_cut=0.9, min_part=2, concurrent_cut=0.0) is None
    # two events of one kind in two periods are still cut apart
    later = _thread("m", ["land", "appraisal", "charged", "prosecutor"], ["Port Ellis", "Brenn"],
                    [dt.date(2027, 9, 1), dt.date(2028, 1, 1), dt.date(2028, 3, 1), dt.date(2028, 6, 1)])
    assert not interleaved(building, later)
    assert bisect(building + later, WEIGHTS, neighbours=3, max_cut=0.9, min_part=2, concurrent_cut=0.0) is not None


def test_a_time_less_citation_dated_by_what_it_reports():
    """'Brenn was charged last month …, the Coastline Ledger reported.': the Ledger's report of the
    charge five weeks before, which names Brenn, not only one of the last week."""
    from storyline.link.provenance import citation_links

    body = "Walter Brenn was charged last month after an investigation, the Coastline Ledger reported."
    citing = make_article(body, published=PublishedDate("2026-02-20", "day"), spans=[
        Span(0, len(body), "CITATION", "citations", body, {"outlet": "the Coastline Ledger", "time": None}),
        Span(0, 12, "PERSON", "entities", "Walter Brenn", {"name": "Walter Brenn"}),
        Span(29, 39, "TIMEX", "times", "last month", {"type": "DATE", "value": "2026-01"})])
    report_text = "Prosecutors charged Walter Brenn on Tuesday."
    report = make_article(report_text, outlet="Coastline Ledger", published=PublishedDate("2026-01-14", "day"), spans=[
        Span(20, 32, "PERSON", "entities", "Walter Brenn", {"name": "Walter Brenn"})])
    assert {x.article_id: x.resolves_to for x in citation_links([report, citing])} == {citing.id: report.id}
    # with no time in its sentence, a report five weeks old is not the one meant
    undated = make_article(body, published=PublishedDate("2026-02-20", "day"), spans=citing.spans[:2])
    assert {x.article_id: x.resolves_to for x in citation_links([report, undated])} == {undated.id: None}


def test_a_participle_ends_the_quantified_set_s_head():
    from storyline.link.claim_sets import quantified_set

    assert quantified_set("38% of the wells sampled in November and December") == "well"
    assert quantified_set("61 percent of Bramley voters") == "voter"
    assert quantified_set("5% of the hundred schools") == "school"
