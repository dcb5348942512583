"""claims23's value and date wordings (invented sentences): one telling of a workforce dated two ways with the
addressee as a passive's subject, 'go public' / 'make X public' as making known, a shell noun's announcement read
with its headline, numerals that multiply ('two dozen'), a possessive 'have' before a degree word, and a
by-phrase whose noun a day in the genitive determines ('by Wednesday's storm')."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from conftest import make_article
from storyline.link.claim_counts import counts
from storyline.link.claim_idioms import made_known
from storyline.link.claim_period_values import running
from storyline.link.claim_ref import ClaimRef
from storyline.link.contradictions import flag_pair
from storyline.model import PublishedDate

GROUPS = {"a": "a", "b": "b"}


def ref(article: str, text: str, predicate: str, scope: tuple[dt.date, dt.date] | None, *, speaker: str,
        agent: str, theme: str, published: dt.date, headline: str = "", keywords: str = "",
        basis: str = "stated") -> ClaimRef:
    return ClaimRef(article, 0, len(text), text, speaker, predicate, "positive", "asserted",
                    frozenset((keywords or predicate).split()), (), scope, agent=agent, theme=theme,
                    scope_basis=basis, published=published, attributed=True, speaker_kind="person",
                    headline=frozenset(headline.lower().split()))


FRIDAY = (dt.date(2025, 2, 14),) * 2
TOLD_ACTIVE = ref("a", '"We told staff on Friday , and it was a hard meeting , " managing director Ann Holt said .',
                  "tell", FRIDAY, speaker="Ann Holt", agent="We", theme="staff", published=dt.date(2025, 2, 20),
                  headline="harbour parts plant to close")
TOLD_PASSIVE = ref("b", "Workers at the Corio Parts plant were told of the closure on 17 February , the union said .",
                   "tell", (dt.date(2025, 2, 17),) * 2, speaker="the union", agent="Workers at the Corio Parts plant",
                   theme="the closure", published=dt.date(2025, 2, 21))


def test_one_telling_of_a_workforce_dated_two_ways_is_two_accounts():
    verdict = flag_pair(TOLD_ACTIVE, TOLD_PASSIVE, GROUPS)
    assert verdict is not None and verdict.kind == "dates"


def test_two_groups_or_two_contents_or_one_day_are_no_dispute():
    doctors = replace(TOLD_PASSIVE, agent="Doctors at the Corio Parts plant")
    nurses = replace(TOLD_ACTIVE, theme="nurses")
    assert flag_pair(nurses, doctors, GROUPS) is None  # 'nurses' / 'doctors': two groups told
    pay_cut = replace(TOLD_ACTIVE, theme="staff about the pay cut")
    assert flag_pair(pay_cut, TOLD_PASSIVE, GROUPS) is None  # another content
    assert flag_pair(TOLD_ACTIVE, replace(TOLD_PASSIVE, scope=FRIDAY), GROUPS) is None  # one day
    again = replace(TOLD_PASSIVE, text=TOLD_PASSIVE.text.replace("were told", "were told again"))
    assert flag_pair(TOLD_ACTIVE, again, GROUPS) is None  # a second telling


def test_go_public_and_make_public_are_acts_of_making_known():
    went = made_known("go", "public", "The council went public with its plan to sell the park on Tuesday .")
    assert went is not None and went.theme == "its plan to sell the park"
    made = made_known("make", "the decision", "The university made the decision public on Thursday .")
    assert made is not None and made.theme == "the decision"
    assert made_known("make", "a profit", "The firm made a profit on Thursday .") is None
    assert made_known("go", "home", "Staff went home on Tuesday .") is None


THURSDAY = (dt.date(2025, 3, 6),) * 2
MADE_PUBLIC = ref("a", "Panjab Technical University made the decision public on Thursday .", "disclose", THURSDAY,
                  speaker="Chandigarh Chronicle", agent="Panjab Technical University", theme="the decision",
                  published=dt.date(2025, 3, 8), headline="university raises hostel fees by 30%")
ANNOUNCED = ref("b", "The university announced the hostel fee increase on March 4 , registrar A.K. Bedi said .",
                "announce", (dt.date(2025, 3, 4),) * 2, speaker="A.K. Bedi", agent="The university",
                theme="the hostel fee increase on March 4", published=dt.date(2025, 3, 9))


def test_a_shell_nouns_announcement_is_of_what_its_headline_says():
    verdict = flag_pair(MADE_PUBLIC, ANNOUNCED, GROUPS)
    assert verdict is not None and verdict.kind == "dates"
    other = replace(MADE_PUBLIC, headline=frozenset(["university", "opens", "new", "library"]))
    assert flag_pair(other, ANNOUNCED, GROUPS) is None


def test_numerals_that_multiply_and_plurals_that_name_no_value():
    two_dozen = replace(TOLD_ACTIVE, agent="Two dozen pupils", theme="home")
    assert [c.low for c in counts(two_dozen)] == [24.0]
    assert [c.low for c in counts(replace(two_dozen, agent="three hundred homes"))] == [300.0]
    assert counts(replace(two_dozen, agent="Dozens of pupils")) == ()


def test_a_possessive_have_before_a_degree_word_is_no_running_tally():
    assert not running(replace(TOLD_ACTIVE, text="The school has about 480 pupils ."))
    assert not running(replace(TOLD_ACTIVE, text="The school has at least 480 pupils ."))
    assert running(replace(TOLD_ACTIVE, text="The county has recorded 87 cases ."))


def test_a_day_in_the_genitive_after_by_is_no_deadline():
    from storyline.link.contradictions import find_contradictions
    from storyline.pipeline.runner import run_extraction

    texts = [("The storm destroyed 140 houses in Umlazi on Wednesday night, the municipality said.", "2025-04-11"),
             ("About 60 houses were destroyed in Umlazi by Wednesday's storm, disaster officials said.", "2025-04-12")]
    articles = [make_article(text, outlet=f"Outlet {i}", published=PublishedDate(day, "day"))
                for i, (text, day) in enumerate(texts)]
    for i, article in enumerate(articles):
        article.id = f"a{i}"
    found = find_contradictions(run_extraction(articles).articles)
    assert [(c.kind, c.a.article_id, c.b.article_id) for c in found] == [("figures", "a0", "a1")]


GRANT = ref("a", "Townsville's Riverway Stadium received a A$4.2m federal grant for new lights , the minister said .",
            "receive", None, speaker="the minister", agent="Townsville 's Riverway Stadium",
            theme="a A$ 4.2 m federal grant for new lights", published=dt.date(2025, 8, 8))
WORTH = ref("b", "The federal grant for Riverway Stadium's lights is worth A$2.5 million , the council said .", "be",
            None, speaker="the council", agent="The federal grant for Riverway Stadium 's lights",
            theme="worth A$ 2.5 million", published=dt.date(2025, 8, 8))


def test_two_values_of_one_grant_are_two_accounts():
    verdict = flag_pair(GRANT, WORTH, GROUPS)
    assert verdict is not None and verdict.kind == "figures"
    same = replace(WORTH, text=WORTH.text.replace("A$2.5 million", "A$4.2 million"))
    assert flag_pair(GRANT, same, GROUPS) is None  # one value
    second = replace(GRANT, text=GRANT.text.replace("a A$4.2m federal", "a second A$4.2m federal"))
    assert flag_pair(second, WORTH, GROUPS) is None  # another grant
    house = replace(WORTH, text="The stadium is worth A$2.5 million , the council said .", agent="The stadium")
    assert flag_pair(GRANT, house, GROUPS) is None  # not the grant


OWING = ref("a", "Nore Valley Construction , owing €2.1 million to suppliers , has applied for court protection .",
            "apply", None, speaker="its directors", agent="Nore Valley Construction , owing € 2.1 million to suppliers ,",
            theme="court protection", published=dt.date(2025, 5, 14), basis="published")
OWES = ref("b", "Nore Valley Construction owes its suppliers €1.6 million , according to a report .", "owe", None,
           speaker="a report", agent="Nore Valley Construction", theme="its suppliers", published=dt.date(2025, 5, 14),
           basis="published")


def test_two_amounts_of_one_debt_on_one_day_are_two_accounts():
    verdict = flag_pair(OWING, OWES, GROUPS)
    assert verdict is not None and verdict.kind == "figures"
    parent = replace(OWES, text="Devane Holdings owes its suppliers €9 million .", agent="Devane Holdings")
    assert flag_pair(OWING, parent, GROUPS) is None  # another debtor
    bank = replace(OWES, text="Nore Valley Construction owes the bank €1.6 million .")
    assert flag_pair(OWING, bank, GROUPS) is None  # another creditor
    later = replace(OWES, published=dt.date(2025, 6, 14))
    assert flag_pair(OWING, later, GROUPS) is None  # a month on, the debt may have changed


def test_a_tally_marker_in_a_paragraph_the_claim_ran_into_says_nothing_of_its_count():
    text = "Thirty people were admitted to hospital on Monday , officials said .\n\nThe caterer has been suspended ."
    assert not running(replace(TOLD_ACTIVE, text=text))
    assert running(replace(TOLD_ACTIVE, text=text.replace("were admitted", "have been admitted")))


def test_two_bodies_that_differ_by_a_title_word_are_two_speakers():
    from storyline.link.claim_ref import same_speaker

    assert not same_speaker("county health department", "state health department")
    assert same_speaker("Dr Fukuda", "Keiji Fukuda") and same_speaker("the official", "senior official")

