"""Accounts of when something was announced (invented text, issue 11): 'X was made public on DAY' against
'unveiled X last Thursday'; a quoted 'the closure, first announced on Oct. 2, …' against the outlet's own
'announced the closure on Oct. 9'; and, apart, an announcement of another act on the same thing ('announced
the recall on Monday' / 'announced on Thursday that it was widening the recall')."""
from __future__ import annotations

import pytest

from conftest import extracted_flags, ingested_disputes

ANN_PLAN = ("City\n\nMayor unveils plan to pedestrianise old town\n\nBy Kofi Mensah-Ruud\n\nPublished 14 May 2025\n\nMayor Dalia Ferro unveiled the plan to close the old town to cars last Thursday, at a meeting with shop owners.\n\nThe scheme would start in September and cost 4 million pounds.\n\nTraders' group chair Owen Price said members were divided.\n",
    "Old town car ban plan draws mixed reaction\n\nLena Varga | Riverside Post\n\n16 May 2025\n\nThe plan to close the old town to cars was made public on 2 May, when the mayor's office posted it online.\n\nResidents have until June to comment.\n\nCyclists' groups welcomed the scheme.\n")

ANN_PARTICIPLE = ("Health\n\nHospital maternity unit to close\n\nBy Ruth Adeyemi\n\nOctober 16, 2025\n\nThe closure of the maternity unit at St Aldric's Hospital, first announced on Oct. 2, will take effect in January, the health board said.\n\nAbout 1,100 babies were born at the unit last year.\n\nCampaigners plan a march on Saturday.\n",
    "Mothers fear longer journeys as St Aldric's unit shuts\n\nPriya Shah | County Herald\n\nOctober 17, 2025\n\nThe health board announced the closure of the St Aldric's maternity unit on Oct. 9, saying it could not recruit enough midwives.\n\nExpectant mothers will be sent to Harford General, 30 miles away.\n\nThe board said it would hold public meetings in November.\n")

LOOK_TWO_EVENTS = ('Food\n\nDairy recalls yoghurt over plastic fragments\n\nBy Lise Moreau\n\nFeb. 14, 2025\n\nGreenvale Dairy announced the recall of 20,000 yoghurt pots on Monday after customers found plastic fragments.\n\nThe pots carry best-before dates in March.\n\nCustomers can return them for a refund.\n',
    'Greenvale widens yoghurt recall\n\nOmar Haddad, Farm & Food Weekly\n\nFeb. 15, 2025\n\nGreenvale Dairy announced on Thursday that it was widening the recall to its cream cheese range.\n\nThe dairy said no injuries had been reported.\n\nIts plant in Carrow has resumed production.\n')


DECISION_ANNOUNCED_BY = ('Education\n\nValemont board drops four-day school week\n\nBy Grace Imoh\n\nMarch 8, 2025\n\nThe decision, announced Tuesday by the Valemont school board, means pupils will return to a five-day week in August.\n\nParents were split on the change.\n\nThe board said test scores had fallen since 2022.\n',
    "Five-day week returns to Valemont schools\n\nRory Lund | Valley Times\n\nMarch 9, 2025\n\nThe Valemont school board announced its decision to scrap the four-day week on 27 February, after a survey of 900 parents.\n\nTeachers' union representative Mia Kovac said staff had not been consulted.\n\nThe change takes effect in August.\n")


def _disputes(tmp_path, name: str, texts: tuple[str, str]) -> list:
    return ingested_disputes(tmp_path, name, list(texts))


@pytest.mark.parametrize(("name", "texts"), [("made_public", ANN_PLAN), ("first_announced", ANN_PARTICIPLE),
                                           ("announced_by", DECISION_ANNOUNCED_BY)])
def test_two_days_for_one_announcement_are_a_dispute(tmp_path, name, texts):
    assert any(c["kind"] == "dates" for c in _disputes(tmp_path, name, texts))


def test_an_announcement_of_another_act_on_the_same_thing_is_no_dispute(tmp_path):
    assert not any(c["kind"] == "dates" for c in _disputes(tmp_path, "widening", LOOK_TWO_EVENTS))


SUSPENDED = ("Tarrow Labs has also suspended enrollment in its two other velmadine studies, two people familiar "
             "with the matter said.", "2026-02-20")
NOT_STOPPED = ("Ines Moro, a Tarrow spokeswoman, said the company had not stopped recruiting patients for either of "
               "its other two velmadine studies.", "2026-02-23")


def test_a_report_of_suspending_meets_a_denial_of_stopping_by_the_spokeswoman_s_company():
    assert ("opposite", "a0", "a1") in extracted_flags(SUSPENDED, NOT_STOPPED)


def test_two_deaths_of_people_of_two_ages_are_not_two_dates_of_one_death():
    flags = extracted_flags(
        ("One participant, Rosa Imbert, a 61-year-old retired nurse from Parma, died on Feb. 9 after her heart "
         "went into an irregular rhythm at home, her family said.", "2026-02-18"),
        ("In Leeds, a 70-year-old man taking part in the study died on 16 February, the hospital said.", "2026-02-24"))
    assert not [f for f in flags if f[0] == "dates"]


def test_two_acts_of_one_kind_years_apart_are_no_two_accounts_of_one():
    flags = extracted_flags(
        ("The water board issued the boil notice on March 2 after a filter failed at the Kessel plant.", "2026-03-04"),
        ("The water board issued a boil notice on Aug. 14, 2023, after a main burst near the Kessel plant.",
         "2026-03-05"))
    assert not [f for f in flags if f[0] == "dates"]


def test_a_change_since_a_point_and_one_day_s_change_are_two_quantities():
    flags = extracted_flags(("Tamsworth Water's shares fell 9 per cent on Thursday, traders said.", "2026-03-06"),
                            ("Tamsworth Water shares have lost 14 per cent since the filter failure.", "2026-03-11"))
    assert not [f for f in flags if f[0] == "figures"]
