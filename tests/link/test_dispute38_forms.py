"""dispute38: phrasal verbs read as their act, one measured concentration told as two values, a fine's sum named
by its noun or after the payer, 'a second' as another member of a kind (invented sentences, not from any case)."""
from __future__ import annotations

import datetime as dt

from storyline.link.claim_amounts import sum_of, sums_conflict
from storyline.link.claim_dates import same_event
from storyline.link.claim_measures import measured_conflict, measures
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_sets import other_member
from storyline.link.phrasal_acts import ends_in_particle, phrasal_act
from storyline.link.predicate_class import one_class


def ref(article: str, text: str, predicate: str, *, agent: str | None = None, theme: str | None = None,
        keywords: str = "", speaker: str = "the Ledger", day: dt.date | None = None) -> ClaimRef:
    scope = (day, day) if day else None
    return ClaimRef(article, 0, len(text), text, speaker, predicate, "positive", "asserted", frozenset(keywords.split()),
                    (), scope, agent=agent, theme=theme, scope_basis="stated" if day else "published")


def test_a_phrasal_verb_is_read_as_its_one_word_act() -> None:
    assert phrasal_act("call", "The regatta was called off on Sunday because of gales.") == "cancel"
    assert phrasal_act("step", "The party treasurer stepped down last week.") == "resign"
    assert phrasal_act("take", "Some 800 riders took part in the parade.") == "participate"
    assert phrasal_act("set", "The appeal court set aside the licence refusal.") == "annul"


def test_a_verb_without_its_particle_keeps_its_lemma() -> None:
    assert phrasal_act("call", "She called the harbour master on Sunday.") is None
    assert phrasal_act("step", "He stepped onto the stage.") is None
    assert phrasal_act("take", "They took the ferry to the island.") is None


def test_a_particle_ending_the_verb_is_no_preposition() -> None:
    assert ends_in_particle("The league called off")
    assert not ends_in_particle("The trawler ran aground off")


def test_quash_and_annul_and_the_approval_verbs_are_one_act() -> None:
    assert one_class("quash", "annul")
    assert one_class("approve", "adopt") and one_class("approve", "ratify")
    assert not one_class("approve", "reject")


def test_concentrations_are_read_with_their_unit() -> None:
    assert [(m.amount, m.unit) for m in measures("arsenic at 14 micrograms per litre in the well")] == \
        [(14.0, "microgram/litre")]
    assert [(m.amount, m.unit) for m in measures("nitrate levels of 3.5 mg/L")] == [(3.5, "milligram/litre")]
    assert measures("The clinic saw 40 patients per day") == []


SPRING = ref("a", "Samples from the Mossvale spring contained arsenic at 14 micrograms per litre, the council said.",
             "contain", agent="Samples from the Mossvale spring", theme="arsenic",
             keywords="sample spring mossvale arsenic microgram litre contain", speaker="council")
SPRING_AGAIN = ref("b", "Tests of the Mossvale spring found arsenic at 31 micrograms per litre.", "find",
                   agent="Tests of the Mossvale spring", theme="arsenic at 31 micrograms per litre",
                   keywords="test spring mossvale arsenic microgram litre find", speaker="the agency's report")


def test_two_values_of_one_measurement_conflict() -> None:
    assert measured_conflict(SPRING, SPRING_AGAIN) == "microgram/litre"


def test_a_limit_another_spring_or_a_close_value_is_no_conflict() -> None:
    limit = ref("c", "The permitted limit for the spring is 10 micrograms per litre.", "be", agent="The permitted limit",
                keywords="limit spring permit microgram litre", speaker="the agency's report")
    second = ref("d", "A second spring at Mossvale had arsenic at 3 micrograms per litre.", "have",
                 agent="A second spring at Mossvale", theme="arsenic", keywords="spring mossvale arsenic microgram litre",
                 speaker="the agency's report")
    close = ref("e", "Tests of the Mossvale spring found arsenic at 14.5 micrograms per litre.", "find",
                agent="Tests of the Mossvale spring", keywords="test spring mossvale arsenic microgram litre find",
                speaker="the agency's report")
    assert measured_conflict(SPRING, limit) is None
    assert measured_conflict(SPRING, second) is None
    assert measured_conflict(SPRING, close) is None


def test_a_fines_sum_after_its_payer_or_named_by_its_noun_is_the_fines_amount() -> None:
    after_payer = ref("a", "The regulator fined Coastal Ferries $60,000 for late sailings.", "fine")
    by_noun = ref("b", "Coastal Ferries was handed a $95,000 penalty over the sailings.", "hand")
    of_noun = ref("c", "The court imposed a fine of $95,000 on the operator.", "impose")
    assert [s.paid if s else None for s in map(sum_of, (after_payer, by_noun, of_noun))] == ["fine", "fine", "fine"]
    assert sums_conflict(after_payer, ref("d", "The regulator fined Coastal Ferries $95,000.", "fine"))


def test_a_sum_of_something_else_beside_a_name_is_no_fine() -> None:
    found = sum_of(ref("a", "The ferry company reported Coastal Ferries $60,000 in profit.", "report"))
    assert found is None or found.paid == ""


def test_a_second_member_of_a_kind_is_another_referent() -> None:
    assert other_member(("A second depot in Ashby", None), ("the council", "The depot"))
    assert not other_member(("The depot in Ashby", None), ("the council", "The depot"))
    shut = ref("a", "A second depot in Ashby was shut on May 5.", "shut", agent="A second depot in Ashby",
               theme="May 5", day=dt.date(2025, 5, 5))
    closed = ref("b", "The depot was closed by the council on April 28.", "close", agent="the council",
                 theme="The depot", day=dt.date(2025, 4, 28))
    assert not same_event(shut, closed)
