"""Two values of one finished act's quantity in one period, whatever day each report came (invented text;
claims21's value_of_quantity cases): one stated day in two same-day reports, one period named by the
doer's own time ('in its first month', 'on its opening day'), a running tally kept apart, the two ends of
a ride, and money written '£1.3m', 'A$4.2m', 'C$36-million'."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from storyline.link.claim_counts import counts
from storyline.link.claim_ref import ClaimRef
from storyline.link.contradictions import flag_pair

GROUPS = {"a": "a", "b": "b"}
WEDNESDAY = (dt.date(2025, 1, 22),) * 2
THURSDAY = dt.date(2025, 1, 23)


def ref(article: str, text: str, predicate: str, keywords: str, scope, *, speaker: str, agent: str, theme: str,
        published: dt.date, basis: str = "stated") -> ClaimRef:
    return ClaimRef(article, 0, len(text), text, speaker, predicate, "positive", "asserted",
                    frozenset(keywords.split()), (), scope, agent=agent, theme=theme, scope_basis=basis,
                    published=published, attributed=True, speaker_kind="org")


CLOSED_11 = ref("a", "The Lincoln County school district closed 11 schools on Wednesday because of ice .", "close",
                "close school district lincoln county ice wednesday", WEDNESDAY, speaker="Lincoln County Gazette",
                agent="The Lincoln County school district", theme="11 schools", published=THURSDAY)
CLOSED_7 = ref("b", "The district closed seven schools on Wednesday , Superintendent Ann Mertz said .", "close",
               "close school district wednesday", WEDNESDAY, speaker="Ann Mertz", agent="The district",
               theme="seven schools", published=THURSDAY)


def test_two_counts_of_one_past_day_in_same_day_reports_are_two_accounts():
    verdict = flag_pair(CLOSED_11, CLOSED_7, GROUPS)
    assert verdict is not None and verdict.kind == "figures"


def test_a_running_tally_of_one_day_is_no_dispute():
    tally_a = replace(CLOSED_11, text="The district has closed 11 schools so far on Wednesday .")
    tally_b = replace(CLOSED_7, text="The district has closed seven schools on Wednesday , up from four .")
    assert flag_pair(tally_a, tally_b, GROUPS) is None
    assert flag_pair(CLOSED_11, replace(CLOSED_7, theme="11 schools"), GROUPS) is None  # one value


FIRST_MONTH_A = ref("a", "The catch-up programme vaccinated 12,400 children in its first month , officials said .",
                    "vaccinate", "vaccinate child programme month catch-up", (dt.date(2024, 12, 5),) * 2,
                    speaker="officials", agent="The catch-up programme", theme="12,400 children",
                    published=dt.date(2024, 12, 5), basis="published")
FIRST_MONTH_B = ref("b", "In its first month the catch-up programme vaccinated 24,100 children , figures show .",
                    "vaccinate", "vaccinate child programme month catch-up figure", (dt.date(2024, 12, 6),) * 2,
                    speaker="figures", agent="the catch-up programme", theme="24,100 children",
                    published=dt.date(2024, 12, 6), basis="published")


def test_one_period_of_the_doers_own_time_is_one_period_even_when_the_later_count_is_higher():
    verdict = flag_pair(FIRST_MONTH_A, FIRST_MONTH_B, GROUPS)
    assert verdict is not None and verdict.kind == "figures"


def test_a_tally_so_far_against_the_first_month_is_no_dispute():
    so_far = replace(FIRST_MONTH_B, text="The catch-up programme has vaccinated 24,100 children so far .")
    assert flag_pair(FIRST_MONTH_A, so_far, GROUPS) is None


CARRIED = ref("a", "The harbour ferry carried 12,000 passengers on its opening day , the agency said .", "carry",
              "carry passenger ferry harbour day opening", (dt.date(2025, 9, 2),) * 2, speaker="the agency",
              agent="The harbour ferry", theme="12,000 passengers", published=dt.date(2025, 9, 2), basis="published")
RODE = ref("b", "About 7,500 passengers rode the harbour ferry on its opening day , counts show .", "ride",
           "ride passenger ferry harbour day opening", (dt.date(2025, 9, 3),) * 2, speaker="counts",
           agent="About 7,500 passengers", theme="the harbour ferry on its opening day",
           published=dt.date(2025, 9, 3), basis="published")


def test_carried_and_rode_tell_one_ride_from_its_two_ends():
    verdict = flag_pair(CARRIED, RODE, GROUPS)
    assert verdict is not None and verdict.kind == "figures"
    assert flag_pair(CARRIED, replace(RODE, agent="About 12,000 passengers"), GROUPS) is None


def test_money_in_a_countrys_dollars_and_with_m_or_bn():
    assert [(c.low, c.unit) for c in counts(replace(CARRIED, theme="a A$4.2m federal grant"))] == [(4.2e6, "A$")]
    assert [(c.low, c.unit) for c in counts(replace(CARRIED, theme="a C$36-million contract"))] == [(36e6, "C$")]
    assert [(c.low, c.unit) for c in counts(replace(CARRIED, theme="£1.3bn"))] == [(1.3e9, "£")]
    assert [(c.low, c.unit) for c in counts(replace(CARRIED, theme="US$3 million"))] == [(3e6, "$")]


COST = ref("a", "The march cost the city $48,000 in police overtime , according to the police department .", "cost",
           "cost march city police overtime department", (dt.date(2025, 3, 4),) * 2, speaker="the police department",
           agent="The march", theme="the city", published=dt.date(2025, 3, 4), basis="published")
SPENT = ref("b", "The city spent $84,000 on police overtime for the march , a city budget memo shows .", "spend",
            "spend city police overtime march memo budget", (dt.date(2025, 3, 6),) * 2, speaker="a city budget memo",
            agent="The city", theme="$84,000", published=dt.date(2025, 3, 6), basis="published")


def test_what_a_thing_cost_a_payer_and_what_the_payer_spent_on_it_are_one_outlay():
    verdict = flag_pair(COST, SPENT, GROUPS)
    assert verdict is not None and verdict.kind == "figures"
    assert flag_pair(COST, replace(SPENT, text=SPENT.text.replace("$84,000", "$49,000")), GROUPS) is None
    other_payer = replace(SPENT, agent="The county", text=SPENT.text.replace("The city", "The county"))
    assert flag_pair(COST, other_payer, GROUPS) is None


DAMAGED = ref("a", "Flooding damaged 320 homes in Tewley , the district council said .", "damage",
              "damage flooding home tewley council district", (dt.date(2025, 1, 9),) * 2, speaker="the district council",
              agent="Flooding", theme="320 homes", published=dt.date(2025, 1, 9), basis="published")
WERE_DAMAGED = ref("b", "About 180 homes in Tewley were damaged by the floods , council figures show .", "damage",
                   "damage flood home tewley council figure", (dt.date(2025, 1, 11),) * 2, speaker="council figures",
                   agent="the floods", theme="About 180 homes in Tewley", published=dt.date(2025, 1, 11),
                   basis="published")


def test_a_finished_acts_count_told_lower_two_days_later_is_another_account():
    verdict = flag_pair(DAMAGED, WERE_DAMAGED, GROUPS)
    assert verdict is not None and verdict.kind == "figures"
    higher = replace(WERE_DAMAGED, theme="About 480 homes in Tewley", text=WERE_DAMAGED.text.replace("180", "480"))
    assert flag_pair(DAMAGED, higher, GROUPS) is None  # an update: more found
    perfect = replace(WERE_DAMAGED, text="About 180 homes in Tewley have been damaged by the floods , figures show .")
    assert flag_pair(DAMAGED, perfect, GROUPS) is None  # a tally still running
    weeks = replace(WERE_DAMAGED, published=dt.date(2025, 2, 11), scope=(dt.date(2025, 2, 11),) * 2)
    assert flag_pair(DAMAGED, weeks, GROUPS) is None
