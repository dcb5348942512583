"""probe44: invented sentences (fiction) in forms an unseen East African story showed, in other wordings."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "office", "words", "at"),
    [
        ("The Commissioner for Domestic Taxes Ruth Ngare said the deadline would not move.", "Domestic",
         ["Domestic", "Taxes", "Ruth", "Ngare"], 2),
        ("Deputy Commissioner for Refugees Paul Okoth visited the camp on Friday.", "Refugees",
         ["Refugees", "Paul", "Okoth"], 1),
    ],
)
def test_an_office_titled_after_for_is_cut_from_its_holders_name(text, office, words, at):
    from storyline.extract.person_spans import office_of_before, portfolio_name_start

    start = text.index(office)
    assert office_of_before(text, start)
    assert portfolio_name_start(words, text, start) == at


def test_for_after_a_noun_that_is_no_office_title_cuts_nothing():
    from storyline.extract.person_spans import office_of_before

    text = "A campaign for Clean Water Ruth Ngare founded"
    assert not office_of_before(text, text.index("Clean"))


def test_the_commissioner_for_customs_is_a_person_mention(nlp):
    from storyline.extract.entities import find_mentions

    text = "At the hearing, the Commissioner for Customs Agnes Wafula told MPs that the seals had been paid for."
    people = [m.text for m in find_mentions(nlp(text), text) if m.label == "PERSON"]
    assert "Agnes Wafula" in people


@pytest.mark.parametrize(
    ("text", "long", "short"),
    [
        ("The Lake Zone Fishers Association (Lazofa) said catches had fallen.",
         "Lake Zone Fishers Association", "Lazofa"),
        ("The Kenya National Highways Authority (Kenha) closed the bridge on Monday.",
         "Kenya National Highways Authority", "Kenha"),
    ],
)
def test_an_acronym_set_as_a_word_is_the_short_form_of_its_long_form(nlp, text, long, short):
    from storyline.extract.entities import find_mentions

    orgs = [m.text for m in find_mentions(nlp(text), text) if m.label == "ORG"]
    assert long in orgs and short in orgs


def test_a_name_in_brackets_after_a_person_stays_a_person(nlp):
    from storyline.extract.entities import find_mentions

    text = "Dr Mary Kamau Wanjiru (Mary) said the clinic would open."
    assert not [m for m in find_mentions(nlp(text), text) if m.label == "ORG"]
