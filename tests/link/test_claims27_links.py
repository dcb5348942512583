"""claims27's link readings (invented sentences): a denial naming the report's doer against the act told by its
act noun; a report whose own sentence ends its process; sums measured by a 'cost' verb, '£3.1m' as 3.1 million;
a passive's bare subject counted as what the act is done to."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from storyline.link.claim_comparisons import values
from storyline.link.claim_counts import counts
from storyline.link.claim_ref import ClaimRef
from storyline.link.contradictions import flag_pair

GROUPS = {"a": "a", "b": "b"}
DAY = dt.date(2025, 10, 8)


def ref(article: str, text: str, predicate: str, polarity: str = "positive", *, agent: str | None,
        theme: str | None, speaker: str, keywords: str, day: dt.date = DAY,
        scope: tuple[dt.date, dt.date] | None = None, basis: str = "reported") -> ClaimRef:
    return ClaimRef(article, 0, len(text), text, speaker, predicate, polarity, "asserted",
                    frozenset(keywords.split()), (), scope or (day, day), agent=agent, theme=theme,
                    scope_basis=basis, published=day, attributed=True, speaker_kind="org", cue="say")


SUED = ref("a", "A tenants' union has filed a lawsuit against Corvale Lettings over deposits , the Daily Ledger "
           "reported .", "file", agent="A tenants ' union", theme="a lawsuit", speaker="Daily Ledger",
           keywords="tenant union file lawsuit corvale lettings deposit")
NOT_SUED = ref("b", "Reports that Corvale Lettings is being sued by a tenants' union are false , a spokesman said .",
               "sue", "negative", agent="a tenants ' union", theme="Corvale Lettings", speaker="spokesman",
               keywords="corvale lettings sue tenant union")


def test_a_denial_naming_the_reports_doer_meets_the_act_told_by_its_noun():
    verdict = flag_pair(SUED, NOT_SUED, GROUPS)
    assert verdict is not None and verdict.kind == "opposite"


def test_a_denial_naming_another_doer_is_no_dispute():
    other = replace(NOT_SUED, text="Reports that Corvale Lettings is being sued by a parking contractor are false .",
                    agent="a parking contractor", keywords="corvale lettings sue parking contractor")
    assert flag_pair(SUED, other, GROUPS) is None


REVIEWED = ref("a", "The port authority also reviewed Kellan Freight 's licence ; that review closed in March .",
               "review", agent="The port authority", theme="Kellan Freight 's licence", speaker="Harbour Times",
               keywords="port authority review kellan freight licence", day=dt.date(2025, 10, 20))
CLOSED = replace(REVIEWED, predicate="close", agent="that review", theme="March", keywords="review close march",
                 scope=(dt.date(2025, 3, 1), dt.date(2025, 3, 31)), scope_basis="stated")
NOT_UNDER = ref("b", "Kellan Freight said it is not under review by the port authority .", "be", "negative",
                agent="Kellan Freight", theme="review", speaker="Kellan Freight",
                keywords="kellan freight review port authority be", day=dt.date(2025, 10, 23), basis="published")


def test_a_process_its_report_says_had_ended_meets_no_later_denial_that_it_goes_on():
    from storyline.link.claim_ended import with_ends

    assert flag_pair(REVIEWED, NOT_UNDER, GROUPS) is not None  # without the ending, the two meet
    report, _end, denial = with_ends([REVIEWED, CLOSED, NOT_UNDER])
    assert report.ended == dt.date(2025, 3, 31)
    assert flag_pair(report, denial, GROUPS) is None


def test_an_ending_of_another_process_leaves_the_report_open():
    from storyline.link.claim_ended import with_ends

    other = replace(CLOSED, agent="an audit of its accounts", keywords="audit close march")
    report = with_ends([REVIEWED, other, NOT_UNDER])[0]
    assert report.ended is None


COST = ref("a", "The refit of Brayford pool cost £4.8m , the council 's auditor said .", "cost",
           agent="The refit of Brayford pool", theme="£ 4.8 m", speaker="council's auditor",
           keywords="refit brayford pool cost", basis="published")
COST_LESS = ref("b", "The council leader said the refit of Brayford pool had cost £3.1m .", "cost",
                agent="the refit of Brayford pool", theme="£ 3.1 m", speaker="council leader",
                keywords="refit brayford pool cost", basis="published")


def test_two_sums_a_cost_verb_gives_one_subject_are_two_values():
    verdict = flag_pair(COST, COST_LESS, GROUPS)
    assert verdict is not None and verdict.kind == "figures"


def test_the_same_sum_written_with_a_scale_letter_or_word_is_one_value():
    assert values("cost £3.1m .")[0].amount == values("cost £3.1 million .")[0].amount == 3_100_000
    same = replace(COST_LESS, text="The council leader said the refit of Brayford pool had cost £4.8 million .",
                   theme="£ 4.8 million")
    assert flag_pair(COST, same, GROUPS) is None


def test_a_passives_bare_subject_is_counted_as_what_the_act_is_done_to():
    closed = ref("b", "The union said 210 schools were closed on Tuesday .", "close", agent="210 schools", theme=None,
                 speaker="union", keywords="school close tuesday")
    assert [c.role for c in counts(closed)] == ["theme"]
    active = replace(closed, text="The union said 210 teachers closed the schools on Tuesday .", agent="210 teachers",
                     theme="the schools")
    assert [c.role for c in counts(active)] == ["agent"]


LAUNCHED = ref("a", "Police have launched an inquiry into the award of a ferry contract by the harbour board , the "
               "Coast Echo understands .", "launch", agent="Police",
               theme="an inquiry into the award of a ferry contract by the harbour board", speaker="Coast Echo",
               keywords="police launch inquiry award ferry contract harbour board")
NOT_SUBJECT = ref("b", "Contrary to reports , the harbour board is not the subject of a police inquiry , Ruth Colley "
                  "said .", "be", "negative", agent="the harbour board", theme="the subject of a police inquiry",
                  speaker="Ruth Colley", keywords="contrary report harbour board subject police inquiry be")


# the story's topic words: what every article of it shares says nothing of a dispute (contradictions._topical)
TOPIC = frozenset({"board", "inquir", "harbor/harbour/seaport", "police"})


def test_the_subject_of_a_denied_process_is_its_target_whoever_speaks():
    verdict = flag_pair(LAUNCHED, NOT_SUBJECT, GROUPS, TOPIC)
    assert verdict is not None and verdict.kind == "opposite" and verdict.participants


def test_another_subject_denied_a_process_is_no_dispute():
    other = replace(NOT_SUBJECT, text="Contrary to reports , the port trust is not the subject of a police inquiry .",
                    agent="the port trust", keywords=frozenset(["contrary", "report", "port", "trust", "subject", "police", "inquiry"]))
    assert flag_pair(LAUNCHED, other, GROUPS, TOPIC) is None
